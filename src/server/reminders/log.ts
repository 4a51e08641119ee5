// The Log Pengingat tab: one row per reminder e-mail (or per reminder that could not be sent), so
// Balitbang can see when which OPD was told what, and by whom. Rows are only ever appended.
import { REMINDER_TEXT } from '../../shared/messages/reminders';
import { appendRecords, ensureTableTab } from '../history/tabs';
import type { TableLayout } from '../sheets/layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const [at, to, opd, subject, result, by, mode] = REMINDER_TEXT.logHeaders;

export const REMINDER_LOG_LAYOUT: TableLayout = {
  name: REMINDER_TEXT.logTab,
  access: 'generated',
  description: REMINDER_TEXT.logDescription,
  columns: [
    { key: 'at', header: at, kind: 'text', width: 170 },
    { key: 'to', header: to, kind: 'text', width: 260 },
    { key: 'opd', header: opd, kind: 'text', width: 200 },
    { key: 'subject', header: subject, kind: 'text', width: 360 },
    { key: 'result', header: result, kind: 'text', width: 260 },
    { key: 'by', header: by, kind: 'text', width: 200 },
    { key: 'mode', header: mode, kind: 'text' },
  ],
  frozenColumns: 0,
};

export interface ReminderLogEntry {
  /** Local time of the regency with its zone, e.g. "17/08/2026 08.00 WITA". */
  at: string;
  to: string;
  opd: string;
  subject: string;
  result: string;
  by: string;
  mode: string;
}

export function appendReminderLog(
  ss: Spreadsheet,
  entries: readonly ReminderLogEntry[],
  admins: readonly string[],
) {
  if (entries.length === 0) return;
  const sheet = ensureTableTab(ss, REMINDER_LOG_LAYOUT, admins);
  appendRecords(
    sheet,
    REMINDER_LOG_LAYOUT,
    entries.map((e) => ({ ...e })),
  );
}
