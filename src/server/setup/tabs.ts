// Creating and repairing one table tab: description and header rows, frozen rows, plain-text
// format on text columns, dropdowns, header notes, widths. Idempotent: a tab already right gets
// the same formats again and keeps every value; a tab with an older header is rearranged by header
// text, and columns it does not know are kept to the right, never dropped.
import { SETUP_MESSAGES } from '../../shared/messages/server';
import { type CellValue, encodeCell, PLAIN_TEXT_FORMAT, rewriteCell } from '../sheets/cells';
import {
  type Column,
  columnLetter,
  DESCRIPTION_ROW,
  FIRST_DATA_ROW,
  HEADER_ROW,
  isPlainTextColumn,
  LEVEL_VALUES,
  type TableLayout,
  TIMESTAMP_FORMAT,
  technicalGroup,
} from '../sheets/layout';
import { findHeaderRow, headerBlock, headerIndex, isExactHeader } from '../sheets/table';
import { validationPlan } from './validation-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface EnsuredTab {
  sheet: Sheet;
  created: boolean;
  /** True when the header had to be rewritten (or the columns rearranged). */
  repaired: boolean;
  notes: string[];
}

const HEADER_BACKGROUND = '#e8eaed';

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** Data rows a new table tab starts with; saves and table writes grow it (new rows inherit formats). */
export const INITIAL_DATA_ROWS = 100;

/** The sheet of a tab, created at 0-based `position` (default: last) when missing. */
export function ensureSheet(
  ss: Spreadsheet,
  name: string,
  position?: number,
): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(name);
  if (existing) return { sheet: existing, created: false };
  const sheet = position === undefined ? ss.insertSheet(name) : ss.insertSheet(name, position);
  return { sheet, created: true };
}

/**
 * A new (empty) table tab is cut to its columns and INITIAL_DATA_ROWS rows: a fresh Google sheet
 * has 1,000 × 26 cells, and formats and dropdowns on 1,000 rows of 130 columns in 25 OPD tabs
 * would be millions of cells for nothing.
 */
function fitNewSheet(sheet: Sheet, width: number): SheetSize {
  const rows = FIRST_DATA_ROW - 1 + INITIAL_DATA_ROWS;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns > width) sheet.deleteColumns(width + 1, maxColumns - width);
  return { rows, columns: Math.min(maxColumns, width) };
}

/** A sheet's grid size when the caller already knows it (each read forces queued writes out). */
interface SheetSize {
  rows: number;
  columns: number;
}

/** A moved cell, escaped as its new cell needs (plain-text layout columns are formatted first). */
function moved(value: unknown, column: Column | undefined): CellValue {
  // Timestamps of older layouts were ISO text: they become real date-times.
  if (column?.kind === 'timestamp' && typeof value === 'string') return encodeCell(column, value.trim());
  return rewriteCell(value, column && isPlainTextColumn(column) ? PLAIN_TEXT_FORMAT : undefined);
}

/**
 * Writes or repairs the description and header rows. Data rows are rewritten only when the header
 * differs and data exists (columns matched by header text; unknown ones kept on the right).
 */
