// Turns the emulator's plain-data state into what the page draws: display texts in the
// spreadsheet's locale, styles, protections with who may edit them (for the user now signed in),
// dropdowns, merges and charts with their data read from the cells. Reads the state directly, so
// drawing the page never counts as a Sheets call of the product.
import { cellA1, contains, intersects, type Rect, rectA1 } from '../emulator/a1';
import type {
  Cell,
  ChartSpec,
  EmulatorState,
  ProtectionState,
  SheetState,
  ValidationSpec,
} from '../emulator/state';
import { defaultAlignment, displayValue } from './format';
import type {
  CellView,
  ChartSeriesView,
  ChartView,
  ProtectionView,
  SheetView,
  TabView,
  ValidationView,
} from './protocol';

/** Most rows and columns the page draws: enough for any real register, light for the browser. */
export const MAX_ROWS = 1500;
export const MAX_COLUMNS = 160;
const EMPTY_ROWS_BELOW = 20;
const EMPTY_COLUMNS_RIGHT = 3;
const DEFAULT_WIDTH = 100;
const SERIES_COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043'];

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Google's rule: the owner, the protection's editors, or (domain edit) the owner's domain. */
/** Whether the file is shared with `user` as viewer (who may type into no cell at all). */
export function isViewerOf(state: EmulatorState, user: string): boolean {
  const u = user.toLowerCase();
  return u !== state.spreadsheet.owner && state.spreadsheet.viewers.includes(u);
}

export function mayEdit(state: EmulatorState, p: ProtectionState, user: string): boolean {
  const u = user.toLowerCase();
  const owner = state.spreadsheet.owner.toLowerCase();
  if (u === owner) return true;
  if (isViewerOf(state, u)) return false;
  if (u === '') return false;
  if (p.editors.map((e) => e.toLowerCase()).includes(u)) return true;
  return p.domainEdit && domainOf(u) === domainOf(owner) && !CONSUMER_DOMAINS.has(domainOf(u));
}

export function tabsOf(state: EmulatorState): TabView[] {
  return state.spreadsheet.sheets.map((s) => ({ name: s.name, hidden: s.hidden, color: s.tabColor }));
}

function cellAt(sheet: SheetState, row: number, col: number): Cell | null {
  return sheet.cells[row]?.[col] ?? null;
}

function hasContent(cell: Cell | null | undefined): boolean {
  return !!cell && ((cell.v !== undefined && cell.v !== '') || !!cell.f || !!cell.s?.background);
}

function extent(sheet: SheetState): { rows: number; columns: number } {
  let lastRow = 0;
  let lastCol = 0;
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (hasContent(cell)) {
        lastRow = Math.max(lastRow, r + 1);
        lastCol = Math.max(lastCol, c + 1);
      }
    });
  });
  for (const chart of sheet.charts) {
    lastRow = Math.max(lastRow, chart.position.row + 18);
    lastCol = Math.max(lastCol, chart.position.column + 6);
  }
  return {
    rows: Math.min(sheet.maxRows, Math.max(lastRow + EMPTY_ROWS_BELOW, sheet.frozenRows + EMPTY_ROWS_BELOW)),
    columns: Math.min(sheet.maxCols, Math.max(lastCol + EMPTY_COLUMNS_RIGHT, sheet.frozenCols + 1, 8)),
  };
}

function validationView(state: EmulatorState, spec: ValidationSpec): ValidationView {
  const criteria = spec.criteria.toUpperCase();
  if (criteria === 'CHECKBOX') {
    return { kind: 'checkbox', values: [], strict: !spec.allowInvalid, helpText: spec.helpText ?? '' };
  }
  if (criteria === 'VALUE_IN_LIST') {
    const list = Array.isArray(spec.values[0]) ? (spec.values[0] as unknown[]) : spec.values;
    return {
      kind: 'list',
      values: list.map(String),
      strict: !spec.allowInvalid,
      helpText: spec.helpText ?? '',
    };
  }
  if (criteria === 'VALUE_IN_RANGE') {
    const ref = (spec.values[0] as { $range?: { sheetId: number } & Rect } | undefined)?.$range;
    const source = ref && state.spreadsheet.sheets.find((s) => s.id === ref.sheetId);
    const values: string[] = [];
    if (ref && source) {
      for (let r = ref.r1; r <= Math.min(ref.r2, ref.r1 + 500); r++) {
        for (let c = ref.c1; c <= ref.c2; c++) {
          const cell = cellAt(source, r - 1, c - 1);
          const text = cell ? displayValue(cell.v, cell.fmt, state.spreadsheet.timeZone) : '';
          if (text && !values.includes(text)) values.push(text);
        }
      }
    }
    return { kind: 'list', values, strict: !spec.allowInvalid, helpText: spec.helpText ?? '' };
  }
  return { kind: 'other', values: [], strict: !spec.allowInvalid, helpText: spec.helpText ?? criteria };
}

