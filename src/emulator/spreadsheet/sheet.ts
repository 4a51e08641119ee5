// Sheet: ranges by A1 or coordinates with Google's bounds errors, appendRow, structure (insert and
// delete rows/columns, freeze, hide, rename), protections, column widths, charts, conditional formats.
import { bindA1, openEdges, parseRangeNotation, type Rect } from '../a1';
import { GasError, GasObject } from '../bridge';
import { displayValue } from '../display';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import type { SheetState } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { assertCanEdit } from './access';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { ConditionalFormatRule } from './conditional';
import * as grid from './grid';
import { columnGroupAt, type Group } from './group';
import { NamedRange } from './named-range';
import { newProtection, Protection } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { Spreadsheet } from './spreadsheet';

export function findSheet(rt: Runtime, sheetId: number): SheetState {
  const s = rt.state.spreadsheet.sheets.find((x) => x.id === sheetId);
  if (!s) throw new GasError(GAS_ERRORS.sheetGone);
  return s;
}

/** Google rejects non-integer coordinates ("Cannot convert '1.5' to int."). */
export function toInt(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n)) throw new GasError(`Cannot convert '${String(v)}' to int.`);
  return n;
}

export function checkedRect(
  sheet: SheetState,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): Rect {
  if (row < 1) throw new GasError(GAS_ERRORS.startRowTooSmall);
  if (col < 1) throw new GasError(GAS_ERRORS.startColumnTooSmall);
  if (numRows < 1) throw new GasError(GAS_ERRORS.rowsAtLeastOne);
  if (numCols < 1) throw new GasError(GAS_ERRORS.columnsAtLeastOne);
  const rect = { r1: row, c1: col, r2: row + numRows - 1, c2: col + numCols - 1 };
  if (rect.r2 > sheet.maxRows || rect.c2 > sheet.maxCols) throw new GasError(GAS_ERRORS.outOfBounds);
  return rect;
}

export class Sheet extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.Sheet> {
  constructor(
    private readonly rt: Runtime,
    readonly _id: number,
  ) {
    super();
  }
  _gasClass() {
    return 'Sheet';
  }
  _state(): SheetState {
    return findSheet(this.rt, this._id);
  }
  private _structure(): SheetState {
    const s = this._state();
    assertCanEdit(this.rt, s, null);
    return s;
  }
  private get ss() {
    return this.rt.state.spreadsheet;
  }

