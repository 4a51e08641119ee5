// Tables as admins bring them: text copied from a spreadsheet (tab-separated, cells with line
// breaks or quotes wrapped in double quotes) or a CSV file's text (comma or semicolon, as Excel
// writes it in an Indonesian locale), or the values of another tab. Pure.

export interface SourceRow {
  /** Row number in the source as the admin sees it: the paste's row (header = 1) or the tab's row. */
  row: number;
  cells: unknown[];
}

export interface SourceTable {
  headers: string[];
  rows: SourceRow[];
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Tab when the header line has one; else whichever of ";" and "," it has more of. */
export function detectDelimiter(text: string): '\t' | ';' | ',' {
  const line = firstLine(text);
  if (line.includes('\t')) return '\t';
  const count = (c: string) => line.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Splits delimited text into rows of cells. A cell that starts with a double quote runs to the
 * matching quote ("" inside is one quote) and may hold delimiters and line breaks; a quote elsewhere
 * is an ordinary character. Line ends may be \n or \r\n; a final line end adds no row.
 */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = text[i]!;
    if (atCellStart && c === '"') {
      atCellStart = false;
      i++;
      while (i < n) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += q;
        i++;
      }
      continue;
    }
    atCellStart = false;
    if (c === delimiter) {
      endCell();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (c === '\n' || c === '\r') {
      endRow();
      i++;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The first row that holds anything is the header; later rows that hold anything are data.
 * `firstRow` is the number of grid[0] in the source (1 for a paste or a whole tab).
 */
export function tableFromGrid(grid: readonly (readonly unknown[])[], firstRow = 1): SourceTable {
  const start = grid.findIndex((r) => r.some((v) => !isBlank(v)));
  if (start < 0) return { headers: [], rows: [] };
  const headerRow = grid[start]!;
  let width = headerRow.length;
  while (width > 0 && isBlank(headerRow[width - 1])) width--;
  const rows: SourceRow[] = [];
  for (let r = start + 1; r < grid.length; r++) {
    const line = grid[r]!;
    if (line.every(isBlank)) continue;
    width = Math.max(width, line.length - [...line].reverse().findIndex((v) => !isBlank(v)));
    rows.push({ row: r + firstRow, cells: [...line] });
  }
  const headers = Array.from({ length: width }, (_, i) => String(headerRow[i] ?? '').trim());
  return { headers, rows };
}
