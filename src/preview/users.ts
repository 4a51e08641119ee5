// The user switcher's choices, read from the Pengguna tab exactly as the server reads it (same
// layout module), plus two identities the access rules must cope with: an email that is not on
// the list and no identity at all (Session returns "" in some consumer-account cases).

import { columnNumber, FIRST_DATA_ROW, OPDS_LAYOUT, usersLayout } from '../server/sheets/layout';
import { PREVIEW } from '../shared/messages/preview';
import { ROLE_LABELS, TAB_NAMES } from '../shared/messages/server';
import type { FileRoleView, UserGroup, UserOption } from './protocol';

/** An address on a reserved example domain: it can never be a real mailbox. */
export const UNKNOWN_EMAIL = 'tamu@majene.example';
export const NO_IDENTITY = '';

type Grid = readonly (readonly unknown[])[];

const cell = (row: readonly unknown[] | undefined, column: number) =>
  column > 0 ? String(row?.[column - 1] ?? '').trim() : '';

function roleOf(text: string): UserGroup | null {
  const t = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(ROLE_LABELS)) {
    if (t === code || t === label.toLowerCase()) return code as UserGroup;
  }
  return null;
}

function isActive(value: unknown): boolean {
  if (value === false) return false;
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  return !['false', 'tidak', 'no', '0', 'nonaktif'].includes(t);
}

/**
 * Choices for the switcher. `users` and `opds` are the full values of the Pengguna and OPD tabs
 * (getDataRange().getValues()); either may be empty before setup. `fileRole` tells how the file
 * is shared with an email.
 */
export function userOptions(
  users: Grid,
  opds: Grid,
  fileRole: (email: string) => FileRoleView = () => 'editor',
): UserOption[] {
  const userLayout = usersLayout([]);
  const col = (key: string) => columnNumber(userLayout, key);
  const opdNames = new Map<string, string>();
  for (const row of opds.slice(FIRST_DATA_ROW - 1)) {
    const code = cell(row, columnNumber(OPDS_LAYOUT, 'code'));
    if (code) opdNames.set(code.toUpperCase(), cell(row, columnNumber(OPDS_LAYOUT, 'name')));
  }
  const options: UserOption[] = [];
  const seen = new Set<string>();
  for (const row of users.slice(FIRST_DATA_ROW - 1)) {
    const email = cell(row, col('email')).toLowerCase();
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const group = roleOf(cell(row, col('role'))) ?? 'lainnya';
    const opd = cell(row, col('opd')).toUpperCase() || null;
    const name = cell(row, col('name'));
    const inactive = isActive(row[col('active') - 1]) ? '' : ' (nonaktif)';
    const where = opd ? ` — ${opdNames.get(opd) || opd}` : '';
    options.push({
      email,
      label: `${name ? `${name} · ` : ''}${email}${where}${inactive}`,
      group,
      opd,
      fileRole: fileRole(email),
    });
  }
  const order: UserGroup[] = ['admin', 'verifikator', 'operator', 'pimpinan', 'lainnya'];
  options.sort(
    (a, b) => order.indexOf(a.group) - order.indexOf(b.group) || (a.opd ?? '').localeCompare(b.opd ?? ''),
  );
  if (!seen.has(UNKNOWN_EMAIL)) {
    options.push({
      email: UNKNOWN_EMAIL,
      label: `${PREVIEW.unknownEmail} (${UNKNOWN_EMAIL})`,
      group: 'lainnya',
      opd: null,
      fileRole: fileRole(UNKNOWN_EMAIL),
    });
  }
  options.push({
    email: NO_IDENTITY,
    label: PREVIEW.noIdentity,
    group: 'lainnya',
    opd: null,
    fileRole: fileRole(NO_IDENTITY),
  });
  return options;
}

export const USERS_TAB = TAB_NAMES.users;
export const OPDS_TAB = TAB_NAMES.opds;

/** Emails the Pengguna tab gives the pimpinan role: the leadership, who only read the file. */
export function leadershipEmails(users: Grid, opds: Grid): string[] {
  return userOptions(users, opds)
    .filter((u) => u.group === 'pimpinan')
    .map((u) => u.email);
}
