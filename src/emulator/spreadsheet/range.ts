// Range: reads, writes (with Sheets' input interpretation, dimension checks, cell-size limit,
// validation and protection enforcement), formats and merges of a rectangle of one sheet.
import { cellA1, contains, intersects, type OpenEdges, openRectA1, type Rect } from '../a1';
import { GasError, GasObject } from '../bridge';
import { displayValue, GENERAL_FORMAT } from '../display';
import { GAS_ERRORS, notModelled } from '../errors';
import type { Runtime } from '../runtime';
import type { Cell, CellStyle, SheetState, ValidationSpec } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { type CellValue, type Interpreted, interpretInput, isDate } from '../values';
import { assertCanEdit, canEditRect } from './access';
import { internStyle, withStyle } from './formatting';
import { cellForWrite, getCell, hasContent, MAX_CELL_CHARS, touchContent } from './grid';
import { shiftColumnGroupDepth } from './group';
import { newProtection, Protection } from './protection';
import { findSheet, Sheet } from './sheet';
import { DataValidation, validationAccepts } from './validation';

type Matrix = unknown[][];

function typeName(v: unknown): string {
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (v === null) return 'null';
  if (isDate(v)) return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return 'Object';
}

export class Range extends GasObject implements Surface<GoogleAppsScript.Spreadsheet.Range> {
  constructor(
    private readonly rt: Runtime,
    readonly _sheetId: number,
    readonly _rect: Rect,
    /** Edges given as "to the edge of the sheet" ("D:F", "5:7"): Google keeps them open. */
    readonly _open: OpenEdges | undefined = undefined,
  ) {
    super();
  }
  _gasClass() {
    return 'Range';
  }

  _sheet(): SheetState {
    return findSheet(this.rt, this._sheetId);
  }

  private get nr() {
    return this._rect.r2 - this._rect.r1 + 1;
  }
  private get nc() {
    return this._rect.c2 - this._rect.c1 + 1;
  }

  private _matrix(method: string, values: unknown): Matrix {
    if (!Array.isArray(values) || !values.every((row) => Array.isArray(row)))
      throw new GasError(GAS_ERRORS.signature(typeName(values), `SpreadsheetApp.Range.${method}`));
    if (values.length !== this.nr) throw new GasError(GAS_ERRORS.rowsMismatch(values.length, this.nr));
    for (const row of values as unknown[][])
      if (row.length !== this.nc) throw new GasError(GAS_ERRORS.columnsMismatch(row.length, this.nc));
    return values as Matrix;
  }

  private _grid<T>(read: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const sheet = this._sheet();
    const out: T[][] = new Array(this.nr);
    for (let i = 0; i < this.nr; i++) {
      const line = sheet.cells[this._rect.r1 - 1 + i];
      const row: T[] = new Array(this.nc);
      for (let j = 0; j < this.nc; j++) row[j] = read(line?.[this._rect.c1 - 1 + j] ?? undefined, i, j);
      out[i] = row;
    }
    return out;
  }

  private _edit(rect: Rect | null = this._rect): SheetState {
    const sheet = this._sheet();
    assertCanEdit(this.rt, sheet, rect);
    return sheet;
  }

  /** Applies `fn` to the cells of the range that exist: for changes that only remove. */
  private _eachExistingCell(fn: (cell: Cell) => void): this {
    const sheet = this._edit();
    for (let r = this._rect.r1; r <= this._rect.r2; r++) {
      const line = sheet.cells[r - 1];
      if (!line) continue;
      for (let c = this._rect.c1; c <= this._rect.c2; c++) {
        const cell = line[c - 1];
        if (cell) fn(cell);
      }
    }
    return this;
  }

  /** Applies `fn` to every cell of the range, creating cells as needed. */
  private _eachCell(fn: (cell: Cell, i: number, j: number) => void): this {
    const sheet = this._edit();
    for (let i = 0; i < this.nr; i++)
      for (let j = 0; j < this.nc; j++) fn(cellForWrite(sheet, this._rect.r1 + i, this._rect.c1 + j), i, j);
    return this;
  }

