// A new Google spreadsheet comes with one empty tab ("Sheet1"; "Lembar1" or "Sheet 1" in other
// languages). Once setup has made the register's tabs it is clutter in the tab bar that Bupati and
// Sekda scroll on a phone, so setup removes it, but only while nobody has put anything in it.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_TAB_NAMES = ['Sheet1', 'Sheet 1', 'Lembar1', 'Lembar 1'];

/** No value, no formula (one that shows "" still counts as content) and no chart. */
function isUntouched(sheet: Sheet): boolean {
  if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) return false;
  const range = sheet.getDataRange();
  const blank = (rows: unknown[][]) => rows.every((r) => r.every((v) => v === ''));
  return blank(range.getValues()) && blank(range.getFormulas()) && sheet.getCharts().length === 0;
}

/**
 * Deletes the default tab when it is completely empty and not one of `ours`; never the last tab.
 * Returns the names of the tabs deleted.
 */
export function removeEmptyDefaultTabs(ss: Spreadsheet, ours: readonly string[]): string[] {
  const removed: string[] = [];
  for (const name of DEFAULT_TAB_NAMES) {
    if (ours.includes(name)) continue;
    const sheet = ss.getSheetByName(name);
    if (!sheet || ss.getNumSheets() <= 1 || !isUntouched(sheet)) continue;
    removed.push(sheet.getName());
    ss.deleteSheet(sheet);
  }
  return removed;
}
