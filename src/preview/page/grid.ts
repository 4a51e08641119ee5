// Renders one tab as a grid: column letters and row numbers, frozen rows and columns that stay in
// view, protected cells hatched (red: the current user cannot edit; amber: warning only), dropdown
// cells marked, charts floating at their anchor cell. Cells can be typed into like in Sheets; the
// write goes to the server as the current user, where the emulator enforces protections.
import { PREVIEW } from '../../shared/messages/preview';
import type { CellView, SheetView } from '../protocol';
import { chartSvg } from './chart';

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface GridCallbacks {
  /** The person typed `text` into the cell at 0-based (row, column). */
  onEdit(row: number, column: number, text: string): void;
  /** A cell editor closed (saved or not): a redraw held back meanwhile may happen now. */
  onEditorClosed(): void;
  /** The person tried to type into a file they only view (no editor opens). */
  onReadOnly(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function cellTitle(sheet: SheetView, cell: CellView, a1: string): string {
  const lines = [`${a1}: ${cell.formula ?? cell.t}`];
  if (cell.formula && !cell.link) lines.push(PREVIEW.formulaNotEvaluated);
  if (cell.note) lines.push(cell.note);
  const dv = cell.dv === undefined ? undefined : sheet.validations[cell.dv];
  if (dv?.kind === 'list') lines.push(`${PREVIEW.dropdown}: ${dv.values.join(' · ')}`);
  if (dv?.helpText) lines.push(dv.helpText);
  const p = cell.p === undefined ? undefined : sheet.protections[cell.p];
  if (p) {
    const who = [`${sheet.owner} (${PREVIEW.owner})`, ...p.editors.filter((e) => e !== sheet.owner)].join(
      ', ',
    );
    lines.push(
      `${PREVIEW.protectedRange}${p.description ? ` (${p.description})` : ''} — ${PREVIEW.editableBy}: ${who}`,
    );
  }
  return lines.join('\n');
}

export function renderGrid(container: HTMLElement, sheet: SheetView, callbacks: GridCallbacks): void {
  container.replaceChildren();
  if (sheet.rows === 0 || sheet.columns === 0) {
    container.append(el('div', 'empty', PREVIEW.emptySheet));
  }
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenColumns = new Set(sheet.hiddenColumns);
  const columns = Array.from({ length: sheet.columns }, (_, c) => c).filter((c) => !hiddenColumns.has(c));
  // Cells covered by a merge (other than its top-left corner) are not drawn.
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges) {
    let rows = 0;
    for (let r = m.row; r < m.row + m.rows; r++) if (!hiddenRows.has(r)) rows++;
    const cols = columns.filter((c) => c >= m.column && c < m.column + m.columns).length;
    spans.set(`${m.row},${m.column}`, { rows: Math.max(1, rows), columns: Math.max(1, cols) });
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.column; c < m.column + m.columns; c++)
        if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
    }
  }
  const table = el('table', 'grid');
  table.dataset.sheet = sheet.name;
  const colgroup = el('colgroup');
  const rowHeadCol = el('col');
  rowHeadCol.style.width = '46px';
  colgroup.append(rowHeadCol);
  let tableWidth = 46;
  for (const c of columns) {
    const col = el('col');
    const width = sheet.columnWidths[c] ?? 100;
    col.style.width = `${width}px`;
    tableWidth += width;
    colgroup.append(col);
  }
  // A fixed layout needs the table's width, or long text would widen its column.
  table.style.width = `${tableWidth}px`;
  table.append(colgroup);
  const thead = el('thead');
  const headRow = el('tr');
  headRow.append(el('th', 'corner rowhead'));
  for (const c of columns) {
    const th = el('th', undefined, columnLetter(c));
    if (hiddenColumns.has(c + 1)) th.classList.add('before-hidden');
    headRow.append(th);
  }
  thead.append(headRow);
  table.append(thead);

  const tbody = el('tbody');
  for (let r = 0; r < sheet.rows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = el('tr');
    if (r < sheet.frozenRows) tr.classList.add('frozen');
    if (r === sheet.frozenRows - 1) tr.classList.add('last-frozen');
    const height = sheet.rowHeights[String(r)];
    if (height) tr.style.height = `${height}px`;
    tr.append(el('th', 'rowhead', String(r + 1)));
    const row = sheet.cells[r] ?? [];
    for (const c of columns) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = row[c] ?? null;
      const td = el('td');
      td.dataset.row = String(r);
      td.dataset.col = String(c);
      const span = spans.get(`${r},${c}`);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.columns;
      }
      if (c < sheet.frozenColumns) td.classList.add('frozen-col');
      if (c === sheet.frozenColumns - 1) td.classList.add('last-frozen-col');
      if (cell) {
        if (cell.checkbox) {
          td.append(el('span', 'cb', cell.checked ? '☑' : '☐'));
          td.style.textAlign = 'center';
        } else if (cell.link) td.append(linkTo(container, cell.link, cell.t));
        else td.textContent = cell.t;
        if (cell.align) td.style.textAlign = cell.align;
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.bg) td.style.backgroundColor = cell.bg;
        if (cell.color) td.style.color = cell.color;
        if (cell.size) td.style.fontSize = `${Math.round((cell.size * 4) / 3)}px`;
        if (cell.wrap) td.classList.add('wrap');
        if (cell.formula && !cell.link) td.classList.add('formula');
        if (cell.note) td.classList.add('has-note');
        if (cell.dv !== undefined && sheet.validations[cell.dv]?.kind === 'list') td.classList.add('dv');
        if (cell.dv !== undefined) td.dataset.dv = String(cell.dv);
        if (cell.checkbox) td.dataset.checked = String(cell.checked === true);
        if (cell.p !== undefined) {
          const p = sheet.protections[cell.p];
          if (p && !p.canEdit) td.classList.add(p.warningOnly ? 'warn' : 'locked');
        }
        td.title = cellTitle(sheet, cell, `${columnLetter(c)}${r + 1}`);
        spill(td, cell, row, columns, columns.indexOf(c), sheet, span !== undefined);
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(tbody);
  container.append(table);
  stickFrozen(table, sheet, columns);
  placeCharts(container, table, sheet);
  enableEditing(container, table, sheet, callbacks);
}

