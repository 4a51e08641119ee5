// Several emulated spreadsheets side by side, as in one Google Drive, so that IMPORTRANGE can copy
// values from one to another (importrange.ts). Google's rules, from
// https://support.google.com/docs/answer/3093340:
// - the destination shows #REF! ("You need to connect these sheets.") until an editor of it who
//   may view the source clicks "Allow access" (`allowAccess`); the connection then holds for every
//   editor of the destination, until the person who allowed it can no longer view the source;
// - who may view a file is whom it was shared with, explicitly: the owner, its editors and viewers
//   (stricter than a single harness, where an unknown email counts as an editor);
// - a new or changed formula, and a new connection, fetch at once; after that the source is read
//   again once per recalculation interval ("ImportRange: 30 minutes",
//   https://support.google.com/docs/answer/58515), settable as `refreshDelayMs`: a change of the
//   source reaches the destination within that interval, never sooner than the next read.
// Evaluation happens before every execution of any of the drive's harnesses and on `refresh()`; it
// is Google's own work, so no script call is counted for it.
import { cellA1 } from './a1';
import type { Harness } from './harness';
import {
  IMPORTRANGE_ERRORS,
  type ImportResult,
  parseImportRange,
  REF_ERROR,
  readSourceRange,
} from './importrange';
import { cellForWrite, getCell, touchContent } from './spreadsheet/grid';
import type { SheetState, SpreadsheetState } from './state';

/** Google's recalculation interval for IMPORTRANGE. */
export const IMPORTRANGE_REFRESH_MS = 30 * 60_000;

export interface DriveOptions {
  /** How long a change of a source takes to reach its importers; default 30 minutes. */
  refreshDelayMs?: number;
  /** The drive's clock in epoch ms; default the real one. */
  now?: () => number;
}

interface ImportRecord {
  formula: string;
  /** The block last copied (values) or the error shown, and its size in the destination. */
  shown: ImportResult;
  rows: number;
  cols: number;
  /** When the source was last read: it is read again once the refresh interval has passed. */
  fetchedAt: number;
}

interface Connection {
  /** Who clicked "Allow access". */
  by: string;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

function mayView(ss: SpreadsheetState, email: string): boolean {
  const e = email.toLowerCase();
  return e !== '' && (e === ss.owner || ss.editors.includes(e) || ss.viewers.includes(e));
}

export class Drive {
  private readonly files = new Map<string, Harness>();
  private readonly imports = new Map<string, ImportRecord>();
  private readonly connections = new Map<string, Connection>();
  readonly refreshDelayMs: number;
  private readonly now: () => number;

  constructor(options: DriveOptions = {}) {
    this.refreshDelayMs = options.refreshDelayMs ?? IMPORTRANGE_REFRESH_MS;
    this.now = options.now ?? (() => Date.now());
  }

  /** Puts a harness's spreadsheet in the drive under `id` (its key in URLs); returns its URL. */
  add(id: string, harness: Harness): string {
    if (this.files.has(id)) throw new Error(`the drive already holds a spreadsheet ${id}`);
    harness.state.spreadsheet.id = id;
    this.files.set(id, harness);
    harness.beforeExecution = () => this.refresh();
    return spreadsheetUrl(id);
  }

  get(id: string): Harness {
    const h = this.files.get(id);
    if (!h) throw new Error(`no spreadsheet ${id} in the drive`);
    return h;
  }

  ids(): string[] {
    return [...this.files.keys()];
  }

  /**
   * "Allow access" on a #REF! cell of `destinationId` that imports from `sourceId`, clicked by
   * `email`. Google offers the button only to an editor of the destination who may view the source.
   */
  allowAccess(destinationId: string, sourceId: string, email: string): void {
    const dest = this.get(destinationId);
    const source = this.get(sourceId).state.spreadsheet;
    if (dest.fileRole(email) === 'viewer') throw new Error(IMPORTRANGE_ERRORS.permission);
    if (!mayView(source, email)) throw new Error(IMPORTRANGE_ERRORS.permission);
    const importsIt = this.formulas(destinationId).some((f) => f.key === sourceId);
    if (!importsIt) throw new Error(`${destinationId} has no IMPORTRANGE of ${sourceId}`);
    // The button sits on a #REF! cell: show that state first, so that the values that arrive next
    // are checked against what was typed around the formula.
    this.refresh();
    this.connections.set(`${destinationId}>${sourceId}`, { by: email.toLowerCase() });
    this.refresh();
  }

  isConnected(destinationId: string, sourceId: string): boolean {
    const c = this.connections.get(`${destinationId}>${sourceId}`);
    const source = this.files.get(sourceId);
    return !!c && !!source && mayView(source.state.spreadsheet, c.by);
  }

