// The Riwayat tab: the archive of closed periods, one row per regency / OPD / innovation and year
// (core/history.ts HistoryRow). Rows are appended by Tutup Periode and read back for the re-report
// counts and the trend; a bad cell becomes a problem, never a dropped row.
import type { HistoryKind, HistoryRow } from '../../core/history';
import type { Stage } from '../../core/model';
import { HISTORY_TEXT } from '../../shared/messages/history';
import { CELL_PROBLEMS } from '../../shared/messages/server';
import { RowReader } from '../sheets/cells';
import {
  type Column,
  type EnumOption,
  STAGE_OPTIONS,
  STATUS_OPTIONS,
  type TableLayout,
} from '../sheets/layout';
import type { TableRead } from '../sheets/table';

const H = HISTORY_TEXT.headers;
const KIND_OPTIONS: EnumOption[] = (['kabupaten', 'opd', 'inovasi'] as const).map((code) => ({
  code,
  label: HISTORY_TEXT.kinds[code] ?? code,
}));

const num = (key: keyof HistoryRow, header: string): Column => ({ key, header, kind: 'number' });
const text = (key: keyof HistoryRow, header: string, width?: number): Column => ({
  key,
  header,
  kind: 'text',
  width,
});

export const HISTORY_LAYOUT: TableLayout = {
  name: HISTORY_TEXT.historyTab,
  access: 'generated',
  description: HISTORY_TEXT.historyDescription,
  columns: [
    num('year', H[0]),
    { key: 'kind', header: H[1], kind: 'enum', options: KIND_OPTIONS },
    text('rubric', H[2]),
    text('opd', H[3]),
    text('opdName', H[4], 220),
    text('innovationId', H[5]),
    text('innovationName', H[6], 240),
    { key: 'stage', header: H[7], kind: 'enum', options: STAGE_OPTIONS },
    { key: 'status', header: H[8], kind: 'enum', options: STATUS_OPTIONS },
    num('total', H[9]),
    num('counted', H[10]),
    num('verifiedCounted', H[11]),
    num('sidScore', H[12]),
    num('verifiedSidScore', H[13]),
    num('contribution', H[14]),
    num('verifiedContribution', H[15]),
    num('spd', H[16]),
    num('iid', H[17]),
    num('verifiedIid', H[18]),
    text('predikat', H[19]),
    text('verifiedPredikat', H[20]),
    { key: 'closedAt', header: H[21], kind: 'date' },
    text('closedBy', H[22]),
  ],
  frozenColumns: 2,
};

export interface HistoryRead {
  rows: HistoryRow[];
  problems: string[];
}

/** Archived rows; rows without a valid year or kind are reported and left out of the counts. */
export function historyFromTable(table: TableRead, timeZone: string): HistoryRead {
  const columns = new Map(HISTORY_LAYOUT.columns.map((c) => [c.key, c] as const));
  const rows: HistoryRow[] = [];
  const problems: string[] = [];
  for (const row of table.rows) {
    const r = new RowReader(row.cells, columns, row.rowNumber, timeZone);
    const year = r.integer('year');
    const kind = r.code('kind') as HistoryKind | undefined;
    if (r.isEmpty('year')) r.problem('year', CELL_PROBLEMS.required);
    if (r.isEmpty('kind')) r.problem('kind', CELL_PROBLEMS.required);
    const record: HistoryRow = {
      year: year ?? 0,
      kind: kind ?? 'inovasi',
      rubric: r.text('rubric').trim(),
      opd: r.text('opd').trim(),
      opdName: r.text('opdName').trim(),
      innovationId: r.text('innovationId').trim(),
      innovationName: r.text('innovationName').trim(),
      stage: (r.code('stage') as Stage | undefined) ?? '',
      status: r.code('status') ?? '',
      total: r.number('total'),
      counted: r.number('counted') ?? 0,
      verifiedCounted: r.number('verifiedCounted') ?? 0,
      sidScore: r.number('sidScore'),
      verifiedSidScore: r.number('verifiedSidScore'),
      contribution: r.number('contribution'),
      verifiedContribution: r.number('verifiedContribution'),
      spd: r.number('spd'),
      iid: r.number('iid'),
      verifiedIid: r.number('verifiedIid'),
      predikat: r.text('predikat').trim(),
      verifiedPredikat: r.text('verifiedPredikat').trim(),
      closedAt: r.timestamp('closedAt'),
      closedBy: r.text('closedBy').trim(),
    };
    problems.push(...r.problems);
    if (year !== null && kind !== undefined) rows.push(record);
  }
  return { rows, problems };
}
