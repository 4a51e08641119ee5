// What getDisplayValues() shows: a value rendered with the cell's number format and the
// spreadsheet's locale. Covers the formats a register uses (General, "@", 0, 0.00, #,##0.00,
// percentages, literal text, sections "pos;neg;zero", dates and times); not scientific notation.
import { DAYS, dateToSerial, MONTHS, serialToDate } from './dates';
import { type CellValue, isDate, usesDecimalComma, zonedFields } from './values';

/** Google's answer to getNumberFormat() for a cell nobody formatted ("automatic"). */
export const GENERAL_FORMAT = '0.###############';

interface Separators {
  decimal: string;
  group: string;
}

function separators(locale: string): Separators {
  return usesDecimalComma(locale) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function stripBrackets(section: string): string {
  return section.replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(section: string): boolean {
  const plain = stripBrackets(section)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[dyhs]|m{1,4}/i.test(plain) && !/[0#?]/.test(plain);
}

function generalNumber(n: number, sep: Separators): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)) {
    const [m, e] = n.toExponential(9).split('e');
    const mant = String(Number(m)).replace('.', sep.decimal);
    const exp = Number(e);
    return `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(n.toPrecision(10))).replace('.', sep.decimal);
}

function formatNumberSection(n: number, section: string, sep: Separators): string {
  const src = stripBrackets(section);
  // Split into literal text and the numeric placeholder run.
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenDigits = false;
  let percent = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const lit = src.slice(i + 1, end < 0 ? src.length : end);
      if (seenDigits) suffix += lit;
      else prefix += lit;
      i = end < 0 ? src.length : end;
      continue;
    }
    if (ch === '\\') {
      const lit = src[i + 1] ?? '';
      if (seenDigits) suffix += lit;
      else prefix += lit;
      i++;
      continue;
    }
    if ('0#?,.'.includes(ch) && (suffix === '' || !seenDigits)) {
      if (ch !== ',' && ch !== '.') seenDigits = true;
      pattern += ch;
      continue;
    }
    if (ch === '%') percent++;
    if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (seenDigits) suffix += ch;
    else prefix += ch;
  }
  let value = Math.abs(n) * 100 ** percent;
  // Trailing commas scale by thousands.
  while (pattern.endsWith(',')) {
    pattern = pattern.slice(0, -1);
    value /= 1000;
  }
  const dot = pattern.indexOf('.');
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPat = dot < 0 ? '' : pattern.slice(dot + 1);
  const grouping = intPat.includes(',');
  const minInt = (intPat.match(/0/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = fracPat.replace(/,/g, '').length;
  let fixed = value.toFixed(maxFrac);
  let [intPart, fracPart = ''] = fixed.split('.');
  while (fracPart.length > minFrac && fracPart.endsWith('0')) fracPart = fracPart.slice(0, -1);
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart!.padStart(minInt, '0');
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  fixed = fracPart ? `${intPart}${sep.decimal}${fracPart}` : intPart;
  if (!fracPart && dot >= 0 && fracPat === '') fixed += sep.decimal;
  return `${prefix}${fixed}${suffix}`;
}

function formatDateSection(date: Date, section: string, timeZone: string): string {
  const f = zonedFields(date, timeZone);
  const src = stripBrackets(section);
  const hasAmPm = /am\/pm|a\/p/i.test(src);
  const tokens: { kind: 'lit' | 'tok'; text: string }[] = [];
  for (let i = 0; i < src.length; ) {
    const ch = src[i]!;
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      tokens.push({ kind: 'lit', text: src.slice(i + 1, end < 0 ? src.length : end) });
      i = end < 0 ? src.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ kind: 'lit', text: src[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const ampm = /^(am\/pm|a\/p)/i.exec(src.slice(i));
    if (ampm) {
      tokens.push({ kind: 'tok', text: ampm[1]! });
      i += ampm[1]!.length;
      continue;
    }
    if (/[dmyhs]/i.test(ch)) {
      let n = 1;
      while (src[i + n]?.toLowerCase() === ch.toLowerCase()) n++;
      tokens.push({ kind: 'tok', text: src.slice(i, i + n) });
      i += n;
      continue;
    }
    tokens.push({ kind: 'lit', text: ch });
    i++;
  }
  const two = (x: number) => String(x).padStart(2, '0');
  let out = '';
  tokens.forEach((t, idx) => {
    if (t.kind === 'lit') {
      out += t.text;
      return;
    }
    const lower = t.text.toLowerCase();
    const n = lower.length;
    if (lower.startsWith('am/pm')) out += f.hour < 12 ? 'AM' : 'PM';
    else if (lower.startsWith('a/p')) out += f.hour < 12 ? 'A' : 'P';
    else if (lower[0] === 'y') out += n <= 2 ? two(f.year % 100) : String(f.year);
    else if (lower[0] === 'd')
      out +=
        n === 1 ? f.day : n === 2 ? two(f.day) : n === 3 ? DAYS[f.weekday]!.slice(0, 3) : DAYS[f.weekday];
    else if (lower[0] === 'h') {
      const h = hasAmPm ? (f.hour % 12 === 0 ? 12 : f.hour % 12) : f.hour;
      out += n >= 2 ? two(h) : h;
    } else if (lower[0] === 's') out += n >= 2 ? two(f.second) : f.second;
    else if (lower[0] === 'm') {
      const prev = tokens
        .slice(0, idx)
        .reverse()
        .find((x) => x.kind === 'tok');
      const next = tokens.slice(idx + 1).find((x) => x.kind === 'tok');
      const minute =
        n <= 2 && (prev?.text.toLowerCase().startsWith('h') || next?.text.toLowerCase().startsWith('s'));
      if (minute) out += n === 2 ? two(f.minute) : f.minute;
      else
        out +=
          n === 1
            ? f.month
            : n === 2
              ? two(f.month)
              : n === 3
                ? MONTHS[f.month - 1]!.slice(0, 3)
                : n === 5
                  ? MONTHS[f.month - 1]![0]
                  : MONTHS[f.month - 1];
    }
  });
  return out;
}

/** The text Sheets shows for a value with number format `fmt` (undefined: automatic). */
export function displayValue(
  value: CellValue | undefined,
  fmt: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (value === undefined || value === '') return '';
  const sep = separators(locale);
  const format =
    fmt === undefined || fmt === '' || fmt === GENERAL_FORMAT || /^general$/i.test(fmt) ? null : fmt;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    if (!format) return value;
    const sections = splitSections(format);
    const textSection =
      sections[3] ?? (sections.length === 1 && sections[0]!.includes('@') ? sections[0] : null);
    if (!textSection) return value;
    return stripBrackets(textSection)
      .replace(/"([^"]*)"/g, '$1')
      .replace(/@/g, value);
  }
  if (isDate(value)) {
    if (format && isDateFormat(splitSections(format)[0]!))
      return formatDateSection(value, splitSections(format)[0]!, timeZone);
    if (format && format !== '@')
      return formatNumberSection(dateToSerial(value, timeZone), splitSections(format)[0]!, sep);
    const dateOnly = formatDateSection(value, /^en_US$/i.test(locale) ? 'm/d/yyyy' : 'dd/mm/yyyy', timeZone);
    const f = zonedFields(value, timeZone);
    return f.hour + f.minute + f.second > 0
      ? `${dateOnly} ${formatDateSection(value, 'h:mm:ss', timeZone)}`
      : dateOnly;
  }
  const n = value;
  if (!format || format === '@') return generalNumber(n, sep);
  const sections = splitSections(format);
  if (isDateFormat(sections[0]!)) return formatDateSection(serialToDate(n, timeZone), sections[0]!, timeZone);
  if (n < 0 && sections[1] !== undefined) return formatNumberSection(-n, sections[1], sep);
  if (n === 0 && sections[2] !== undefined) return formatNumberSection(0, sections[2], sep);
  const text = formatNumberSection(n, sections[0]!, sep);
  return n < 0 && !/^0*[.,]?0*$/.test(text.replace(/[^0-9.,]/g, '')) ? `-${text}` : text;
}
