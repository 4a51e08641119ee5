// Entry points of the history: Tutup Periode archives the rubric year's results into Riwayat (after
// a confirmation; a year already archived is replaced only when the admin says so, never
// duplicated) and rewrites the Tren tab; Perbarui Tren rewrites Tren alone.
import { buildArchive, type HistoryRow } from '../../core/history';
import { isRubricId } from '../../core/rubric';
import { HISTORY_TEXT } from '../../shared/messages/history';
import { FIRST_DATA_ROW } from '../sheets/layout';
import { type FullRegistry, readRegistry } from '../sheets/registry';
import { encodeRow, readTable } from '../sheets/table';
import { formatWhen, nowIso } from '../time';
import { adminMenuItem, withAdminLock } from './admin';
import { HISTORY_LAYOUT, historyFromTable } from './layout';
import { adminEmails, scoreRegistry } from './scoring';
import { appendRecords, ensureTableTab, replaceRows } from './tabs';
import { writeTrend } from './trend';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// Fresh rows are encoded unescaped here; replaceRows escapes every string against the real formats.
const PLAIN_FORMATS: string[] = HISTORY_LAYOUT.columns.map(() => '@');

export function readHistory(ss: Spreadsheet, timeZone: string): HistoryRow[] {
  return historyFromTable(readTable(ss, HISTORY_LAYOUT), timeZone).rows;
}

/** Menu: Tutup Periode… (admins only; confirmed in a dialog). */
export function closePeriod(): void {
  adminMenuItem(
    'closePeriod',
    HISTORY_TEXT.menuClose.replace('…', ''),
    HISTORY_TEXT.failed,
    (ss, ui, gate) => {
      const reg = readRegistry(ss);
      const tz = reg.settings.timeZone;
      const year = reg.rubric.year;
      const before = readHistory(ss, tz).find((r) => r.year === year && r.kind === 'kabupaten');
      const scoring = scoreRegistry(reg);
      let replace = false;
      if (before) {
        const answer = ui.alert(
          HISTORY_TEXT.alreadyClosedTitle(year),
          HISTORY_TEXT.alreadyClosed(year, formatWhen(before.closedAt, tz)),
          ui.ButtonSet.YES_NO,
        );
        if (answer !== ui.Button.YES) {
          ui.alert(HISTORY_TEXT.cancelled);
          return;
        }
        replace = true;
      } else {
        const answer = ui.alert(
          HISTORY_TEXT.confirmTitle(year),
          HISTORY_TEXT.confirm({
            year,
            regency: reg.settings.regencyName,
            iid: scoring.claimed.iid,
            verifiedIid: scoring.verified.iid,
            predikat: scoring.claimed.predikat,
            verifiedPredikat: scoring.verified.predikat,
            opds: scoring.opds.length,
            innovations: reg.innovations.length,
            verifiedCounted: scoring.verified.counted,
          }),
          ui.ButtonSet.YES_NO,
        );
        if (answer !== ui.Button.YES) {
          ui.alert(HISTORY_TEXT.cancelled);
          return;
        }
      }
      const closedAt = nowIso();
      const rows = buildArchive({
        year,
        rubric: reg.rubric.id,
        regencyName: reg.settings.regencyName,
        scoring,
        innovations: reg.innovations,
        closedAt,
        closedBy: gate.email,
      });
      const locked = withAdminLock(() => archive(ss, reg, rows, year, replace, closedAt));
      if (!locked.ok) {
        ui.alert(locked.message);
        return;
      }
      if (locked.value === 'closed-meanwhile') {
        ui.alert(HISTORY_TEXT.closedMeanwhile(year));
        return;
      }
      ui.alert(
        HISTORY_TEXT.closed(
          year,
          rows.length,
          HISTORY_TEXT.nextRubric(year + 1, isRubricId(`iid-${year + 1}`)),
        ),
      );
    },
  );
}

/**
 * Writes the archive under the lock. The Riwayat tab is read again first: if another admin closed
 * the same year between the confirmation and now, nothing is written (unless replacing).
 */
function archive(
  ss: Spreadsheet,
  reg: FullRegistry,
  rows: HistoryRow[],
  year: number,
  replace: boolean,
  at: string,
): 'closed' | 'closed-meanwhile' {
  const admins = adminEmails(reg);
  const sheet = ensureTableTab(ss, HISTORY_LAYOUT, admins);
  const table = readTable(ss, HISTORY_LAYOUT);
  const existing = historyFromTable(table, reg.settings.timeZone).rows;
  const already = existing.some((r) => r.year === year);
  if (already && !replace) return 'closed-meanwhile';
  let history: HistoryRow[];
  if (already) {
    // Replace: every other year's rows stay as they are (also rows with problems, which the
    // parsed records leave out), this year's are swapped for the new ones, ordered by year.
    const width = HISTORY_LAYOUT.columns.length;
    const kept = table.values
      .slice(FIRST_DATA_ROW - 1)
      .filter((line) => line.some((v) => v !== '' && v !== null) && Number(line[0]) !== year);
    const fresh = rows.map((r) => encodeRow(HISTORY_LAYOUT, { ...r }, PLAIN_FORMATS));
    const all = [...kept, ...fresh].map((line, i) => ({ line, i }));
    all.sort((a, b) => (Number(a.line[0]) || 0) - (Number(b.line[0]) || 0) || a.i - b.i);
    replaceRows(
      sheet,
      width,
      all.map((x) => x.line),
    );
    history = [...existing.filter((r) => r.year !== year), ...rows];
  } else {
    appendRecords(
      sheet,
      HISTORY_LAYOUT,
      rows.map((r) => ({ ...r })),
    );
    history = [...existing, ...rows];
  }
  writeTrend(ss, reg, history, admins, formatWhen(at, reg.settings.timeZone));
  return 'closed';
}

/** Menu: Perbarui Tren. Rewrites the Tren tab from Riwayat and the current register. */
export function refreshTrend(): void {
  adminMenuItem('refreshTrend', HISTORY_TEXT.menuTrend, HISTORY_TEXT.failed, (ss, ui) => {
    const locked = withAdminLock(() => refreshTrendTab(ss, readRegistry(ss)));
    if (!locked.ok) {
      ui.alert(locked.message);
      return;
    }
    ss.toast(HISTORY_TEXT.trendUpdated(locked.value));
  });
}

/**
 * Rewrites the Tren tab for a register already read; returns the number of archived years. For
 * callers that hold the lock and the registry anyway (e.g. the recalculation).
 */
export function refreshTrendTab(ss: Spreadsheet, reg: FullRegistry): number {
  const history = readHistory(ss, reg.settings.timeZone);
  const layout = writeTrend(ss, reg, history, adminEmails(reg), formatWhen(nowIso(), reg.settings.timeZone));
  return layout.iid.rows;
}

/** The Ringkasan line pointing to the Tren tab, or null before the first Tutup Periode. */
export function trendPointer(ss: Spreadsheet): string | null {
  return ss.getSheetByName(HISTORY_TEXT.trendTab) ? HISTORY_TEXT.dashboardPointer : null;
}
