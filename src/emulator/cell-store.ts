// How the cells of a sheet are written to a state file (state version 2). In memory every cell is
// its own object (SheetState.cells) whose number format, validation rule and style point at shared
// values. On disk formatting is kept the way Google keeps it, per range: each distinct rule and
// style once in a table, each distinct combination of number format, rule and style ("look") once,
// and each sheet's formatting as bands of rows that are formatted alike, every row a list of column
// runs pointing at a look. Values and formulas are listed per row. A set-up register of 25 OPD tabs,
// whose every input cell carries a number format and many a 38-entry urusan list, shrinks from
// ~20 MB of per-cell copies to a few hundred KB.
import { internStyle, styleKey } from './spreadsheet/formatting';
import type { Cell, CellStyle, SheetState, ValidationSpec } from './state';
import { toTaggedJson } from './tagged-json';
import { type CellValue, isDate } from './values';

/** A number format, a validation rule (index into `validations`) and a style (into `styles`). */
export interface StoredLook {
  fmt?: string;
  dv?: number;
  s?: number;
}

export interface StoredTables {
  validations: ValidationSpec[];
  styles: CellStyle[];
  looks: StoredLook[];
}

/** [first column, number of columns, look]; columns count from 1. */
export type StoredRun = [column: number, columns: number, look: number];
/** [first row, number of rows, runs]: consecutive rows with the same formatting; rows count from 1. */
export type StoredBand = [row: number, rows: number, runs: StoredRun[]];
/** [column, value], or [column, value or null, formula] for a cell with a formula. */
export type StoredContent =
  | [column: number, value: CellValue]
  | [column: number, value: CellValue | null, formula: string];
/** [row, its cells with a value or formula]. */
export type StoredRow = [row: number, cells: StoredContent[]];

export interface StoredCells {
  content: StoredRow[];
  formatting: StoredBand[];
}

type Grid = SheetState['cells'];

const NO_LOOK = -1;

/** Collects the tables while it encodes the sheets of one state. */
export class CellEncoder {
  readonly tables: StoredTables = { validations: [], styles: [], looks: [] };
  private readonly ruleByObject = new Map<ValidationSpec, number>();
  private readonly ruleByKey = new Map<string, number>();
  private readonly styleByObject = new Map<CellStyle, number>();
  private readonly styleByKey = new Map<string, number>();
  private readonly lookByKey = new Map<string, number>();
  // Cells of a run point at the same values, so the last look found is usually the next one.
  private lastFmt: string | undefined;
  private lastDv: ValidationSpec | undefined;
  private lastS: CellStyle | undefined;
  private lastLook = NO_LOOK;

  /** Cells outside the sheet's grid are unreachable through the API and are not written. */
  encode(sheet: SheetState): StoredCells {
    const { cells, maxRows, maxCols } = sheet;
    const content: StoredRow[] = [];
    const formatting: StoredBand[] = [];
    let band: StoredBand | null = null;
    let bandKey = '';
    for (let r = 0; r < Math.min(cells.length, maxRows); r++) {
      const line = cells[r];
      if (!line) continue;
      const runs: StoredRun[] = [];
      const values: StoredContent[] = [];
      let run: StoredRun | null = null;
      for (let c = 0; c < Math.min(line.length, maxCols); c++) {
        const cell = line[c];
        if (!cell) {
          run = null;
          continue;
        }
        if (cell.f !== undefined) values.push([c + 1, cell.v ?? null, cell.f]);
        else if (cell.v !== undefined) values.push([c + 1, cell.v]);
        const look = this.look(cell);
        if (look === NO_LOOK) run = null;
        else if (run && run[2] === look && run[0] + run[1] === c + 1) run[1]++;
        else {
          run = [c + 1, 1, look];
          runs.push(run);
        }
      }
      if (values.length) content.push([r + 1, values]);
      if (!runs.length) continue;
      const key = runs.join(';');
      if (band && key === bandKey && band[0] + band[1] === r + 1) band[1]++;
      else {
        band = [r + 1, 1, runs];
        bandKey = key;
        formatting.push(band);
      }
    }
    return { content, formatting };
  }

  private look(cell: Cell): number {
    const { fmt, dv, s } = cell;
    if (fmt === this.lastFmt && dv === this.lastDv && s === this.lastS) return this.lastLook;
    const dvId = dv ? this.rule(dv) : NO_LOOK;
    const sId = s ? this.style(s) : NO_LOOK;
    let id = NO_LOOK;
    if (fmt !== undefined || dvId !== NO_LOOK || sId !== NO_LOOK) {
      const key = `${fmt === undefined ? '-' : `+${fmt}`}\u0000${dvId}\u0000${sId}`;
      const known = this.lookByKey.get(key);
      if (known === undefined) {
        const look: StoredLook = {};
        if (fmt !== undefined) look.fmt = fmt;
        if (dvId !== NO_LOOK) look.dv = dvId;
        if (sId !== NO_LOOK) look.s = sId;
        id = this.tables.looks.push(look) - 1;
        this.lookByKey.set(key, id);
      } else id = known;
    }
    this.lastFmt = fmt;
    this.lastDv = dv;
    this.lastS = s;
    this.lastLook = id;
    return id;
  }