export function ensureHeader(
  sheet: Sheet,
  layout: TableLayout,
  fillRow?: RowFiller,
  values = sheet.getDataRange().getValues() as unknown[][],
): { repaired: boolean; notes: string[] } {
  const width = layout.columns.length;
  // Found by name: a deleted header row must not make the first data row the header.
  const found = values.length > HEADER_ROW - 1 ? findHeaderRow(layout, values) : HEADER_ROW - 1;
  const headerAt = found ?? HEADER_ROW - 1;
  const header = found === null ? [] : (values[headerAt] ?? []);
  const description = values[DESCRIPTION_ROW - 1]?.[0];
  // Columns a person added to the right of the layout are theirs: kept, never rewritten.
  if (found === HEADER_ROW - 1 && isExactHeader(layout, header)) {
    if (description !== layout.description) sheet.getRange(DESCRIPTION_ROW, 1).setValue(layout.description);
    return { repaired: false, notes: [] };
  }
  const notes: string[] = [];
  const oldWidth = Math.max(...values.map((r) => r.length), 0);
  // With no header left, every row below the description is data, in the layout's own order.
  const data = found === null ? values.slice(DESCRIPTION_ROW) : values.slice(headerAt + 1);
  // Rows between the description and a header found lower down are data people typed there.
  if (found !== null && headerAt > HEADER_ROW - 1) data.unshift(...values.slice(DESCRIPTION_ROW, headerAt));
  const hasData = data.some((r) => r.some((v) => !isBlank(v)));
  // Rows moved up by a deleted row carry their dropdowns: the header must not be refused by them.
  sheet.getRange(DESCRIPTION_ROW, 1, HEADER_ROW, Math.max(width, oldWidth, 1)).clearDataValidations();
  if (!hasData) {
    sheet.getRange(DESCRIPTION_ROW, 1, 2, width).setValues(headerBlock(layout));
    if (oldWidth > width) sheet.getRange(DESCRIPTION_ROW, width + 1, 2, oldWidth - width).clearContent();
    return { repaired: values.length > 0, notes: [] };
  }
  if (found === null) notes.push(SETUP_MESSAGES.headerRebuilt(layout.name));
  else if (headerAt !== HEADER_ROW - 1) notes.push(SETUP_MESSAGES.headerMoved(layout.name));
  else notes.push(SETUP_MESSAGES.migrated(layout.name));
  // Rearrange: layout columns by header text, then every other non-empty old column.
  const index =
    found === null ? new Map(layout.columns.map((c, i) => [c.key, i] as const)) : headerIndex(layout, header);
  const used = new Set(index.values());
  const extras: number[] = [];
  for (let i = 0; i < oldWidth; i++) {
    if (used.has(i)) continue;
    if (!isBlank(header[i]) || data.some((r) => !isBlank(r[i]))) extras.push(i);
  }
  const newWidth = width + extras.length;
  if (sheet.getMaxColumns() < newWidth)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), newWidth - sheet.getMaxColumns());
  const block: CellValue[][] = [
    [layout.description, ...new Array<CellValue>(newWidth - 1).fill('')],
    [...layout.columns.map((c) => c.header), ...extras.map((i) => moved(header[i], undefined))],
  ];
  for (const r of data) {
    const cells = new Map<string, unknown>();
    for (const c of layout.columns) {
      const i = index.get(c.key);
      cells.set(c.key, i === undefined ? '' : r[i]);
    }
    fillRow?.(cells);
    block.push([
      ...layout.columns.map((c) => moved(cells.get(c.key), c)),
      ...extras.map((i) => moved(r[i], undefined)),
    ]);
  }
  const height = Math.max(block.length, values.length);
  if (sheet.getMaxRows() < block.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), block.length - sheet.getMaxRows());
  // Dropdowns are set again by the caller: a value moved into a new column must not be refused.
  sheet
    .getRange(FIRST_DATA_ROW, 1, Math.max(block.length - FIRST_DATA_ROW + 1, 1), newWidth)
    .clearDataValidations();
  sheet.getRange(1, 1, block.length, newWidth).setValues(block);
  if (oldWidth > newWidth) sheet.getRange(1, newWidth + 1, height, oldWidth - newWidth).clearContent();
  if (values.length > block.length)
    sheet.getRange(block.length + 1, 1, values.length - block.length, newWidth).clearContent();
  return { repaired: true, notes };
}

/**
 * Completes one data row being moved by a repair (cells by column key, as read): how an OPD tab
 * seals rows written before the server-owned columns were sealed.
 */
export type RowFiller = (cells: Map<string, unknown>) => void;

/** Runs of adjacent columns that share a key (1-based start, length). */
function runs<T>(
  columns: readonly Column[],
  keyOf: (c: Column) => T | null,
): { start: number; length: number; key: T }[] {
  const out: { start: number; length: number; key: T }[] = [];
  columns.forEach((c, i) => {
    const key = keyOf(c);
    if (key === null) return;
    const last = out[out.length - 1];
    if (last && last.key === key && last.start + last.length === i + 1) last.length++;
    else out.push({ start: i + 1, length: 1, key });
  });
  return out;
}

function ruleKey(c: Column): string | null {
  if (c.kind === 'level') return 'level';
  if (c.kind === 'checkbox') return 'checkbox';
  if (c.kind === 'enum' && c.options?.length) return `enum:${c.options.map((o) => o.label).join('\u0001')}`;
  return null;
}

function buildRule(c: Column): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (c.kind === 'checkbox') return builder.requireCheckbox().build();
  const values = c.kind === 'level' ? LEVEL_VALUES.map(String) : (c.options ?? []).map((o) => o.label);
  return builder.requireValueInList(values, true).setAllowInvalid(false).build();
}

