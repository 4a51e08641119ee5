// The IGA export: the Ekspor IGA tab (rewritten whole each time, plain text so that nothing typed
// by an operator can become a formula, ready to copy into the national application) and the CSV
// of the same rows for the download dialog.
import { buildIgaTable, type IgaTable, toCsv } from '../../core/export-iga';
import type { CsvSeparatorChoice, IgaCsv } from '../../shared/admin-api';
import type { Result } from '../../shared/api';
import { EXPORT_TEXT } from '../../shared/messages/export';
import { fail, guarded } from '../api/guard';
import { adminGate, adminMenuItem, withAdminLock } from '../history/admin';
import { adminEmails, scoreRegistry } from '../history/scoring';
import { protectForAdmins } from '../history/tabs';
import { type FullRegistry, readRegistry } from '../sheets/registry';
import { formatWhen, nowIso } from '../time';
import { showDialog } from '../ui/dialogs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ACTION = EXPORT_TEXT.dialogTitle;

export function igaTable(reg: FullRegistry): IgaTable {
  return buildIgaTable({
    rubric: reg.rubric,
    scoring: scoreRegistry(reg),
    innovations: reg.innovations,
    opds: reg.opds.filter((o) => !o.problems?.length),
  });
}

/** Writes the table to Ekspor IGA: one clear, formats, one setValues. Returns the rows written. */
export function writeIgaTab(ss: Spreadsheet, table: IgaTable, admins: readonly string[], at: string): number {
  let sheet = ss.getSheetByName(EXPORT_TEXT.tab);
  sheet ??= ss.insertSheet(EXPORT_TEXT.tab);
  protectForAdmins(sheet, admins, EXPORT_TEXT.tabProtection);
  const width = table.headers.length;
  const height = 2 + table.rows.length;
  sheet.clear();
  if (height > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (width > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, height, width).setNumberFormat('@');
  const score = table.headers.indexOf(EXPORT_TEXT.headers.verifiedSidScore);
  if (score >= 0 && table.rows.length)
    sheet.getRange(3, score + 1, table.rows.length, 1).setNumberFormat('0.00');
  const note: string[] = new Array<string>(width).fill('');
  note[0] = EXPORT_TEXT.tabNote(table.rows.length, at);
  sheet.getRange(1, 1, height, width).setValues([note, [...table.headers], ...table.rows.map((r) => [...r])]);
  sheet.getRange(2, 1, 1, width).setFontWeight('bold').setWrap(true);
  sheet.getRange(2, table.formColumns + 1, 1, width - table.formColumns).setFontStyle('italic');
  sheet.setFrozenRows(2);
  sheet.setFrozenColumns(1);
  return table.rows.length;
}

/** Menu: Ekspor IGA… refreshes the tab, then opens the download dialog (admins only). */
export function showIgaExport(): void {
  adminMenuItem('showIgaExport', ACTION, EXPORT_TEXT.failed, (ss, ui) => {
    const locked = withAdminLock(() => {
      const reg = readRegistry(ss);
      return writeIgaTab(ss, igaTable(reg), adminEmails(reg), formatWhen(nowIso(), reg.settings.timeZone));
    });
    if (!locked.ok) {
      ui.alert(locked.message);
      return;
    }
    if (locked.value === 0) {
      ui.alert(EXPORT_TEXT.nothing);
      return;
    }
    ss.toast(EXPORT_TEXT.written(locked.value));
    showDialog('Ekspor', EXPORT_TEXT.dialogTitle, 520, 420);
  });
}

/** The CSV of the export (built from the register now, the same rows as the tab). */
export function getIgaCsv(separator: CsvSeparatorChoice): Result<IgaCsv> {
  return guarded('getIgaCsv', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, ACTION);
    if (!gate.ok) return fail(gate.message);
    const reg = readRegistry(ss);
    const table = igaTable(reg);
    const sep = separator === ';' ? ';' : ',';
    const date = Utilities.formatDate(new Date(), reg.settings.timeZone, 'yyyy-MM-dd');
    return {
      ok: true,
      csv: toCsv(table, { separator: sep }),
      fileName: EXPORT_TEXT.csvName(reg.settings.regencyName, date),
      count: table.rows.length,
    };
  });
}
