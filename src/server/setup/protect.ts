// Sheet protections from the Pengguna tab. Google protects whole sheets or ranges for named
// people, so ownership is per tab: each OPD tab for that OPD's operators and the admins, Verifikasi
// for verifikators and admins, everything else for admins. Scripts run as the user who triggered
// them, so the same protection also binds what a save may write. The admin running the sync always
// stays an editor (Google would otherwise lock them out of their own repair).
import { INTEGRITY_TEXT } from '../../shared/messages/integrity';
import { SYNC_MESSAGES, TAB_NAMES } from '../../shared/messages/server';
import { isProtectionError } from '../api/guard';
import type { OpdRecord, UserRecord } from '../model';
import {
  columnNumber,
  DASHBOARD_TAB,
  FIRST_DATA_ROW,
  type LayoutInput,
  OPD_SUMMARY_LAYOUT,
  OPDS_LAYOUT,
  opdTabLayout,
  opdTabName,
  SCORES_LAYOUT,
  SETTINGS_LAYOUT,
  SPD_LAYOUT,
  STATUS_COLUMN,
  technicalGroup,
} from '../sheets/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabAccessPlan {
  tab: string;
  editors: string[];
  description: string;
  /**
   * Server-owned columns (1-based start, width) of an OPD tab: a warning-only protection warns a
   * person typing there; scripts are never blocked by it.
   */
  serverColumns?: { start: number; width: number }[];
}

/** The status column and the technical group of an OPD tab. */
function serverColumnsOf(opd: OpdRecord, input: LayoutInput): { start: number; width: number }[] {
  const layout = opdTabLayout(opd, input);
  return [{ start: columnNumber(layout, STATUS_COLUMN.key), width: 1 }, technicalGroup(layout)];
}

function usable(u: UserRecord): boolean {
  return u.active && !u.problems?.length && u.email !== '';
}

/** Who may edit which tab, from the users and OPDs (pure, so it is tested without a sheet). */
export function accessPlan(
  users: readonly UserRecord[],
  opds: readonly OpdRecord[],
  runner: string,
  input?: LayoutInput,
): TabAccessPlan[] {
  const admins = new Set(users.filter((u) => usable(u) && u.role === 'admin').map((u) => u.email));
  if (runner) admins.add(runner);
  const adminList = [...admins].sort();
  const verifiers = users.filter((u) => usable(u) && u.role === 'verifikator').map((u) => u.email);
  const plan: TabAccessPlan[] = [];
  const adminOnly = (tab: string) =>
    plan.push({ tab, editors: adminList, description: SYNC_MESSAGES.description(SYNC_MESSAGES.whoAdmin) });
  adminOnly(DASHBOARD_TAB);
  adminOnly(OPD_SUMMARY_LAYOUT.name);
  adminOnly(SCORES_LAYOUT.name);
  for (const opd of opds) {
    if (opd.problems?.length) continue;
    const operators = users
      .filter((u) => usable(u) && u.role === 'operator' && u.opd === opd.code)
      .map((u) => u.email);
    const entry: TabAccessPlan = {
      tab: opdTabName(opd.code),
      editors: [...new Set([...adminList, ...operators])].sort(),
      description: SYNC_MESSAGES.description(SYNC_MESSAGES.whoOpd(opd.code)),
    };
    if (input) entry.serverColumns = serverColumnsOf(opd, input);
    plan.push(entry);
  }
  plan.push({
    tab: TAB_NAMES.verification,
    editors: [...new Set([...adminList, ...verifiers])].sort(),
    description: SYNC_MESSAGES.description(SYNC_MESSAGES.whoVerification),
  });
  for (const tab of [SPD_LAYOUT.name, SETTINGS_LAYOUT.name, TAB_NAMES.users, OPDS_LAYOUT.name])
    adminOnly(tab);
  return plan;
}

/**
 * Protects the whole sheet for exactly `editors` (plus the owner and `keep`, whom Google or the
 * caller needs). Returns the emails Google refused (not Google accounts).
 */
export function protectSheet(
  sheet: Sheet,
  editors: readonly string[],
  description: string,
  keep: string,
): string[] {
  return protectSheetReporting(sheet, editors, description, keep).failed;
}

/**
 * protectSheet, also saying what differed from the wanted protection before (empty when nothing
 * did): how the recalculation and the weekly trigger report a protection someone changed.
 */
export function protectSheetReporting(
  sheet: Sheet,
  editors: readonly string[],
  description: string,
  keep: string,
  owner = ownerOf(sheet),
): { failed: string[]; drift: string[] } {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const drift: string[] = [];
  if (!protections[0]) drift.push(INTEGRITY_TEXT.drift.missing);
  const protection = protections[0] ?? sheet.protect();
  const before = protections[0]
    ? protection
        .getEditors()
        .map((u) => u.getEmail().toLowerCase())
        .filter((e) => e && e !== owner)
    : null;
  if (protections[0] && protection.isWarningOnly()) drift.push(INTEGRITY_TEXT.drift.warningOnly);
  if (protection.canDomainEdit() && protections[0]) drift.push(INTEGRITY_TEXT.drift.domain);
  const wantedEditors = new Set(editors.map((e) => e.toLowerCase()));
  if (keep) wantedEditors.add(keep);
  if (before) {
    const added = before.filter((e) => !wantedEditors.has(e));
    const removed = [...wantedEditors].filter((e) => e !== owner && !before.includes(e));
    if (added.length || removed.length) drift.push(INTEGRITY_TEXT.drift.editors(added, removed));
  }
  // Nothing to change: no write at all (the recalculation checks every tab each time). The
  // description depends only on the tab, so an existing protection already has it.
  if (drift.length === 0) return { failed: [], drift };
  protection.setDescription(description);
  protection.setWarningOnly(false);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  const wanted = wantedEditors;
  const failed: string[] = [];
  // Adding first, always: a new protection mirrors the file's sharing (protecting nothing) until
  // its editor list is set explicitly, and the runner must be in it before others are removed.
  try {
    protection.addEditors([...wanted]);
  } catch {
    for (const e of wanted) {
      try {
        protection.addEditor(e);
      } catch {
        failed.push(e);
      }
    }
  }
  const remove = protection
    .getEditors()
    .map((u) => u.getEmail().toLowerCase())
    .filter((e) => e && !wanted.has(e));
  if (remove.length) protection.removeEditors(remove);
  return { failed, drift };
}

