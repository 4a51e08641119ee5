// The whole emulated world as plain data: one spreadsheet, script/user/document properties and
// installed triggers. It is what `save`/`load` write and read; Dates are tagged in JSON.
import { EMULATOR_STATE } from '../shared/messages/emulator';
import type { Rect } from './a1';
import {
  CellDecoder,
  CellEncoder,
  type StoredCells,
  StoredCellsError,
  type StoredTables,
} from './cell-store';
import { internStyle } from './spreadsheet/formatting';
import { fromTaggedJson, toTaggedJson } from './tagged-json';
import type { CellValue } from './values';

/** Shared between cells and never changed in place (spreadsheet/formatting.ts). */
export interface CellStyle {
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  border?: boolean;
}

/** Shared between cells and never changed in place (frozen when built or loaded). */
export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** One cell in memory; `dv` and `s` point at values shared with other cells. */
export interface Cell {
  v?: CellValue;
  f?: string;
  fmt?: string;
  dv?: ValidationSpec;
  s?: CellStyle;
}

export interface ChartSpec {
  id: number;
  type: string;
  ranges: Rect[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

export interface ConditionalRuleSpec {
  ranges: Rect[];
  condition: { type: string; values: unknown[] } | null;
  format: Record<string, unknown>;
}

export interface SheetState {
  id: number;
  name: string;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  /** Row-major, 0-based, sparse: a missing row or cell is empty and unformatted. */
  cells: (Array<Cell | null | undefined> | null | undefined)[];
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Column groups (absent in states saved before groups were modelled). */
  columnGroups?: { start: number; end: number; depth: number; collapsed: boolean }[];
  merges: Rect[];
  charts: ChartSpec[];
  conditionalFormats: ConditionalRuleSpec[];
}

export interface ProtectionState {
  id: number;
  sheetId: number;
  /** null for a whole-sheet protection. */
  range: Rect | null;
  description: string;
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  unprotected: Rect[];
  rangeName: string | null;
  /**
   * A new protection mirrors the spreadsheet's own sharing (so protects nothing) until its editors
   * or domain-edit setting are first changed (Range.protect() reference).
   */
  mirror: boolean;
}

export interface NamedRangeState {
  name: string;
  sheetId: number;
  range: Rect;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  activeSheetId: number;
  nextId: number;
  namedRanges: NamedRangeState[];
  protections: ProtectionState[];
}

export interface TriggerState {
  id: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  schedule: Record<string, unknown>;
}

/**
 * Who authorized the script (authorization.ts). `users[email]`: the scopes granted, or null when
 * the user never authorized or revoked it; a user not listed counts as authorized with every
 * scope unless `strict`. `asked`: the manifest scopes each user saw on the consent screen.
 */
export interface AuthorizationState {
  strict: boolean;
  users: Record<string, string[] | null>;
  asked?: Record<string, string[]>;
}

/**
 * Version of the state file format. 1: every cell with its own copy of its formatting (still
 * loaded); 2: formatting stored once per distinct value, cells by runs (cell-store.ts).
 */
export const STATE_VERSION = 2;

export interface EmulatorState {
  version: typeof STATE_VERSION;
  spreadsheet: SpreadsheetState;
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  triggers: TriggerState[];
  /** Absent in files written before authorization was modelled: everyone authorized. */
  authorization?: AuthorizationState;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export function newSheetState(
  id: number,
  name: string,
  rows = DEFAULT_ROWS,
  cols = DEFAULT_COLS,
): SheetState {
  return {
    id,
    name,
    hidden: false,
    tabColor: null,
    maxRows: rows,
    maxCols: cols,
    frozenRows: 0,
    frozenCols: 0,
    cells: [],
    columnWidths: {},
    rowHeights: {},
    hiddenColumns: [],
    hiddenRows: [],
    merges: [],
    charts: [],
    conditionalFormats: [],
  };
}

export interface NewStateOptions {
  owner?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  /** Names of the initial tabs; a new Google spreadsheet has one, "Sheet1". */
  sheets?: string[];
}

export function createState(opts: NewStateOptions = {}): EmulatorState {
  const names = opts.sheets?.length ? opts.sheets : ['Sheet1'];
  const sheets = names.map((n, i) => newSheetState(i === 0 ? 0 : 1000 + i, n));
  return {
    version: STATE_VERSION,
    spreadsheet: {
      id: 'emulated-spreadsheet-1',
      name: opts.name ?? 'Untitled spreadsheet',
      owner: (opts.owner ?? 'owner@example.com').toLowerCase(),
      editors: [],
      viewers: [],
      timeZone: opts.timeZone ?? 'Asia/Makassar',
      locale: opts.locale ?? 'en_US',
      sheets,
      activeSheetId: sheets[0]!.id,
      nextId: 2000,
      namedRanges: [],
      protections: [],
    },
    properties: { script: {}, document: {}, user: {} },
    triggers: [],
  };
}

interface StoredSheet extends Omit<SheetState, 'cells'>, StoredCells {}

/** A state as written to a file (version 2). */
interface StoredState extends Omit<EmulatorState, 'version' | 'spreadsheet'> {
  version: typeof STATE_VERSION;
  spreadsheet: Omit<SpreadsheetState, 'sheets'> & { sheets: StoredSheet[] };
  cellTables: StoredTables;
}

/** JSON text of a state (the current file version); Dates become {"$date": ISO}. */
export function serializeState(state: EmulatorState, pretty = false): string {
  const encoder = new CellEncoder();
  const { sheets, ...spreadsheet } = state.spreadsheet;
  const stored: StoredState = {
    version: STATE_VERSION,
    spreadsheet: {
      ...spreadsheet,
      sheets: sheets.map((sheet) => {
        const { cells: _, ...rest } = sheet;
        return { ...rest, ...encoder.encode(sheet) };
      }),
    },
    cellTables: encoder.tables,
    properties: state.properties,
    triggers: state.triggers,
    ...(state.authorization ? { authorization: state.authorization } : {}),
  };
  return toTaggedJson(stored, pretty);
}

/**
 * Reads a state written by serializeState, of this version or version 1. A file it cannot read
 * throws an Error whose message (Bahasa Indonesia) says to reset the preview; `file` names it there.
 */
export function deserializeState(json: string, file?: string): EmulatorState {
  let raw: unknown;
  try {
    raw = fromTaggedJson(json);
  } catch {
    throw new Error(EMULATOR_STATE.notJson(file));
  }
  const data = raw as Partial<StoredState> | Partial<V1State> | null;
  if (!data || typeof data !== 'object' || !data.spreadsheet || !Array.isArray(data.spreadsheet.sheets))
    throw new Error(EMULATOR_STATE.notState(file));
  if (data.version !== 1 && data.version !== STATE_VERSION)
    throw new Error(EMULATOR_STATE.unknownVersion(String(data.version), STATE_VERSION, file));
  if (!data.properties || typeof data.properties !== 'object')
    throw new Error(EMULATOR_STATE.damaged('properties', file));
  if (!Array.isArray(data.triggers)) throw new Error(EMULATOR_STATE.damaged('triggers', file));
  if (data.version === 1) {
    try {
      return fromV1(data as V1State);
    } catch {
      throw new Error(EMULATOR_STATE.damaged('cells', file));
    }
  }
  const stored = data as StoredState;
  try {
    const decoder = new CellDecoder(stored.cellTables);
    const sheets = stored.spreadsheet.sheets.map(({ content, formatting, ...sheet }) => ({
      ...sheet,
      cells: decoder.decode({ content, formatting }, sheet.maxRows, sheet.maxCols),
    }));
    return {
      version: STATE_VERSION,
      spreadsheet: { ...stored.spreadsheet, sheets },
      properties: stored.properties,
      triggers: stored.triggers,
      ...(stored.authorization ? { authorization: stored.authorization } : {}),
    };
  } catch (e) {
    if (e instanceof StoredCellsError) throw new Error(EMULATOR_STATE.damaged(e.message, file));
    throw e;
  }
}

/** Version 1: cells held their formatting themselves, each cell its own copy. */
interface V1State extends Omit<EmulatorState, 'version'> {
  version: 1;
}

/** Shares equal rules and styles between cells, as a state built in this version does. */
function fromV1(old: V1State): EmulatorState {
  const rules = new Map<string, ValidationSpec>();
  for (const sheet of old.spreadsheet.sheets)
    for (const line of sheet.cells) {
      if (!line) continue;
      for (const cell of line) {
        if (!cell) continue;
        if (cell.dv) {
          const key = toTaggedJson(cell.dv);
          let rule = rules.get(key);
          if (!rule) {
            rule = Object.freeze(cell.dv);
            rules.set(key, rule);
          }
          cell.dv = rule;
        }
        if (cell.s) {
          const s = internStyle(cell.s);
          if (s) cell.s = s;
          else delete cell.s;
        }
      }
    }
  return { ...old, version: STATE_VERSION };
}

export function cloneState(state: EmulatorState): EmulatorState {
  return deserializeState(serializeState(state));
}
