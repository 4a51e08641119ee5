// Writing an import: every new row of an OPD tab in one setValues, appended below the tab's last
// row. All or nothing: should one tab refuse (a protection, a quota), the tabs already written get
// back the cells they had when they were read, and rows added to make room are removed again.
import { fingerprint } from '../../core/fingerprint';
import type { Innovation } from '../../core/model';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { isProtectionError, logError } from '../api/guard';
import type { OpdRecord } from '../model';
import type { CellValue } from '../sheets/cells';
import { FIRST_DATA_ROW, type TableLayout } from '../sheets/layout';
import {
  type InnovationMeta,
  innovationFromRow,
  innovationValues,
  type ReadContext,
} from '../sheets/records';
import { encodeRow, type TableRead } from '../sheets/table';

export interface TabWrite {
  opd: OpdRecord;
  layout: TableLayout;
  /** The tab as read under the document lock; its sheet must exist and its header be exact. */
  table: TableRead;
  records: Record<string, unknown>[];
}

export type WriteOutcome = { ok: true } | { ok: false; message: string };

/**
 * The key → value map of a new draft row, as saves write it: revision 1, created by the importer,
 * and the fingerprint of the record as it will read back from the sheet.
 */
export function newRecord(
  layout: TableLayout,
  innovation: Innovation,
  key: string,
  by: string,
  at: string,
  ctx: ReadContext,
): Record<string, unknown> {
  const meta: InnovationMeta = {
    revision: 1,
    status: 'draft',
    idempotencyKey: key,
    fingerprint: '',
    createdBy: by,
    createdAt: at,
    updatedBy: by,
    updatedAt: at,
  };
  const row = encodeRow(layout, innovationValues(innovation, meta, ctx.input));
  const cells = new Map(layout.columns.map((c, i) => [c.key, row[i]] as const));
  const stored = innovationFromRow(layout, { rowNumber: 0, cells }, innovation.opd, ctx).innovation;
  meta.fingerprint = fingerprint(stored);
  return innovationValues(stored, meta, ctx.input);
}

interface Applied {
  tab: TabWrite;
  start: number;
  previous: CellValue[][];
  /** Rows inserted to make room: [first, count], removed again on rollback. */
  inserted: [number, number] | null;
  /** setValues returned (Sheets writes a range whole or not at all). */
  written: boolean;
}

function previousCells(table: TableRead, start: number, count: number, width: number): CellValue[][] {
  return Array.from({ length: count }, (_, k) => {
    const line = table.values[start - 1 + k] ?? [];
    return Array.from({ length: width }, (_, c) => {
      const v = line[c];
      return v === undefined || v === null ? '' : (v as CellValue);
    });
  });
}

function apply(a: Applied): void {
  const { table, layout, records } = a.tab;
  const sheet = table.sheet!;
  const width = layout.columns.length;
  const last = a.start + records.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) {
    sheet.insertRowsAfter(maxRows, last - maxRows);
    a.inserted = [maxRows + 1, last - maxRows];
  }
  const range = sheet.getRange(a.start, 1, records.length, width);
  const formats = range.getNumberFormats();
  range.setValues(records.map((r, i) => encodeRow(layout, r, formats[i])));
  a.written = true;
}

function rollback(applied: readonly Applied[]): string[] {
  const failed: string[] = [];
  for (const a of [...applied].reverse()) {
    const sheet = a.tab.table.sheet!;
    try {
      if (a.written)
        sheet.getRange(a.start, 1, a.previous.length, a.tab.layout.columns.length).setValues(a.previous);
      if (a.inserted) sheet.deleteRows(a.inserted[0], a.inserted[1]);
    } catch (error) {
      logError('import rollback', error);
      failed.push(a.tab.layout.name);
    }
  }
  return failed;
}

/** Writes every tab or none. Call under the document lock, with tables read under it. */
export function writeAll(tabs: readonly TabWrite[]): WriteOutcome {
  const applied: Applied[] = [];
  for (const tab of tabs) {
    if (tab.records.length === 0) continue;
    const start = Math.max(tab.table.lastRow, FIRST_DATA_ROW - 1) + 1;
    const a: Applied = {
      tab,
      start,
      previous: previousCells(tab.table, start, tab.records.length, tab.layout.columns.length),
      inserted: null,
      written: false,
    };
    // Listed before writing: a write that fails half-way is undone like the others.
    applied.push(a);
    try {
      apply(a);
    } catch (error) {
      logError('import', error);
      const detail = isProtectionError(error)
        ? IMPORT_TEXT.outcome.protectedDetail
        : error instanceof Error
          ? error.message
          : String(error);
      const notUndone = rollback(applied);
      const message = IMPORT_TEXT.outcome.writeFailed(tab.layout.name, detail);
      return {
        ok: false,
        message: notUndone.length ? `${message} ${IMPORT_TEXT.outcome.rollbackFailed(notUndone)}` : message,
      };
    }
  }
  return { ok: true };
}