function protectionView(state: EmulatorState, p: ProtectionState, user: string): ProtectionView {
  return {
    range: p.range ? rectA1(p.range) : null,
    description: p.description,
    editors: [...p.editors].sort(),
    warningOnly: p.warningOnly,
    canEdit: mayEdit(state, p, user),
    unprotected: p.unprotected.map(rectA1),
  };
}

function protectionAt(protections: ProtectionState[], row: number, col: number): number | undefined {
  const cell: Rect = { r1: row, c1: col, r2: row, c2: col };
  // A range protection is more specific than the sheet's, so it wins when both apply.
  let sheetWide: number | undefined;
  for (let i = 0; i < protections.length; i++) {
    const p = protections[i] as ProtectionState;
    if (p.range) {
      if (intersects(p.range, cell)) return i;
    } else if (sheetWide === undefined && !p.unprotected.some((u) => contains(u, cell))) sheetWide = i;
  }
  return sheetWide;
}

/**
 * =HYPERLINK("url", "label") with literal arguments: the one formula the preview shows as Sheets
 * would (its label, as a link), since the dashboard's footnote links to its own Rincian.
 */
export function hyperlink(formula: string): { url: string; label: string } | null {
  const m = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (!m) return null;
  return { url: (m[1] as string).replace(/""/g, '"'), label: (m[2] as string).replace(/""/g, '"') };
}

function chartType(type: string): ChartView['type'] {
  const t = type.toLowerCase();
  if (t.includes('pie') || t.includes('donut')) return 'pie';
  if (t.includes('column')) return 'column';
  if (t.includes('bar')) return 'bar';
  if (t.includes('line')) return 'line';
  if (t.includes('area')) return 'area';
  if (t.includes('table')) return 'table';
  return 'other';
}

function option(options: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) {
    if (options[key] !== undefined) return options[key];
    // Dotted keys ("legend.position") may also be stored as nested objects.
    const parts = key.split('.');
    let v: unknown = options;
    for (const part of parts)
      v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    if (v !== undefined) return v;
  }
  return undefined;
}

function chartView(state: EmulatorState, sheet: SheetState, spec: ChartSpec): ChartView {
  const tz = state.spreadsheet.timeZone;
  // Columns of every range side by side (rows when transposed): the first is the domain (labels),
  // the rest are series; the first `numHeaders` rows name the series.
  const vectors: { header: string; values: (string | number)[] }[] = [];
  for (const rect of spec.ranges) {
    const outer = spec.transpose ? [rect.r1, rect.r2] : [rect.c1, rect.c2];
    const inner = spec.transpose ? [rect.c1, rect.c2] : [rect.r1, rect.r2];
    for (let o = outer[0] as number; o <= (outer[1] as number); o++) {
      const vec: { header: string; values: (string | number)[] } = { header: '', values: [] };
      for (let i = inner[0] as number; i <= Math.min(inner[1] as number, (inner[0] as number) + 400); i++) {
        const cell = spec.transpose ? cellAt(sheet, o - 1, i - 1) : cellAt(sheet, i - 1, o - 1);
        const isHeader = i - (inner[0] as number) < spec.numHeaders;
        if (isHeader) vec.header = cell ? displayValue(cell.v, cell.fmt, tz) : '';
        else
          vec.values.push(
            typeof cell?.v === 'number' ? cell.v : cell ? displayValue(cell.v, cell.fmt, tz) : '',
          );
      }
      vectors.push(vec);
    }
  }
  const [domain, ...rest] = vectors;
  const options = spec.options ?? {};
  const colors = option(options, 'colors');
  const palette = Array.isArray(colors) ? colors.map(String) : SERIES_COLORS;
  let categories = (domain?.values ?? []).map(String);
  const series: ChartSeriesView[] = rest.map((v, i) => ({
    name: v.header || `Seri ${i + 1}`,
    values: v.values.map((x) => (typeof x === 'number' ? x : Number(String(x).replace(',', '.')) || 0)),
    color: palette[i % palette.length] ?? '#4285f4',
  }));
  // Trailing empty rows of an open range are not data.
  let n = categories.length;
  while (n > 0 && categories[n - 1] === '' && series.every((s) => !s.values[n - 1])) n--;
  categories = categories.slice(0, n);
  for (const s of series) s.values = s.values.slice(0, n);
  const legend = String(option(options, 'legend.position', 'legend') ?? 'right').toLowerCase();
  return {
    id: String(spec.id),
    type: chartType(spec.type),
    title: String(option(options, 'title') ?? ''),
    anchorRow: Math.max(0, spec.position.row - 1),
    anchorColumn: Math.max(0, spec.position.column - 1),
    offsetX: spec.position.offsetX ?? 0,
    offsetY: spec.position.offsetY ?? 0,
    width: Number(option(options, 'width') ?? 600) || 600,
    height: Number(option(options, 'height') ?? 371) || 371,
    categories,
    series,
    stacked: Boolean(option(options, 'isStacked')) && option(options, 'isStacked') !== 'false',
    legend: legend === 'none' || legend === 'bottom' || legend === 'top' ? legend : 'right',
    pointSize: Math.max(0, Number(option(options, 'pointSize') ?? 0) || 0),
  };
}

