// The Tren tab: the IID per archived year (line chart), each OPD's verified counted innovations per
// year (column chart), and whether each innovation of the register may be reported again next
// year. Rewritten whole from the Riwayat tab and the register; its charts are replaced, never added.
import {
  buildTrend,
  countReports,
  type HistoryRow,
  nextYearEligibility,
  nextYearRulesFrom,
  type TrendData,
} from '../../core/history';
import { getRubric, isRubricId } from '../../core/rubric';
import { HISTORY_TEXT, ineligibleText } from '../../shared/messages/history';
import type { CellValue } from '../sheets/cells';
import type { FullRegistry } from '../sheets/registry';
import { protectForAdmins } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where the blocks of the tab start (1-based), for the charts and for tests. */
export interface TrendLayout {
  iid: { titleRow: number; headerRow: number; rows: number };
  opd: { titleRow: number; headerRow: number; rows: number; columns: number };
  eligibility: { titleRow: number; headerRow: number; rows: number };
}

/** Charts sit right of the tables, never over them (the OPD table widens by one column a year). */
const MIN_CHART_COLUMN = 10;
const TREND_POINT_SIZE = 7;

/** The cells of the whole tab in one grid (one setValues) and where each block sits. */
export function trendGrid(
  reg: Pick<FullRegistry, 'settings' | 'innovations'>,
  history: readonly HistoryRow[],
  updatedAt: string,
): { grid: CellValue[][]; layout: TrendLayout; trend: TrendData } {
  const trend = buildTrend(history);
  const lines: CellValue[][] = [];
  const push = (...cells: CellValue[]) => lines.push(cells);
  push(HISTORY_TEXT.trendTitle(reg.settings.regencyName));
  push(HISTORY_TEXT.trendNote(updatedAt));
  push();

  push(HISTORY_TEXT.iidTableTitle);
  const iidHeader = lines.length + 1;
  push(...HISTORY_TEXT.iidHeaders);
  // Years as text: a numeric first column would make the chart plot the year as a series.
  for (const y of trend.regency) {
    push(String(y.year), y.iid ?? '', y.verifiedIid ?? '', y.verifiedPredikat, y.total, y.verifiedCounted);
  }
  if (trend.regency.length === 0) push(HISTORY_TEXT.noHistory);
  push();

  push(HISTORY_TEXT.opdTableTitle);
  const opdHeader = lines.length + 1;
  push(HISTORY_TEXT.opdHeader, ...trend.years.map(String));
  // OPDs that never recorded an innovation in any archived year would only be a row of zeros (the
  // dashboard names them); the others by their latest count, highest first.
  const last = trend.years.length - 1;
  const opds = trend.opds
    .filter((o) => o.years.some((y) => y.total > 0))
    .sort(
      (a, b) =>
        (b.years[last]?.verifiedCounted ?? 0) - (a.years[last]?.verifiedCounted ?? 0) ||
        (a.name || a.opd).localeCompare(b.name || b.opd, 'id'),
    );
  for (const o of opds) push(o.name || o.opd, ...o.years.map((y) => y.verifiedCounted));
  push();

  const lastYear = trend.years[trend.years.length - 1];
  const nextYear = (lastYear ?? yearOfRubric(reg.settings.rubricId)) + 1;
  const nextId = `iid-${nextYear}`;
  const rules = nextYearRulesFrom(nextYear, isRubricId(nextId) ? getRubric(nextId) : null);
  const counts = countReports(history);
  const eligibility = nextYearEligibility(
    reg.innovations.map((s) => s.innovation),
    counts,
    rules,
  );
  push(HISTORY_TEXT.eligibilityTitle(nextYear));
  const eligibilityTitle = lines.length;
  push(HISTORY_TEXT.eligibilityRule(rules.maxReports, rules.rubric));
  const eligibilityHeader = lines.length + 1;
  push(...HISTORY_TEXT.eligibilityHeaders);
  for (const e of eligibility) {
    push(
      e.id,
      e.opd,
      e.name,
      e.times,
      e.years.join(', '),
      e.eligible === null ? HISTORY_TEXT.unknown : e.eligible ? HISTORY_TEXT.yes : HISTORY_TEXT.no,
      e.reasons.map(ineligibleText).join('; '),
    );
  }

  const width = Math.max(...lines.map((l) => l.length), 1);
  const grid = lines.map((l) => [...l, ...new Array<CellValue>(width - l.length).fill('')]);
  return {
    grid,
    trend,
    layout: {
      iid: { titleRow: iidHeader - 1, headerRow: iidHeader, rows: trend.regency.length },
      opd: {
        titleRow: opdHeader - 1,
        headerRow: opdHeader,
        rows: opds.length,
        columns: 1 + trend.years.length,
      },
      eligibility: { titleRow: eligibilityTitle, headerRow: eligibilityHeader, rows: eligibility.length },
    },
  };
}

