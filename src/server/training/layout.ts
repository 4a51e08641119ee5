// The Proyek Pelatihan tab: the admin's columns (one training project per row, pasted or typed) and,
// to their right, the columns the recalculation fills. Reading is forgiving like every tab: a bad
// cell becomes a note on the row, never a dropped project.
import { ORIGIN_LABELS } from '../../shared/messages/server';
import { TRAINING_TEXT, type TrainingKind } from '../../shared/messages/training';
import type { OpdRecord } from '../model';
import { RowReader } from '../sheets/cells';
import type { Column, TableLayout } from '../sheets/layout';
import type { TableRead } from '../sheets/table';

const H = TRAINING_TEXT.headers;
const text = (key: string, header: string, width?: number): Column => ({ key, header, kind: 'text', width });

/** What the admin fills. */
export const TRAINING_INPUT_COLUMNS: readonly Column[] = [
  // Free text with a dropdown that only warns: pasted lists write "PKN Tk. II" or "Diklatpim IV".
  text('kind', H.kind, 120),
  text('batch', H.batch),
  { key: 'year', header: H.year, kind: 'number' },
  text('participant', H.participant, 180),
  text('nip', H.nip, 150),
  text('opd', H.opd),
  text('title', H.title, 300),
  text('innovationId', H.innovationId, 150),
];

/** What the recalculation writes (never typed by hand). */
export const TRAINING_OUTPUT_COLUMNS: readonly Column[] = [
  text('linkedId', H.linkedId, 150),
  text('linkedName', H.linkedName, 240),
  text('linkedOpd', H.linkedOpd),
  text('method', H.method, 180),
  text('followUp', H.followUp, 200),
  text('note', H.note, 280),
];

export const TRAINING_LAYOUT: TableLayout = {
  name: TRAINING_TEXT.tab,
  access: 'admin',
  description: TRAINING_TEXT.description,
  columns: [...TRAINING_INPUT_COLUMNS, ...TRAINING_OUTPUT_COLUMNS],
  frozenColumns: 0,
};

export const TRAINING_KINDS: readonly TrainingKind[] = ['latpim', 'pka', 'pkp', 'latsar'];

export interface TrainingProject {
  /** 1-based sheet row. */
  row: number;
  kind: TrainingKind | null;
  batch: string;
  year: number | null;
  participant: string;
  nip: string;
  /** OPD code when the cell names a known OPD. */
  opd: string | null;
  title: string;
  innovationId: string;
  /** Bahasa Indonesia, shown in the note column. */
  problems: string[];
}

/** Lower case, punctuation to spaces, single spaces: how names are compared here. */
export function plain(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let kindIndex: Map<string, TrainingKind> | null = null;

/** The training kind of a cell: code, label, the origin labels of the OPD tabs, or a known alias. */
export function trainingKindOf(raw: string): TrainingKind | null {
  if (!kindIndex) {
    kindIndex = new Map();
    for (const k of TRAINING_KINDS) {
      for (const name of [k, TRAINING_TEXT.kinds[k], ORIGIN_LABELS[k], ...TRAINING_TEXT.kindAliases[k]])
        kindIndex.set(plain(name), k);
    }
  }
  return kindIndex.get(plain(raw)) ?? null;
}

/** The OPD a cell names, by code or by name (case and spacing ignored). */
export function opdOf(raw: string, opds: readonly Pick<OpdRecord, 'code' | 'name'>[]): string | null {
  const t = plain(raw);
  if (!t) return null;
  const hit = opds.find((o) => plain(o.code) === t || plain(o.name) === t);
  return hit?.code ?? null;
}

function isInputRow(row: { cells: ReadonlyMap<string, unknown> }): boolean {
  return TRAINING_INPUT_COLUMNS.some((c) => {
    const v = row.cells.get(c.key);
    return v !== undefined && v !== null && String(v).trim() !== '';
  });
}

/** Projects of the tab (rows with something in the admin's columns), in sheet order. */
export function projectsFromTable(
  table: TableRead,
  opds: readonly Pick<OpdRecord, 'code' | 'name'>[],
  timeZone: string,
): TrainingProject[] {
  const columns = new Map(table.layout.columns.map((c) => [c.key, c] as const));
  const out: TrainingProject[] = [];
  for (const row of table.rows) {
    if (!isInputRow(row)) continue;
    const r = new RowReader(row.cells, columns, row.rowNumber, timeZone);
    const problems: string[] = [];
    const kindText = r.text('kind').trim();
    const kind = kindText ? trainingKindOf(kindText) : null;
    if (kindText && !kind) problems.push(TRAINING_TEXT.notes.unknownKind(kindText));
    const yearText = r.text('year').trim();
    const year =
      /^\d{4}$/.test(yearText) && Number(yearText) >= 1990 && Number(yearText) <= 2100
        ? Number(yearText)
        : null;
    if (yearText && year === null) problems.push(TRAINING_TEXT.notes.badYear(yearText));
    const opdText = r.text('opd').trim();
    const opd = opdOf(opdText, opds);
    if (opdText && !opd) problems.push(TRAINING_TEXT.notes.unknownOpd(opdText));
    const title = r.text('title').trim();
    out.push({
      row: row.rowNumber,
      kind,
      batch: r.text('batch').trim(),
      year,
      participant: r.text('participant').trim(),
      nip: r.text('nip').trim(),
      opd,
      title,
      innovationId: r.text('innovationId').trim(),
      problems,
    });
  }
  return out;
}
