// The admin menu items "Siapkan/perbaiki spreadsheet" and "Sinkronkan akses".
import type { Rubric } from '../../core';
import { ACCESS_MESSAGES, MENU, SETUP_MESSAGES, SYNC_MESSAGES } from '../../shared/messages/server';
import { identify, isAdmin, ownerEmail, sessionEmail } from '../access';
import { logError } from '../api/guard';
import { withDocumentLock } from '../lock';
import { activeRubric, layoutInput } from '../rubric';
import {
  DASHBOARD_TAB,
  OPD_SUMMARY_LAYOUT,
  OPDS_LAYOUT,
  opdTabLayout,
  SCORES_LAYOUT,
  SETTINGS_LAYOUT,
  SPD_LAYOUT,
  type TableLayout,
  usersLayout,
  verificationLayout,
} from '../sheets/layout';
import { type AccessTables, readAccessTables } from '../sheets/registry';
import { alert, toast } from '../ui/dialogs';
import { removeEmptyDefaultTabs } from './default-tab';
import { accessPlan, applyAccessPlan, type SyncReport } from './protect';
import { rubricNote, seedFirstAdmin, seedOpds, seedSettings, seedSpd } from './seed';
import { ensureSheet, ensureTable, formatTable } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SETUP_LOCK_MS = 30_000;

/** The admin gate; while Pengguna is empty, the caller who sets up becomes the first admin. */
function gate(ss: Spreadsheet, action: string, allowBootstrap: boolean): { email: string } | null {
  const email = sessionEmail();
  const access = readAccessTables(ss);
  if (access.users.length === 0 && allowBootstrap) {
    if (!email) {
      alert(SETUP_MESSAGES.needsIdentity);
      return null;
    }
    return { email };
  }
  const caller = identify(email, access, () => ownerEmail(ss));
  if (!isAdmin(caller)) {
    alert(caller.refusedReason ?? caller.readOnlyReason ?? ACCESS_MESSAGES.adminOnly(action));
    return null;
  }
  return { email };
}

/** Tab order of a fresh spreadsheet: the dashboard first, admin tabs last. */
function desiredOrder(access: AccessTables): string[] {
  const input = layoutInput(access.rubric);
  return [
    DASHBOARD_TAB,
    OPD_SUMMARY_LAYOUT.name,
    SCORES_LAYOUT.name,
    ...access.opds.filter((o) => !o.problems?.length).map((o) => opdTabLayout(o, input).name),
    verificationLayout(input).name,
    SPD_LAYOUT.name,
    SETTINGS_LAYOUT.name,
    usersLayout([]).name,
    OPDS_LAYOUT.name,
  ];
}

/** 0-based index before the first existing tab that comes later in `order` (else at the end). */
function positionOf(existing: readonly string[], name: string, order: readonly string[]): number {
  const rank = order.indexOf(name);
  const i = existing.findIndex((n) => order.indexOf(n) > rank);
  return i === -1 ? existing.length : i;
}

/** Indonesian number and date conventions (decimal comma, day first) and the regency's zone. */
export const SPREADSHEET_LOCALE = 'id_ID';

function applyRegionalSettings(ss: Spreadsheet, timeZone: string): void {
  if (ss.getSpreadsheetLocale() !== SPREADSHEET_LOCALE) ss.setSpreadsheetLocale(SPREADSHEET_LOCALE);
  if (timeZone && ss.getSpreadsheetTimeZone() !== timeZone) ss.setSpreadsheetTimeZone(timeZone);
}

export interface SetupReport {
  total: number;
  created: number;
  repaired: number;
  notes: string[];
  firstAdmin: string | null;
  rubric: Rubric;
  sync: SyncReport;
}