/**
 * A HYPERLINK cell. A link inside the spreadsheet ("#gid=…&range=A40") scrolls the grid to that
 * row, as Sheets does; any other address opens in a new tab.
 */
function linkTo(container: HTMLElement, url: string, label: string): HTMLAnchorElement {
  const a = el('a', 'cell-link', label);
  a.href = url;
  const inSheet = /^#gid=\d+&range=[A-Z]+(\d+)/.exec(url);
  if (inSheet) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      const target = container.querySelector(`td[data-row="${Number(inSheet[1]) - 1}"]`);
      target?.scrollIntoView({ block: 'start' });
    });
  } else {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return a;
}

/**
 * Text that does not wrap runs on over the empty cells to its right, as in Sheets (the register's
 * one-line tab descriptions rely on it).
 */
function spill(
  td: HTMLTableCellElement,
  cell: CellView,
  row: (CellView | null)[],
  columns: number[],
  index: number,
  sheet: SheetView,
  merged: boolean,
): void {
  if (merged || cell.wrap || cell.checkbox || (cell.align && cell.align !== 'left') || !cell.t) return;
  let width = sheet.columnWidths[columns[index] as number] ?? 100;
  const own = width;
  for (let i = index + 1; i < columns.length; i++) {
    const next = row[columns[i] as number];
    if (next && next.t !== '') break;
    if ((columns[i] as number) >= sheet.frozenColumns && (columns[index] as number) < sheet.frozenColumns)
      break;
    width += sheet.columnWidths[columns[i] as number] ?? 100;
    if (width > own + 1200) break;
  }
  if (width === own) return;
  const text = td.textContent ?? '';
  td.textContent = '';
  const inner = el('span', 'spill', text);
  inner.style.width = `${width - 9}px`;
  td.append(inner);
  td.classList.add('spills');
}

