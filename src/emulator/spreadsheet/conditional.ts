// Conditional format rules, recorded (condition, format, ranges) but not evaluated.
import { GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import type { ConditionalRuleSpec } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { Range } from './range';

function emptyRule(): ConditionalRuleSpec {
  return { ranges: [], condition: null, format: {} };
}

export class ConditionalFormatRuleBuilder
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>
{
  constructor(
    private readonly rt: Runtime,
    private readonly spec: ConditionalRuleSpec = emptyRule(),
    private sheetId: number | null = null,
  ) {
    super();
  }
  _gasClass() {
    return 'ConditionalFormatRuleBuilder';
  }
  private _when(type: string, values: unknown[]): this {
    this.spec.condition = { type, values };
    return this;
  }
  private _fmt(key: string, value: unknown): this {
    if (value === null) delete this.spec.format[key];
    else this.spec.format[key] = value;
    return this;
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.rt, this.sheetId ?? 0, structuredClone(this.spec));
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rt, structuredClone(this.spec), this.sheetId);
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((r) => new Range(this.rt, this.sheetId ?? 0, { ...r }));
  }
  setRanges(ranges: Range[]): this {
    this.sheetId = ranges[0]?._sheetId ?? this.sheetId;
    this.spec.ranges = ranges.map((r) => ({ ...r._rect }));
    return this;
  }
  setBackground(color: string | null): this {
    return this._fmt('background', color);
  }
  setFontColor(color: string | null): this {
    return this._fmt('fontColor', color);
  }
  setBold(bold: boolean | null): this {
    return this._fmt('bold', bold);
  }
  setItalic(italic: boolean | null): this {
    return this._fmt('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this._fmt('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null): this {
    return this._fmt('underline', underline);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this._when('NUMBER_EQ', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this._when('NUMBER_GREATER', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this._when('NUMBER_GREATER_THAN_EQ', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this._when('NUMBER_LESS', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this._when('NUMBER_LESS_THAN_EQ', [number]);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this._when('TEXT_NOT_CONTAINS', [text]);
  }
  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQ', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this._when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this._when('TEXT_ENDS_WITH', [text]);
  }
}

export class ConditionalFormatRule
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>
{
  constructor(
    private readonly rt: Runtime,
    private readonly sheetId: number,
    readonly _spec: ConditionalRuleSpec,
  ) {
    super();
  }
  _gasClass() {
    return 'ConditionalFormatRule';
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.rt, structuredClone(this._spec), this.sheetId);
  }
  getRanges(): Range[] {
    return this._spec.ranges.map((r) => new Range(this.rt, this.sheetId, { ...r }));
  }
}

surfaceCheck<ConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(true);
surfaceCheck<ConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(true);
