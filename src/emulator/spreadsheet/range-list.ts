// RangeList: ranges of one sheet changed together by one call (Sheet.getRangeList), as Google
// documents at https://developers.google.com/apps-script/reference/spreadsheet/range-list. A
// format given to a RangeList is one call and one request, however many ranges it names.
import { GasError, GasObject } from '../bridge';
import { type Surface, surfaceCheck } from '../surface';
import type { Range } from './range';

export class RangeList extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.RangeList> {
  constructor(private readonly ranges: Range[]) {
    super();
    if (ranges.length === 0) throw new GasError('Invalid argument: a1Notations');
  }
  _gasClass() {
    return 'RangeList';
  }

  private each(fn: (r: Range) => void): this {
    for (const r of this.ranges) fn(r);
    return this;
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }
  setNumberFormat(numberFormat: string): this {
    return this.each((r) => r.setNumberFormat(numberFormat));
  }
  setBackground(color: string | null): this {
    return this.each((r) => r.setBackground(color));
  }
  setFontWeight(fontWeight: string | null): this {
    return this.each((r) => r.setFontWeight(fontWeight));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }
  clearDataValidations(): this {
    return this.each((r) => r.clearDataValidations());
  }
  clearContent(): this {
    return this.each((r) => r.clearContent());
  }
}
surfaceCheck<RangeList, GoogleAppsScript.Spreadsheet.RangeList>(true);