/** Frozen rows and columns stick at the offsets of the rows/columns before them. */
function stickFrozen(table: HTMLTableElement, sheet: SheetView, columns: number[]): void {
  const head = table.tHead?.rows[0];
  let top = head ? head.getBoundingClientRect().height : 0;
  for (const tr of Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr.frozen'))) {
    for (const cell of Array.from(tr.cells)) cell.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  let left = 46;
  const heads = table.tHead?.rows[0]?.cells;
  columns.forEach((c, i) => {
    if (c >= sheet.frozenColumns) return;
    for (const td of Array.from(table.querySelectorAll<HTMLTableCellElement>(`td[data-col="${c}"]`))) {
      td.style.left = `${left}px`;
    }
    // Its column letter stays above it.
    const th = heads?.[i + 1];
    if (th) {
      th.classList.add('frozen-col');
      th.style.left = `${left}px`;
    }
    left += sheet.columnWidths[c] ?? 100;
  });
}

function placeCharts(container: HTMLElement, table: HTMLTableElement, sheet: SheetView): void {
  for (const chart of sheet.charts) {
    const td =
      table.querySelector<HTMLTableCellElement>(
        `td[data-row="${chart.anchorRow}"][data-col="${chart.anchorColumn}"]`,
      ) ?? table.querySelector<HTMLTableCellElement>('td');
    const box = el('div', 'chart');
    box.dataset.chart = chart.id;
    box.innerHTML = chartSvg(chart);
    box.style.left = `${(td?.offsetLeft ?? 46) + chart.offsetX}px`;
    box.style.top = `${(td?.offsetTop ?? 22) + chart.offsetY}px`;
    container.append(box);
  }
}

function enableEditing(
  container: HTMLElement,
  table: HTMLTableElement,
  sheet: SheetView,
  callbacks: GridCallbacks,
): void {
  let selected: HTMLTableCellElement | null = null;
  const select = (td: HTMLTableCellElement | null) => {
    selected?.classList.remove('selected');
    selected = td;
    td?.classList.add('selected');
  };
  const cellAt = (row: number, col: number) =>
    table.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-col="${col}"]`);
  const commit = (td: HTMLTableCellElement, text: string) => {
    if (sheet.readOnly) callbacks.onReadOnly();
    else callbacks.onEdit(Number(td.dataset.row), Number(td.dataset.col), text);
  };
  const a1 = (td: HTMLTableCellElement) =>
    `${columnLetter(Number(td.dataset.col))}${Number(td.dataset.row) + 1}`;
  // A checkbox cell flips with a click or the space bar, as in Sheets.
  const toggle = (td: HTMLTableCellElement) => commit(td, td.dataset.checked === 'true' ? 'FALSE' : 'TRUE');

  /** A dropdown cell is edited by picking from its list. */
  const pick = (td: HTMLTableCellElement, values: string[]) => {
    const chooser = el('select', 'cell-editor');
    chooser.setAttribute('aria-label', a1(td));
    const current = td.textContent ?? '';
    for (const v of ['', ...values]) {
      const option = el('option', undefined, v);
      option.value = v;
      chooser.append(option);
    }
    chooser.value = values.includes(current) ? current : '';
    td.append(chooser);
    chooser.focus();
    let done = false;
    const finish = (save: boolean) => {
      if (done) return;
      done = true;
      const value = chooser.value;
      chooser.remove();
      container.focus();
      if (save && value !== current) commit(td, value);
      callbacks.onEditorClosed();
    };
    chooser.addEventListener('change', () => finish(true));
    chooser.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' || e.key === 'Enter') {
        e.preventDefault();
        finish(e.key === 'Enter');
      }
      e.stopPropagation();
    });
    chooser.addEventListener('blur', () => finish(false));
  };

  const edit = (td: HTMLTableCellElement, initial: string | null) => {
    if (sheet.readOnly) {
      callbacks.onReadOnly();
      return;
    }
    if (td.querySelector('input, select')) return;
    if (td.dataset.checked !== undefined) {
      toggle(td);
      return;
    }
    const dv = td.dataset.dv === undefined ? undefined : sheet.validations[Number(td.dataset.dv)];
    if (dv?.kind === 'list' && initial === null) {
      pick(td, dv.values);
      return;
    }
    const input = el('input', 'cell-editor');
    input.type = 'text';
    const title = td.title.split('\n')[0] ?? '';
    input.value = initial ?? title.slice(title.indexOf(': ') + 2);
    input.setAttribute('aria-label', a1(td));
    td.append(input);
    input.focus();
    let done = false;
    const finish = (save: boolean) => {
      if (done) return;
      done = true;
      const text = input.value;
      input.remove();
      container.focus();
      if (save) commit(td, text);
      callbacks.onEditorClosed();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      }
      e.stopPropagation();
    });
    input.addEventListener('blur', () => finish(false));
  };
  table.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const td = target.closest('td');
    if (!td || target.closest('input, select')) return;
    select(td as HTMLTableCellElement);
    if (target.closest('.cb')) toggle(td as HTMLTableCellElement);
  });
  table.addEventListener('dblclick', (e) => {
    const td = (e.target as HTMLElement).closest('td');
    if (td) {
      select(td as HTMLTableCellElement);
      edit(td as HTMLTableCellElement, null);
    }
  });
  container.onkeydown = (e) => {
    if (!selected || (e.target as HTMLElement).tagName === 'INPUT') return;
    const row = Number(selected.dataset.row);
    const col = Number(selected.dataset.col);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      const next = cellAt(row + move[0], col + move[1]);
      if (next) {
        e.preventDefault();
        select(next);
        next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    } else if (
      e.key === 'Enter' ||
      e.key === 'F2' ||
      (e.key === ' ' && selected.dataset.checked !== undefined)
    ) {
      e.preventDefault();
      edit(selected, null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit(selected, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      edit(selected, e.key);
    }
  };
}
