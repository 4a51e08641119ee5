// Shows a cell value the way Google Sheets shows it in a spreadsheet whose locale is Indonesia:
// decimal comma, dot for thousands, dd/mm/yyyy dates, Indonesian month and day names. Number format
// patterns use Sheets' syntax, where "." and "," mean "decimal" and "thousands" and are rendered
// with the locale's symbols; everything else in a pattern is literal.

import { MONTHS, WEEKDAYS } from '../shared/messages/common';

export type CellValue = string | number | boolean | Date | null | undefined;

// Sheets' short names are the first three letters (Agu, Okt, Des; Min, Jum).
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));
const DAYS = WEEKDAYS;
const DAYS_SHORT = WEEKDAYS.map((d) => d.slice(0, 3));

const DECIMAL = ',';
const GROUP = '.';

/** Sheets' "Automatic"/"General": the shortest form, up to 10 significant digits, no grouping. */
function formatAutomaticNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '#NUM!';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    return value.toExponential(2).replace('.', DECIMAL).toUpperCase();
  }
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', DECIMAL);
}

interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
  weekday: number; // 0 = Minggu
  hour: number;
  minute: number;
  second: number;
}

function dateParts(date: Date, timeZone: string): DateParts {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) parts[p.type] = p.value;
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: Math.max(0, weekdays.indexOf(parts.weekday ?? 'Sun')),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Sheets' serial date: days since 1899-12-30, so that a number with a date format still shows a date. */
function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'date'; code: string }
  | { kind: 'ampm'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'decimal' }
  | { kind: 'group' }
  | { kind: 'percent' }
  | { kind: 'text' };

const DATE_CODES = /^(yyyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s)/i;

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const c = section[i] as string;
    const rest = section.slice(i);
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 2;
    } else if (c === '[') {
      // Colours and conditions ([Red], [>100]) change nothing in a text rendering.
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
    } else if (c === '_' || c === '*') {
      tokens.push({ kind: 'literal', text: c === '_' ? ' ' : '' });
      i += 2;
    } else if (/^am\/pm/i.test(rest)) {
      tokens.push({ kind: 'ampm', text: rest.slice(0, 5) });
      i += 5;
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ kind: 'digit', char: c });
      i++;
    } else if (c === '.') {
      tokens.push({ kind: 'decimal' });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'group' });
      i++;
    } else if (c === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (c === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else {
      const m = DATE_CODES.exec(rest);
      if (m) {
        tokens.push({ kind: 'date', code: (m[1] as string).toLowerCase() });
        i += (m[1] as string).length;
      } else {
        tokens.push({ kind: 'literal', text: c });
        i++;
      }
    }
  }
  return tokens;
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) {
      current += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += c;
  }
  sections.push(current);
  return sections;
}

const isDateTokens = (tokens: Token[]) => tokens.some((t) => t.kind === 'date' || t.kind === 'ampm');

function renderDate(tokens: Token[], date: Date, timeZone: string): string {
  const p = dateParts(date, timeZone);
  const hasAmPm = tokens.some((t) => t.kind === 'ampm');
  let out = '';
  tokens.forEach((t, index) => {
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'decimal') out += '.';
    else if (t.kind === 'group') out += ',';
    else if (t.kind === 'ampm') out += p.hour < 12 ? 'AM' : 'PM';
    else if (t.kind === 'date') {
      // "m" is minutes right after an hour or right before seconds, as in Sheets.
      const prev = tokens
        .slice(0, index)
        .reverse()
        .find((x) => x.kind === 'date');
      const next = tokens.slice(index + 1).find((x) => x.kind === 'date');
      const isMinute =
        t.code.startsWith('m') &&
        t.code.length <= 2 &&
        ((prev?.kind === 'date' && prev.code.startsWith('h')) ||
          (next?.kind === 'date' && next.code.startsWith('s')));
      const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
      const hour = hasAmPm ? hour12 : p.hour;
      switch (isMinute ? `min${t.code.length}` : t.code) {
        case 'yyyy':
          out += pad(p.year, 4);
          break;
        case 'yy':
        case 'y':
          out += pad(p.year % 100);
          break;
        case 'mmmmm':
          out += (MONTHS[p.month - 1] ?? '').charAt(0);
          break;
        case 'mmmm':
          out += MONTHS[p.month - 1] ?? '';
          break;
        case 'mmm':
          out += MONTHS_SHORT[p.month - 1] ?? '';
          break;
        case 'mm':
          out += pad(p.month);
          break;
        case 'm':
          out += String(p.month);
          break;
        case 'dddd':
          out += DAYS[p.weekday] ?? '';
          break;
        case 'ddd':
          out += DAYS_SHORT[p.weekday] ?? '';
          break;
        case 'dd':
          out += pad(p.day);
          break;
        case 'd':
          out += String(p.day);
          break;
        case 'hh':
          out += pad(hour);
          break;
        case 'h':
          out += String(hour);
          break;
        case 'min2':
          out += pad(p.minute);
          break;
        case 'min1':
          out += String(p.minute);
          break;
        case 'ss':
          out += pad(p.second);
          break;
        case 's':
          out += String(p.second);
          break;
      }
    }
  });
  return out;
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
}