/** Formats, dropdowns, notes and widths of a table tab; the same calls give the same result. */
export function formatTable(sheet: Sheet, layout: TableLayout, size?: SheetSize): void {
  const width = layout.columns.length;
  const maxColumns = size?.columns ?? sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const maxRows = size?.rows ?? sheet.getMaxRows();
  if (maxRows < FIRST_DATA_ROW) sheet.insertRowsAfter(maxRows, FIRST_DATA_ROW - maxRows);
  const dataRows = Math.max(maxRows, FIRST_DATA_ROW) - FIRST_DATA_ROW + 1;
  sheet.setFrozenRows(HEADER_ROW);
  sheet.setFrozenColumns(layout.frozenColumns);
  sheet.getRange(DESCRIPTION_ROW, 1).setFontStyle('italic');
  const header = sheet.getRange(HEADER_ROW, 1, 1, width);
  header
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setNumberFormat(PLAIN_TEXT_FORMAT);
  header.setNotes([layout.columns.map((c) => c.note ?? '')]);
  const a1 = (start: number, length: number) =>
    `${columnLetter(start)}${FIRST_DATA_ROW}:${columnLetter(start + length - 1)}${FIRST_DATA_ROW + dataRows - 1}`;
  // Every plain-text column in one call: an OPD tab has about twenty runs of them.
  const plain = runs(layout.columns, (c) => (isPlainTextColumn(c) ? true : null));
  if (plain.length)
    sheet.getRangeList(plain.map((r) => a1(r.start, r.length))).setNumberFormat(PLAIN_TEXT_FORMAT);
  const stamps = runs(layout.columns, (c) => (c.kind === 'timestamp' ? true : null));
  if (stamps.length)
    sheet.getRangeList(stamps.map((r) => a1(r.start, r.length))).setNumberFormat(TIMESTAMP_FORMAT);
  const plan = validationPlan(layout.columns.map(ruleKey));
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const span of plan.spans) {
    let rule = rules.get(span.key);
    if (!rule) {
      rule = buildRule(layout.columns.find((c) => ruleKey(c) === span.key)!);
      rules.set(span.key, rule);
    }
    sheet.getRange(FIRST_DATA_ROW, span.start, dataRows, span.length).setDataValidation(rule);
  }
  if (plan.clear.length)
    sheet.getRangeList(plan.clear.map((r) => a1(r.start, r.length))).clearDataValidations();
  // Adjacent columns of the same width in one call.
  for (const run of runs(layout.columns, (c) => c.width ?? null))
    sheet.setColumnWidths(run.start, run.length, run.key);
}

/** Header + formats in one go: what setup does for every table tab. */
export function ensureTable(
  ss: Spreadsheet,
  layout: TableLayout,
  position?: number,
  fillRow?: RowFiller,
): EnsuredTab {
  const { sheet, created } = ensureSheet(ss, layout.name, position);
  const width = layout.columns.length;
  // Reads before writes (a read forces the queued writes out), and of an existing tab only its
  // top rows: a register's tab holds thousands of rows, read whole only when its header is wrong.
  let size: SheetSize;
  let top: unknown[][] = [];
  if (created) size = fitNewSheet(sheet, width);
  else {
    const rows = sheet.getMaxRows();
    // Whole rows: their length is the sheet's column count, one read fewer.
    top = sheet.getRange(`1:${Math.min(HEADER_ROW, rows)}`).getValues() as unknown[][];
    size = { rows, columns: top[0]?.length ?? 0 };
  }
  const exact = isExactHeader(layout, top[HEADER_ROW - 1] ?? []);
  // Formats first, so values moved by a repair land in cells that already keep text as text.
  formatTable(sheet, layout, size);
  const { repaired, notes } = ensureHeader(sheet, layout, fillRow, created || exact ? top : undefined);
  // The repair cleared the dropdowns of the rows it moved; set them again.
  if (repaired && !created) formatTable(sheet, layout);
  return { sheet, created, repaired: repaired && !created, notes };
}

/** The column group of the technical columns at depth 1, or null (Google throws when there is none). */
function groupAt(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Group | null {
  try {
    return sheet.getColumnGroup(column, 1);
  } catch {
    return null;
  }
}

/**
 * Groups an OPD tab's technical columns (ID, Revisi, Sidik jari, …) and collapses the group once,
 * when it is made: people see the innovation first, and may still expand the group.
 */
export function groupTechnicalColumns(sheet: Sheet, layout: TableLayout): void {
  const { start, width } = technicalGroup(layout);
  if (groupAt(sheet, start)) return;
  sheet.getRange(1, start, 1, width).shiftColumnGroupDepth(1);
  groupAt(sheet, start)?.collapse();
}
