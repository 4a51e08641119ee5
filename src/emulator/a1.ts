// A1 notation as Google Sheets reads it: "A1", "A1:C3", whole columns ("A:C"), whole rows ("2:5"),
// open-ended ranges ("A2:C" runs to the last row), absolute markers ("$A$1"), lower case, and an
// optional sheet prefix ("Data!A1", "'Sheet with spaces'!A1", quotes doubled inside the name).

/** A parsed reference before it is bound to a sheet: null bounds mean "to the edge of the sheet". */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

/** A bound rectangle, 1-based and inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function columnToLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{1,4})?\$?([0-9]{1,7})?$/;

function parsePart(part: string): { row: number | null; col: number | null } | null {
  const m = PART.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? lettersToColumn(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { row, col };
}

/** Splits "Sheet!A1" into the sheet name (unquoted) and the cell part. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; cells: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i + 1] !== '!') return { sheetName: null, cells: s };
    return { sheetName: name, cells: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: s };
  return { sheetName: s.slice(0, bang), cells: s.slice(bang + 1) };
}

/** Parses A1 notation; returns null when Sheets would answer "Range not found". */
export function parseA1(a1: string): A1Ref | null {
  if (typeof a1 !== 'string' || a1.trim() === '') return null;
  const { sheetName, cells } = splitSheetPrefix(a1);
  const pieces = cells.split(':');
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]!);
  if (!a) return null;
  if (pieces.length === 1) {
    // A single part must be a full cell reference ("A1"); "A" or "1" alone is not a range.
    if (a.row === null || a.col === null) return null;
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(pieces[1]!);
  if (!b) return null;
  // Column-only and row-only parts must pair with a compatible part: "A:C", "2:5", "A2:C", "A:C5" is not valid.
  if (a.row === null && a.col !== null && b.row !== null && b.col !== null) return null;
  if (a.col === null && b.col !== null) return null;
  if (a.row === null && b.row !== null && b.col === null) return null;
  let startRow = a.row;
  let endRow = b.row;
  let startCol = a.col;
  let endCol = b.col;
  if (startRow !== null && endRow !== null && endRow < startRow) [startRow, endRow] = [endRow, startRow];
  if (startCol !== null && endCol !== null && endCol < startCol) [startCol, endCol] = [endCol, startCol];
  return { sheetName, startRow, startCol, endRow, endCol };
}

const R1C1_PART = /^(?:R(\d+))?(?:C(\d+))?$/i;

/**
 * R1C1 notation, which Sheet.getRange(a1Notation) also accepts ("as specified in A1 notation or
 * R1C1 notation", reference/spreadsheet/sheet#getRange(String)): absolute "R2C3", "R2C3:R4C5",
 * whole rows "R2:R4" and columns "C3:C5". Relative forms (R[1]C[1]) need a current cell: null.
 */
export function parseR1C1(text: string): A1Ref | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const { sheetName, cells } = splitSheetPrefix(text);
  const pieces = cells.split(':');
  if (pieces.length > 2) return null;
  const parts = pieces.map((p) => R1C1_PART.exec(p.trim()));
  if (parts.some((m) => !m || (!m[1] && !m[2]))) return null;
  const num = (v: string | undefined) => (v === undefined ? null : Number(v));
  const [a, b] = [parts[0]!, parts[1] ?? parts[0]!];
  const ref: A1Ref = {
    sheetName,
    startRow: num(a[1]),
    startCol: num(a[2]),
    endRow: num(b[1]),
    endCol: num(b[2]),
  };
  if (pieces.length === 1 && (ref.startRow === null || ref.startCol === null)) return null;
  if ((ref.startRow === null) !== (ref.endRow === null) || (ref.startCol === null) !== (ref.endCol === null))
    return null;
  if ([ref.startRow, ref.startCol, ref.endRow, ref.endCol].some((n) => n === 0)) return null;
  return ref;
}

/** A reference in A1 or, failing that, R1C1 notation; null when Sheets answers "Range not found". */
export function parseRangeNotation(text: string): A1Ref | null {
  return parseA1(text) ?? parseR1C1(text);
}

/** Which edges of a parsed reference run to the edge of the sheet ("A:C", "2:5", "A2:C"). */
export interface OpenEdges {
  r1: boolean;
  c1: boolean;
  r2: boolean;
  c2: boolean;
}

export function openEdges(ref: A1Ref): OpenEdges | undefined {
  const open = {
    r1: ref.startRow === null,
    c1: ref.startCol === null,
    r2: ref.endRow === null,
    c2: ref.endCol === null,
  };
  return open.r1 || open.c1 || open.r2 || open.c2 ? open : undefined;
}

/** A1 notation of a rectangle, leaving open edges out as Google writes them back ("D:F", "5:7"). */
export function openRectA1(rect: Rect, open: OpenEdges | undefined): string {
  if (!open) return rectA1(rect);
  const part = (row: number, col: number, rowOpen: boolean, colOpen: boolean) =>
    `${colOpen ? '' : columnToLetters(col)}${rowOpen ? '' : row}`;
  return `${part(rect.r1, rect.c1, open.r1, open.c1)}:${part(rect.r2, rect.c2, open.r2, open.c2)}`;
}

/** Binds a parsed reference to a sheet of the given size. */
export function bindA1(ref: A1Ref, maxRows: number, maxCols: number): Rect {
  return {
    r1: ref.startRow ?? 1,
    c1: ref.startCol ?? 1,
    r2: ref.endRow ?? maxRows,
    c2: ref.endCol ?? maxCols,
  };
}

export function cellA1(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

export function rectA1(rect: Rect): string {
  const a = cellA1(rect.r1, rect.c1);
  if (rect.r1 === rect.r2 && rect.c1 === rect.c2) return a;
  return `${a}:${cellA1(rect.r2, rect.c2)}`;
}

/** Quotes a sheet name for use in A1 notation when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && inner.r2 <= outer.r2 && outer.c1 <= inner.c1 && inner.c2 <= outer.c2;
}
