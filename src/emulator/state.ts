// The whole emulated world as plain data: one spreadsheet, script/user/document properties and
// installed triggers. It is what `save`/`load` write and read; Dates are tagged in JSON.
import type { Rect } from './a1';
import type { CellValue } from './values';

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

export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

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

export interface EmulatorState {
  version: 1;
  spreadsheet: SpreadsheetState;
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  triggers: TriggerState[];
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
    version: 1,
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

const DATE_TAG = '$date';

/** JSON text of a state; Dates become {"$date": ISO}. */
export function serializeState(state: EmulatorState, pretty = false): string {
  return JSON.stringify(
    state,
    function replacer(this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key];
      if (Object.prototype.toString.call(original) === '[object Date]')
        return { [DATE_TAG]: (original as Date).toISOString() };
      return value;
    },
    pretty ? 1 : undefined,
  );
}

export function deserializeState(json: string): EmulatorState {
  const state = JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as Record<string, unknown>;
      if (typeof tagged[DATE_TAG] === 'string' && Object.keys(tagged).length === 1)
        return new Date(tagged[DATE_TAG] as string);
    }
    return value;
  }) as EmulatorState;
  if (state.version !== 1 || !state.spreadsheet) throw new Error('Not an emulator state file (version 1)');
  return state;
}

export function cloneState(state: EmulatorState): EmulatorState {
  return deserializeState(serializeState(state));
}
