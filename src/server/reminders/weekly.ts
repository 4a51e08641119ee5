// The optional weekly reminder: one time-driven trigger, Monday around 08:00 in the script's zone.
// Apps Script triggers belong to the user who installs them and ScriptApp.getProjectTriggers()
// lists only the current user's, so the installer is recorded in the document properties: that
// record is the single source of truth, makes a second admin's "enable" a no-op instead of a
// second trigger, and lets the handler ignore any trigger that is not the recorded one.
import type { WeeklyReminderStatus } from '../../shared/admin-api';
import { REMINDER_TEXT } from '../../shared/messages/reminders';

export const WEEKLY_HANDLER = 'sendWeeklyReminders';
const PROPERTY = 'inovasiDaerah.weeklyReminder';

interface WeeklyRecord {
  owner: string;
  since: string;
}

export function weeklyRecord(): WeeklyRecord | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<WeeklyRecord>;
    return typeof parsed.owner === 'string' && parsed.owner
      ? { owner: parsed.owner, since: String(parsed.since ?? '') }
      : null;
  } catch {
    return null;
  }
}

function myTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === WEEKLY_HANDLER);
}

export function weeklyStatus(me: string): WeeklyReminderStatus {
  const record = weeklyRecord();
  if (!record) return { enabled: false, owner: null, mine: false, text: REMINDER_TEXT.weeklyOff };
  const mine = record.owner === me;
  return {
    enabled: true,
    owner: record.owner,
    mine,
    text: `${REMINDER_TEXT.weeklyOn} ${mine ? '' : REMINDER_TEXT.weeklyOwner(record.owner)}`.trim(),
  };
}

export type WeeklyChange =
  | { ok: true; status: WeeklyReminderStatus; message: string }
  | { ok: false; message: string };

/**
 * Switches the weekly reminder on or off for `me` (an active admin). `ownerIsAdmin` says whether
 * the recorded installer is still an active admin: if not, another admin may take over.
 */
export function setWeekly(
  me: string,
  enabled: boolean,
  ownerIsAdmin: (email: string) => boolean,
): WeeklyChange {
  const record = weeklyRecord();
  const props = PropertiesService.getDocumentProperties();
  if (record && record.owner !== me && ownerIsAdmin(record.owner)) {
    return { ok: false, message: REMINDER_TEXT.weeklyOwnedByOther(record.owner) };
  }
  const mine = myTriggers();
  if (enabled) {
    // Exactly one: keep the first of ours, remove any extra (e.g. left by an interrupted run).
    for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
    if (mine.length === 0) {
      ScriptApp.newTrigger(WEEKLY_HANDLER)
        .timeBased()
        .everyWeeks(1)
        .onWeekDay(ScriptApp.WeekDay.MONDAY)
        .atHour(8)
        .create();
    }
    props.setProperty(PROPERTY, JSON.stringify({ owner: me, since: new Date().toISOString() }));
  } else {
    for (const t of mine) ScriptApp.deleteTrigger(t);
    props.deleteProperty(PROPERTY);
  }
  const status = weeklyStatus(me);
  return { ok: true, status, message: status.text };
}

/**
 * Whether a trigger run by `me` is the recorded weekly reminder. A trigger of a former owner (its
 * record was taken over) removes itself instead of sending a second round.
 */
export function isRecordedRunner(me: string): boolean {
  const record = weeklyRecord();
  if (record && record.owner === me) return true;
  for (const t of myTriggers()) ScriptApp.deleteTrigger(t);
  return false;
}
