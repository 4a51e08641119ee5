// Entry points of the reminders: the menu item opens the preview dialog; the dialog asks for the
// preview, confirms a send of exactly what it showed, and switches the weekly trigger; the trigger
// handler sends without any UI. Every call checks that the caller is an admin.
import type { ReminderPlan } from '../../core/reminders';
import type { ReminderPreview, WeeklyReminderStatus } from '../../shared/admin-api';
import type { Result } from '../../shared/api';
import { formatDateLongId, zoneLabel } from '../../shared/messages/common';
import { daysLeftText, REMINDER_TEXT } from '../../shared/messages/reminders';
import { fail, guarded, logError } from '../api/guard';
import { adminGate, adminMenuItem, withAdminLock } from '../history/admin';
import { adminEmails } from '../history/scoring';
import { rememberWeeklyDrift, restoreProtections } from '../setup/protect';
import { type FullRegistry, readRegistry } from '../sheets/registry';
import { formatWhen, nowIso } from '../time';
import { showDialog } from '../ui/dialogs';
import { deliver, planReminders } from './send';
import { isRecordedRunner, setWeekly, weeklyStatus } from './weekly';

const ACTION = REMINDER_TEXT.dialogTitle;
const LAST_SENT = 'inovasiDaerah.lastReminder';
/** Nobody waits on the trigger, so it may wait for a running recalculation or export. */
const WEEKLY_LOCK_WAIT_MS = 120_000;

/** Menu: Kirim Pengingat… opens the preview dialog (admins only). */
export function showReminderDialog(): void {
  adminMenuItem('showReminderDialog', ACTION, REMINDER_TEXT.openFailed, () =>
    showDialog('Pengingat', REMINDER_TEXT.dialogTitle, 760, 620),
  );
}

export function getReminderPreview(): Result<{ preview: ReminderPreview }> {
  return guarded('getReminderPreview', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, ACTION);
    if (!gate.ok) return fail(gate.message);
    const reg = readRegistry(ss);
    const plan = planReminders(ss, reg, new Date());
    const quota = plan.recipientCount > 0 ? MailApp.getRemainingDailyQuota() : 0;
    return { ok: true, preview: toPreview(plan, reg, quota, weeklyStatus(gate.email)) };
  });
}

/**
 * Sends the plan the dialog previewed. The plan is rebuilt under the lock and must still have the
 * previewed fingerprint (nothing changed in between); the same plan is never sent twice (a
 * double click, a retry, or two admins confirming the same preview).
 */
export function sendReminders(
  fingerprint: string,
): Result<{ sent: number; failed: number; message: string }> {
  return guarded('sendReminders', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, ACTION);
    if (!gate.ok) return fail(gate.message);
    if (typeof fingerprint !== 'string' || !fingerprint) return fail(REMINDER_TEXT.changedSincePreview);
    const locked = withAdminLock(() => {
      const reg = readRegistry(ss);
      const now = new Date();
      const plan = planReminders(ss, reg, now);
      if (plan.fingerprint !== fingerprint) return fail(REMINDER_TEXT.changedSincePreview);
      const last = lastSent();
      if (last?.fingerprint === fingerprint) {
        return fail(REMINDER_TEXT.alreadySent(formatWhen(last.at, reg.settings.timeZone)));
      }
      if (plan.reminders.length === 0) return fail(REMINDER_TEXT.nothingToSend);
      const d = deliver(plan, { ss, reg, by: gate.email, mode: REMINDER_TEXT.modeManual, now });
      if (d.quotaShort) return fail(REMINDER_TEXT.quotaShort(d.quotaShort.remaining, d.quotaShort.needed));
      rememberSent(plan.fingerprint);
      return {
        ok: true as const,
        sent: d.sent,
        failed: d.failed,
        message: REMINDER_TEXT.sent(d.sent, d.failed),
      };
    });
    return locked.ok ? locked.value : fail(locked.message);
  });
}

