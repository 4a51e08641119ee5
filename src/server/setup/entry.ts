// The admin menu items "Siapkan/perbaiki spreadsheet" and "Sinkronkan akses".
import type { Rubric } from '../../core';
import { sealOf } from '../../core/integrity';
import {
  ACCESS_MESSAGES,
  MENU,
  SETTINGS_PROBLEMS,
  SETUP_MESSAGES,
  SYNC_MESSAGES,
} from '../../shared/messages/server';
import { identify, isAdmin, ownerEmail, sessionEmail } from '../access';
import { failureMessage, isProtectionError, logError } from '../api/guard';
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
import {
  type AccessTables,
  innovationFromRow,
  type ReadContext,
  readAccessTables,
  readContext,
  sealedValues,
} from '../sheets/registry';
import { alert, toast } from '../ui/dialogs';
import { removeEmptyDefaultTabs } from './default-tab';
import { accessPlan, applyAccessPlan, type SyncReport } from './protect';
import { rubricNote, seedFirstAdmin, seedOpds, seedSettings, seedSpd } from './seed';
import { ensureSheet, ensureTable, formatTable, groupTechnicalColumns, type RowFiller } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SETUP_LOCK_MS = 30_000;

const SETUP_MARKER = 'inovasiDaerah.setUp';

/**
 * Whether this spreadsheet was ever set up: the marker the first setup writes into the document
 * properties (no one edits those from the sheet), or the layout version it wrote on Pengaturan.
 */
function wasSetUp(access: AccessTables): boolean {
  return (
    access.settingsRead.layoutVersion !== null ||
    PropertiesService.getDocumentProperties().getProperty(SETUP_MARKER) !== null
  );
}

function markSetUp(email: string): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(SETUP_MARKER) === null)
    props.setProperty(SETUP_MARKER, JSON.stringify({ by: email, at: new Date().toISOString() }));
}

/**
 * The admin gate. Only on a spreadsheet never set up may the caller who sets up become the first
 * admin; once set up, it fails closed: an emptied or renamed Pengguna tab makes no one an admin
 * but the owner. Settings are checked before anything is written.
 */
