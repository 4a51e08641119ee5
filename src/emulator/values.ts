// Cell values and how Sheets interprets what a script writes. Values cross the vm boundary, so
// type checks here never use `instanceof` (an array or Date from the script's realm fails it).

export type CellValue = string | number | boolean | Date;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isDate(v);
}

/** What Sheets stores for one written value, before number-format and validation rules apply. */
export interface Interpreted {
  value: CellValue | null;
  formula: string | null;
  /** Number format Sheets applies by itself when the input was a date or a percentage. */
  autoFormat: string | null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parses a number as a person would type it in the spreadsheet's locale, or returns null. */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  const comma = usesDecimalComma(locale);
  let normalized = s;
  if (comma) {
    // "1.234,5" → 1234.5; a dot only groups thousands in these locales.
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.');
    else if (/^[+-]?\d*,\d+$/.test(s) || /^[+-]?\d+,?$/.test(s)) normalized = s.replace(',', '.');
    else if (s.includes('.')) return null;
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    normalized = s.replace(/,/g, '');
  }
  if (!NUMBER.test(normalized)) return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

export function usesDecimalComma(locale: string): boolean {
  return /^(id|de|fr|es|it|nl|pt|ru|tr|pl|da|sv|nb|fi|cs|vi)(_|$)/i.test(locale);
}

/**
 * Converts wall-clock fields in a time zone to the instant they denote (Intl has no inverse, so the
 * offset is measured and corrected once; enough for whole-minute zones such as Asia/Makassar).
 */
export function zonedTimeToDate(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  timeZone: string,
): Date {
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const offset = zoneOffsetMs(new Date(guess), timeZone);
  const first = guess - offset;
  const offset2 = zoneOffsetMs(new Date(first), timeZone);
  return new Date(guess - offset2);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of the zone from UTC at the instant, in ms (WITA: +8 h). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return asUtc - (date.getTime() - date.getUTCMilliseconds());
}

/** Wall-clock fields of an instant in a time zone. */
export function zonedFields(date: Date, timeZone: string) {
  const shifted = new Date(date.getTime() + zoneOffsetMs(date, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    ms: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDateText(s: string, locale: string, timeZone: string): { date: Date; hasTime: boolean } | null {
  let y: number;
  let mo: number;
  let d: number;
  let rest: (string | undefined)[];
  const iso = ISO_DATE.exec(s);
  const slash = iso ? null : SLASH_DATE.exec(s);
  if (iso) {
    y = Number(iso[1]);
    mo = Number(iso[2]);
    d = Number(iso[3]);
    rest = iso.slice(4);
  } else if (slash) {
    // en_US reads month first; most other locales (id_ID included) read the day first.
    const monthFirst = /^en_US$/i.test(locale);
    y = Number(slash[3]);
    mo = Number(monthFirst ? slash[1] : slash[2]);
    d = Number(monthFirst ? slash[2] : slash[1]);
    rest = slash.slice(4);
  } else {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const h = rest[0] ? Number(rest[0]) : 0;
  const mi = rest[1] ? Number(rest[1]) : 0;
  const sec = rest[2] ? Number(rest[2]) : 0;
  if (h > 23 || mi > 59 || sec > 59) return null;
  const date = zonedTimeToDate(y, mo, d, h, mi, sec, timeZone);
  const check = zonedFields(date, timeZone);
  if (check.day !== d || check.month !== mo) return null;
  return { date, hasTime: rest[0] !== undefined };
}

export function defaultDateFormat(locale: string, withTime: boolean): string {
  const date = /^en_US$/i.test(locale) ? 'M/d/yyyy' : 'dd/MM/yyyy';
  return withTime ? `${date} H:mm:ss` : date;
}

/** Java's Object.toString for what a script might hand to setValue (Sheets stores the text). */
export function javaString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(javaString).join(',');
  if (isPlainObject(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}=${javaString(x)}`)
      .join(', ')}}`;
  return String(v);
}

export interface InterpretOptions {
  /** The cell's number format; "@" (plain text) stores strings verbatim. */
  numberFormat: string | null;
  locale: string;
  timeZone: string;
}

/**
 * Interprets one value from setValue/setValues the way Sheets interprets typed input:
 * "=..." becomes a formula, "+A1"/"-A1" too, "'..." is text without the apostrophe, numbers, booleans,
 * dates and percentages typed as text become numbers, booleans and dates, unless the cell is plain
 * text ("@"), where the string is stored as it is.
 */
export function interpretInput(raw: unknown, opts: InterpretOptions): Interpreted {
  if (raw === null || raw === undefined || raw === '')
    return { value: null, formula: null, autoFormat: null };
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return { value: 'NaN', formula: null, autoFormat: null };
    return { value: raw, formula: null, autoFormat: null };
  }
  if (typeof raw === 'boolean') return { value: raw, formula: null, autoFormat: null };
  if (isDate(raw)) {
    const date = new Date(raw.getTime());
    const f = zonedFields(date, opts.timeZone);
    const hasTime = f.hour + f.minute + f.second + f.ms > 0;
    return { value: date, formula: null, autoFormat: defaultDateFormat(opts.locale, hasTime) };
  }
  const text = typeof raw === 'string' ? raw : javaString(raw);
  if (opts.numberFormat === '@') return { value: text, formula: null, autoFormat: null };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return { value: rest === '' ? null : rest, formula: null, autoFormat: null };
  }
  if (text.startsWith('=')) return { value: null, formula: text, autoFormat: null };
  const trimmed = text.trim();
  const num = parseLocaleNumber(trimmed, opts.locale);
  if (num !== null) return { value: num, formula: null, autoFormat: null };
  if ((text.startsWith('+') || text.startsWith('-')) && trimmed.length > 1) {
    // Sheets turns "+A1", "-B2*3", "-SUM(...)" into formulas: anything after a sign that is not a number.
    return { value: null, formula: `=${text}`, autoFormat: null };
  }
  if (/^true$/i.test(trimmed)) return { value: true, formula: null, autoFormat: null };
  if (/^false$/i.test(trimmed)) return { value: false, formula: null, autoFormat: null };
  const pct = /^([+-]?[\d.,]+)\s*%$/.exec(trimmed);
  if (pct) {
    const n = parseLocaleNumber(pct[1]!, opts.locale);
    if (n !== null) return { value: n / 100, formula: null, autoFormat: '0%' };
  }
  const date = parseDateText(trimmed, opts.locale, opts.timeZone);
  if (date)
    return { value: date.date, formula: null, autoFormat: defaultDateFormat(opts.locale, date.hasTime) };
  return { value: text, formula: null, autoFormat: null };
}