export function setWeeklyReminders(
  enabled: boolean,
): Result<{ weekly: WeeklyReminderStatus; message: string }> {
  return guarded('setWeeklyReminders', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, ACTION);
    if (!gate.ok) return fail(gate.message);
    const admins = new Set(adminEmails(gate.access));
    const locked = withAdminLock(() => setWeekly(gate.email, enabled === true, (e) => admins.has(e)));
    if (!locked.ok) return fail(locked.message);
    const change = locked.value;
    return change.ok ? { ok: true, weekly: change.status, message: change.message } : fail(change.message);
  });
}

/**
 * The weekly trigger's handler. It runs as the admin who installed it, without a UI: outcomes go
 * to the Log Pengingat tab, failures to the execution log (and Google's failure e-mail).
 */
export function sendWeeklyReminders(): void {
  try {
    const me = triggerUser();
    if (!me || !isRecordedRunner(me)) return;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, ACTION, me);
    if (!gate.ok && gate.reason === 'settings') throw new Error(gate.message);
    if (!gate.ok) {
      // The installer is no longer an admin: the reminder switches itself off (admins see it off
      // in the dialog and may install it again) instead of writing as someone without the right.
      setWeekly(me, false, () => false);
      console.warn(`[Inovasi Daerah] sendWeeklyReminders: ${REMINDER_TEXT.weeklyNotAdmin}`);
      return;
    }
    const locked = withAdminLock(() => {
      // The trigger runs as its admin creator: protections someone changed are restored weekly,
      // and what was restored is shown by the next recalculation.
      rememberWeeklyDrift(restoreProtections(ss, gate.access, me));
      const reg = readRegistry(ss);
      const now = new Date();
      const plan = planReminders(ss, reg, now);
      if (plan.reminders.length === 0 || lastSent()?.fingerprint === plan.fingerprint) return;
      const d = deliver(plan, { ss, reg, by: me, mode: REMINDER_TEXT.modeWeekly, now });
      if (!d.quotaShort) rememberSent(plan.fingerprint);
    }, WEEKLY_LOCK_WAIT_MS);
    if (!locked.ok) throw new Error(locked.message);
  } catch (error) {
    logError('sendWeeklyReminders', error);
    throw error;
  }
}

function triggerUser(): string {
  try {
    return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '')
      .trim()
      .toLowerCase();
  } catch {
    return '';
  }
}

function lastSent(): { fingerprint: string; at: string } | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(LAST_SENT);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { fingerprint?: unknown; at?: unknown };
    return typeof v.fingerprint === 'string' ? { fingerprint: v.fingerprint, at: String(v.at ?? '') } : null;
  } catch {
    return null;
  }
}

function rememberSent(fingerprint: string): void {
  PropertiesService.getDocumentProperties().setProperty(
    LAST_SENT,
    JSON.stringify({ fingerprint, at: nowIso() }),
  );
}

function toPreview(
  plan: ReminderPlan,
  reg: FullRegistry,
  quota: number,
  weekly: WeeklyReminderStatus,
): ReminderPreview {
  const names = new Map(reg.opds.map((o) => [o.code, o.name] as const));
  return {
    fingerprint: plan.fingerprint,
    deadlineText: plan.deadline
      ? `${formatDateLongId(plan.deadline.date)} (${zoneLabel(reg.settings.timeZone)}), ${daysLeftText(plan.deadline.daysLeft)}`
      : null,
    reminders: plan.reminders.map((r) => ({
      opd: r.opd,
      opdName: r.opdName,
      recipients: r.recipients,
      itemCount: r.itemCount,
      subject: r.subject,
      body: r.body,
    })),
    unreachable: plan.unreachable.map((r) => ({ opd: r.opd, opdName: r.opdName, itemCount: r.itemCount })),
    complete: plan.complete.map((code) => names.get(code) ?? code),
    recipientCount: plan.recipientCount,
    quota,
    weekly,
    problems: reg.problems,
  };
}
