// Whole-table reads and writes: one getValues() per tab, one setValues() per table or row. Columns
// are found by their header text, so a tab whose columns were moved by hand still reads correctly;
// writes need the exact layout (setup repairs it) so they can never land in a wrong column.
import { type CellValue, encodeCell } from './cells';
import { type Column, DESCRIPTION_ROW, FIRST_DATA_ROW, HEADER_ROW, type TableLayout } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TableRow {
  /** 1-based sheet row. */
  rowNumber: number;
  cells: Map<string, unknown>;
}

export interface TableRead {
  layout: TableLayout;
  sheet: Sheet | null;
  /** Every value of the tab (description and header rows included), as getValues() returned it. */
  values: unknown[][];
  /** Column key → 0-based position, found by header text. */
  index: ReadonlyMap<string, number>;
  /** Layout columns whose header was not found. */
  missing: Column[];
  /** True when row 2 holds the layout's headers in the layout's order (writes are safe). */
  exact: boolean;
  /** Non-empty data rows (built on first use). */
  readonly rows: TableRow[];
  /** Last row that holds anything (0 when the tab is empty). */
  lastRow: number;
}

export function normaliseHeader(text: unknown): string {
  return String(text ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Maps column keys to 0-based positions by header text (first match wins). */
export function headerIndex(layout: TableLayout, headerRow: readonly unknown[]): Map<string, number> {
  const positions = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const t = normaliseHeader(h);
    if (t && !positions.has(t)) positions.set(t, i);
  });
  const index = new Map<string, number>();
  for (const c of layout.columns) {
    const i = positions.get(normaliseHeader(c.header));
    if (i !== undefined) index.set(c.key, i);
  }
  return index;
}

/** Rows searched for a header that is not on row 2 (a row deleted or inserted above the data). */
const HEADER_SEARCH_ROWS = 6;

/**
 * 0-based index of the row holding the layout's headers, found by their names: row 2 when it has
 * them, else the first of the top rows that has most of them (at least half, and 2), else null
 * (no header left: it was deleted).
 */
export function findHeaderRow(layout: TableLayout, values: readonly (readonly unknown[])[]): number | null {
  const wanted = new Set(layout.columns.map((c) => normaliseHeader(c.header)));
  const needed = Math.max(2, Math.ceil(wanted.size / 2));
  const matches = (row: readonly unknown[] | undefined) => {
    let n = 0;
    for (const v of row ?? []) if (wanted.has(normaliseHeader(v))) n++;
    return n;
  };
  if (matches(values[HEADER_ROW - 1]) >= Math.min(needed, wanted.size)) return HEADER_ROW - 1;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++)
    if (r !== HEADER_ROW - 1 && matches(values[r]) >= Math.min(needed, wanted.size)) return r;
  return null;
}