function renderNumber(tokens: Token[], value: number, explicitSign: boolean): string {
  const decimalIndex = tokens.findIndex((t) => t.kind === 'decimal');
  const digitTokens = tokens.filter((t) => t.kind === 'digit');
  if (digitTokens.length === 0) {
    // A section of only literals (e.g. "-" for zero) shows just that text.
    return tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  }
  const intTokens = tokens.slice(0, decimalIndex < 0 ? tokens.length : decimalIndex);
  const fracTokens = decimalIndex < 0 ? [] : tokens.slice(decimalIndex + 1);
  const fracDigits = fracTokens.filter((t) => t.kind === 'digit');
  const minFrac = fracDigits.filter((t) => t.kind === 'digit' && t.char === '0').length;
  const useGroup = intTokens.some(
    (t, i) => t.kind === 'group' && intTokens.slice(i + 1).some((x) => x.kind === 'digit'),
  );
  // Trailing commas after the last digit scale by thousands ("0," shows 1234 as 1).
  let scale = 1;
  for (let i = intTokens.length - 1; i >= 0 && intTokens[i]?.kind === 'group'; i--) scale *= 1000;
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  let n = Math.abs(value) / scale;
  for (let i = 0; i < percents; i++) n *= 100;
  const fixed = n.toFixed(fracDigits.length);
  let [intPart = '0', fracPart = ''] = fixed.split('.');
  const minInt = intTokens.filter((t) => t.kind === 'digit' && t.char === '0').length;
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  while (fracPart.length > minFrac && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  if (useGroup) intPart = groupThousands(intPart);
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero && !explicitSign ? '-' : '';

  // Literals keep their place around the digits: prefix before the first digit, suffix after the last.
  const firstDigit = tokens.findIndex((t) => t.kind === 'digit' || t.kind === 'decimal');
  const lastDigit = tokens.length - 1 - [...tokens].reverse().findIndex((t) => t.kind === 'digit');
  const literal = (t: Token) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '');
  const prefix = tokens.slice(0, firstDigit).map(literal).join('');
  const suffix = tokens
    .slice(lastDigit + 1)
    .map(literal)
    .join('');
  const body = fracPart ? `${intPart}${DECIMAL}${fracPart}` : intPart;
  return `${sign}${prefix}${body || '0'}${suffix}`;
}

/**
 * Text of a cell as Sheets would display it. `numberFormat` is the cell's pattern ('' or 'General'
 * for automatic); `timeZone` is the spreadsheet's time zone (dates are rendered in it).
 */
export function displayValue(value: CellValue, numberFormat = '', timeZone = 'Asia/Makassar'): string {
  if (value === null || value === undefined || value === '') return '';
  const pattern = numberFormat.trim();
  const automatic = pattern === '' || /^general$/i.test(pattern);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (automatic || pattern === '@') return value;
    const sections = splitSections(pattern);
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
    if (!textSection) return value;
    return tokenize(textSection)
      .map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : ''))
      .join('');
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    if (automatic || pattern === '@' || !isDateTokens(tokenize(pattern))) {
      const p = dateParts(value, timeZone);
      const date = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
      return p.hour || p.minute || p.second
        ? `${date} ${pad(p.hour)}.${pad(p.minute)}.${pad(p.second)}`
        : date;
    }
    return renderDate(tokenize(pattern), value, timeZone);
  }
  if (automatic || pattern === '@') return formatAutomaticNumber(value);
  const sections = splitSections(pattern);
  let section = sections[0] ?? '';
  let explicitSign = false;
  if (value < 0 && sections.length >= 2) {
    section = sections[1] ?? section;
    explicitSign = true;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2] ?? section;
  }
  const tokens = tokenize(section);
  if (isDateTokens(tokens)) return renderDate(tokens, serialToDate(value), 'UTC');
  if (!tokens.some((t) => t.kind === 'digit')) {
    if (tokens.some((t) => t.kind === 'text')) return formatAutomaticNumber(value);
    return tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  }
  return renderNumber(tokens, value, explicitSign);
}

/** How Sheets aligns a value by default: numbers and dates right, text left, booleans centred. */
export function defaultAlignment(value: CellValue): 'left' | 'right' | 'center' {
  if (typeof value === 'number' || value instanceof Date) return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}
