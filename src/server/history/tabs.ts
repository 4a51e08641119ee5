// The generated tabs of reminders, history and export (Log Pengingat, Riwayat, Tren, Ekspor IGA):
// created on first use with the same conventions as every table tab (description row, header row,
// frozen, plain-text columns) and protected so that only admins can edit them. Setup does not know
// these tabs, so they look after themselves here.

import { protectSheet } from '../setup/protect';
import { rewriteCell } from '../sheets/cells';
import { FIRST_DATA_ROW, HEADER_ROW, isPlainTextColumn, type TableLayout } from '../sheets/layout';
import { encodeRow, headerBlock } from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The tab of a layout, created when missing and (re)protected for `admins`. A tab whose header row
 * does not match the layout gets its header block rewritten, so appended rows never land under the
 * wrong header; data rows are left alone.
 */
export function ensureTableTab(ss: Spreadsheet, layout: TableLayout, admins: readonly string[]): Sheet {
  let sheet = ss.getSheetByName(layout.name);
  const width = layout.columns.length;
  if (!sheet) {
    sheet = ss.insertSheet(layout.name);
    protectForAdmins(sheet, admins, layout.description);
    formatColumns(sheet, layout);
    sheet.getRange(1, 1, HEADER_ROW, width).setValues(headerBlock(layout));
    sheet.setFrozenRows(HEADER_ROW);
    if (layout.frozenColumns) sheet.setFrozenColumns(layout.frozenColumns);
    sheet.getRange(HEADER_ROW, 1, 1, width).setFontWeight('bold');
    return sheet;
  }
  protectForAdmins(sheet, admins, layout.description);
  const header = sheet.getRange(HEADER_ROW, 1, 1, width).getValues()[0] ?? [];
  const exact = layout.columns.every((c, i) => String(header[i] ?? '').trim() === c.header);
  if (!exact) {
    formatColumns(sheet, layout);
    sheet.getRange(1, 1, HEADER_ROW, width).setValues(headerBlock(layout));
  }
  return sheet;
}

/** Plain text on text columns from the header down, so user text can never become a formula. */
function formatColumns(sheet: Sheet, layout: TableLayout): void {
  const rows = sheet.getMaxRows();
  layout.columns.forEach((c, i) => {
    if (isPlainTextColumn(c)) sheet.getRange(1, i + 1, rows, 1).setNumberFormat('@');
    if (c.width) sheet.setColumnWidth(i + 1, c.width);
  });
}

/**
 * Appends records under the last used row: getNumberFormats + one setValues, growing the sheet
 * when needed. Text is escaped for exactly the cells that are not plain text (see cells.ts).
 */
export function appendRecords(
  sheet: Sheet,
  layout: TableLayout,
  records: readonly Readonly<Record<string, unknown>>[],
): number {
  if (records.length === 0) return 0;
  const first = Math.max(sheet.getLastRow() + 1, FIRST_DATA_ROW);
  ensureRows(sheet, first + records.length - 1);
  const range = sheet.getRange(first, 1, records.length, layout.columns.length);
  const formats = range.getNumberFormats();
  range.setValues(records.map((r, i) => encodeRow(layout, r, formats[i])));
  return first;
}

/**
 * Replaces every data row with `rows` (cells as read back or encoded) and clears what is left
 * below. Strings are re-escaped against the target formats: Sheets returns "=x" typed as text
 * without its apostrophe, and writing it back raw would make it a formula.
 */
export function replaceRows(sheet: Sheet, width: number, rows: readonly (readonly unknown[])[]): void {
  ensureRows(sheet, FIRST_DATA_ROW - 1 + rows.length);
  if (rows.length > 0) {
    const range = sheet.getRange(FIRST_DATA_ROW, 1, rows.length, width);
    const formats = range.getNumberFormats();
    range.setValues(
      rows.map((line, r) => Array.from({ length: width }, (_, c) => rewriteCell(line[c], formats[r]?.[c]))),
    );
  }
  const last = sheet.getLastRow();
  const end = FIRST_DATA_ROW - 1 + rows.length;
  if (last > end) sheet.getRange(end + 1, 1, last - end, width).clearContent();
}

function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/**
 * Only the admins (and the owner, whom Sheets always keeps, and the runner) may edit. Re-applied on
 * every write, because Sinkronkan akses does not know these tabs: a change of admins in Pengguna
 * reaches them the next time they are written. The script runs as the user who acts, so an admin's
 * menu click or the admin-installed weekly trigger can still write.
 */
export function protectForAdmins(sheet: Sheet, admins: readonly string[], description: string): void {
  protectSheet(sheet, admins, description, Session.getEffectiveUser().getEmail().toLowerCase());
}
