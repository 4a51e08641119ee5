// A generated tab as data: every cell's value and look, the merged bands and the charts. Building
// it is pure (the tests read it directly); `paintSheet` writes it with a fixed number of Sheets
// calls, one per property over the whole block, whatever the number of rows. That is what keeps
// the recalculation's call count independent of the number of innovations.
import type { CellValue } from '../sheets/cells';
import { fitSheet } from './table-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type HorizontalAlignment = 'left' | 'center' | 'right';

export interface CellPaint {
  value: CellValue;
  /** Number format; '@' for text a person typed, so Sheets never reads it as a formula or number. */
  format?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  background?: string;
  align?: HorizontalAlignment;
  wrap?: boolean;
}

/**
 * Cells merged across, row by row: rows `row`..`row + rows - 1`, columns `column`..`column +
 * columns - 1` (1-based). One band is one mergeAcross() call, so a layout has a fixed list of bands.
 */
export interface MergeBand {
  row: number;
  rows: number;
  column: number;
  columns: number;
  /** One cell over the whole block (merge()) instead of one per row: text wraps inside its height. */
  block?: boolean;
}

/** Rows `row`..`row + rows - 1` set to `height` pixels (one setRowHeights call). */
export interface RowHeightBand {
  row: number;
  rows: number;
  height: number;
}

export type ChartKind = 'bar' | 'column' | 'line';

export interface ChartPlan {
  kind: ChartKind;
  /** Data block, 1-based, including its header row. */
  range: { row: number; column: number; rows: number; columns: number };
  /** Top-left cell the chart is anchored to. */
  anchor: { row: number; column: number };
  title: string;
  width: number;
  height: number;
  stacked: boolean;
  /** Series are the block's rows instead of its columns. */
  transpose: boolean;
  colors: string[];
  /** Dots on the data points: a line with a single year would otherwise draw nothing. */
  pointSize?: number;
  /** Where the legend goes; under the plot unless said otherwise. */
  legend?: 'bottom' | 'right';
}

export interface SheetPaint {
  width: number;
  rows: CellPaint[][];
  merges: MergeBand[];
  /** Pixel width per column, or an empty list to leave widths alone. */
  columnWidths: number[];
  charts: ChartPlan[];
  frozenRows: number;
  frozenColumns: number;
  /** Fixed heights (e.g. the dashboard's first screen); other rows keep Sheets' automatic height. */
  rowHeights?: RowHeightBand[];
}

export const DEFAULT_FONT_COLOR = '#000000';
/** White, not "none": a filled cell hides the gridlines, so the dashboard reads as a page. */
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_SIZE = 10;

export function cell(value: CellValue, style: Omit<CellPaint, 'value'> = {}): CellPaint {
  return { value, ...style };
}

/** A row of `width` cells: the given ones first, empty cells after. */
export function row(width: number, cells: CellPaint[], fill: Omit<CellPaint, 'value'> = {}): CellPaint[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push(cell('', fill));
  return out;
}

function grid<T>(paint: SheetPaint, pick: (c: CellPaint) => T): T[][] {
  return paint.rows.map((r) => r.map(pick));
}

/** Values and styles as the 2-D arrays Range.setX(…) take. */
export function paintArrays(paint: SheetPaint) {
  return {
    values: grid(paint, (c) => c.value),
    // Text defaults to plain text: whatever a string holds (an OPD name typed as "=…") stays text.
    formats: grid(paint, (c) => c.format ?? (typeof c.value === 'string' ? '@' : 'General')),
    fontWeights: grid(paint, (c) => (c.bold ? 'bold' : 'normal')),
    fontStyles: grid(paint, (c) => (c.italic ? 'italic' : 'normal')),
    fontSizes: grid(paint, (c) => c.size ?? DEFAULT_FONT_SIZE),
    fontColors: grid(paint, (c) => c.color ?? DEFAULT_FONT_COLOR),
    backgrounds: grid(paint, (c) => c.background ?? DEFAULT_BACKGROUND),
    alignments: grid(paint, (c) => c.align ?? 'left'),
    wraps: grid(paint, (c) => c.wrap === true),
  };
}

/**
 * Writes a paint over the whole sheet: resize, unmerge and clear, then one call per property, one
 * per merged band, one per chart. `extraRows` are blank rows kept below the content (for charts).
 */
export function paintSheet(sheet: Sheet, paint: SheetPaint, extraRows = 0): void {
  const height = paint.rows.length;
  const total = Math.max(height + extraRows, paint.frozenRows + 1);
  fitSheet(sheet, total, paint.width);
  const whole = sheet.getRange(1, 1, total, paint.width);
  whole.breakApart();
  whole.clear();

  const a = paintArrays(paint);
  const block = sheet.getRange(1, 1, height, paint.width);
  // Formats first: a value written into a cell formatted as text stays text.
  block.setNumberFormats(a.formats);
  block.setValues(a.values);
  block.setFontWeights(a.fontWeights);
  block.setFontStyles(a.fontStyles);
  block.setFontSizes(a.fontSizes);
  block.setFontColors(a.fontColors);
  block.setBackgrounds(a.backgrounds);
  block.setHorizontalAlignments(a.alignments);
  block.setWraps(a.wraps);
  block.setVerticalAlignment('middle');
  for (const band of paint.merges) {
    const range = sheet.getRange(band.row, band.column, band.rows, band.columns);
    if (band.block) range.merge();
    else range.mergeAcross();
  }
  for (const band of paint.rowHeights ?? []) sheet.setRowHeights(band.row, band.rows, band.height);
  paint.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  if (sheet.getFrozenRows() !== paint.frozenRows) sheet.setFrozenRows(paint.frozenRows);
  if (sheet.getFrozenColumns() !== paint.frozenColumns) sheet.setFrozenColumns(paint.frozenColumns);
  placeCharts(sheet, paint.charts);
}

/**
 * The charts of the plan, reusing the charts already on the sheet (updated in place, so a second
 * run leaves the same charts with the same ids) and removing any others: they never accumulate.
 */
function placeCharts(sheet: Sheet, plans: readonly ChartPlan[]): void {
  const existing = sheet.getCharts();
  plans.forEach((plan, i) => {
    const old = existing[i];
    if (old) sheet.updateChart(buildChart(sheet, plan, old.modify().clearRanges()));
    else sheet.insertChart(buildChart(sheet, plan, sheet.newChart()));
  });
  for (const extra of existing.slice(plans.length)) sheet.removeChart(extra);
}

function buildChart(
  sheet: Sheet,
  plan: ChartPlan,
  base: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const { range, anchor } = plan;
  const typed =
    plan.kind === 'bar'
      ? base.asBarChart()
      : plan.kind === 'line'
        ? base.asLineChart()
        : base.asColumnChart();
  let builder = typed
    .addRange(sheet.getRange(range.row, range.column, range.rows, range.columns))
    .setNumHeaders(1)
    .setTransposeRowsAndColumns(plan.transpose)
    .setPosition(anchor.row, anchor.column, 0, 0)
    .setOption('title', plan.title)
    .setOption('width', plan.width)
    .setOption('height', plan.height)
    .setOption('colors', plan.colors)
    .setOption('legend', { position: plan.legend ?? 'bottom' });
  if (plan.stacked) builder = builder.setOption('isStacked', true);
  if (plan.pointSize) builder = builder.setOption('pointSize', plan.pointSize);
  return builder.build();
}