export function isExactHeader(layout: TableLayout, headerRow: readonly unknown[]): boolean {
  return layout.columns.every((c, i) => normaliseHeader(headerRow[i]) === normaliseHeader(c.header));
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function rowAt(
  layout: TableLayout,
  index: ReadonlyMap<string, number>,
  values: unknown[][],
  r: number,
): TableRow | null {
  const line = values[r] ?? [];
  const cells = new Map<string, unknown>();
  let content = false;
  for (const c of layout.columns) {
    const i = index.get(c.key);
    if (i === undefined) continue;
    const v = line[i];
    cells.set(c.key, v);
    if (!isBlank(v) && !(c.kind === 'checkbox' && v === false)) content = true;
  }
  return content ? { rowNumber: r + 1, cells } : null;
}

/**
 * Turns the values of a tab into keyed rows; checkbox-only rows count as empty (unticked = FALSE).
 * Rows are built on first use: a save looks up one row of a tab that may hold thousands.
 */
export function tableFromValues(layout: TableLayout, sheet: Sheet | null, values: unknown[][]): TableRead {
  // Found by name: a tab whose header row moved still reads (writes wait for setup's repair). With
  // no header left (its row deleted), the rows below the description are read in layout order.
  const found = values.length > HEADER_ROW - 1 ? findHeaderRow(layout, values) : HEADER_ROW - 1;
  const headerAt = found ?? HEADER_ROW - 1;
  const header = found === null ? [] : (values[headerAt] ?? []);
  const index =
    found === null ? new Map(layout.columns.map((c, i) => [c.key, i] as const)) : headerIndex(layout, header);
  const firstData = found === null ? DESCRIPTION_ROW : headerAt + 1;
  let lastRow = values.length;
  while (lastRow > 0 && (values[lastRow - 1] ?? []).every(isBlank)) lastRow--;
  let rows: TableRow[] | null = null;
  return {
    layout,
    sheet,
    values,
    index,
    missing: layout.columns.filter((c) => !index.has(c.key)),
    exact: found === HEADER_ROW - 1 && isExactHeader(layout, header),
    get rows(): TableRow[] {
      if (!rows) {
        rows = [];
        for (let r = firstData; r < values.length; r++) {
          const row = rowAt(layout, index, values, r);
          if (row) rows.push(row);
        }
      }
      return rows;
    },
    lastRow,
  };
}

/**
 * The first (or, with `last`, the last) data row whose `key` cell as trimmed text equals `text`,
 * without building the other rows.
 */
export function findRow(table: TableRead, key: string, text: string, last = false): TableRow | undefined {
  const i = table.index.get(key);
  if (i === undefined) return undefined;
  const first = FIRST_DATA_ROW - 1;
  const end = table.values.length;
  for (let k = 0; k < end - first; k++) {
    const r = last ? end - 1 - k : first + k;
    const v = table.values[r]?.[i];
    const t = typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim();
    if (t === text) return rowAt(table.layout, table.index, table.values, r) ?? undefined;
  }
  return undefined;
}

/** Reads a whole tab with one getValues(); a missing tab reads as empty with `sheet: null`. */
export function readTable(ss: Spreadsheet, layout: TableLayout): TableRead {
  const sheet = ss.getSheetByName(layout.name);
  return readSheetTable(sheet, layout);
}

export function readSheetTable(sheet: Sheet | null, layout: TableLayout): TableRead {
  const values = sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
  return tableFromValues(layout, sheet, values);
}

/**
 * One row of cell values in layout order from a key → model value map. `formats` are the target
 * cells' number formats (getNumberFormats), so text is escaped exactly where Sheets would parse it.
 */
export function encodeRow(
  layout: TableLayout,
  values: Readonly<Record<string, unknown>>,
  formats?: readonly string[],
): CellValue[] {
  return layout.columns.map((c, i) => encodeCell(c, values[c.key], formats?.[i]));
}

/** Writes one record in place: getRange, getNumberFormats, setValues — three calls whatever the width. */
export function writeRecordRow(
  sheet: Sheet,
  layout: TableLayout,
  rowNumber: number,
  values: Readonly<Record<string, unknown>>,
): void {
  const range = sheet.getRange(rowNumber, 1, 1, layout.columns.length);
  const formats = range.getNumberFormats()[0] ?? [];
  range.setValues([encodeRow(layout, values, formats)]);
}

/** Rows added at once when an input tab is full (they inherit the formats of the row above). */
export const GROWTH_ROWS = 100;

/**
 * Writes a record on the first row after `lastRow` (from the caller's read, under the document
 * lock), growing the sheet when it is full. Returns the row written.
 */
export function appendRecordRow(
  sheet: Sheet,
  layout: TableLayout,
  lastRow: number,
  values: Readonly<Record<string, unknown>>,
): number {
  const rowNumber = Math.max(lastRow, FIRST_DATA_ROW - 1) + 1;
  const maxRows = sheet.getMaxRows();
  // Grow by a block, not a row, so only one save in GROWTH_ROWS pays for it.
  if (rowNumber > maxRows) sheet.insertRowsAfter(maxRows, rowNumber - maxRows + GROWTH_ROWS - 1);
  writeRecordRow(sheet, layout, rowNumber, values);
  return rowNumber;
}

/** The description line and the header row (row 1 holds only the description). */
export function headerBlock(layout: TableLayout): CellValue[][] {
  const width = layout.columns.length;
  const description: CellValue[] = new Array<CellValue>(width).fill('');
  description[0] = layout.description;
  return [description, layout.columns.map((c) => c.header)];
}

function fitRows(sheet: Sheet, needed: number): void {
  const maxRows = sheet.getMaxRows();
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
}

function clearBelow(sheet: Sheet, needed: number, width: number): void {
  const lastRow = sheet.getLastRow();
  if (lastRow > needed) sheet.getRange(needed + 1, 1, lastRow - needed, width).clearContent();
}

/**
 * Replaces the data rows of a tab with already encoded `rows` (one setValues) and clears what is
 * left below (one clearContent), growing the sheet first when needed. For tabs written whole
 * (generated tabs); input tabs are written a row at a time under the document lock.
 */
export function writeTable(sheet: Sheet, layout: TableLayout, rows: readonly CellValue[][]): void {
  const width = layout.columns.length;
  const needed = FIRST_DATA_ROW - 1 + rows.length;
  fitRows(sheet, needed);
  if (rows.length > 0) sheet.getRange(FIRST_DATA_ROW, 1, rows.length, width).setValues(rows as CellValue[][]);
  clearBelow(sheet, needed, width);
}

/**
 * Like writeTable, from key → model-value records, escaping text for the target cells' formats
 * (one extra getNumberFormats).
 */
export function writeRecords(
  sheet: Sheet,
  layout: TableLayout,
  records: readonly Readonly<Record<string, unknown>>[],
): void {
  const width = layout.columns.length;
  const needed = FIRST_DATA_ROW - 1 + records.length;
  fitRows(sheet, needed);
  if (records.length > 0) {
    const range = sheet.getRange(FIRST_DATA_ROW, 1, records.length, width);
    const formats = range.getNumberFormats();
    range.setValues(records.map((r, i) => encodeRow(layout, r, formats[i])));
  }
  clearBelow(sheet, needed, width);
}

export { DESCRIPTION_ROW, FIRST_DATA_ROW, HEADER_ROW };
