// IMPORTRANGE as Google Sheets evaluates it (https://support.google.com/docs/answer/3093340): the
// values of a range of another spreadsheet, copied into the importing sheet from the formula's
// cell down and right. Only a whole-cell `=IMPORTRANGE("url or key", "range")` with two string
// literals is recognised; every other formula stays stored and unevaluated (README.md). This module
// is the pure part: reading the formula and copying a source range's values; drive.ts decides
// access and when a refresh happens.
import { bindA1, parseA1 } from './a1';
import type { SpreadsheetState } from './state';
import type { CellValue } from './values';

/** Google's messages on the #REF! cell (what a person reads when hovering over it). */
export const IMPORTRANGE_ERRORS = {
  connect: 'You need to connect these sheets.',
  permission: "You don't have permissions to access that sheet.",
  parseRange: (range: string) => `Unable to parse range: ${range}`,
  overwrite: (a1: string) => `Array result was not expanded because it would overwrite data in ${a1}.`,
  expand: (rows: number) => `Result was not automatically expanded, please insert more rows (${rows}).`,
} as const;

/** What the formula's cell shows when an import fails: the error value, as getValues() returns it. */
export const REF_ERROR = '#REF!';

const FORMULA = /^=\s*IMPORTRANGE\(\s*"([^"]*)"\s*[,;]\s*"([^"]*)"\s*\)\s*$/i;
const URL_KEY = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;

export interface ImportFormula {
  /** The source spreadsheet's key (from its URL, or the key itself). */
  key: string;
  range: string;
}

export function parseImportRange(formula: string): ImportFormula | null {
  const m = FORMULA.exec(formula);
  if (!m) return null;
  const target = m[1]!.trim();
  const key = URL_KEY.exec(target)?.[1] ?? target;
  return { key, range: m[2]!.trim() };
}

export type ImportResult = { ok: true; values: CellValue[][] } | { ok: false; message: string };

function copy(v: CellValue | undefined): CellValue {
  if (v === undefined) return '';
  return v instanceof Date ? new Date(v.getTime()) : v;
}

/**
 * The values of `range` in `source` (a formula cell without a value reads as empty, as the
 * emulator does not evaluate it). Without a sheet name the first sheet is meant, as on Google.
 */
export function readSourceRange(source: SpreadsheetState, range: string): ImportResult {
  const ref = parseA1(range);
  const sheet = ref
    ? ref.sheetName === null
      ? source.sheets[0]
      : source.sheets.find((s) => s.name === ref.sheetName)
    : undefined;
  if (!ref || !sheet) return { ok: false, message: IMPORTRANGE_ERRORS.parseRange(range) };
  const rect = bindA1(ref, sheet.maxRows, sheet.maxCols);
  const r2 = Math.min(rect.r2, sheet.maxRows);
  const c2 = Math.min(rect.c2, sheet.maxCols);
  const values: CellValue[][] = [];
  for (let r = rect.r1; r <= r2; r++) {
    const line = sheet.cells[r - 1];
    const row: CellValue[] = [];
    for (let c = rect.c1; c <= c2; c++) row.push(copy(line?.[c - 1]?.v));
    values.push(row);
  }
  return { ok: true, values };
}
