// Sheet protections from the Pengguna tab. Google protects whole sheets or ranges for named
// people, so ownership is per tab: each OPD tab for that OPD's operators and the admins, Verifikasi
// for verifikators and admins, everything else for admins. Scripts run as the user who triggered
// them, so the same protection also binds what a save may write. The admin running the sync always
// stays an editor (Google would otherwise lock them out of their own repair).
import { SYNC_MESSAGES, TAB_NAMES } from '../../shared/messages/server';
import type { OpdRecord, UserRecord } from '../model';
import {
  DASHBOARD_TAB,
  OPD_SUMMARY_LAYOUT,
  OPDS_LAYOUT,
  opdTabName,
  SCORES_LAYOUT,
  SETTINGS_LAYOUT,
  SPD_LAYOUT,
} from '../sheets/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TabAccessPlan {
  tab: string;
  editors: string[];
  description: string;
}

function usable(u: UserRecord): boolean {
  return u.active && !u.problems?.length && u.email !== '';
}

/** Who may edit which tab, from the users and OPDs (pure, so it is tested without a sheet). */
export function accessPlan(
  users: readonly UserRecord[],
  opds: readonly OpdRecord[],
  runner: string,
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
    plan.push({
      tab: opdTabName(opd.code),
      editors: [...new Set([...adminList, ...operators])].sort(),
      description: SYNC_MESSAGES.description(SYNC_MESSAGES.whoOpd(opd.code)),
    });
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
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const protection = protections[0] ?? sheet.protect();
  protection.setDescription(description);
  protection.setWarningOnly(false);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  const wanted = new Set(editors.map((e) => e.toLowerCase()));
  if (keep) wanted.add(keep);
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
  return failed;
}

export interface SyncReport {
  protectedTabs: number;
  failed: string[];
  missing: string[];
}

export function applyAccessPlan(ss: Spreadsheet, plan: readonly TabAccessPlan[], runner: string): SyncReport {
  const report: SyncReport = { protectedTabs: 0, failed: [], missing: [] };
  for (const p of plan) {
    const sheet = ss.getSheetByName(p.tab);
    if (!sheet) {
      report.missing.push(p.tab);
      continue;
    }
    for (const e of protectSheet(sheet, p.editors, p.description, runner))
      if (!report.failed.includes(e)) report.failed.push(e);
    report.protectedTabs++;
  }
  return report;
}
