// Timestamps: stored as UTC ISO strings (sortable, unambiguous, JSON-safe); shown to people in the
// regency's time zone with the Indonesian zone name.
import { zoneLabel } from '../shared/messages/common';

/** Now, to the second: timestamps are stored in date-time cells, which need not keep milliseconds. */
export function nowIso(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
}

type ZonedField = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** One formatter per zone: making one costs far more than using it, and a table formats thousands. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of `date` in `timeZone`, zero-padded; throws for a zone Intl does not know. */
export function zonedFields(date: Date, timeZone: string): Record<ZonedField, string> {
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: ZonedField) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** "28/11/2026 09.10 WITA" for an ISO timestamp; the text itself when it is not one. */
export function formatWhen(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso;
  try {
    const f = zonedFields(date, timeZone);
    return `${f.day}/${f.month}/${f.year} ${f.hour}.${f.minute} ${zoneLabel(timeZone)}`;
  } catch {
    return iso;
  }
}
