// What the preview server and its browser page exchange (JSON over HTTP). The page never sees the
// emulator: it gets finished views (display texts, who may edit what) and sends intentions.

export type UserGroup = 'admin' | 'verifikator' | 'operator' | 'pimpinan' | 'lainnya';

/** How the spreadsheet file is shared with a person (Drive's sharing dialog). */
export type FileRoleView = 'owner' | 'editor' | 'viewer';

export interface UserOption {
  /** '' = no identity (Session returns an empty email). */
  email: string;
  label: string;
  group: UserGroup;
  opd: string | null;
  fileRole: FileRoleView;
}

/** The consent screen Google shows before a user's first run of the script. */
export interface ConsentView {
  email: string;
  scopes: { scope: string; description: string }[];
}

export type MenuEntryView =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntryView[] };

export interface MenuView {
  caption: string;
  items: MenuEntryView[];
}

export interface TabView {
  name: string;
  hidden: boolean;
  color: string | null;
}

export interface StateView {
  title: string;
  version: number;
  user: string;
  users: UserOption[];
  menus: MenuView[];
  tabs: TabView[];
  activeTab: string | null;
  statePath: string;
  timeZone: string;
  /** The current user's role on the file. */
  fileRole: FileRoleView;
  /** Set while the current user has not authorized the script: their next run asks first. */
  consent: ConsentView | null;
}

export interface CellView {
  /** Display text, as Sheets shows it. */
  t: string;
  align?: 'left' | 'right' | 'center';
  bold?: boolean;
  italic?: boolean;
  bg?: string;
  color?: string;
  /** Font size in points when not the default 10. */
  size?: number;
  wrap?: boolean;
  /** The formula, when the cell holds one (the preview does not evaluate formulas). */
  formula?: string;
  /** A HYPERLINK formula's target; `t` is then its label, as Sheets shows it. */
  link?: string;
  note?: string;
  /** Index into SheetView.validations. */
  dv?: number;
  /** Index into SheetView.protections of the protection that covers the cell, if any. */
  p?: number;
  checkbox?: boolean;
  checked?: boolean;
}

export interface ProtectionView {
  /** A1 range, or null when the whole sheet is protected. */
  range: string | null;
  description: string;
  editors: string[];
  warningOnly: boolean;
  /** Whether the current user may edit it. */
  canEdit: boolean;
  /** A1 ranges left editable inside a protected sheet. */
  unprotected: string[];
}

export interface ValidationView {
  kind: 'list' | 'checkbox' | 'other';
  values: string[];
  strict: boolean;
  helpText: string;
}

export interface ChartSeriesView {
  name: string;
  values: number[];
  color: string;
}

export interface ChartView {
  id: string;
  type: 'bar' | 'column' | 'pie' | 'line' | 'area' | 'table' | 'other';
  title: string;
  /** Anchor cell (0-based) and pixel offsets, as recorded by EmbeddedChart's container info. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  categories: string[];
  series: ChartSeriesView[];
  stacked: boolean;
  legend: 'none' | 'right' | 'bottom' | 'top';
  /** Dot size on line charts (option pointSize); 0 draws lines only, as Google does. */
  pointSize: number;
}

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  /** Heights in pixels of rows that are not the default, by 0-based row. */
  rowHeights: Record<string, number>;
  /** 0-based rows and columns hidden in the sheet (the page leaves them out). */
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Merged blocks, 0-based top-left corner and size. */
  merges: { row: number; column: number; rows: number; columns: number }[];
  cells: (CellView | null)[][];
  protections: ProtectionView[];
  /** The spreadsheet owner, who may always edit (Google lists it apart from the editors). */
  owner: string;
  validations: ValidationView[];
  charts: ChartView[];
  /** True when the grid was cut to keep the page light. */
  truncated: boolean;
  /** The current user only views the file: no cell can be typed into. */
  readOnly: boolean;
  version: number;
}

export interface ToastView {
  title: string;
  message: string;
  timeoutSeconds: number;
}

export interface AlertView {
  title: string;
  message: string;
}

/** A question an execution asked (ui.alert with a choice, ui.prompt) that the person must answer. */
export interface QuestionView {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  /** Button names as Apps Script knows them: OK, CANCEL, YES, NO, CLOSE. */
  buttons: string[];
}

/** Answer to a question: the button pressed and, for prompts, the text typed. */
export interface AnswerView {
  button: string;
  text?: string;
}

export interface HtmlPanelView {
  /** Served at /html/<id>. */
  id: string;
  title: string;
  width: number;
  height: number;
}

/** Everything an execution showed to the person. */
export interface EffectsView {
  toasts: ToastView[];
  alerts: AlertView[];
  sidebar: HtmlPanelView | null;
  dialog: HtmlPanelView | null;
  /** Uncaught error of the execution, in the words Apps Script would show. */
  error: string | null;
}

export interface RunResponse {
  /** 'consent': nothing ran; the user must authorize the script first (StateView.consent). */
  status: 'done' | 'question' | 'consent';
  question?: QuestionView;
  consent?: ConsentView;
  effects: EffectsView;
  version: number;
}

export interface EditResponse {
  ok: boolean;
  message: string | null;
  /** Set when the edit needs a confirmation first (a warning-only protection). */
  confirm: string | null;
  version: number;
}

/** Pushed on /api/events after any execution, so every open page refreshes. */
export interface ChangeEvent {
  version: number;
  /** Effects of sidebar/dialog calls (google.script.run), which have no HTTP caller of their own. */
  effects: EffectsView | null;
  /** The user switched (another page may have done it). */
  user: string;
}