/** The view of one tab for `user` (whose rights decide which protected cells are marked). */
export function sheetView(
  state: EmulatorState,
  sheetName: string,
  user: string,
  version: number,
): SheetView | null {
  const sheet = state.spreadsheet.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const tz = state.spreadsheet.timeZone;
  const { rows, columns } = extent(sheet);
  const shownRows = Math.min(rows, MAX_ROWS);
  const shownColumns = Math.min(columns, MAX_COLUMNS);
  const protections = state.spreadsheet.protections.filter((p) => p.sheetId === sheet.id);
  const validations: ValidationView[] = [];
  const validationIndex = new Map<string, number>();
  const cells: (CellView | null)[][] = [];
  for (let r = 0; r < shownRows; r++) {
    const row: (CellView | null)[] = [];
    for (let c = 0; c < shownColumns; c++) {
      const cell = cellAt(sheet, r, c);
      const p = protectionAt(protections, r + 1, c + 1);
      if (!cell && p === undefined) {
        row.push(null);
        continue;
      }
      const view: CellView = { t: '' };
      if (cell) {
        view.t = cell.f ? cell.f : displayValue(cell.v, cell.fmt, tz);
        if (cell.f) {
          view.formula = cell.f;
          const link = hyperlink(cell.f);
          if (link) {
            view.t = link.label;
            view.link = link.url;
          }
        }
        const s = cell.s ?? {};
        const align = s.horizontalAlignment?.toLowerCase().replace('general-', '');
        view.align =
          align === 'left' || align === 'right' || align === 'center' ? align : defaultAlignment(cell.v);
        if (view.align === 'left') delete view.align;
        if (s.fontWeight === 'bold') view.bold = true;
        if (s.fontStyle === 'italic') view.italic = true;
        if (s.background && s.background !== '#ffffff') view.bg = s.background;
        if (s.fontColor && s.fontColor !== '#000000') view.color = s.fontColor;
        if (s.fontSize && s.fontSize !== 10) view.size = s.fontSize;
        if (s.wrap) view.wrap = true;
        if (s.note) view.note = s.note;
        if (cell.dv) {
          const key = JSON.stringify(cell.dv);
          let index = validationIndex.get(key);
          if (index === undefined) {
            index = validations.length;
            validations.push(validationView(state, cell.dv));
            validationIndex.set(key, index);
          }
          view.dv = index;
          if (validations[index]?.kind === 'checkbox') {
            view.checkbox = true;
            view.checked = cell.v === true;
          }
        }
      }
      if (p !== undefined) view.p = p;
      row.push(view);
    }
    cells.push(row);
  }
  const columnWidths = Array.from(
    { length: shownColumns },
    (_, c) => sheet.columnWidths[String(c + 1)] ?? DEFAULT_WIDTH,
  );
  const rowHeights: Record<string, number> = {};
  for (const [k, v] of Object.entries(sheet.rowHeights))
    if (Number(k) <= shownRows) rowHeights[String(Number(k) - 1)] = v;
  return {
    name: sheet.name,
    rows: shownRows,
    columns: shownColumns,
    frozenRows: Math.min(sheet.frozenRows, shownRows),
    frozenColumns: Math.min(sheet.frozenCols, shownColumns),
    columnWidths,
    rowHeights,
    hiddenRows: sheet.hiddenRows.map((r) => r - 1).filter((r) => r < shownRows),
    hiddenColumns: sheet.hiddenColumns.map((c) => c - 1).filter((c) => c < shownColumns),
    merges: sheet.merges
      .filter((m) => m.r1 <= shownRows && m.c1 <= shownColumns)
      .map((m) => ({ row: m.r1 - 1, column: m.c1 - 1, rows: m.r2 - m.r1 + 1, columns: m.c2 - m.c1 + 1 })),
    cells,
    protections: protections.map((p) => protectionView(state, p, user)),
    owner: state.spreadsheet.owner,
    validations,
    charts: sheet.charts.map((spec) => chartView(state, sheet, spec)),
    truncated: rows > shownRows || columns > shownColumns,
    readOnly: isViewerOf(state, user),
    version,
  };
}

export { cellA1 };
