// Export of the emulated spreadsheet to .xlsx with exceljs, so a person can open it in a
// spreadsheet program: values, formulas, number formats, bold/colours, column widths, merges,
// frozen panes, hidden tabs, tab colours; protections listed on an extra sheet and noted on cells.
import ExcelJS from 'exceljs';
import { quoteSheetName, rectA1 } from './a1';
import type { CellStyle, EmulatorState } from './state';
import { isDate } from './values';

const argb = (css: string | undefined): string | undefined => {
  if (!css) return undefined;
  const m = /^#?([0-9a-f]{6})$/i.exec(css.trim());
  return m ? `FF${m[1]!.toUpperCase()}` : undefined;
};

export const PROTECTIONS_SHEET = 'Proteksi (emulator)';

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
    for (const [col, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = px / 7;
    for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const m of sheet.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
  }
  const prot = wb.addWorksheet(PROTECTIONS_SHEET);
  prot.addRow(['Sheet', 'Range', 'Description', 'Editors', 'Warning only', 'Unprotected ranges']);
  prot.getRow(1).font = { bold: true };
  for (const p of ss.protections) {
    const sheet = ss.sheets.find((s) => s.id === p.sheetId);
    if (!sheet) continue;
    const editors = p.mirror ? '(mirrors the spreadsheet sharing)' : [ss.owner, ...p.editors].join(', ');
    prot.addRow([
      sheet.name,
      p.range ? rectA1(p.range) : '(whole sheet)',
      p.description,
      editors,
      p.warningOnly ? 'yes' : 'no',
      p.unprotected.map((r) => rectA1(r)).join(', '),
    ]);
    const ws = wb.getWorksheet(sheet.name.slice(0, 31));
    const anchor = ws?.getCell(p.range?.r1 ?? 1, p.range?.c1 ?? 1);
    if (anchor) {
      const text = `Protected${p.range ? ` ${quoteSheetName(sheet.name)}!${rectA1(p.range)}` : ' sheet'}: ${editors}`;
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