function ownerOf(sheet: Sheet): string {
  return spreadsheetOwner(sheet.getParent());
}

function spreadsheetOwner(ss: Spreadsheet): string {
  try {
    return (ss.getOwner()?.getEmail() ?? '').toLowerCase();
  } catch {
    return '';
  }
}

/**
 * The warning-only protections of an OPD tab's server-owned columns (one per run of columns),
 * created when missing. Returns true when one had to be created (drift, on a tab set up before).
 */
export function protectServerColumns(
  sheet: Sheet,
  columns: readonly { start: number; width: number }[],
): boolean {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === INTEGRITY_TEXT.serverColumnsDescription);
  const rows = Math.max(sheet.getMaxRows() - FIRST_DATA_ROW + 1, 1);
  let created = false;
  const kept = new Set<number>();
  for (const c of columns) {
    const match = existing.findIndex((p, i) => {
      const r = p.getRange();
      return !kept.has(i) && r.getColumn() === c.start && r.getNumColumns() === c.width && p.isWarningOnly();
    });
    if (match >= 0) {
      kept.add(match);
      continue;
    }
    // Whole columns from the first data row: rows added later by saves are covered too.
    const protection = sheet.getRange(FIRST_DATA_ROW, c.start, rows, c.width).protect();
    protection.setDescription(INTEGRITY_TEXT.serverColumnsDescription);
    protection.setWarningOnly(true);
    created = true;
  }
  // Left-overs of an older layout (columns that moved) would warn on the wrong cells.
  existing.forEach((p, i) => {
    if (!kept.has(i)) p.remove();
  });
  return created;
}

export interface SyncReport {
  protectedTabs: number;
  failed: string[];
  missing: string[];
  /** Tabs whose protection the runner may not change (not an editor of it). */
  notEditor: string[];
  /** What differed from Pengguna before, per tab (see INTEGRITY_TEXT.restored). */
  restored: string[];
}

export function applyAccessPlan(
  ss: Spreadsheet,
  plan: readonly TabAccessPlan[],
  runner: string,
  options: { serverColumns?: boolean } = {},
): SyncReport {
  const report: SyncReport = { protectedTabs: 0, failed: [], missing: [], notEditor: [], restored: [] };
  const owner = spreadsheetOwner(ss);
  for (const p of plan) {
    const sheet = ss.getSheetByName(p.tab);
    if (!sheet) {
      report.missing.push(p.tab);
      continue;
    }
    try {
      const { failed, drift } = protectSheetReporting(sheet, p.editors, p.description, runner, owner);
      for (const e of failed) if (!report.failed.includes(e)) report.failed.push(e);
      if (options.serverColumns !== false && p.serverColumns && protectServerColumns(sheet, p.serverColumns))
        drift.push(INTEGRITY_TEXT.drift.serverColumns);
      if (drift.length) report.restored.push(INTEGRITY_TEXT.restored(p.tab, drift.join('; ')));
      report.protectedTabs++;
    } catch (error) {
      // Google lets only a protection's editors change it: a new admin is not one yet.
      if (!isProtectionError(error)) throw error;
      report.notEditor.push(p.tab);
    }
  }
  return report;
}

/**
 * Protection drift: every tab's protection checked against Pengguna and restored where it
 * differs (the recalculation and the weekly trigger run this as an admin). Returns one line per
 * tab restored, or that could not be restored with the runner's account.
 */
export function restoreProtections(
  ss: Spreadsheet,
  access: { users: readonly UserRecord[]; opds: readonly OpdRecord[]; input: LayoutInput },
  runner: string,
): string[] {
  // The sheet protections only: the warning-only ones of the server columns are setup's and
  // sync's (checking them on every recalculation costs five calls per OPD tab).
  const report = applyAccessPlan(ss, accessPlan(access.users, access.opds, runner), runner, {
    serverColumns: false,
  });
  return [...report.restored, ...report.notEditor.map((tab) => INTEGRITY_TEXT.restoreFailed(tab))];
}

const WEEKLY_DRIFT = 'inovasiDaerah.weeklyDrift';
/** Lines kept for the next recalculation. */
const MAX_DRIFT_LINES = 15;

/** What the weekly trigger restored, kept for the next recalculation to show (then cleared). */
export function rememberWeeklyDrift(lines: readonly string[]): void {
  if (lines.length === 0) return;
  const props = PropertiesService.getDocumentProperties();
  const earlier = takeWeeklyDrift(false);
  props.setProperty(WEEKLY_DRIFT, JSON.stringify([...earlier, ...lines].slice(-MAX_DRIFT_LINES)));
}

export function takeWeeklyDrift(clear = true): string[] {
  const props = PropertiesService.getDocumentProperties();
  const raw = props.getProperty(WEEKLY_DRIFT);
  if (!raw) return [];
  if (clear) props.deleteProperty(WEEKLY_DRIFT);
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
