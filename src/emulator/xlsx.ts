// Export of the emulated spreadsheet to .xlsx with exceljs, so a person can open it in a
// spreadsheet program: values, formulas, number formats, bold/colours, column widths, merges,
// frozen panes, hidden tabs, tab colours, data validations (dropdowns, checkboxes, number and date
// rules); protections listed on an extra sheet and noted on cells, in Bahasa Indonesia like every
// text a person reads.
import ExcelJS from 'exceljs';
import { XLSX_TEXT } from '../shared/messages/emulator';
import { quoteSheetName, rectA1 } from './a1';
import type { CellStyle, EmulatorState, SheetState, ValidationSpec } from './state';
import { isDate } from './values';

const argb = (css: string | undefined): string | undefined => {
  if (!css) return undefined;
  const m = /^#?([0-9a-f]{6})$/i.exec(css.trim());
  return m ? `FF${m[1]!.toUpperCase()}` : undefined;
};

export const PROTECTIONS_SHEET = XLSX_TEXT.protectionsSheet;

/** Excel keeps a list validation's items in one formula of at most 255 characters. */
const MAX_INLINE_LIST = 255;

type Operator = ExcelJS.DataValidation['operator'];

const NUMBER_OPERATORS: Record<string, Operator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

const DATE_OPERATORS: Record<string, Operator> = {
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
  DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

interface StoredRange {
  $range: { sheetId: number; r1: number; c1: number; r2: number; c2: number };
}

const isStoredRange = (v: unknown): v is StoredRange => !!v && typeof v === 'object' && '$range' in v;

/**
 * The Excel form of a Sheets validation rule, or null when Excel has none (e.g. a custom formula
 * or an e-mail check): the cell then keeps its value without a rule. One object per rule, shared
 * by its cells, so exceljs can join them into ranges.
 */
function excelValidation(state: EmulatorState, spec: ValidationSpec): ExcelJS.DataValidation | null {
  const base = {
    allowBlank: true,
    showErrorMessage: !spec.allowInvalid,
    errorStyle: 'stop',
    ...(spec.helpText ? { showInputMessage: true, prompt: spec.helpText } : {}),
  } as const;
  const values = spec.values;
  const excelNumber = (v: unknown) => (isDate(v) ? excelDate(v) : Number(v));
  if (spec.criteria === 'VALUE_IN_LIST') {
    const items = ((values[0] as unknown[]) ?? []).map(String);
    const inline = `"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`;
    // Excel separates items by commas: an item holding one cannot be written inline.
    if (inline.length > MAX_INLINE_LIST || items.some((i) => i.includes(','))) return null;
    return { ...base, type: 'list', formulae: [inline] };
  }
  if (spec.criteria === 'VALUE_IN_RANGE') {
    const ref = values[0];
    if (!isStoredRange(ref)) return null;
    const sheet = state.spreadsheet.sheets.find((s) => s.id === ref.$range.sheetId);
    if (!sheet) return null;
    const { r1, c1, r2, c2 } = ref.$range;
    return {
      ...base,
      type: 'list',
      formulae: [`${quoteSheetName(sheet.name)}!${absolute(rectA1({ r1, c1, r2, c2 }))}`],
    };
  }
  if (spec.criteria === 'CHECKBOX') {
    // Excel has no checkbox: the cell keeps TRUE/FALSE (or the custom values) as a dropdown.
    const items = values.length ? values.map(String) : ['TRUE', 'FALSE'];
    return { ...base, type: 'list', formulae: [`"${items.join(',')}"`] };
  }
  const numberOp = NUMBER_OPERATORS[spec.criteria];
  if (numberOp) return { ...base, type: 'decimal', operator: numberOp, formulae: values.map(excelNumber) };
  const dateOp = DATE_OPERATORS[spec.criteria];
  if (dateOp) return { ...base, type: 'date', operator: dateOp, formulae: values.map(excelNumber) };
  if (spec.criteria === 'DATE_IS_VALID_DATE')
    return { ...base, type: 'date', operator: 'greaterThan', formulae: [0] };
  return null;
}

interface WorksheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Validations by runs of equal rules down each column, one range each ("C3:C1000"): an OPD tab
 * validates whole columns of empty rows, and a cell object for each of them would make the
 * download slow for nothing.
 */
function addValidations(
  ws: ExcelJS.Worksheet,
  sheet: SheetState,
  ruleOf: (spec: ValidationSpec) => ExcelJS.DataValidation | null,
): void {
  const target = (ws as unknown as WorksheetValidations).dataValidations;
  const width = sheet.cells.reduce((w, line) => Math.max(w, line?.length ?? 0), 0);
  for (let c = 0; c < width; c++) {
    let start = -1;
    let spec: ValidationSpec | undefined;
    const flush = (end: number) => {
      const rule = spec ? ruleOf(spec) : null;
      if (rule && start >= 0) target.add(rectA1({ r1: start + 1, c1: c + 1, r2: end + 1, c2: c + 1 }), rule);
    };
    for (let r = 0; r <= sheet.cells.length; r++) {
      const here = sheet.cells[r]?.[c]?.dv;
      if (here === spec) continue;
      flush(r - 1);
      spec = here;
      start = r;
    }
  }
}

/** Days since 30/12/1899, as Excel stores dates. */
function excelDate(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function absolute(a1: string): string {
  return a1.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

type ExcelStyle = Partial<ExcelJS.Style>;

/**
 * One exceljs style object per distinct number format and style, given to every cell that has them:
 * exceljs then resolves each object once when writing (it caches by object) instead of once a cell.
 * The objects are never changed after they are made.
 */
class StyleTable {
  private readonly byFormat = new Map<string | undefined, Map<CellStyle | undefined, ExcelStyle | null>>();

  of(fmt: string | undefined, s: CellStyle | undefined): ExcelStyle | null {
    let byStyle = this.byFormat.get(fmt);
    if (!byStyle) {
      byStyle = new Map();
      this.byFormat.set(fmt, byStyle);
    }
    let style = byStyle.get(s);
    if (style === undefined) {
      style = excelStyle(fmt, s);
      byStyle.set(s, style);
    }
    return style;
  }
}

function excelStyle(fmt: string | undefined, s: CellStyle | undefined): ExcelStyle | null {
  const style: ExcelStyle = {};
  if (fmt) style.numFmt = fmt;
  if (s) {
    if (s.fontWeight === 'bold' || s.fontColor || s.fontStyle === 'italic' || s.fontSize)
      style.font = {
        bold: s.fontWeight === 'bold',
        italic: s.fontStyle === 'italic',
        ...(s.fontSize ? { size: s.fontSize } : {}),
        ...(argb(s.fontColor) ? { color: { argb: argb(s.fontColor)! } } : {}),
      };
    if (argb(s.background))
      style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background)! } };
    if (s.wrap || s.horizontalAlignment || s.verticalAlignment)
      style.alignment = {
        wrapText: !!s.wrap,
        ...(s.horizontalAlignment ? { horizontal: s.horizontalAlignment as 'left' } : {}),
        ...(s.verticalAlignment ? { vertical: s.verticalAlignment as 'top' } : {}),
      };
  }
  return Object.keys(style).length ? style : null;
}