  getName(): string {
    return this._state().name;
  }
  getSheetName(): string {
    return this._state().name;
  }
  setName(name: string): this {
    const s = this._structure();
    const n = String(name);
    if (n.trim() === '') throw new GasError('Invalid sheet name.');
    if (this.ss.sheets.some((x) => x.id !== s.id && x.name.toLowerCase() === n.toLowerCase()))
      throw new GasError(GAS_ERRORS.sheetExists(n));
    s.name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this.ss.sheets.findIndex((x) => x.id === this._id) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.rt);
  }
  getType(): string {
    return 'GRID';
  }
  activate(): this {
    const s = this._state();
    s.hidden = false;
    this.ss.activeSheetId = s.id;
    return this;
  }
  getMaxRows(): number {
    return this._state().maxRows;
  }
  getMaxColumns(): number {
    return this._state().maxCols;
  }
  getLastRow(): number {
    return grid.lastContentRow(this._state());
  }
  getLastColumn(): number {
    return grid.lastContentColumn(this._state());
  }

  getRange(a: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): Range {
    const s = this._state();
    if (typeof a === 'string') {
      const ref = parseRangeNotation(a);
      if (!ref || (ref.sheetName !== null && ref.sheetName.toLowerCase() !== s.name.toLowerCase()))
        throw new GasError(GAS_ERRORS.rangeNotFound);
      const rect = bindA1(ref, s.maxRows, s.maxCols);
      if (rect.r2 > s.maxRows || rect.c2 > s.maxCols) throw new GasError(GAS_ERRORS.outOfBounds);
      return new Range(this.rt, s.id, rect, openEdges(ref));
    }
    const row = toInt(a);
    const col = toInt(column);
    const nr = numRows === undefined ? 1 : toInt(numRows);
    const nc = numColumns === undefined ? 1 : toInt(numColumns);
    return new Range(this.rt, s.id, checkedRect(s, row, col, nr, nc));
  }
  /** Ranges of this sheet by A1 notation, to format together in one call. */
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations))
      throw new GasError(GAS_ERRORS.signature(typeof a1Notations, 'SpreadsheetApp.Sheet.getRangeList'));
    return new RangeList(a1Notations.map((a1) => this.getRange(String(a1))));
  }
  getDataRange(): Range {
    const s = this._state();
    return new Range(this.rt, s.id, {
      r1: 1,
      c1: 1,
      r2: Math.max(1, grid.lastContentRow(s)),
      c2: Math.max(1, grid.lastContentColumn(s)),
    });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const s = this._state();
    const nr = numRows === -1 ? grid.lastContentRow(s) - startRow + 1 : numRows;
    const nc = numColumns === -1 ? grid.lastContentColumn(s) - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents))
      throw new GasError(GAS_ERRORS.signature(typeof rowContents, 'SpreadsheetApp.Sheet.appendRow'));
    if (rowContents.length === 0) throw new GasError(GAS_ERRORS.columnsAtLeastOne);
    const s = this._state();
    const row = grid.lastContentRow(s) + 1;
    if (row > s.maxRows) {
      assertCanEdit(this.rt, s, null);
      grid.insertRows(this.ss, s, s.maxRows + 1, 1);
    }
    if (rowContents.length > s.maxCols) {
      assertCanEdit(this.rt, s, null);
      grid.insertColumns(this.ss, s, s.maxCols + 1, rowContents.length - s.maxCols);
    }
    new Range(this.rt, s.id, { r1: row, c1: 1, r2: row, c2: rowContents.length }).setValues([rowContents]);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const s = this._state();
    const all = new Range(this.rt, s.id, { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxCols });
    if (options?.contentsOnly) all.clearContent();
    else if (options?.formatOnly) all.clearFormat();
    else {
      all.clearContent();
      all.clearFormat();
    }
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    const s = this._state();
    new Range(this.rt, s.id, { r1: 1, c1: 1, r2: s.maxRows, c2: s.maxCols }).clearNote();
    return this;
  }

  // ── rows and columns ──
  insertRowsBefore(beforePosition: number, howMany: number): this {
    const s = this._structure();
    const at = toInt(beforePosition);
    if (at < 1 || at > s.maxRows) throw new GasError(GAS_ERRORS.outOfBounds);
    grid.insertRows(this.ss, s, at, toInt(howMany));
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    const s = this._structure();
    const after = toInt(afterPosition);
    if (after < 1 || after > s.maxRows) throw new GasError(GAS_ERRORS.outOfBounds);
    grid.insertRows(this.ss, s, after + 1, toInt(howMany));
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this._state();
    const at = toInt(rowPosition);
    const n = toInt(howMany);
    assertCanEdit(this.rt, s, { r1: at, c1: 1, r2: at + n - 1, c2: s.maxCols });
    grid.deleteRows(this.ss, s, at, n);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    const s = this._structure();
    const at = toInt(beforePosition);
    if (at < 1 || at > s.maxCols) throw new GasError(GAS_ERRORS.outOfBounds);
    grid.insertColumns(this.ss, s, at, toInt(howMany));
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const s = this._structure();
    const after = toInt(afterPosition);
    if (after < 1 || after > s.maxCols) throw new GasError(GAS_ERRORS.outOfBounds);
    grid.insertColumns(this.ss, s, after + 1, toInt(howMany));
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._state();
    const at = toInt(columnPosition);
    const n = toInt(howMany);
    assertCanEdit(this.rt, s, { r1: 1, c1: at, r2: s.maxRows, c2: at + n - 1 });
    grid.deleteColumns(this.ss, s, at, n);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ── view ──
  setFrozenRows(rows: number): void {
    const s = this._structure();
    const n = toInt(rows);
    if (n < 0 || n >= s.maxRows) throw new GasError(GAS_ERRORS.frozenMerge);
    s.frozenRows = n;
  }
  setFrozenColumns(columns: number): void {
    const s = this._structure();
    const n = toInt(columns);
    if (n < 0 || n >= s.maxCols)
      throw new GasError('Sorry, it is not possible to freeze all the columns of the sheet.');
    s.frozenCols = n;
  }
  getFrozenRows(): number {
    return this._state().frozenRows;
  }
  getFrozenColumns(): number {
    return this._state().frozenCols;
  }
  hideSheet(): this {
    const s = this._structure();
    if (this.ss.sheets.filter((x) => !x.hidden && x.id !== s.id).length === 0)
      throw new GasError(GAS_ERRORS.hideAllSheets);
    s.hidden = true;
    return this;
  }
  showSheet(): this {
    this._structure().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._state().hidden;
  }
  setTabColor(color: string | null): this {
    this._structure().tabColor = color === null ? null : String(color);
    return this;
  }
  getTabColor(): string | null {
    return this._state().tabColor;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._structure().columnWidths[toInt(columnPosition)] = Number(width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const s = this._structure();
    for (let c = toInt(startColumn); c < startColumn + numColumns; c++) s.columnWidths[c] = Number(width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._state().columnWidths[toInt(columnPosition)] ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this._structure().rowHeights[toInt(rowPosition)] = Number(height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    const s = this._structure();
    for (let r = toInt(startRow); r < startRow + numRows; r++) s.rowHeights[r] = Number(height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this._state().rowHeights[toInt(rowPosition)] ?? 21;
  }
  /** Width from the longest displayed text (≈7 px a character, as Arial 10 in Sheets). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const s = this._structure();
    for (let c = toInt(startColumn); c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const line of s.cells) {
        const cell = line?.[c - 1];
        if (!cell || cell.v === undefined) continue;
        const text = displayValue(cell.v, cell.fmt, this.ss.locale, this.ss.timeZone);
        longest = Math.max(longest, ...text.split('\n').map((t) => t.length));
      }
      s.columnWidths[c] = Math.max(30, Math.round(longest * 7 + 12));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    const s = this._structure();
    for (let c = toInt(columnIndex); c < columnIndex + (numColumns ?? 1); c++)
      if (!s.hiddenColumns.includes(c)) s.hiddenColumns.push(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    const s = this._structure();
    const end = columnIndex + (numColumns ?? 1);
    s.hiddenColumns = s.hiddenColumns.filter((c) => c < columnIndex || c >= end);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._state().hiddenColumns.includes(toInt(columnPosition));
  }
  hideRows(rowIndex: number, numRows?: number): void {
    const s = this._structure();
    for (let r = toInt(rowIndex); r < rowIndex + (numRows ?? 1); r++)
      if (!s.hiddenRows.includes(r)) s.hiddenRows.push(r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    const s = this._structure();
    const end = rowIndex + (numRows ?? 1);
    s.hiddenRows = s.hiddenRows.filter((r) => r < rowIndex || r >= end);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._state().hiddenRows.includes(toInt(rowPosition));
  }
  sort(columnPosition: number, ascending?: boolean): this {
    const s = this._state();
    const first = s.frozenRows + 1;
    const last = grid.lastContentRow(s);
    if (last >= first)
      new Range(this.rt, s.id, { r1: first, c1: 1, r2: last, c2: s.maxCols }).sort({
        column: columnPosition,
        ascending: ascending ?? true,
      });
    return this;
  }

  // ── protections and names ──
  protect(): Protection {
    const s = this._state();
    const existing = this.ss.protections.find((p) => p.sheetId === s.id && p.range === null);
    if (existing) return new Protection(this.rt, existing.id);
    return new Protection(this.rt, newProtection(this.rt, s.id, null).id);
  }
  getColumnGroup(columnIndex: number, groupDepth: number): Group | null {
    return columnGroupAt(this.rt, this._id, toInt(columnIndex), toInt(groupDepth));
  }
  getProtections(type: unknown): Protection[] {
    const t = String(type);
    return this.ss.protections
      .filter((p) => p.sheetId === this._id && (t === 'SHEET' ? p.range === null : p.range !== null))
      .map((p) => new Protection(this.rt, p.id));
  }
  getNamedRanges(): NamedRange[] {
    return this.ss.namedRanges
      .filter((n) => n.sheetId === this._id)
      .map((n) => new NamedRange(this.rt, n.name));
  }

  // ── charts ──
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.rt, this._id);
  }
  insertChart(chart: EmbeddedChart): void {
    const s = this._structure();
    const spec = structuredClone(chart._spec);
    spec.id = this.ss.nextId++;
    s.charts.push(spec);
  }
  getCharts(): EmbeddedChart[] {
    return this._state().charts.map((c) => new EmbeddedChart(this.rt, this._id, structuredClone(c)));
  }
  updateChart(chart: EmbeddedChart): void {
    const s = this._structure();
    const i = s.charts.findIndex((c) => c.id === chart._spec.id);
    if (i < 0) throw new GasError('The chart is not on this sheet.');
    s.charts[i] = structuredClone(chart._spec);
  }
  removeChart(chart: EmbeddedChart): void {
    const s = this._structure();
    s.charts = s.charts.filter((c) => c.id !== chart._spec.id);
  }

  // ── conditional formats (recorded) ──
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    const s = this._structure();
    s.conditionalFormats = rules.map((r) => structuredClone(r._spec));
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._state().conditionalFormats.map(
      (r) => new ConditionalFormatRule(this.rt, this._id, structuredClone(r)),
    );
  }
  clearConditionalFormatRules(): void {
    this._structure().conditionalFormats = [];
  }
}

surfaceCheck<Sheet, GoogleAppsScript.Spreadsheet.Sheet>(true);
