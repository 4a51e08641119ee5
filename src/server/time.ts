// Timestamps: stored as UTC ISO strings (sortable, unambiguous, JSON-safe); shown to people in the
// regency's time zone with the Indonesian zone name.

const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function nowIso(): string {
  return new Date().toISOString();
}

/** "28/11/2026 09.10 WITA" for an ISO timestamp; the text itself when it is not one. */
export function formatWhen(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso;
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(date);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    const zone = ZONE_NAMES[timeZone] ?? timeZone;
    return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}.${get('minute')} ${zone}`;
  } catch {
    return iso;
  }
}
