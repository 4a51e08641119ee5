// Writes the Ringkasan Provinsi grid whole, in a fixed number of calls: clear, then one call each
// for the number formats, the values, the backgrounds and the font weights.
import type { DashboardGrid, RowStyle } from './dashboard';
import { DASHBOARD_WIDTH } from './dashboard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const BACKGROUND: Record<RowStyle, string> = {
  title: '#ffffff',
  note: '#ffffff',
  section: '#d2e3fc',
  header: '#e8eaed',
  plain: '#ffffff',
  bad: '#f4c7c3',
};
const BOLD: ReadonlySet<RowStyle> = new Set(['title', 'section', 'header']);
const WIDTHS = [210, 210, 90, 120, 160, 120, 110, 150, 150];

export function writeDashboard(ss: Spreadsheet, name: string, grid: DashboardGrid): Sheet {
  let sheet = ss.getSheetByName(name);
  if (!sheet) {
    sheet = ss.insertSheet(name);
    for (const [i, w] of WIDTHS.entries()) sheet.setColumnWidth(i + 1, w);
  }
  sheet.clear();
  const n = grid.rows.length;
  if (sheet.getMaxRows() < n) sheet.insertRowsAfter(sheet.getMaxRows(), n - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, n, DASHBOARD_WIDTH);
  range.setNumberFormats(grid.rows.map((r) => r.map((c) => c.format)));
  range.setValues(grid.rows.map((r) => r.map((c) => c.value)));
  range.setBackgrounds(grid.styles.map((s) => new Array<string>(DASHBOARD_WIDTH).fill(BACKGROUND[s])));
  range.setFontWeights(
    grid.styles.map((s) =>
      new Array<'bold' | 'normal'>(DASHBOARD_WIDTH).fill(BOLD.has(s) ? 'bold' : 'normal'),
    ),
  );
  return sheet;
}
