// Cell storage of one sheet and the structural edits (insert/delete rows and columns) that move
// everything anchored to cells: protections, named ranges, merges, charts, conditional formats.
import type { Rect } from '../a1';
import { GasError } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Cell, SheetState, SpreadsheetState } from '../state';

export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARS = 50_000;

export function getCell(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.cells[row - 1]?.[col - 1] ?? undefined;
}

export function cellForWrite(sheet: SheetState, row: number, col: number): Cell {
  let line = sheet.cells[row - 1];
  if (!line) {
    line = [];
    sheet.cells[row - 1] = line;
  }
  let cell = line[col - 1];
  if (!cell) {
    cell = {};
    line[col - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | null | undefined): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== '') || cell.f !== undefined);
}

const boundsCache = new WeakMap<SheetState, { row: number; col: number }>();

/** Every path that changes cell content calls this, so the content bounds are computed again. */
export function touchContent(sheet: SheetState): void {
  boundsCache.delete(sheet);
}

function contentBounds(sheet: SheetState): { row: number; col: number } {
  let b = boundsCache.get(sheet);
  if (!b) {
    let row = 0;
    let col = 0;
    sheet.cells.forEach((line, r) => {
      if (!line) return;
      for (let c = line.length; c > col; c--) {
        if (hasContent(line[c - 1])) {
          col = c;
          break;
        }
      }
      if (r + 1 > row && line.some(hasContent)) row = r + 1;
    });
    b = { row, col };
    boundsCache.set(sheet, b);
  }
  return b;
}

/** Last row with a value or formula (formats alone do not count, as in Sheets). */
export function lastContentRow(sheet: SheetState): number {
  return contentBounds(sheet).row;
}

export function lastContentColumn(sheet: SheetState): number {
  return contentBounds(sheet).col;
}

export function totalCells(ss: SpreadsheetState): number {
  return ss.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
}

export function assertCellBudget(ss: SpreadsheetState, extra: number): void {
  if (totalCells(ss) + extra > MAX_CELLS) throw new GasError(GAS_ERRORS.tooManyCells);
}

function copyFormatting(from: Cell | null | undefined): Cell | undefined {
  if (!from || (from.fmt === undefined && from.dv === undefined && from.s === undefined)) return undefined;
  const c: Cell = {};
  if (from.fmt !== undefined) c.fmt = from.fmt;
  if (from.dv !== undefined) c.dv = from.dv;
  if (from.s !== undefined) c.s = from.s;
  return c;
}

/** Every rectangle anchored to a sheet, so structural edits can move them together. */
function anchoredRects(ss: SpreadsheetState, sheet: SheetState): Rect[] {
  const rects: Rect[] = [...sheet.merges];
  for (const p of ss.protections) {
    if (p.sheetId !== sheet.id) continue;
    if (p.range) rects.push(p.range);
    rects.push(...p.unprotected);
  }
  for (const n of ss.namedRanges) if (n.sheetId === sheet.id) rects.push(n.range);
  for (const ch of sheet.charts) rects.push(...ch.ranges);
  for (const cf of sheet.conditionalFormats) rects.push(...cf.ranges);
  return rects;
}

type Axis = 'row' | 'col';

function shiftInsert(rect: Rect, axis: Axis, at: number, n: number): void {
  const [a, b] = axis === 'row' ? (['r1', 'r2'] as const) : (['c1', 'c2'] as const);
  if (rect[a] >= at) rect[a] += n;
  if (rect[b] >= at) rect[b] += n;
}

/** Returns false when the rectangle vanished entirely. */
function shiftDelete(rect: Rect, axis: Axis, at: number, n: number): boolean {
  const [a, b] = axis === 'row' ? (['r1', 'r2'] as const) : (['c1', 'c2'] as const);
  const end = at + n - 1;
  const move = (x: number, isStart: boolean) => {
    if (x > end) return x - n;
    if (x >= at) return isStart ? at : at - 1;
    return x;
  };
  rect[a] = move(rect[a], true);
  rect[b] = move(rect[b], false);
  return rect[b] >= rect[a];
}

function pruneVanished(ss: SpreadsheetState, sheet: SheetState): void {
  const ok = (r: Rect) => r.r2 >= r.r1 && r.c2 >= r.c1;
  sheet.merges = sheet.merges.filter(ok);
  ss.protections = ss.protections.filter((p) => p.sheetId !== sheet.id || !p.range || ok(p.range));
  for (const p of ss.protections) p.unprotected = p.unprotected.filter(ok);
  ss.namedRanges = ss.namedRanges.filter((n) => n.sheetId !== sheet.id || ok(n.range));
  for (const ch of sheet.charts) ch.ranges = ch.ranges.filter(ok);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
    cf.ranges = cf.ranges.filter(ok);
    return cf.ranges.length > 0;
  });
}