  private _eachCellWith<T>(method: string, values: unknown, fn: (cell: Cell, v: T) => void): this {
    const m = this._matrix(method, values) as T[][];
    return this._eachCell((cell, i, j) => fn(cell, m[i]![j] as T));
  }

  _displayGrid(): string[][] {
    const ss = this.rt.state.spreadsheet;
    return this._grid((cell) =>
      // A formula shows a value only once evaluated (IMPORTRANGE in a drive, drive.ts).
      cell?.f !== undefined && cell.v === undefined
        ? ''
        : displayValue(cell?.v, cell?.fmt, ss.locale, ss.timeZone),
    );
  }

  /** Interprets and checks every value first, so a rejected write changes nothing (as on Google). */
  private _write(method: string, values: unknown, asFormulas = false): this {
    const m = this._matrix(method, values);
    const sheet = this._edit();
    const ss = this.rt.state.spreadsheet;
    const prepared: Interpreted[][] = m.map((row, i) =>
      row.map((raw, j) => {
        const r = this._rect.r1 + i;
        const c = this._rect.c1 + j;
        const cell = getCell(sheet, r, c);
        if (typeof raw === 'string' && raw.length > MAX_CELL_CHARS)
          throw new GasError(GAS_ERRORS.cellTooLong);
        let it: Interpreted;
        if (asFormulas) {
          const text = raw === null || raw === undefined ? '' : String(raw);
          it =
            text === ''
              ? { value: null, formula: null, autoFormat: null }
              : text.startsWith('=')
                ? { value: null, formula: text, autoFormat: null }
                : interpretInput(text, {
                    numberFormat: cell?.fmt ?? null,
                    locale: ss.locale,
                    timeZone: ss.timeZone,
                  });
        } else {
          it = interpretInput(raw, {
            numberFormat: cell?.fmt ?? null,
            locale: ss.locale,
            timeZone: ss.timeZone,
          });
        }
        if (
          cell?.dv &&
          !cell.dv.allowInvalid &&
          it.formula === null &&
          !validationAccepts(this.rt, cell.dv, it.value)
        )
          throw new GasError(GAS_ERRORS.validation(cellA1(r, c)));
        return it;
      }),
    );
    touchContent(sheet);
    for (let i = 0; i < prepared.length; i++) {
      const row = prepared[i]!;
      for (let j = 0; j < row.length; j++) {
        const it = row[j]!;
        const r = this._rect.r1 + i;
        const c = this._rect.c1 + j;
        if (it.value === null && it.formula === null) {
          const cell = getCell(sheet, r, c);
          if (cell) {
            delete cell.v;
            delete cell.f;
          }
          continue;
        }
        const cell = cellForWrite(sheet, r, c);
        if (it.formula !== null) {
          cell.f = it.formula;
          delete cell.v;
        } else {
          cell.v = it.value!;
          delete cell.f;
          if (it.autoFormat && cell.fmt === undefined) cell.fmt = it.autoFormat;
        }
      }
    }
    return this;
  }

