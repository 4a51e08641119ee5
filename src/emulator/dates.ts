// Java SimpleDateFormat patterns, as Utilities.formatDate uses them, with real time zones from
// Intl; and the serial-number view of dates that Sheets uses (days since 1899-12-30, local time).
import { zonedFields, zoneOffsetMs } from './values';

/** English month and day names, as SimpleDateFormat and Sheets' en_US display write them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/**
 * Java's short names (SimpleDateFormat 'z', which Utilities.formatDate uses) for zones where Intl's
 * en-US short name is only an offset: Java names Indonesia's three zones WIB, WITA and WIT.
 */
const JAVA_SHORT_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
  'Asia/Singapore': 'SGT',
  'Asia/Kuala_Lumpur': 'MYT',
  'Asia/Tokyo': 'JST',
  'Asia/Kolkata': 'IST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

function zoneName(date: Date, timeZone: string, long: boolean): string {
  if (!long && JAVA_SHORT_NAMES[timeZone]) return JAVA_SHORT_NAMES[timeZone];
  const f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: long ? 'long' : 'short' });
  const name = f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  // A zone Java has no name for is written as its offset, "GMT+08:00" (Intl writes "GMT+8").
  const offset = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (!offset) return name;
  return `GMT${offset[1]}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`;
}

function offsetText(ms: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (ms === 0 && style !== 'Z') return 'Z';
  const sign = ms < 0 ? '-' : '+';
  const mins = Math.abs(Math.round(ms / 60000));
  const h = pad(Math.floor(mins / 60), 2);
  const m = pad(mins % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/** Formats like java.text.SimpleDateFormat (English names), in the given IANA time zone. */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const f = zonedFields(date, timeZone);
  const offset = zoneOffsetMs(date, timeZone);
  const startOfYear = Date.UTC(f.year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(f.year, f.month - 1, f.day) - startOfYear) / 86400000) + 1;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'D':
        out += pad(dayOfYear, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'F':
        out += pad(Math.floor((f.day - 1) / 7) + 1, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.ms, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'z':
        out += zoneName(date, timeZone, n >= 4);
        break;
      case 'Z':
        out += offsetText(offset, 'Z');
        break;
      case 'X':
        out += offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' serial number of a date: days since 1899-12-30 in the spreadsheet's local time. */
export function dateToSerial(date: Date, timeZone: string): number {
  return (date.getTime() + zoneOffsetMs(date, timeZone) - SERIAL_EPOCH) / 86400000;
}

export function serialToDate(serial: number, timeZone: string): Date {
  const localMs = SERIAL_EPOCH + serial * 86400000;
  const guess = new Date(localMs);
  const off = zoneOffsetMs(guess, timeZone);
  return new Date(localMs - zoneOffsetMs(new Date(localMs - off), timeZone));
}
