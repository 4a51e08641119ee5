// Building the reminder plan from the register and delivering it with MailApp: all or nothing
// against the daily quota, one e-mail per OPD to all its operators, every outcome in the log.
import { buildReminders, type ReminderPlan } from '../../core/reminders';
import { headerText } from '../../core/text';
import { APP_NAME } from '../../shared/messages/common';
import { REMINDER_TEXT } from '../../shared/messages/reminders';
import { adminEmails, indicatorNames, scoreRegistry } from '../history/scoring';
import type { FullRegistry } from '../sheets/registry';
import { formatWhen } from '../time';
import { appendReminderLog, type ReminderLogEntry } from './log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function planReminders(ss: Spreadsheet, reg: FullRegistry, now: Date): ReminderPlan {
  const timeZone = reg.settings.timeZone;
  // An OPD row with problems (bad or duplicate code) has no readable tab: telling it that it
  // recorded nothing would be wrong, so it is left to the admin (the dialog lists the problem).
  const opds = reg.opds.filter((o) => !o.problems?.length);
  return buildReminders(
    { ...reg, opds },
    scoreRegistry(reg),
    {
      regencyName: reg.settings.regencyName,
      deadline: reg.settings.deadline,
      timeZone,
      spreadsheetUrl: ss.getUrl(),
    },
    Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
    { indicatorNames: indicatorNames(reg) },
  );
}

export interface Delivery {
  sent: number;
  failed: number;
  /** Set when the quota was too small: nothing was sent. */
  quotaShort: { remaining: number; needed: number } | null;
}

export interface DeliveryContext {
  ss: Spreadsheet;
  reg: FullRegistry;
  /** Who is sending (the admin, or the admin who installed the weekly trigger). */
  by: string;
  mode: string;
  now: Date;
}

/**
 * Sends every reminder of the plan, or none: when MailApp's remaining daily quota (counted in
 * recipients) is below what the plan needs, nothing is sent, so no OPD is told and another not.
 * Runs under the caller's lock; writes one log row per OPD whatever happens.
 */
export function deliver(plan: ReminderPlan, ctx: DeliveryContext): Delivery {
  const at = formatWhen(ctx.now.toISOString(), ctx.reg.settings.timeZone);
  const entry = (opdName: string, to: string[], subject: string, result: string): ReminderLogEntry => ({
    at,
    to: to.join(', '),
    opd: opdName,
    subject,
    result,
    by: ctx.by,
    mode: ctx.mode,
  });
  const log: ReminderLogEntry[] = [];
  const needed = plan.recipientCount;
  const remaining = needed > 0 ? MailApp.getRemainingDailyQuota() : 0;
  let sent = 0;
  let failed = 0;
  let quotaShort: Delivery['quotaShort'] = null;
  if (needed > remaining) {
    quotaShort = { remaining, needed };
    for (const r of plan.reminders) {
      log.push(entry(r.opdName, r.recipients, r.subject, REMINDER_TEXT.resultQuota(remaining, needed)));
    }
  } else {
    for (const r of plan.reminders) {
      try {
        MailApp.sendEmail({
          to: r.recipients.join(','),
          subject: r.subject,
          body: r.body,
          name: headerText(`${APP_NAME} ${ctx.reg.settings.regencyName}`),
          ...(ctx.by.includes('@') ? { replyTo: ctx.by } : {}),
        });
        sent++;
        log.push(entry(r.opdName, r.recipients, r.subject, REMINDER_TEXT.resultSent));
      } catch (error) {
        failed++;
        log.push(entry(r.opdName, r.recipients, r.subject, REMINDER_TEXT.resultFailed(errorText(error))));
      }
    }
  }
  for (const r of plan.unreachable)
    log.push(entry(r.opdName, [], r.subject, REMINDER_TEXT.resultNoRecipient));
  appendReminderLog(ctx.ss, log, adminEmails(ctx.reg));
  return { sent, failed, quotaShort };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