  private rule(spec: ValidationSpec): number {
    let id = this.ruleByObject.get(spec);
    if (id === undefined) {
      // Equal rules built separately (one per tab) are one entry.
      const key = toTaggedJson(spec);
      id = this.ruleByKey.get(key);
      if (id === undefined) {
        id = this.tables.validations.push(spec) - 1;
        this.ruleByKey.set(key, id);
      }
      this.ruleByObject.set(spec, id);
    }
    return id;
  }

  private style(style: CellStyle): number {
    let id = this.styleByObject.get(style);
    if (id === undefined) {
      const key = styleKey(style);
      if (key === '') id = NO_LOOK;
      else {
        id = this.styleByKey.get(key);
        if (id === undefined) {
          id = this.tables.styles.push(internStyle(style)!) - 1;
          this.styleByKey.set(key, id);
        }
      }
      this.styleByObject.set(style, id);
    }
    return id;
  }
}

/** Thrown for a state file whose cells do not have the stored shape. */
export class StoredCellsError extends Error {}

function fail(what: string): never {
  throw new StoredCellsError(what);
}

const isIndex = (n: unknown, length: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < length;
const isPosition = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
const isCellValue = (v: unknown): v is CellValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDate(v);

/** Makes a new cell object of one look: every cell stays its own object, its values are shared. */
type CellMaker = () => Cell;

/** Turns the tables of a state file into shared in-memory values. */
export class CellDecoder {
  private readonly makers: CellMaker[];

  constructor(tables: StoredTables) {
    if (!tables || !Array.isArray(tables.validations) || !Array.isArray(tables.styles)) fail('cellTables');
    if (!Array.isArray(tables.looks)) fail('cellTables.looks');
    const rules = tables.validations.map((spec) => {
      if (!spec || typeof spec.criteria !== 'string' || !Array.isArray(spec.values)) fail('validations');
      return Object.freeze(spec);
    });
    const styles = tables.styles.map((s) => (s && typeof s === 'object' ? internStyle(s) : fail('styles')));
    this.makers = tables.looks.map((look) => {
      if (!look || typeof look !== 'object') fail('looks');
      const fmt = look.fmt;
      if (fmt !== undefined && typeof fmt !== 'string') fail('looks.fmt');
      if (look.dv !== undefined && !isIndex(look.dv, rules.length)) fail('looks.dv');
      if (look.s !== undefined && !isIndex(look.s, styles.length)) fail('looks.s');
      const dv = look.dv === undefined ? undefined : rules[look.dv];
      const s = look.s === undefined ? undefined : styles[look.s];
      return () => {
        const cell: Cell = {};
        if (fmt !== undefined) cell.fmt = fmt;
        if (dv) cell.dv = dv;
        if (s) cell.s = s;
        return cell;
      };
    });
  }

  decode(stored: StoredCells, maxRows: number, maxCols: number): Grid {
    if (!stored || !Array.isArray(stored.formatting) || !Array.isArray(stored.content)) fail('sheet cells');
    const cells: Grid = [];
    const inside = (row: number, col: number) => row <= maxRows && col <= maxCols;
    for (const band of stored.formatting) {
      const [row, rows, runs] = band;
      if (!isPosition(row) || !isPosition(rows) || !Array.isArray(runs)) fail('formatting');
      for (const run of runs as unknown[]) {
        if (!Array.isArray(run)) fail('formatting runs');
        const [col, cols, look] = run as unknown[];
        if (!isPosition(col) || !isPosition(cols) || !isIndex(look, this.makers.length))
          fail('formatting runs');
      }
      if (!inside(row + rows - 1, 1)) fail('formatting rows');
      for (let r = row - 1; r < row - 1 + rows; r++) {
        const line: (Cell | null | undefined)[] = [];
        for (const [col, cols, look] of runs) {
          if (!inside(1, col + cols - 1)) fail('formatting columns');
          const make = this.makers[look]!;
          for (let c = col - 1; c < col - 1 + cols; c++) line[c] = make();
        }
        cells[r] = line;
      }
    }
    for (const entry of stored.content) {
      const [row, values] = entry;
      if (!isPosition(row) || !Array.isArray(values) || !inside(row, 1)) fail('content');
      let line = cells[row - 1];
      if (!line) {
        line = [];
        cells[row - 1] = line;
      }
      for (const item of values as unknown[][]) {
        if (!Array.isArray(item)) fail('content cells');
        const [col, value, formula] = item;
        if (!isPosition(col) || !inside(row, col)) fail('content columns');
        if (value !== null && !isCellValue(value)) fail('content values');
        if (formula !== undefined && typeof formula !== 'string') fail('content formulas');
        let cell = line[col - 1];
        if (!cell) {
          cell = {};
          line[col - 1] = cell;
        }
        if (value !== null) cell.v = value;
        if (formula !== undefined) cell.f = formula;
      }
    }
    return cells;
  }
}