function gate(
  ss: Spreadsheet,
  action: string,
  allowBootstrap: boolean,
): { email: string; access: AccessTables } | null {
  const email = sessionEmail();
  const access = readAccessTables(ss);
  const setUp = wasSetUp(access);
  if (access.users.length === 0 && allowBootstrap && !setUp) {
    if (!email) {
      alert(SETUP_MESSAGES.needsIdentity);
      return null;
    }
    return { email, access };
  }
  const caller = identify(email, access, () => ownerEmail(ss));
  if (!isAdmin(caller)) {
    const refusal = caller.refusedReason ?? ACCESS_MESSAGES.adminOnly(action);
    alert(access.users.length === 0 ? `${refusal}\n\n${SETUP_MESSAGES.usersMissing}` : refusal);
    return null;
  }
  if (access.settingsInvalid.length) {
    alert(SETTINGS_PROBLEMS.refused(access.settingsInvalid));
    return null;
  }
  return { email, access };
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
  const table = (layout: TableLayout, order: readonly string[], fillRow?: RowFiller) => {
    const where = place(layout.name, order);
    const t = ensureTable(ss, layout, where.at, fillRow);
    if (t.created) where.created();
    report.total++;
    if (t.created) report.created++;
    if (t.repaired) report.repaired++;
    report.notes.push(...t.notes);
    return t.sheet;
  };
  // A tab that cannot be repaired is reported; the other tabs and the protections still follow.
  const tableOrReport = (layout: TableLayout, order: readonly string[], fillRow?: RowFiller) => {
    try {
      return table(layout, order, fillRow);
    } catch (error) {
      logError(`setup ${layout.name}`, error);
      report.notes.push(SETUP_MESSAGES.tabFailed(layout.name, errorText(error)));
      return null;
    }
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
  tableOrReport(OPD_SUMMARY_LAYOUT, order);
  tableOrReport(SCORES_LAYOUT, order);
  const opds = access.opds.filter((o) => !o.problems?.length);
  const bad = access.opds.length - opds.length;
  if (bad) report.notes.push(SETUP_MESSAGES.opdProblems(bad));
  opds.forEach((opd, i) => {
    const layout = opdTabLayout(opd, input);
    // Inactive OPDs keep (and get repaired) the tab they have, but get no new empty one.
    if (!opd.active && !ss.getSheetByName(layout.name)) return;
    if (i % 5 === 0) toast(SETUP_MESSAGES.progress(i + 1, opds.length, layout.name));
    const sheet = tableOrReport(layout, order, sealLegacyRow(layout, opd.code, readContext(access)));
    if (sheet) groupTechnicalColumns(sheet, layout);
  });
  tableOrReport(verificationLayout(input), order);
  const spd = tableOrReport(SPD_LAYOUT, order);
  if (spd) seedSpd(spd, access.rubric, access.settings.timeZone);
  markSetUp(email);
  for (const tab of removeEmptyDefaultTabs(ss, order)) report.notes.push(SETUP_MESSAGES.removedEmptyTab(tab));

  toast(SETUP_MESSAGES.protecting);
  const sync = applyAccessPlan(ss, accessPlan(access.users, access.opds, email, input), email);
  return { ...report, rubric, sync };
}

/**
 * Seals a row of an OPD tab migrated from a layout without the Segel column, as it stands: rows
 * written before sealing are taken as the server wrote them.
 */
function sealLegacyRow(layout: TableLayout, opd: string, ctx: ReadContext): RowFiller {
  return (cells) => {
    const seal = cells.get('seal');
    const id = cells.get('id');
    if ((typeof seal === 'string' && seal.trim()) || id === '' || id === undefined || id === null) return;
    const { innovation, meta } = innovationFromRow(layout, { rowNumber: 0, cells }, opd, ctx);
    cells.set('seal', sealOf(opd, sealedValues(innovation.id, meta)));
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function syncLines(sync: SyncReport, admins: readonly string[]): string[] {
  const lines: string[] = [];
  if (sync.notEditor.length) lines.push(SYNC_MESSAGES.notProtectionEditor(sync.notEditor, [...admins]));
  if (sync.failed.length) lines.push(SYNC_MESSAGES.failedEditors(sync.failed));
  if (sync.missing.length) lines.push(SYNC_MESSAGES.missingTabs(sync.missing));
  return lines;
}

/** Active admins other than `me`: who can run a sync a new admin may not run yet. */
function otherAdmins(access: AccessTables, me: string): string[] {
  return access.users
    .filter((u) => u.active && u.role === 'admin' && !u.problems?.length && u.email !== me)
    .map((u) => u.email);
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
      ...syncLines(r.sync, otherAdmins(who.access, who.email)),
      '',
      rubricNote(r.rubric),
    ];
    alert(lines.join('\n'));
  } catch (error) {
    logError('setupSpreadsheet', error);
    alert(failureMessage(error, ACCESS_MESSAGES.setupFailed));
  }
}

/** Menu: Admin › Sinkronkan akses — protections (and the Pengguna OPD dropdown) from Pengguna. */
export function syncAccess(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const who = gate(ss, MENU.syncAccess, false);
    if (!who) return;
    toast(SYNC_MESSAGES.progress);
    const { access } = who;
    const codes = access.opds.filter((o) => !o.problems?.length).map((o) => o.code);
    const usersSheet = ss.getSheetByName(usersLayout(codes).name);
    if (usersSheet) {
      try {
        formatTable(usersSheet, usersLayout(codes));
      } catch (error) {
        // A new admin may not be an editor of Pengguna's protection yet: said below, per tab.
        if (!isProtectionError(error)) throw error;
      }
    }
    const plan = accessPlan(access.users, access.opds, who.email, access.input);
    const sync = applyAccessPlan(ss, plan, who.email);
    alert(
      [SYNC_MESSAGES.done(sync.protectedTabs), ...syncLines(sync, otherAdmins(access, who.email))].join('\n'),
    );
  } catch (error) {
    logError('syncAccess', error);
    alert(failureMessage(error, ACCESS_MESSAGES.setupFailed));
  }
}
