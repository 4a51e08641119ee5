// The admin gate of reminders, history and export: the caller is identified from Session and the
// Pengguna tab on every call (access.ts), exactly like the sidebar's entry points.
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
