// The admin gate of reminders, history and export: the caller is identified from Session and the
// Pengguna tab on every call (access.ts), exactly like the sidebar's entry points.
import { ADMIN_TEXT } from '../../shared/messages/history';
import { ACCESS_MESSAGES } from '../../shared/messages/server';
import { identify, isAdmin, ownerEmail, sessionEmail } from '../access';
import { type AccessTables, readAccessTables } from '../sheets/registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type AdminGate = { ok: true; email: string; access: AccessTables } | { ok: false; message: string };

/** Three reads (Pengaturan, OPD, Pengguna); the whole register is read only after the gate opens. */
export function adminGate(ss: Spreadsheet, action: string, email = sessionEmail()): AdminGate {
  const access = readAccessTables(ss);
  const caller = identify(email, access, () => ownerEmail(ss));
  if (!isAdmin(caller))
    return { ok: false, message: caller.refusedReason ?? ACCESS_MESSAGES.adminOnly(action) };
  return { ok: true, email: caller.email, access };
}

/** How long an admin operation waits for another one (a send, a closing, an export, a recalculation). */
const ADMIN_LOCK_WAIT_MS = 10_000;

export type AdminLocked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs an admin operation under the script lock, not the document lock: sending e-mails or
 * rewriting a generated tab can take many seconds, and operators' saves (which take the document
 * lock) must not wait for it. Two admin operations, or one and a recalculation, never interleave.
 */
export function withAdminLock<T>(work: () => T, waitMs = ADMIN_LOCK_WAIT_MS): AdminLocked<T> {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false, message: ADMIN_TEXT.busy };
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}
