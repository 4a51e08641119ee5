// Turning one cell into a typed value and back. Reading is forgiving (a bad cell becomes a problem
// text and a safe default, never an exception); writing is strict (text always reaches the sheet as
// text).
import { CELL_PROBLEMS, cellProblem } from '../../shared/messages/server';
import { zonedFields } from '../time';
import type { Column, EnumOption } from './layout';

/** What getValues() can return for one cell. */
export type CellValue = string | number | boolean | Date;

/**
 * Formula injection: setValue/setValues parse a string like typed input, so "=IMPORTXML(…)" would
 * become a live formula ("+", "-" and "@" can start one too), and "007", "1/2" or "TRUE" would
 * become a number, a date or a boolean. Two guards, because each covers a gap of the other:
 * - setup gives every free-text, date and enum column the plain-text number format `@`: Sheets then
 *   stores whatever is written or typed there verbatim, also what a person types straight into the
 *   sheet. But a format is easily lost (pasted formats, rows added past the formatted range, a tab
 *   not repaired yet).
 * - the writers look at the target cells' formats (one getNumberFormats() per write) and put
 *   Sheets' "this is text" apostrophe before every string bound for a cell that is NOT plain text.
 *   Sheets strips that apostrophe and stores the text. On a plain-text cell it would stay as a
 *   visible character, which is why it is not added there.
 * When the format is unknown, the apostrophe goes before text starting with = + - @ only: that is
 * the case where it matters. Reading strips an apostrophe before = + - @ again, so a value read back
 * always equals what the person typed.
 */
const FORMULA_START = /^[=+\-@]/;

export const PLAIN_TEXT_FORMAT = '@';

/**
 * Text that reading would change (an apostrophe before = + - @ or another apostrophe, as people
 * type to mean "text"): it gets one more apostrophe, which reading removes again, so the person's
 * own apostrophe survives the round trip.
 */
const READ_AMBIGUOUS = /^'[=+\-@']/;

/** `format`: the target cell's number format, or undefined when not known. */
export function toCellText(value: string, format?: string): string {
  const kept = READ_AMBIGUOUS.test(value) ? `'${value}` : value;
  if (format === PLAIN_TEXT_FORMAT) return kept;
  if (format !== undefined || FORMULA_START.test(kept)) return `'${kept}`;
  return kept;
}

/**
 * A value read back from a sheet, written again into a cell of number format `format` (undefined:
 * not known). Text is escaped again: Sheets returns "=x" typed as text without its apostrophe, and
 * writing it back raw would make it a formula. Numbers, booleans and dates are kept as they are.
 */
export function rewriteCell(value: unknown, format: string | undefined): CellValue {
  if (typeof value === 'string') return toCellText(value, format);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return value;
  return value === null || value === undefined ? '' : String(value);
}

