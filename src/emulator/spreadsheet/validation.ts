// Data validation rules: the builder, the rule object, and the check Google applies when a script
// writes a value into a cell whose rule rejects invalid input (setAllowInvalid(false)).
import { GasError, GasObject } from '../bridge';
import { displayValue } from '../display';
import type { Runtime } from '../runtime';
import type { ValidationSpec } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { type CellValue, isDate } from '../values';
import { Range } from './range';

export const DATA_VALIDATION_CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

/** A range inside criteria values is stored as data so the rule survives save/load. */
interface StoredRangeRef {
  $range: { sheetId: number; r1: number; c1: number; r2: number; c2: number };
}

function storeValue(v: unknown): unknown {
  if (v instanceof Range) return { $range: { sheetId: v._sheetId, ...v._rect } } satisfies StoredRangeRef;
  if (Array.isArray(v)) return v.map(storeValue);
  if (isDate(v)) return new Date(v.getTime());
  return v;
}

function loadValue(rt: Runtime, v: unknown): unknown {
  if (v && typeof v === 'object' && '$range' in v) {
    const r = (v as StoredRangeRef).$range;
    return new Range(rt, r.sheetId, { r1: r.r1, c1: r.c1, r2: r.r2, c2: r.c2 });
  }
  if (Array.isArray(v)) return v.map((x) => loadValue(rt, x));
  return v;
}

function num(v: unknown): number {
  return isDate(v) ? v.getTime() : Number(v);
}

/** Whether Sheets would accept `value` under rule `spec`. Empty cells and formulas always pass. */
export function validationAccepts(rt: Runtime, spec: ValidationSpec, value: CellValue | null): boolean {
  if (value === null || value === '') return true;
  const vals = spec.values.map((x) => loadValue(rt, x));
  const ss = rt.state.spreadsheet;
  const shown = (v: unknown) =>
    typeof v === 'string' ? v : displayValue(v as CellValue, undefined, ss.locale, ss.timeZone);
  const n = typeof value === 'number' ? value : Number.NaN;
  const t = isDate(value) ? value.getTime() : Number.NaN;
  switch (spec.criteria) {
    case 'VALUE_IN_LIST':
      return ((vals[0] as unknown[]) ?? []).map(String).includes(shown(value));
    case 'VALUE_IN_RANGE': {
      const r = vals[0];
      if (!(r instanceof Range)) return true;
      return r._displayGrid().some((row) => row.includes(shown(value)));
    }
    case 'CHECKBOX':
      if (vals.length === 0) return typeof value === 'boolean';
      return vals.some((c) => c === value || String(c) === shown(value));
    case 'NUMBER_BETWEEN':
      return n >= num(vals[0]) && n <= num(vals[1]);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(n) && (n < num(vals[0]) || n > num(vals[1]));
    case 'NUMBER_EQUAL_TO':
      return n === num(vals[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(n) && n !== num(vals[0]);
    case 'NUMBER_GREATER_THAN':
      return n > num(vals[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= num(vals[0]);
    case 'NUMBER_LESS_THAN':
      return n < num(vals[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= num(vals[0]);
    case 'DATE_IS_VALID_DATE':
      return !Number.isNaN(t);
    case 'DATE_AFTER':
      return t > num(vals[0]);
    case 'DATE_BEFORE':
      return t < num(vals[0]);
    case 'DATE_ON_OR_AFTER':
      return t >= num(vals[0]);
    case 'DATE_ON_OR_BEFORE':
      return t <= num(vals[0]);
    case 'DATE_EQUAL_TO':
      return t === num(vals[0]);
    case 'DATE_BETWEEN':
      return t >= num(vals[0]) && t <= num(vals[1]);
    case 'DATE_NOT_BETWEEN':
      return !Number.isNaN(t) && (t < num(vals[0]) || t > num(vals[1]));
    case 'TEXT_CONTAINS':
      return shown(value).includes(String(vals[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !shown(value).includes(String(vals[0]));
    case 'TEXT_EQUAL_TO':
      return shown(value) === String(vals[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(shown(value));
    case 'TEXT_IS_VALID_URL':
      return /^(https?|ftp):\/\/[^\s]+$/i.test(shown(value));
    default:
      return true;
  }
}

export class DataValidation
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.DataValidation>
{
  constructor(
    private readonly rt: Runtime,
    readonly _spec: ValidationSpec,
  ) {
    super();
  }
  _gasClass() {
    return 'DataValidation';
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rt, structuredClone(this._spec));
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getCriteriaType(): string {
    return this._spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._spec.values.map((v) => loadValue(this.rt, v));
  }
  /** null when no help text is set (the type says string). */
  getHelpText(): string {
    return this._spec.helpText as string;
  }
}

export class DataValidationBuilder
  extends GasObject
  implements Surface<GoogleAppsScript.Spreadsheet.DataValidationBuilder>
{
  constructor(
    private readonly rt: Runtime,
    private spec: ValidationSpec = { criteria: '', values: [], allowInvalid: true, helpText: null },
  ) {
    super();
  }
  _gasClass() {
    return 'DataValidationBuilder';
  }
  private _set(criteria: string, values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values: values.map(storeValue) };
    return this;
  }
  build(): DataValidation {
    if (!this.spec.criteria)
      throw new GasError('You must specify a criteria type for the data validation rule.');
    return new DataValidation(this.rt, Object.freeze(structuredClone(this.spec)));
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rt, structuredClone(this.spec));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  /** null until a require… method has set one (Google: a new builder has no criteria). */
  getCriteriaType(): string {
    return (this.spec.criteria || null) as string;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => loadValue(this.rt, v));
  }
  getHelpText(): string {
    return this.spec.helpText as string;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec.allowInvalid = !!allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec.helpText = String(helpText);
    return this;
  }
  withCriteria(criteria: unknown, args: unknown[]): this {
    return this._set(String(criteria), Array.isArray(args) ? args : []);
  }
  requireValueInList(values: unknown, showDropdown?: boolean): this {
    if (!Array.isArray(values))
      throw new GasError(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.`,
      );
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const vals =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._set('CHECKBOX', vals);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this._set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): this {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: unknown): this {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: unknown): this {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: unknown, end: unknown): this {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireDateOnOrAfter(date: unknown): this {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: unknown): this {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireTextContains(text: string): this {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
}

surfaceCheck<DataValidation, GoogleAppsScript.Spreadsheet.DataValidation>(true);
surfaceCheck<DataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>(true);