/**
 * Inserts `n` rows before row `at` (at may be maxRows + 1 to append). New rows take the formatting
 * and data validation of the row above (or below when inserting at the top), as Sheets does.
 */
export function insertRows(ss: SpreadsheetState, sheet: SheetState, at: number, n: number): void {
  touchContent(sheet);
  assertCellBudget(ss, n * sheet.maxCols);
  const template = sheet.cells[at - 2] ?? (at === 1 ? sheet.cells[0] : undefined);
  const fresh: (Array<Cell | null | undefined> | undefined)[] = [];
  for (let i = 0; i < n; i++)
    fresh.push(template ? template.map((c) => copyFormatting(c) ?? null) : undefined);
  // Only rows that exist in storage move; concat avoids spreading a huge argument list.
  if (sheet.cells.length >= at)
    sheet.cells = sheet.cells.slice(0, at - 1).concat(fresh, sheet.cells.slice(at - 1));
  else if (template) {
    while (sheet.cells.length < at - 1) sheet.cells.push(undefined);
    sheet.cells = sheet.cells.concat(fresh);
  }
  sheet.maxRows += n;
  for (const r of anchoredRects(ss, sheet)) shiftInsert(r, 'row', at, n);
  for (const ch of sheet.charts) if (ch.position.row >= at) ch.position.row += n;
  if (sheet.frozenRows >= at) sheet.frozenRows += n;
  sheet.hiddenRows = sheet.hiddenRows.map((r) => (r >= at ? r + n : r));
}

export function deleteRows(ss: SpreadsheetState, sheet: SheetState, at: number, n: number): void {
  touchContent(sheet);
  if (at < 1 || at + n - 1 > sheet.maxRows) throw new GasError(GAS_ERRORS.deleteRowsAll);
  if (n >= sheet.maxRows) throw new GasError(GAS_ERRORS.deleteAllRows);
  sheet.cells.splice(at - 1, n);
  sheet.maxRows -= n;
  for (const r of anchoredRects(ss, sheet)) shiftDelete(r, 'row', at, n);
  pruneVanished(ss, sheet);
  for (const ch of sheet.charts)
    if (ch.position.row > at) ch.position.row = Math.max(at, ch.position.row - n);
  if (sheet.frozenRows >= at) sheet.frozenRows = Math.max(at - 1, sheet.frozenRows - n);
  sheet.hiddenRows = sheet.hiddenRows
    .filter((r) => r < at || r >= at + n)
    .map((r) => (r >= at + n ? r - n : r));
}

export function insertColumns(ss: SpreadsheetState, sheet: SheetState, at: number, n: number): void {
  touchContent(sheet);
  assertCellBudget(ss, n * sheet.maxRows);
  for (const line of sheet.cells) {
    if (!line) continue;
    const template = line[at - 2] ?? (at === 1 ? line[0] : undefined);
    while (line.length < at - 1) line.push(undefined);
    const fresh = Array.from({ length: n }, () => copyFormatting(template) ?? null);
    line.splice(at - 1, 0, ...fresh);
  }
  sheet.maxCols += n;
  for (const r of anchoredRects(ss, sheet)) shiftInsert(r, 'col', at, n);
  for (const ch of sheet.charts) if (ch.position.column >= at) ch.position.column += n;
  if (sheet.frozenCols >= at) sheet.frozenCols += n;
  const widths: Record<string, number> = {};
  for (const [k, w] of Object.entries(sheet.columnWidths)) widths[Number(k) >= at ? Number(k) + n : k] = w;
  sheet.columnWidths = widths;
  sheet.hiddenColumns = sheet.hiddenColumns.map((c) => (c >= at ? c + n : c));
}

export function deleteColumns(ss: SpreadsheetState, sheet: SheetState, at: number, n: number): void {
  touchContent(sheet);
  if (at < 1 || at + n - 1 > sheet.maxCols) throw new GasError('Those columns are out of bounds.');
  if (n >= sheet.maxCols) throw new GasError('You can\u2019t delete all the columns on the sheet.');
  for (const line of sheet.cells) line?.splice(at - 1, n);
  sheet.maxCols -= n;
  for (const r of anchoredRects(ss, sheet)) shiftDelete(r, 'col', at, n);
  pruneVanished(ss, sheet);
  if (sheet.frozenCols >= at) sheet.frozenCols = Math.max(at - 1, sheet.frozenCols - n);
  const widths: Record<string, number> = {};
  for (const [k, w] of Object.entries(sheet.columnWidths)) {
    const c = Number(k);
    if (c < at) widths[k] = w;
    else if (c >= at + n) widths[c - n] = w;
  }
  sheet.columnWidths = widths;
  sheet.hiddenColumns = sheet.hiddenColumns
    .filter((c) => c < at || c >= at + n)
    .map((c) => (c >= at + n ? c - n : c));
}