function stripEscape(value: string): string {
  return READ_AMBIGUOUS.test(value) ? value.slice(1) : value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Calendar date of a Date in a time zone, `YYYY-MM-DD`. */
export function isoDateInZone(date: Date, timeZone: string): string {
  try {
    const f = zonedFields(date, timeZone);
    return `${f.year}-${f.month}-${f.day}`;
  } catch {
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
}

/** `YYYY-MM-DD` (also accepts D/M/YYYY as people type it in Indonesia), or null when not a date. */
export function parseIsoDate(text: string): string | null {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return validYmd(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? t : null;
  const dmy = DMY_DATE.exec(t);
  if (dmy) {
    const [y, m, d] = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
    return validYmd(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
  }
  return null;
}

export function isIsoTimestamp(text: string): boolean {
  return ISO_TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text));
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function normaliseLabel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Finds an option by its label or its code, ignoring case and extra spaces. */
export function findOption(options: readonly EnumOption[], raw: string): EnumOption | undefined {
  const t = normaliseLabel(raw);
  return options.find((o) => normaliseLabel(o.label) === t || normaliseLabel(o.code) === t);
}

export type Level = 0 | 1 | 2 | 3;

/**
 * Reads the cells of one row by column key, collecting a problem text per bad cell (with its row
 * and header) instead of throwing. `lookup` resolves enum values that are not in a column's own
 * options (e.g. urusan aliases).
 */
export class RowReader {
  readonly problems: string[] = [];

  constructor(
    private readonly cells: ReadonlyMap<string, unknown>,
    private readonly columns: ReadonlyMap<string, Column>,
    readonly rowNumber: number,
    private readonly timeZone: string,
    private readonly lookup?: (key: string, raw: string) => string | undefined,
  ) {}

  private raw(key: string): unknown {
    return this.cells.get(key);
  }

  private header(key: string): string {
    return this.columns.get(key)?.header ?? key;
  }

  problem(key: string, detail: string): void {
    this.problems.push(cellProblem(this.rowNumber, this.header(key), detail));
  }

  /** True when the cell is empty (or the column is missing). */
  isEmpty(key: string): boolean {
    const v = this.raw(key);
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  }

  text(key: string): string {
    const v = this.raw(key);
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return stripEscape(v);
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) return isoDateInZone(v, this.timeZone);
    return String(v);
  }

  /** Trimmed text, or undefined when empty: optional model fields stay absent rather than "". */
  optionalText(key: string): string | undefined {
    const t = this.text(key).trim();
    return t === '' ? undefined : t;
  }

  number(key: string): number | null {
    const v = this.raw(key);
    if (this.isEmpty(key)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string') {
      const n = Number(v.trim().replace(',', '.'));
      if (Number.isFinite(n)) return n;
    }
    this.problem(key, CELL_PROBLEMS.notNumber(this.text(key)));
    return null;
  }

  integer(key: string): number | null {
    const n = this.number(key);
    if (n === null) return null;
    if (!Number.isInteger(n)) {
      this.problem(key, CELL_PROBLEMS.notInteger(n));
      return null;
    }
    return n;
  }

  /** A checkbox; empty means `fallback`. */
  boolean(key: string, fallback: boolean): boolean {
    const v = this.raw(key);
    if (this.isEmpty(key)) return fallback;
    if (typeof v === 'boolean') return v;
    const t = this.text(key).trim().toLowerCase();
    if (['true', 'ya', 'y', '1', 'aktif'].includes(t)) return true;
    if (['false', 'tidak', 't', '0', 'nonaktif'].includes(t)) return false;
    this.problem(key, CELL_PROBLEMS.notBoolean(this.text(key)));
    return fallback;
  }

  /** `YYYY-MM-DD`; a Date cell (typed where the text format was lost) is read in the sheet's zone. */
  date(key: string): string | null {
    const v = this.raw(key);
    if (this.isEmpty(key)) return null;
    if (isDate(v)) return Number.isNaN(v.getTime()) ? null : isoDateInZone(v, this.timeZone);
    const parsed = parseIsoDate(this.text(key));
    if (parsed === null) this.problem(key, CELL_PROBLEMS.notDate(this.text(key)));
    return parsed;
  }

  /** An ISO timestamp written by the server (kept as it is), or '' when empty. */
  timestamp(key: string): string {
    const v = this.raw(key);
    if (this.isEmpty(key)) return '';
    if (isDate(v)) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
    const t = this.text(key).trim();
    if (isIsoTimestamp(t) || parseIsoDate(t) === t) return t;
    this.problem(key, CELL_PROBLEMS.notTimestamp(t));
    return '';
  }

  /** The code of an enum cell (label or code accepted), or undefined when empty or unknown. */
  code(key: string): string | undefined {
    if (this.isEmpty(key)) return undefined;
    const raw = this.text(key).trim();
    const option = findOption(this.columns.get(key)?.options ?? [], raw);
    if (option) return option.code;
    const looked = this.lookup?.(key, raw);
    if (looked !== undefined) return looked;
    this.problem(key, CELL_PROBLEMS.unknownOption(raw));
    return undefined;
  }

  level(key: string): Level {
    if (this.isEmpty(key)) return 0;
    const n = this.number(key);
    if (n === 0 || n === 1 || n === 2 || n === 3) return n;
    if (n !== null) this.problem(key, CELL_PROBLEMS.badLevel(n));
    return 0;
  }
}

/**
 * Encodes one value for a column: enum code → its label, text escaped for the target cell's
 * `format` (see toCellText), empty → "".
 */
export function encodeCell(column: Column, value: unknown, format?: string): CellValue {
  if (value === undefined || value === null || value === '') return '';
  switch (column.kind) {
    case 'number':
    case 'level':
      return typeof value === 'number' && Number.isFinite(value) ? value : toCellText(String(value), format);
    case 'checkbox':
      return value === true;
    case 'timestamp': {
      // A real date-time (the column's format shows it in the spreadsheet's zone); text that is
      // not a moment is kept as text.
      const ms = typeof value === 'string' && isIsoTimestamp(value) ? Date.parse(value) : Number.NaN;
      return Number.isNaN(ms) ? toCellText(String(value), format) : new Date(ms);
    }
    case 'enum': {
      const code = String(value);
      const option = column.options?.find((o) => o.code === code);
      return toCellText(option ? option.label : code, format);
    }
    default:
      return toCellText(String(value), format);
  }
}
