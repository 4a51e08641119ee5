// "Hitung ulang skor" (admin): one batched read per input tab, the core scores the register and
// ranks the actions, then one batched write per generated tab (Skor Inovasi, Ringkasan OPD and the
// Ringkasan dashboard). Input tabs are only read. The number of Sheets calls depends on the number
// of OPDs and tabs, never on the number of innovations.
import { rankActions } from '../../core/actions';
import { trendPoints } from '../../core/dashboard';
import type { ScoringInput, ScoringResult } from '../../core/model';
import { score } from '../../core/scoring';
import { zoneLabel } from '../../shared/messages/common';
import { INTEGRITY_TEXT } from '../../shared/messages/integrity';
import { RECALC_TEXT } from '../../shared/messages/recalc';
import { SETTINGS_PROBLEMS, TAB_DESCRIPTIONS } from '../../shared/messages/server';
import { DUPLICATE_TAB_TEXT } from '../../shared/messages/similar';
import { isAdmin } from '../access';
import { logError } from '../api/guard';
import { openScope } from '../api/scope';
import { writeFindings } from '../duplicates/findings';
import { readHistory, trendPointer } from '../history/entry';
import { adminEmails, scoringInput } from '../history/scoring';
import { whileHolding } from '../lock';
import type { StoredInnovation } from '../model';
import { restoreProtections, takeWeeklyDrift } from '../setup/protect';
import { DASHBOARD_TAB, OPD_SUMMARY_LAYOUT, SCORES_LAYOUT } from '../sheets/layout';
import { type FullRegistry, readRegistry } from '../sheets/registry';
import { alert } from '../ui/dialogs';
import { dashboardLayout } from './dashboard';
import { integrityLines } from './integrity';
import { paintSheet } from './paint';
import { writeRekapTab } from './rekap-tab';
import { generatedTab, writeTableTab } from './table-tab';
import { OPD_SUMMARY_FORMATS, opdSummaryTable, SCORES_FORMATS, scoresTable } from './tables';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const STEPS = 3;
/** How long a second admin waits for a running recalculation before being told to retry. */
const LOCK_WAIT_MS = 5_000;

export interface Recalculation {
  input: ScoringInput;
  result: ScoringResult;
}

function progress(ss: Spreadsheet, step: number, detail: string): void {
  ss.toast(`${RECALC_TEXT.progress(step, STEPS)} (${detail})`, RECALC_TEXT.toastTitle, -1);
}

/** "28/11/2026 14.05 WITA" in the regency's time zone. */
export function calculatedAt(now: Date, timeZone: string): string {
  const zone = timeZone || 'Asia/Makassar';
  return `${Utilities.formatDate(now, zone, 'dd/MM/yyyy HH.mm')} ${zoneLabel(zone)}`;
}

function statuses(innovations: readonly StoredInnovation[]): Record<string, StoredInnovation['status']> {
  const out: Record<string, StoredInnovation['status']> = {};
  for (const s of innovations) out[s.innovation.id] = s.status;
  return out;
}

/** Problems the admin must see on the dashboard: the register's, then one line for the rows'. */
function dashboardProblems(registry: FullRegistry, result: ScoringResult): string[] {
  const rows = registry.innovations.filter(
    (s, i) => s.problems.length > 0 || (result.innovations[i]?.problems.length ?? 0) > 0,
  ).length;
  return [...registry.problems, ...(rows ? [RECALC_TEXT.rowProblems(rows)] : [])];
}

/**
 * Scores the register and writes the three generated tabs. Spreadsheet-wide settings (the id_ID
 * locale that number formats such as #,##0.00 follow, the time zone) belong to setup: the
 * recalculation only writes its own tabs.
 */