export function runSetup(ss: Spreadsheet, email: string): SetupReport {
  const report = {
    total: 0,
    created: 0,
    repaired: 0,
    notes: [] as string[],
    firstAdmin: null as string | null,
  };
  const fallbackOrder = [SETTINGS_LAYOUT.name, usersLayout([]).name, OPDS_LAYOUT.name];
  // Tab names, kept in step with inserts so positions cost no extra calls.
  const names = ss.getSheets().map((s) => s.getName());
  const place = (name: string, order: readonly string[]) => {
    const at = positionOf(names, name, order);
    return {
      at,
      created: () => names.splice(at, 0, name),
    };
  };
  const table = (layout: TableLayout, order: readonly string[]) => {
    const where = place(layout.name, order);
    const t = ensureTable(ss, layout, where.at);
    if (t.created) where.created();
    report.total++;
    if (t.created) report.created++;
    if (t.repaired) report.repaired++;
    report.notes.push(...t.notes);
    return t.sheet;
  };
  toast(SETUP_MESSAGES.start);
  const settingsSheet = table(SETTINGS_LAYOUT, fallbackOrder);
  const rubric = seedSettings(settingsSheet, (id) => activeRubric(id).rubric);
  applyRegionalSettings(ss, readAccessTables(ss).settings.timeZone);
  seedOpds(table(OPDS_LAYOUT, fallbackOrder));
  let access = readAccessTables(ss);
  const codes = access.opds.filter((o) => !o.problems?.length).map((o) => o.code);
  const usersSheet = table(usersLayout(codes), fallbackOrder);
  if (seedFirstAdmin(usersSheet, email, codes)) report.firstAdmin = email;
  access = readAccessTables(ss);
  const order = desiredOrder(access);
  const input = layoutInput(access.rubric);

  const dashboardPlace = place(DASHBOARD_TAB, order);
  const dashboard = ensureSheet(ss, DASHBOARD_TAB, dashboardPlace.at);
  report.total++;
  if (dashboard.created) {
    dashboardPlace.created();
    report.created++;
  }
  table(OPD_SUMMARY_LAYOUT, order);
  table(SCORES_LAYOUT, order);
  const opds = access.opds.filter((o) => !o.problems?.length);
  const bad = access.opds.length - opds.length;
  if (bad) report.notes.push(SETUP_MESSAGES.opdProblems(bad));
  opds.forEach((opd, i) => {
    const layout = opdTabLayout(opd, input);
    // Inactive OPDs keep (and get repaired) the tab they have, but get no new empty one.
    if (!opd.active && !ss.getSheetByName(layout.name)) return;
    if (i % 5 === 0) toast(SETUP_MESSAGES.progress(i + 1, opds.length, layout.name));
    table(layout, order);
  });
  table(verificationLayout(input), order);
  seedSpd(table(SPD_LAYOUT, order), access.rubric, access.settings.timeZone);
  for (const tab of removeEmptyDefaultTabs(ss, order)) report.notes.push(SETUP_MESSAGES.removedEmptyTab(tab));

  toast(SETUP_MESSAGES.protecting);
  const sync = applyAccessPlan(ss, accessPlan(access.users, access.opds, email), email);
  return { ...report, rubric, sync };
}

function syncLines(sync: SyncReport): string[] {
  const lines: string[] = [];
  if (sync.failed.length) lines.push(SYNC_MESSAGES.failedEditors(sync.failed));
  if (sync.missing.length) lines.push(SYNC_MESSAGES.missingTabs(sync.missing));
  return lines;
}

/** Menu: Admin › Siapkan/perbaiki spreadsheet. */
export function setupSpreadsheet(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const who = gate(ss, MENU.setup, true);
    if (!who) return;
    const locked = withDocumentLock(() => runSetup(ss, who.email), SETUP_LOCK_MS);
    if (!locked.ok) {
      alert(locked.message);
      return;
    }
    const r = locked.value;
    const lines = [
      SETUP_MESSAGES.done(r.created, r.repaired, r.total),
      ...(r.firstAdmin ? [SETUP_MESSAGES.firstAdmin(r.firstAdmin)] : []),
      ...r.notes,
      SYNC_MESSAGES.done(r.sync.protectedTabs),
      ...syncLines(r.sync),
      '',
      rubricNote(r.rubric),
    ];
    alert(lines.join('\n'));
  } catch (error) {
    logError('setupSpreadsheet', error);
    alert(ACCESS_MESSAGES.setupFailed);
  }
}

/** Menu: Admin › Sinkronkan akses — protections (and the Pengguna OPD dropdown) from Pengguna. */
export function syncAccess(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const who = gate(ss, MENU.syncAccess, false);
    if (!who) return;
    toast(SYNC_MESSAGES.progress);
    const access = readAccessTables(ss);
    const codes = access.opds.filter((o) => !o.problems?.length).map((o) => o.code);
    const usersSheet = ss.getSheetByName(usersLayout(codes).name);
    if (usersSheet) formatTable(usersSheet, usersLayout(codes));
    const sync = applyAccessPlan(ss, accessPlan(access.users, access.opds, who.email), who.email);
    alert([SYNC_MESSAGES.done(sync.protectedTabs), ...syncLines(sync)].join('\n'));
  } catch (error) {
    logError('syncAccess', error);
    alert(ACCESS_MESSAGES.setupFailed);
  }
}
