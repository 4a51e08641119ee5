// The admin gate of reminders, history and export: the caller is identified from Session and the
// Pengguna tab on every call (access.ts), exactly like the sidebar's entry points.
import { ADMIN_TEXT } from '../../shared/messages/history';
import { ACCESS_MESSAGES, SETTINGS_PROBLEMS } from '../../shared/messages/server';
import { identify, isAdmin, ownerEmail, sessionEmail } from '../access';
import { failureMessage, logError } from '../api/guard';
import { type Locked, whileHolding } from '../lock';
import { type AccessTables, readAccessTables } from '../sheets/registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type AdminGate =
  | { ok: true; email: string; access: AccessTables }
  | { ok: false; message: string; reason: 'role' | 'settings' };
export type AdminAllowed = Extract<AdminGate, { ok: true }>;

/** Three reads (Pengaturan, OPD, Pengguna); the whole register is read only after the gate opens. */
export function adminGate(ss: Spreadsheet, action: string, email = sessionEmail()): AdminGate {
  const access = readAccessTables(ss);
  const caller = identify(email, access, () => ownerEmail(ss));
  if (!isAdmin(caller))
    return { ok: false, message: caller.refusedReason ?? ACCESS_MESSAGES.adminOnly(action), reason: 'role' };
  // Checked before any write: a bad time zone or date would otherwise fail half-way.
  if (access.settingsInvalid.length)
    return { ok: false, message: SETTINGS_PROBLEMS.refused(access.settingsInvalid), reason: 'settings' };
  return { ok: true, email: caller.email, access };
}

/**
 * A menu item for admins: the gate first (a refusal is an alert saying why), then `work`. An
 * unexpected error is logged and ends in the alert `failed`, never in Google's error page.
 */
export function adminMenuItem(
  where: string,
  action: string,
  failed: string,
  work: (ss: Spreadsheet, ui: GoogleAppsScript.Base.Ui, gate: AdminAllowed) => void,
): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  try {
    const gate = adminGate(ss, action);
    if (!gate.ok) {
      ui.alert(gate.message);
      return;
    }
    work(ss, ui, gate);
  } catch (error) {
    logError(where, error);
    ui.alert(failureMessage(error, failed));
  }
}

/** How long an admin operation waits for another one (a send, a closing, an export, a recalculation). */
const ADMIN_LOCK_WAIT_MS = 10_000;

/**
 * Runs an admin operation under the script lock, not the document lock: sending e-mails or
 * rewriting a generated tab can take many seconds, and operators' saves (which take the document
 * lock) must not wait for it. Two admin operations, or one and a recalculation, never interleave.
 */
export function withAdminLock<T>(work: () => T, waitMs = ADMIN_LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false, message: ADMIN_TEXT.busy };
  return whileHolding(lock, work);
}