export function buildWorkbook(state: EmulatorState): ExcelJS.Workbook {
  const ss = state.spreadsheet;
  const wb = new ExcelJS.Workbook();
  wb.creator = ss.owner;
  const styles = new StyleTable();
  const rules = new Map<ValidationSpec, ExcelJS.DataValidation | null>();
  const ruleOf = (spec: ValidationSpec) => {
    if (!rules.has(spec)) rules.set(spec, excelValidation(state, spec));
    return rules.get(spec) ?? null;
  };
  for (const sheet of ss.sheets) {
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) ?? 'FF000000' } } : {},
      views:
        sheet.frozenRows || sheet.frozenCols
          ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
          : [],
    });
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        const style = styles.of(cell.fmt, cell.s);
        const hasValue = cell.f !== undefined || cell.v !== undefined;
        if (!hasValue && !style && !cell.s?.note) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.f !== undefined)
          target.value = { formula: cell.f.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
        else if (cell.v !== undefined) target.value = isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v;
        if (style) target.style = style;
        if (cell.s?.note) target.note = cell.s.note;
      });
    });
    addValidations(ws, sheet, ruleOf);
    for (const [col, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = px / 7;
    for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const m of sheet.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  }
  const prot = wb.addWorksheet(PROTECTIONS_SHEET);
  prot.addRow([...XLSX_TEXT.protectionsHeader]);
  prot.getRow(1).font = { bold: true };
  for (const p of ss.protections) {
    const sheet = ss.sheets.find((s) => s.id === p.sheetId);
    if (!sheet) continue;
    // A warning-only protection blocks no one: its editor list means nothing.
    const editors = p.warningOnly
      ? XLSX_TEXT.everyoneWarned
      : p.mirror
        ? XLSX_TEXT.mirrorsSharing
        : [ss.owner, ...p.editors].join(', ');
    prot.addRow([
      sheet.name,
      p.range ? rectA1(p.range) : XLSX_TEXT.wholeSheet,
      p.description,
      editors,
      p.warningOnly ? XLSX_TEXT.yes : XLSX_TEXT.no,
      p.unprotected.map((r) => rectA1(r)).join(', '),
    ]);
    const ws = wb.getWorksheet(sheet.name.slice(0, 31));
    const anchor = ws?.getCell(p.range?.r1 ?? 1, p.range?.c1 ?? 1);
    if (anchor) {
      const where = p.range ? `${quoteSheetName(sheet.name)}!${rectA1(p.range)}` : null;
      const text = p.warningOnly ? XLSX_TEXT.warningNote(where) : XLSX_TEXT.protectedNote(where, editors);
      anchor.note = anchor.note ? `${String(anchor.note)}\n${text}` : text;
    }
  }
  return wb;
}

/** Writes `source` (a state, or anything holding one such as a Harness) to an .xlsx file. */
export async function exportXlsx(
  source: EmulatorState | { state: EmulatorState },
  file: string,
): Promise<void> {
  const state = 'version' in source ? source : source.state;
  await buildWorkbook(state).xlsx.writeFile(file);
}
