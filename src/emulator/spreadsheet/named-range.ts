// Named ranges (Spreadsheet.setNamedRange / getRangeByName); they move with inserted rows.
import { GasError, GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import type { NamedRangeState } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { Range } from './range';

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_A1 = /^(\$?[A-Za-z]{1,3}\$?[0-9]+|R[0-9]*C[0-9]*|true|false)$/i;

export function checkRangeName(name: string): void {
  if (!VALID_NAME.test(name) || LOOKS_LIKE_A1.test(name) || name.length > 250)
    throw new GasError(`Named range name ${name} is invalid.`);
}

export class NamedRange extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.NamedRange> {
  constructor(
    private readonly rt: Runtime,
    private name: string,
  ) {
    super();
  }
  _gasClass() {
    return 'NamedRange';
  }
  private _state(): NamedRangeState {
    const n = this.rt.state.spreadsheet.namedRanges.find((x) => x.name === this.name);
    if (!n) throw new GasError(`Range not found: ${this.name}`);
    return n;
  }
  getName(): string {
    return this._state().name;
  }
  getRange(): Range {
    const n = this._state();
    return new Range(this.rt, n.sheetId, { ...n.range });
  }
  setName(name: string): this {
    checkRangeName(name);
    const n = this._state();
    if (this.rt.state.spreadsheet.namedRanges.some((x) => x !== n && x.name === name))
      throw new GasError(`A named range with the name ${name} already exists.`);
    n.name = name;
    this.name = name;
    return this;
  }
  setRange(range: Range): this {
    const n = this._state();
    n.sheetId = range._sheetId;
    n.range = { ...range._rect };
    return this;
  }
  remove(): void {
    const ss = this.rt.state.spreadsheet;
    ss.namedRanges = ss.namedRanges.filter((x) => x.name !== this.name);
  }
}

surfaceCheck<NamedRange, GoogleAppsScript.Spreadsheet.NamedRange>(true);
