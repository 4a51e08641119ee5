// Dates as people in the product read them (dd/mm/yyyy, as the sheet shows them) and as the form
// state and the server keep them (ISO yyyy-mm-dd).

/** "2025-03-07" → "07/03/2025"; anything else (a half-typed date) is shown as it is. */
export function isoToDisplay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/**
 * "7/3/2025", "07-03-2025" or "07.03.2025" → "2025-03-07"; empty → ""; anything else is passed on
 * as typed, so the core's check marks the field instead of a guess being saved.
 */
export function displayToIso(value: string): string {
  const t = value.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}