function yearOfRubric(id: string): number {
  const m = /(\d{4})$/.exec(id);
  return m ? Number(m[1]) : new Date().getFullYear();
}

/** Rewrites the Tren tab: one clear, one setValues, a few formats, and its two charts. */
export function writeTrend(
  ss: Spreadsheet,
  reg: Pick<FullRegistry, 'settings' | 'innovations'>,
  history: readonly HistoryRow[],
  admins: readonly string[],
  updatedAt: string,
): TrendLayout {
  let sheet = ss.getSheetByName(HISTORY_TEXT.trendTab);
  sheet ??= ss.insertSheet(HISTORY_TEXT.trendTab);
  protectForAdmins(sheet, admins, HISTORY_TEXT.trendProtection);
  const { grid, layout } = trendGrid(reg, history, updatedAt);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const width = grid[0]?.length ?? 1;
  const needed = grid.length;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  // Plain text everywhere first, then numbers where numbers go: names and ids are user text, and
  // on a plain-text cell Sheets stores a string verbatim, so it can never become a formula.
  sheet.getRange(1, 1, needed, width).setNumberFormat('@');
  if (layout.iid.rows) {
    sheet.getRange(layout.iid.headerRow + 1, 2, layout.iid.rows, 2).setNumberFormat('0.00');
    sheet.getRange(layout.iid.headerRow + 1, 5, layout.iid.rows, 2).setNumberFormat('0');
  }
  if (layout.opd.rows && layout.opd.columns > 1) {
    sheet.getRange(layout.opd.headerRow + 1, 2, layout.opd.rows, layout.opd.columns - 1).setNumberFormat('0');
  }
  if (layout.eligibility.rows) {
    sheet.getRange(layout.eligibility.headerRow + 1, 4, layout.eligibility.rows, 1).setNumberFormat('0');
  }
  sheet.getRange(1, 1, needed, width).setValues(grid);
  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  for (const row of [layout.iid.titleRow, layout.opd.titleRow, layout.eligibility.titleRow]) {
    sheet.getRange(row, 1).setFontWeight('bold');
  }
  for (const row of [layout.iid.headerRow, layout.opd.headerRow, layout.eligibility.headerRow]) {
    sheet.getRange(row, 1, 1, width).setFontWeight('bold');
  }
  sheet.setColumnWidth(1, 220);
  addCharts(sheet, layout, Math.max(MIN_CHART_COLUMN, width + 2));
  return layout;
}

function addCharts(sheet: Sheet, layout: TrendLayout, column: number): void {
  if (layout.iid.rows > 0) {
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .setTitle(HISTORY_TEXT.chartIid)
        .addRange(sheet.getRange(layout.iid.headerRow, 1, layout.iid.rows + 1, 3))
        .setNumHeaders(1)
        // Without dots a line chart of one closed year shows nothing at all.
        .setOption('pointSize', TREND_POINT_SIZE)
        .setPosition(layout.iid.titleRow, column, 0, 0)
        .build(),
    );
  }
  if (layout.opd.rows > 0 && layout.opd.columns > 1) {
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .setTitle(HISTORY_TEXT.chartOpd)
        .addRange(sheet.getRange(layout.opd.headerRow, 1, layout.opd.rows + 1, layout.opd.columns))
        .setNumHeaders(1)
        .setPosition(layout.iid.titleRow + 20, column, 0, 0)
        .build(),
    );
  }
}
