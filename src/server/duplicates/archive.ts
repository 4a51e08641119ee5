// The innovations of earlier periods, from the Riwayat tab that Tutup Periode writes: their id, OPD
// and name (Riwayat keeps no rancang bangun), so that a draft or an innovation that re-reports last
// year's under a new name and id is compared with it by name. Read by header through its own narrow
// layout: the history module owns the tab, and server modules do not import each other.
import type { InnovationText } from '../../core/duplicates';
import { HISTORY_TEXT } from '../../shared/messages/history';
import { RowReader } from '../sheets/cells';
import type { TableLayout } from '../sheets/layout';
import { readTable, type TableRead } from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const H = HISTORY_TEXT.headers;
const INNOVATION_KIND = HISTORY_TEXT.kinds.inovasi ?? 'Inovasi';

/** The Riwayat columns that say which innovation was archived when (found by header). */
export const ARCHIVE_LAYOUT: TableLayout = {
  name: HISTORY_TEXT.historyTab,
  access: 'generated',
  description: HISTORY_TEXT.historyDescription,
  columns: [
    { key: 'year', header: H[0], kind: 'number' },
    { key: 'kind', header: H[1], kind: 'text' },
    { key: 'opd', header: H[3], kind: 'text' },
    { key: 'opdName', header: H[4], kind: 'text' },
    { key: 'innovationId', header: H[5], kind: 'text' },
    { key: 'innovationName', header: H[6], kind: 'text' },
  ],
  frozenColumns: 0,
};

/** An archived innovation as near-duplicate search reads it, with the OPD name Riwayat recorded. */
export interface ArchivedText extends InnovationText {
  id: string;
  opd: string;
  name: string;
  archivedYear: number;
  opdName: string;
}

/**
 * Each archived innovation once, from its latest year, leaving out those still in the register
 * (`current` ids: they are compared with their content, and re-reporting one under its own id is the
 * intended way). Rows that are not an innovation's, or lack a year, id or name, are skipped.
 */
export function archivedFromTable(
  table: TableRead,
  current: ReadonlySet<string>,
  timeZone: string,
): ArchivedText[] {
  const columns = new Map(table.layout.columns.map((c) => [c.key, c] as const));
  const latest = new Map<string, ArchivedText>();
  for (const row of table.rows) {
    const r = new RowReader(row.cells, columns, row.rowNumber, timeZone);
    if (r.text('kind').trim() !== INNOVATION_KIND) continue;
    const year = r.integer('year');
    const id = r.text('innovationId').trim();
    const name = r.text('innovationName').trim();
    if (year === null || year <= 0 || !id || !name || current.has(id.toUpperCase())) continue;
    const before = latest.get(id.toUpperCase());
    if (before && before.archivedYear >= year) continue;
    const opd = r.text('opd').trim();
    latest.set(id.toUpperCase(), {
      id,
      opd,
      name,
      archivedYear: year,
      opdName: r.text('opdName').trim() || opd,
    });
  }
  return [...latest.values()];
}

/** The Riwayat tab's archived innovations not in the register now (a missing tab reads as none). */
export function readArchivedTexts(
  ss: Spreadsheet,
  current: readonly Pick<InnovationText, 'id'>[],
  timeZone: string,
): ArchivedText[] {
  const ids = new Set(current.map((c) => (c.id ?? '').toUpperCase()));
  return archivedFromTable(readTable(ss, ARCHIVE_LAYOUT), ids, timeZone);
}