  // ── geometry ──
  getA1Notation(): string {
    return openRectA1(this._rect, this._open);
  }
  getRow(): number {
    return this._rect.r1;
  }
  getRowIndex(): number {
    return this._rect.r1;
  }
  getColumn(): number {
    return this._rect.c1;
  }
  getLastRow(): number {
    return this._rect.r2;
  }
  getLastColumn(): number {
    return this._rect.c2;
  }
  getNumRows(): number {
    return this.nr;
  }
  getNumColumns(): number {
    return this.nc;
  }
  getHeight(): number {
    return this.nr;
  }
  getWidth(): number {
    return this.nc;
  }
  getGridId(): number {
    return this._sheetId;
  }
  getSheet(): Sheet {
    return new Sheet(this.rt, this._sheetId);
  }
  activate(): this {
    return this;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.nr || column > this.nc)
      throw new GasError(GAS_ERRORS.outOfBounds);
    const r = this._rect.r1 + row - 1;
    const c = this._rect.c1 + column - 1;
    return new Range(this.rt, this._sheetId, { r1: r, c1: c, r2: r, c2: c });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.getSheet().getRange(
      this._rect.r1 + rowOffset,
      this._rect.c1 + columnOffset,
      numRows ?? this.nr,
      numColumns ?? this.nc,
    );
  }
  isBlank(): boolean {
    return this._grid((cell) => !hasContent(cell)).every((row) => row.every(Boolean));
  }
  /**
   * The range grown in the four directions (diagonals included) until every cell next to it is
   * empty, as Ctrl+A selects (reference/spreadsheet/range#getDataRegion()); with a Dimension only
   * rows or only columns grow.
   */
  getDataRegion(dimension?: unknown): Range {
    const sheet = this._sheet();
    const r = { ...this._rect };
    const filled = (row: number, col: number) => hasContent(sheet.cells[row - 1]?.[col - 1]);
    const rowHas = (row: number) => {
      if (row < 1 || row > sheet.maxRows) return false;
      for (let c = Math.max(1, r.c1 - 1); c <= Math.min(sheet.maxCols, r.c2 + 1); c++)
        if (filled(row, c)) return true;
      return false;
    };
    const colHas = (col: number) => {
      if (col < 1 || col > sheet.maxCols) return false;
      for (let row = Math.max(1, r.r1 - 1); row <= Math.min(sheet.maxRows, r.r2 + 1); row++)
        if (filled(row, col)) return true;
      return false;
    };
    const rows = dimension === undefined || String(dimension) === 'ROWS';
    const cols = dimension === undefined || String(dimension) === 'COLUMNS';
    for (;;) {
      const up = rows && rowHas(r.r1 - 1);
      const down = rows && rowHas(r.r2 + 1);
      const left = cols && colHas(r.c1 - 1);
      const right = cols && colHas(r.c2 + 1);
      if (!up && !down && !left && !right) break;
      r.r1 -= up ? 1 : 0;
      r.r2 += down ? 1 : 0;
      r.c1 -= left ? 1 : 0;
      r.c2 += right ? 1 : 0;
    }
    return new Range(this.rt, this._sheetId, r);
  }

  // ── values ──
  getValues(): CellValue[][] {
    return this._grid((cell) =>
      cell?.v === undefined ? '' : isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v,
    );
  }
  getValue(): CellValue {
    return this.getCell(1, 1).getValues()[0]![0]!;
  }
  setValues(values: unknown[][]): this {
    return this._write('setValues', values);
  }
  setValue(value: unknown): this {
    if (Array.isArray(value))
      throw new GasError(GAS_ERRORS.signature(typeName(value), 'SpreadsheetApp.Range.setValue'));
    return this._write(
      'setValues',
      Array.from({ length: this.nr }, () => Array.from({ length: this.nc }, () => value)),
    );
  }
  getDisplayValues(): string[][] {
    return this._displayGrid();
  }
  getDisplayValue(): string {
    return this.getCell(1, 1)._displayGrid()[0]![0]!;
  }
  getFormulas(): string[][] {
    return this._grid((cell) => cell?.f ?? '');
  }
  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0]![0]!;
  }
  setFormulas(formulas: string[][]): this {
    return this._write('setFormulas', formulas, true);
  }
  setFormula(formula: string): this {
    return this._write(
      'setFormulas',
      Array.from({ length: this.nr }, () => Array.from({ length: this.nc }, () => formula)),
      true,
    );
  }
  clearContent(): this {
    const sheet = this._edit();
    touchContent(sheet);
    for (let r = this._rect.r1; r <= this._rect.r2; r++)
      for (let c = this._rect.c1; c <= this._rect.c2; c++) {
        const cell = getCell(sheet, r, c);
        if (cell) {
          delete cell.v;
          delete cell.f;
        }
      }
    return this;
  }
  /** Notes are not formatting: Google keeps them (only clearNote() removes them). */
  clearFormat(): this {
    return this._eachExistingCell((cell) => {
      delete cell.fmt;
      const note = cell.s?.note;
      if (note === undefined) delete cell.s;
      else cell.s = internStyle({ note });
    });
  }
  clearDataValidations(): this {
    return this._eachExistingCell((cell) => {
      delete cell.dv;
    });
  }
  clearNote(): this {
    return this._eachExistingCell((cell) => {
      if (cell.s?.note === undefined) return;
      const s = withStyle(cell.s, 'note', null);
      if (s) cell.s = s;
      else delete cell.s;
    });
  }
  /** clear() removes content and formats; with options only the parts asked for (Range.clear(options)). */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    if (
      !options ||
      (!options.contentsOnly && !options.formatOnly && !options.validationsOnly && !options.commentsOnly)
    ) {
      this.clearContent();
      this.clearFormat();
      this.clearDataValidations();
      return this;
    }
    if (options.contentsOnly) this.clearContent();
    if (options.formatOnly) this.clearFormat();
    if (options.validationsOnly) this.clearDataValidations();
    // Comments are threads of the Drive comments API, which the emulator does not model.
    if (options.commentsOnly) throw new GasError(notModelled('Range.clear({commentsOnly})'));
    return this;
  }

  // ── checkboxes ──
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    const unchecked =
      checkedValue === undefined ? false : uncheckedValue === undefined ? null : uncheckedValue;
    const spec: ValidationSpec = Object.freeze({
      criteria: 'CHECKBOX',
      values,
      allowInvalid: false,
      helpText: null,
    });
    touchContent(this._sheet());
    return this._eachCell((cell) => {
      cell.dv = spec;
      if (!hasContent(cell) && unchecked !== null) cell.v = unchecked as CellValue;
    });
  }
  removeCheckboxes(): this {
    touchContent(this._sheet());
    return this._eachCell((cell) => {
      if (cell.dv?.criteria === 'CHECKBOX') {
        delete cell.dv;
        delete cell.v;
      }
    });
  }
  check(): this {
    touchContent(this._sheet());
    return this._eachCell((cell) => {
      if (cell.dv?.criteria === 'CHECKBOX') cell.v = (cell.dv.values[0] as CellValue | undefined) ?? true;
    });
  }
  uncheck(): this {
    touchContent(this._sheet());
    return this._eachCell((cell) => {
      if (cell.dv?.criteria === 'CHECKBOX')
        cell.v = (cell.dv.values[1] as CellValue | undefined) ?? (cell.dv.values.length ? '' : false);
    });
  }
  isChecked(): boolean | null {
    const states = this._grid((cell) => {
      if (cell?.dv?.criteria !== 'CHECKBOX') return null;
      const checked = cell.dv.values.length ? cell.dv.values[0] : true;
      return cell.v === checked;
    }).flat();
    if (states.some((s) => s === null)) return null;
    return states.every((s) => s === true) ? true : states.every((s) => s === false) ? false : null;
  }

  // ── number formats ──
  getNumberFormats(): string[][] {
    return this._grid((cell) => cell?.fmt ?? GENERAL_FORMAT);
  }
  getNumberFormat(): string {
    return this.getCell(1, 1).getNumberFormats()[0]![0]!;
  }
  setNumberFormat(numberFormat: string): this {
    const fmt = String(numberFormat);
    return this._eachCell((cell) => {
      cell.fmt = fmt;
    });
  }
  setNumberFormats(numberFormats: string[][]): this {
    return this._eachCellWith<string>('setNumberFormats', numberFormats, (cell, f) => {
      cell.fmt = String(f);
    });
  }

  // ── text style (recorded; the preview draws them) ──
  // A style is shared by many cells and never changed in place: a cell gets another one.
  private static _restyle<K extends keyof CellStyle>(cell: Cell, key: K, value: CellStyle[K] | null): void {
    const s = withStyle(cell.s, key, value);
    if (s) cell.s = s;
    else delete cell.s;
  }
  private _style<K extends keyof CellStyle>(key: K, value: CellStyle[K] | null): this {
    return this._eachCell((cell) => Range._restyle(cell, key, value));
  }
  private _styles<K extends keyof CellStyle>(method: string, key: K, values: unknown): this {
    return this._eachCellWith<CellStyle[K] | null>(method, values, (cell, v) => Range._restyle(cell, key, v));
  }
  private _styleGrid<K extends keyof CellStyle>(
    key: K,
    dflt: NonNullable<CellStyle[K]>,
  ): NonNullable<CellStyle[K]>[][] {
    return this._grid((cell) => (cell?.s?.[key] ?? dflt) as NonNullable<CellStyle[K]>);
  }
  setFontWeight(fontWeight: string | null): this {
    return this._style('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this._styles('setFontWeights', 'fontWeight', fontWeights);
  }
  getFontWeight(): string {
    return this._styleGrid('fontWeight', 'normal')[0]![0]!;
  }
  getFontWeights(): string[][] {
    return this._styleGrid('fontWeight', 'normal');
  }
  setFontStyle(fontStyle: string | null): this {
    return this._style('fontStyle', fontStyle);
  }
  getFontStyle(): string {
    return this._styleGrid('fontStyle', 'normal')[0]![0]!;
  }
  setFontStyles(fontStyles: unknown[][]): this {
    return this._styles('setFontStyles', 'fontStyle', fontStyles);
  }
  getFontStyles(): string[][] {
    return this._styleGrid('fontStyle', 'normal');
  }
  setFontColor(color: string | null): this {
    return this._style('fontColor', color === null ? null : String(color));
  }
  setFontColors(colors: unknown[][]): this {
    return this._styles('setFontColors', 'fontColor', colors);
  }
  getFontColor(): string {
    return this._styleGrid('fontColor', '#000000')[0]![0]!;
  }
  setFontSize(size: number): this {
    return this._style('fontSize', Number(size));
  }
  getFontSize(): number {
    return this._styleGrid('fontSize', 10)[0]![0]!;
  }
  setFontSizes(sizes: unknown[][]): this {
    return this._eachCellWith<unknown>('setFontSizes', sizes, (cell, v) =>
      Range._restyle(cell, 'fontSize', v === null || v === undefined ? null : Number(v)),
    );
  }
  getFontSizes(): number[][] {
    return this._styleGrid('fontSize', 10);
  }
  setFontFamily(fontFamily: string | null): this {
    return this._style('fontFamily', fontFamily);
  }
  getFontFamily(): string {
    return this._styleGrid('fontFamily', 'Arial')[0]![0]!;
  }
  setBackground(color: string | null): this {
    return this._style('background', color === null ? null : String(color));
  }
  setBackgrounds(color: string[][]): this {
    return this._styles('setBackgrounds', 'background', color);
  }
  getBackground(): string {
    return this._styleGrid('background', '#ffffff')[0]![0]!;
  }
  getBackgrounds(): string[][] {
    return this._styleGrid('background', '#ffffff');
  }
  setWrap(isWrapEnabled: boolean): this {
    return this._style('wrap', !!isWrapEnabled);
  }
  setWraps(isWrapEnabled: boolean[][]): this {
    return this._styles('setWraps', 'wrap', isWrapEnabled);
  }
  getWrap(): boolean {
    return this._styleGrid('wrap', false)[0]![0]!;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this._style('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: unknown[][]): this {
    return this._styles('setHorizontalAlignments', 'horizontalAlignment', alignments);
  }
  getHorizontalAlignment(): string {
    return this._styleGrid('horizontalAlignment', 'general')[0]![0]!;
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    return this._style('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return this._styleGrid('verticalAlignment', 'bottom')[0]![0]!;
  }
  setNote(note: string | null): this {
    return this._style('note', note === null || note === '' ? null : String(note));
  }
  setNotes(notes: unknown[][]): this {
    return this._styles('setNotes', 'note', notes);
  }
  getNote(): string {
    return this._styleGrid('note', '')[0]![0]!;
  }
  getNotes(): string[][] {
    return this._styleGrid('note', '');
  }
  setBorder(top: boolean | null): this {
    return this._style('border', top === null ? null : !!top);
  }

  // ── data validation ──
  // Validation specs are immutable and shared between cells (a column of 1000 cells holds one object).
  setDataValidation(rule: DataValidation | null): this {
    const spec: ValidationSpec | null = rule ? rule._spec : null;
    return this._eachCell((cell) => {
      if (spec) cell.dv = spec;
      else delete cell.dv;
    });
  }
  setDataValidations(rules: (DataValidation | null)[][]): this {
    return this._eachCellWith<DataValidation | null>('setDataValidations', rules, (cell, rule) => {
      if (rule) cell.dv = rule._spec;
      else delete cell.dv;
    });
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0]![0]!;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._grid((cell) => (cell?.dv ? new DataValidation(this.rt, cell.dv) : null));
  }

  // ── merges ──
  merge(): this {
    const sheet = this._edit();
    touchContent(sheet);
    const overlapping = sheet.merges.filter((m) => intersects(m, this._rect));
    if (overlapping.some((m) => !contains(this._rect, m))) throw new GasError(GAS_ERRORS.mergeProtected);
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this._rect));
    if (this.nr * this.nc > 1) sheet.merges.push({ ...this._rect });
    // Merging keeps only the top-left value.
    for (let r = this._rect.r1; r <= this._rect.r2; r++)
      for (let c = this._rect.c1; c <= this._rect.c2; c++) {
        if (r === this._rect.r1 && c === this._rect.c1) continue;
        const cell = getCell(sheet, r, c);
        if (cell) {
          delete cell.v;
          delete cell.f;
        }
      }
    return this;
  }
  mergeAcross(): this {
    for (let r = this._rect.r1; r <= this._rect.r2; r++)
      new Range(this.rt, this._sheetId, { r1: r, c1: this._rect.c1, r2: r, c2: this._rect.c2 }).merge();
    return this;
  }
  mergeVertically(): this {
    for (let c = this._rect.c1; c <= this._rect.c2; c++)
      new Range(this.rt, this._sheetId, { r1: this._rect.r1, c1: c, r2: this._rect.r2, c2: c }).merge();
    return this;
  }
  breakApart(): this {
    const sheet = this._edit();
    const overlapping = sheet.merges.filter((m) => intersects(m, this._rect));
    if (overlapping.some((m) => !contains(this._rect, m))) throw new GasError(GAS_ERRORS.mergeProtected);
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this._rect));
    return this;
  }
  isPartOfMerge(): boolean {
    return this._sheet().merges.some((m) => intersects(m, this._rect));
  }
  getMergedRanges(): Range[] {
    return this._sheet()
      .merges.filter((m) => intersects(m, this._rect))
      .map((m) => new Range(this.rt, this._sheetId, { ...m }));
  }

  // ── groups ──
  shiftColumnGroupDepth(delta: number): this {
    shiftColumnGroupDepth(this.rt, this._sheetId, this._rect.c1, this._rect.c2, delta);
    return this;
  }

  // ── protection ──
  protect(): Protection {
    const p = newProtection(this.rt, this._sheetId, { ...this._rect });
    return new Protection(this.rt, p.id);
  }
  canEdit(): boolean {
    return canEditRect(this.rt, this._sheet(), this._rect);
  }

  // ── moving data ──
  copyTo(
    destination: Range,
    options?: { contentsOnly?: boolean; formatOnly?: boolean } | unknown,
    transposed?: unknown,
  ): void {
    if (
      (options !== undefined && (options === null || typeof options !== 'object')) ||
      transposed !== undefined
    )
      throw new GasError(notModelled('Range.copyTo(destination, copyPasteType, transposed)'));
    const opts = (options ?? {}) as { contentsOnly?: boolean; formatOnly?: boolean };
    // Copies of the source cells first (the ranges may overlap); formatting values are shared.
    const src = this._grid((cell) =>
      cell ? { ...cell, ...(isDate(cell.v) ? { v: new Date(cell.v) } : {}) } : undefined,
    );
    const dest = destination;
    const sheet = dest._sheet();
    // A destination that is a multiple of the source in a dimension is filled by repeating the
    // source (tiling), as pasting does; otherwise the copy keeps the source's size from its corner.
    const dr = dest._rect.r2 - dest._rect.r1 + 1;
    const dc = dest._rect.c2 - dest._rect.c1 + 1;
    const rows = dr > this.nr && dr % this.nr === 0 ? dr : this.nr;
    const cols = dc > this.nc && dc % this.nc === 0 ? dc : this.nc;
    const rect = {
      r1: dest._rect.r1,
      c1: dest._rect.c1,
      r2: dest._rect.r1 + rows - 1,
      c2: dest._rect.c1 + cols - 1,
    };
    if (rect.r2 > sheet.maxRows || rect.c2 > sheet.maxCols) throw new GasError(GAS_ERRORS.outOfBounds);
    assertCanEdit(this.rt, sheet, rect);
    touchContent(sheet);
    for (let i = 0; i < rows; i++) {
      const row = src[i % this.nr]!;
      for (let j = 0; j < cols; j++) {
        const cell = row[j % this.nc];
        const target = cellForWrite(sheet, rect.r1 + i, rect.c1 + j);
        if (!opts.formatOnly) {
          delete target.v;
          delete target.f;
          if (cell?.v !== undefined) target.v = cell.v;
          if (cell?.f !== undefined) target.f = cell.f;
        }
        if (!opts.contentsOnly) {
          delete target.fmt;
          delete target.s;
          delete target.dv;
          if (cell?.fmt !== undefined) target.fmt = cell.fmt;
          if (cell?.s !== undefined) target.s = cell.s;
          if (cell?.dv !== undefined) target.dv = cell.dv;
        }
      }
    }
  }
  sort(sortSpecObj: unknown): this {
    const sheet = this._edit();
    touchContent(sheet);
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : (s as { column: number; ascending?: boolean }),
    );
    const rows = this._grid((cell) => cell);
    const rank = (v: CellValue | undefined) =>
      v === undefined || v === '' ? 3 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 0;
    const key = (v: CellValue | undefined) => (isDate(v) ? v.getTime() : v);
    rows.sort((a, b) => {
      for (const s of specs) {
        const x = a[s.column - this._rect.c1]?.v;
        const y = b[s.column - this._rect.c1]?.v;
        const rx = rank(x);
        const ry = rank(y);
        if (rx === 3 || ry === 3) {
          if (rx !== ry) return rx === 3 ? 1 : -1;
          continue;
        }
        const dir = s.ascending === false ? -1 : 1;
        if (rx !== ry) return (rx - ry) * dir;
        const kx = key(x)!;
        const ky = key(y)!;
        if (kx < ky) return -dir;
        if (kx > ky) return dir;
      }
      return 0;
    });
    rows.forEach((row, i) => {
      const index = this._rect.r1 - 1 + i;
      const line = sheet.cells[index] ?? [];
      sheet.cells[index] = line;
      row.forEach((cell, j) => {
        line[this._rect.c1 - 1 + j] = cell ?? null;
      });
    });
    return this;
  }
}

surfaceCheck<Range, GoogleAppsScript.Spreadsheet.Range>(true);
