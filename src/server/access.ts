// Who is calling and what they may do, decided on every call from Session and the Pengguna tab
// (never from anything the sidebar sends).
//
// Bootstrap: while the Pengguna tab has no user rows, the spreadsheet owner counts as admin (when
// Google reveals the owner; on a shared drive it does not), so a fresh copy can be set up at all.
// Whoever runs "Siapkan/perbaiki spreadsheet" in that state is written into Pengguna as the first
// admin; from then on only Pengguna counts. Before setup nothing is protected, so this grants no
// one more than editing rights on the file already give.
import type { Role } from '../shared/api';
import { ACCESS_MESSAGES } from '../shared/messages/server';
import type { OpdRecord, UserRecord } from './model';
import type { AccessTables } from './sheets/registry';

export interface Caller {
  /** Lower-cased; '' when Google does not reveal it. */
  email: string;
  role: Role | null;
  user: UserRecord | null;
  /** The operator's OPD (null for other roles). */
  opd: OpdRecord | null;
  /** Why this caller may not write; null when the role allows writing. */
  readOnlyReason: string | null;
  /** Set when the caller may not even read (inactive account). */
  refusedReason: string | null;
  /** True when the admin role comes from the bootstrap rule, not from Pengguna. */
  bootstrap: boolean;
}

export interface SessionIdentity {
  /** Lower-cased; '' in simple triggers and when Google hides it. */
  email: string;
  /**
   * True when Session refused to answer: with granular consent the user left the email permission
   * unticked, and Google throws instead of returning ''
   * (developers.google.com/apps-script/concepts/scopes#granular_consent).
   */
  emailNotGranted: boolean;
}

export function sessionIdentity(): SessionIdentity {
  try {
    return { email: (Session.getActiveUser().getEmail() || '').trim().toLowerCase(), emailNotGranted: false };
  } catch {
    return { email: '', emailNotGranted: true };
  }
}

/** The caller's email, lower-cased; '' in simple triggers and when Google hides it. */
export function sessionEmail(): string {
  return sessionIdentity().email;
}

/** The owner's email, or '' when unknown (shared drives, or no permission to ask). */
export function ownerEmail(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  try {
    return (ss.getOwner()?.getEmail() ?? '').trim().toLowerCase();
  } catch {
    return '';
  }
}

function caller(email: string, patch: Partial<Caller>): Caller {
  return {
    email,
    role: null,
    user: null,
    opd: null,
    readOnlyReason: null,
    refusedReason: null,
    bootstrap: false,
    ...patch,
  };
}

/**
 * Resolves the caller from the Pengguna rows. `owner` is consulted only while Pengguna is empty
 * (pass a function so the owner lookup costs nothing otherwise).
 */
export function identify(
  email: string,
  access: Pick<AccessTables, 'users' | 'opds'>,
  owner: () => string,
  emailNotGranted = false,
): Caller {
  if (!email)
    return caller('', {
      readOnlyReason: emailNotGranted ? ACCESS_MESSAGES.emailNotGranted : ACCESS_MESSAGES.noIdentity,
    });
  if (access.users.length === 0) {
    if (email === owner()) return caller(email, { role: 'admin', bootstrap: true });
    return caller(email, { readOnlyReason: ACCESS_MESSAGES.notSetUp });
  }
  // The first row for an email counts; later duplicates carry a problem and are ignored.
  const user = access.users.find((u) => u.email === email);
  if (!user) return caller(email, { readOnlyReason: ACCESS_MESSAGES.unknownUser(email) });
  if (!user.active) return caller(email, { user, refusedReason: ACCESS_MESSAGES.inactive(email) });
  if (user.problems?.length)
    return caller(email, { user, readOnlyReason: ACCESS_MESSAGES.userProblems(user.problems) });
  switch (user.role) {
    case 'admin':
      return caller(email, { user, role: 'admin' });
    case 'verifikator':
      return caller(email, { user, role: 'verifikator' });
    case 'pimpinan':
      return caller(email, { user, role: 'pimpinan', readOnlyReason: ACCESS_MESSAGES.pimpinan });
    case 'operator': {
      const code = user.opd ?? '';
      const opd = access.opds.find((o) => o.code === code && !o.problems?.length) ?? null;
      if (!opd)
        return caller(email, { user, role: 'operator', readOnlyReason: ACCESS_MESSAGES.opdUnknown(code) });
      if (!opd.active)
        return caller(email, {
          user,
          role: 'operator',
          opd,
          readOnlyReason: ACCESS_MESSAGES.opdInactive(code),
        });
      return caller(email, { user, role: 'operator', opd });
    }
  }
}

/** OPD codes whose innovations the caller may read; 'all' for admin, verifikator and pimpinan. */
export function readableOpds(c: Caller): 'all' | string[] {
  if (c.refusedReason) return [];
  if (c.role === 'admin' || c.role === 'verifikator' || c.role === 'pimpinan') return 'all';
  if (c.role === 'operator' && c.opd) return [c.opd.code];
  return [];
}

export function canReadOpd(c: Caller, code: string): boolean {
  const r = readableOpds(c);
  return r === 'all' || r.includes(code);
}

/** Editing innovations: admins (any OPD) and operators of an active OPD (their own). */
export function canEditInnovations(c: Caller): boolean {
  return !c.refusedReason && !c.readOnlyReason && (c.role === 'admin' || c.role === 'operator');
}

export function canVerify(c: Caller): boolean {
  return !c.refusedReason && (c.role === 'admin' || c.role === 'verifikator');
}

export function isAdmin(c: Caller): boolean {
  return !c.refusedReason && c.role === 'admin';
}

/**
 * Why an admin-only action is refused. "Peran Anda tercatat di tab Pengguna" is true only for
 * someone listed there; a guest or an unknown identity is told why they have no role at all.
 */
export function adminRefusal(c: Caller, action: string): string {
  if (c.refusedReason) return c.refusedReason;
  if (c.role) return ACCESS_MESSAGES.adminOnly(action);
  return ACCESS_MESSAGES.adminOnlyNoRole(action, c.readOnlyReason ?? ACCESS_MESSAGES.readOnly);
}

/** Why the caller may not write innovations, for messages (never null when canEditInnovations is false). */
export function editRefusal(c: Caller): string {
  return (
    c.refusedReason ??
    c.readOnlyReason ??
    (c.role === 'verifikator' ? ACCESS_MESSAGES.verifikatorReadOnly : ACCESS_MESSAGES.readOnly)
  );
}
