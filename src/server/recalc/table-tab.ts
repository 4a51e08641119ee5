// Writes a generated table tab (Skor Inovasi, Ringkasan OPD) in a fixed number of calls: the tab is
// sized to the table (rows left over from a longer table vanish with it), then one call each for
// the number formats, the values (description, header and data in one block), the row colours and
// the checkboxes. Setup formats these tabs too; writing the header here repairs a tab that was
// edited by hand or created by this run.

import { RECALC_FORMATS } from '../../shared/messages/recalc';
import { protectForAdmins } from '../history/tabs';
import { FIRST_DATA_ROW, HEADER_ROW } from '../sheets/layout';
import { headerBlock } from '../sheets/table';
import type { TableData } from './tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_BACKGROUND = '#e8eaed';

/** The tab named `name`, created (admins only) when it does not exist. */
export function generatedTab(
  ss: Spreadsheet,
  name: string,
  admins: readonly string[],
  description: string,
): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  const sheet = ss.insertSheet(name);
  protectForAdmins(sheet, admins, description);
  return sheet;
}

/**
 * Resizes the sheet to exactly `rows` × `columns`: rows left over from a longer table vanish with
 * it. Always the same four calls (grow by the new size, then cut back to it), so the cost does not
 * depend on whether the table grew or shrank.
 */
export function fitSheet(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, rows);
  sheet.deleteRows(rows + 1, maxRows);
  const maxColumns = sheet.getMaxColumns();
  sheet.insertColumnsAfter(maxColumns, columns);
  sheet.deleteColumns(columns + 1, maxColumns);
}

export function writeTableTab(sheet: Sheet, data: TableData, formats: readonly string[]): void {
  const { layout, rows, backgrounds } = data;
  const width = layout.columns.length;
  const total = FIRST_DATA_ROW - 1 + rows.length;
  fitSheet(sheet, total, width);
  const whole = sheet.getRange(1, 1, total, width);
  const headerFormats = new Array<string>(width).fill(RECALC_FORMATS.text);
  whole.setNumberFormats([headerFormats, headerFormats, ...rows.map(() => [...formats])]);
  whole.setValues([...headerBlock(layout), ...rows]);
  whole.setBackgrounds([
    new Array<string>(width).fill('#ffffff'),
    new Array<string>(width).fill(HEADER_BACKGROUND),
    ...backgrounds.map((b) => new Array<string>(width).fill(b)),
  ]);
  const weights = (w: 'bold' | 'normal') => new Array<'bold' | 'normal'>(width).fill(w);
  whole.setFontWeights([weights('normal'), weights('bold'), ...rows.map(() => weights('normal'))]);
  layout.columns.forEach((c, i) => {
    if (c.kind === 'checkbox') sheet.getRange(FIRST_DATA_ROW, i + 1, rows.length, 1).insertCheckboxes();
  });
  if (sheet.getFrozenRows() !== HEADER_ROW) sheet.setFrozenRows(HEADER_ROW);
  if (sheet.getFrozenColumns() !== layout.frozenColumns) sheet.setFrozenColumns(layout.frozenColumns);
}