  /** The message a person reads on an IMPORTRANGE cell showing #REF!, or null. */
  importError(id: string, sheetName: string, a1: string): string | null {
    const sheet = this.get(id).state.spreadsheet.sheets.find((s) => s.name === sheetName);
    if (!sheet) return null;
    for (const [key, record] of this.imports)
      if (key.startsWith(`${id}|${sheet.id}|`) && key.endsWith(`|${a1}`) && !record.shown.ok)
        return record.shown.message;
    return null;
  }

  private formulas(
    id: string,
  ): { key: string; sheet: SheetState; row: number; col: number; formula: string }[] {
    const out: { key: string; sheet: SheetState; row: number; col: number; formula: string }[] = [];
    for (const sheet of this.get(id).state.spreadsheet.sheets)
      sheet.cells.forEach((line, r) => {
        line?.forEach((cell, c) => {
          const parsed = cell?.f ? parseImportRange(cell.f) : null;
          if (parsed) out.push({ key: parsed.key, sheet, row: r + 1, col: c + 1, formula: cell!.f! });
        });
      });
    return out;
  }

  /** What the import shows now, before the refresh delay is applied. */
  private fetch(destinationId: string, formula: string): ImportResult {
    const parsed = parseImportRange(formula)!;
    const source = this.files.get(parsed.key);
    if (!source) return { ok: false, message: IMPORTRANGE_ERRORS.permission };
    if (!this.isConnected(destinationId, parsed.key))
      return { ok: false, message: IMPORTRANGE_ERRORS.connect };
    return readSourceRange(source.state.spreadsheet, parsed.range);
  }

  /** Evaluates every IMPORTRANGE of every spreadsheet in the drive. */
  refresh(): void {
    const now = this.now();
    const seen = new Set<string>();
    for (const id of this.files.keys())
      for (const f of this.formulas(id)) {
        const key = `${id}|${f.sheet.id}|${cellA1(f.row, f.col)}`;
        seen.add(key);
        const fresh = this.fetch(id, f.formula);
        const record = this.imports.get(key);
        let shown = record?.shown ?? fresh;
        let fetchedAt = record?.fetchedAt ?? now;
        const changed =
          !record ||
          record.formula !== f.formula ||
          fresh.ok !== record.shown.ok ||
          (!fresh.ok && !record.shown.ok && fresh.message !== record.shown.message);
        if (changed || now - fetchedAt >= this.refreshDelayMs) {
          shown = fresh;
          fetchedAt = now;
        }
        this.imports.set(key, this.paint(f.sheet, f.row, f.col, f.formula, shown, record, fetchedAt));
      }
    for (const key of this.imports.keys()) if (!seen.has(key)) this.imports.delete(key);
  }

  /** Writes the import's block into the destination, clearing what it showed before. */
  private paint(
    sheet: SheetState,
    row: number,
    col: number,
    formula: string,
    shown: ImportResult,
    before: ImportRecord | undefined,
    fetchedAt: number,
  ): ImportRecord {
    // After a reload the drive has no record: the cells of the formula's own range size count as
    // its earlier output (none can be told from typed data then).
    const old = before ?? {
      rows: shown.ok ? shown.values.length : 1,
      cols: shown.ok ? (shown.values[0]?.length ?? 1) : 1,
    };
    const owned = (r: number, c: number) => r >= row && r < row + old.rows && c >= col && c < col + old.cols;
    for (let r = row; r < row + old.rows; r++)
      for (let c = col; c < col + old.cols; c++) {
        const cell = getCell(sheet, r, c);
        if (cell && !(r === row && c === col) && cell.f === undefined) delete cell.v;
      }
    let result = shown;
    if (shown.ok) {
      const rows = shown.values.length;
      const cols = shown.values[0]?.length ?? 0;
      if (row + rows - 1 > sheet.maxRows)
        result = { ok: false, message: IMPORTRANGE_ERRORS.expand(row + rows - 1 - sheet.maxRows) };
      else
        for (let r = row; r < row + rows && result.ok; r++)
          for (let c = col; c < col + cols; c++) {
            if (r === row && c === col) continue;
            const cell = getCell(sheet, r, c);
            const typed =
              cell && (cell.f !== undefined || (cell.v !== undefined && cell.v !== '' && !owned(r, c)));
            if (typed) {
              result = { ok: false, message: IMPORTRANGE_ERRORS.overwrite(cellA1(r, c)) };
              break;
            }
          }
    }
    if (result.ok) {
      result.values.forEach((line, i) => {
        line.forEach((v, j) => {
          if ((i === 0 && j === 0) || v !== '') cellForWrite(sheet, row + i, col + j).v = v;
        });
      });
    } else cellForWrite(sheet, row, col).v = REF_ERROR;
    touchContent(sheet);
    const rows = result.ok ? result.values.length : 1;
    const cols = result.ok ? (result.values[0]?.length ?? 1) : 1;
    return { formula, shown: result.ok ? shown : result, rows, cols, fetchedAt };
  }
}

export function createDrive(options: DriveOptions = {}): Drive {
  return new Drive(options);
}
