// Menu item "Hitung rekap provinsi" of a spreadsheet whose Tingkat is Provinsi: reads the Kabupaten
// tab, makes sure each regency has an import tab pulling its Data Rekap with IMPORTRANGE, checks
// what arrived (core/province.ts) and writes the Ringkasan Provinsi tab. No scope beyond the
// spreadsheet itself: Google copies the other spreadsheets' values; the script reads its own tabs.
import { entryProblems, planProvince } from '../../core/province';
import { getRubric } from '../../core/rubric';
import { zoneLabel } from '../../shared/messages/common';
import { PROVINCE_TABS, PROVINCE_TEXT } from '../../shared/messages/province';
import { identify, isAdmin, ownerEmail, sessionIdentity } from '../access';
import { whileHolding } from '../lock';
import { readAccessTables } from '../sheets/registry';
import { provinceDashboard } from './dashboard';
import { readImports, readRegencies } from './regencies';
import { writeDashboard } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Data older than this is not ranked: a regency recalculates at least monthly in season. */
export const MAX_AGE_DAYS = 30;
const LOCK_WAIT_MS = 5_000;

function alert(message: string): void {
  SpreadsheetApp.getUi().alert(PROVINCE_TEXT.toastTitle, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

function calculatedAt(now: Date, timeZone: string): string {
  return `${Utilities.formatDate(now, timeZone, 'dd/MM/yyyy HH.mm')} ${zoneLabel(timeZone)}`;
}

/** One provincial recalculation; returns the toast text. */
export function rollUp(
  ss: Spreadsheet,
  settings: { province: string; rubricId: string; timeZone: string },
  now: Date,
): string {
  const entries = readRegencies(ss);
  if (entries === null) return PROVINCE_TEXT.regenciesCreated;
  if (entries.length === 0) return PROVINCE_TEXT.noRegencies;
  const usable = entryProblems(entries).map((p) => p.length === 0);
  const inputs = readImports(ss, entries, usable);
  const rubric = getRubric(settings.rubricId);
  const plan = planProvince(inputs, {
    rubric: rubric.id,
    period: rubric.year,
    now: now.getTime(),
    maxAgeDays: MAX_AGE_DAYS,
  });
  const grid = provinceDashboard({
    province: settings.province,
    rubric: rubric.id,
    period: rubric.year,
    calculatedAt: calculatedAt(now, settings.timeZone),
    timeZone: settings.timeZone,
    plan,
  });
  const sheet = writeDashboard(ss, PROVINCE_TABS.dashboard, grid);
  ss.setActiveSheet(sheet);
  return PROVINCE_TEXT.done(plan.ranked.length, plan.excluded.length);
}

/** Why the caller may not roll up now, or null. */
function refusal(ss: Spreadsheet, access: ReturnType<typeof readAccessTables>): string | null {
  const who = sessionIdentity();
  const caller = identify(who.email, access, () => ownerEmail(ss), who.emailNotGranted);
  if (!isAdmin(caller)) return caller.refusedReason ?? PROVINCE_TEXT.adminOnly;
  if (access.settings.level !== 'provinsi') return PROVINCE_TEXT.notProvince;
  return null;
}

export function recalculateProvince(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const access = readAccessTables(ss);
    const refused = refusal(ss, access);
    if (refused) {
      alert(refused);
      return;
    }
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      alert(PROVINCE_TEXT.busy);
      return;
    }
    const done = whileHolding(lock, () => rollUp(ss, access.settings, new Date()));
    ss.toast(done.ok ? done.value : done.message, PROVINCE_TEXT.toastTitle, 10);
  } catch (error) {
    alert(PROVINCE_TEXT.failed(error instanceof Error ? error.message : String(error)));
  }
}