export function recalculateRegistry(
  ss: Spreadsheet,
  registry: FullRegistry,
  now: Date,
  protections: readonly string[] = [],
): Recalculation {
  const input = scoringInput(registry);
  const result = score(input);
  const actions = rankActions(input, result, registry.rubric, { statuses: statuses(registry.innovations) });
  progress(ss, 2, RECALC_TEXT.stepScore);

  const admins = adminEmails(registry);
  const scores = generatedTab(ss, SCORES_LAYOUT.name, admins, TAB_DESCRIPTIONS.scores);
  writeTableTab(
    scores,
    scoresTable(registry.innovations, result.innovations, registry.opds, registry.settings.timeZone),
    SCORES_FORMATS,
  );
  const summary = generatedTab(ss, OPD_SUMMARY_LAYOUT.name, admins, TAB_DESCRIPTIONS.opdSummary);
  writeTableTab(summary, opdSummaryTable(result, registry.opds), OPD_SUMMARY_FORMATS);
  const findings = writeFindings(ss, registry, result, admins);
  progress(ss, 3, RECALC_TEXT.stepWrite);

  // Read once: the dashboard's trend and the Data Rekap's closed periods both come from Riwayat.
  const history = readHistory(ss, registry.settings.timeZone);
  const dashboard = generatedTab(ss, DASHBOARD_TAB, admins, RECALC_TEXT.dashboardDescription);
  const layout = dashboardLayout({
    settings: registry.settings,
    rubric: registry.rubric,
    result,
    actions,
    opds: registry.opds,
    calculatedAt: calculatedAt(now, registry.settings.timeZone),
    problems: dashboardProblems(registry, result),
    trendPointer: trendPointer(ss),
    findings: { title: DUPLICATE_TAB_TEXT.dashboardHeader, lines: findings },
    integrity: {
      title: INTEGRITY_TEXT.dashboardHeader,
      lines: integrityLines(registry.innovations, protections),
    },
    trend: trendPoints(history, registry.rubric.year, result),
    sheetId: dashboard.getSheetId(),
  });
  paintSheet(dashboard, layout.paint, layout.extraRows);
  writeRekapTab(ss, registry, result, actions, admins, now, history);
  ss.setActiveSheet(dashboard);
  return { input, result };
}

/** Menu item "Hitung ulang skor". Admins only; everyone else gets an alert saying why. */
export function recalculate(): void {
  let scope: ReturnType<typeof openScope>;
  try {
    scope = openScope();
  } catch (error) {
    logError('recalculate', error);
    alert(RECALC_TEXT.failed(error instanceof Error ? error.message : String(error)), RECALC_TEXT.toastTitle);
    return;
  }
  const { ss, caller } = scope;
  if (!isAdmin(caller)) {
    alert(caller.refusedReason ?? RECALC_TEXT.adminOnly, RECALC_TEXT.toastTitle);
    return;
  }
  if (scope.access.settingsInvalid.length) {
    alert(SETTINGS_PROBLEMS.refused(scope.access.settingsInvalid), RECALC_TEXT.toastTitle);
    return;
  }
  // Two admins clicking at once would interleave their writes to the generated tabs. Saves take
  // the document lock and are not held up by this one.
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    alert(RECALC_TEXT.busy, RECALC_TEXT.toastTitle);
    return;
  }
  whileHolding(lock, () => {
    try {
      progress(ss, 1, RECALC_TEXT.stepRead);
      // Protections first: a tab someone unprotected is closed again before anything is read.
      const restored = [...takeWeeklyDrift(), ...restoreProtections(ss, scope.access, caller.email)];
      const registry = readRegistry(ss, scope.access);
      const { result } = recalculateRegistry(ss, registry, new Date(), restored);
      ss.toast(
        RECALC_TEXT.done(result.verified.iid, result.verified.predikat, result.claimed.iid),
        RECALC_TEXT.toastTitle,
        10,
      );
    } catch (error) {
      logError('recalculate', error);
      const message = RECALC_TEXT.failed(error instanceof Error ? error.message : String(error));
      ss.toast(message, RECALC_TEXT.toastTitle, 5);
      alert(message, RECALC_TEXT.toastTitle);
    }
  });
}
