// A set-up Majene spreadsheet in the emulator, running the built bundle: the admin ran setup, the
// Pengguna tab lists an admin, a verifikator, a pimpinan and two operators per OPD used, and
// access is synced.
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprint, getRubric } from '../../src/core';
import type { Innovation } from '../../src/core/model';
import { createHarness, type Harness } from '../../src/emulator/harness';
import { layoutInput } from '../../src/server/rubric';
import { isPlainTextColumn, opdTabLayout } from '../../src/server/sheets/layout';
import { type InnovationMeta, innovationValues } from '../../src/server/sheets/records';
import { encodeRow } from '../../src/server/sheets/table';
import type { SaveRequest, SaveResult } from '../../src/shared/api';
import { completeInnovation } from './fixtures';

export const ADMIN = 'admin@majenekab.go.id';
export const VERIFIER = 'verifikator@majenekab.go.id';
export const BOSS = 'sekda@majenekab.go.id';
export const DINKES_OP = 'op.dinkes@majenekab.go.id';
export const DINKES_OP2 = 'op2.dinkes@majenekab.go.id';
export const DINSOS_OP = 'op.dinsos@majenekab.go.id';
export const INACTIVE = 'mantan@majenekab.go.id';
export const STRANGER = 'tamu@gmail.com';

export const USERS: [string, string, string, string, boolean][] = [
  [ADMIN, 'Admin Balitbang', 'Admin', '', true],
  [VERIFIER, 'Verifikator Balitbang', 'Verifikator', '', true],
  [BOSS, 'Sekda', 'Pimpinan', '', true],
  [DINKES_OP, 'Operator Dinkes', 'Operator', 'DINKES', true],
  [DINKES_OP2, 'Operator Dinkes 2', 'Operator', 'DINKES', true],
  [DINSOS_OP, 'Operator Dinsos', 'Operator', 'DINSOS', true],
  [INACTIVE, 'Mantan operator', 'Operator', 'DINKES', false],
];

/** Appends users to Pengguna as the owner would by hand (not counted, no script involved). */
export function addUsers(h: Harness, users: [string, string, string, string, boolean][]): void {
  const sheet = h.spreadsheet.getSheetByName('Pengguna')!;
  const start = sheet.getLastRow() + 1;
  sheet.getRange(start, 1, users.length, 5).setValues(users);
}

let bundleCopy: string | null = null;

/**
 * A private copy of dist/ for this test file: teammates' test runs rebuild dist/ in the same tree
 * (deleting it first), which must not pull the bundle away in the middle of a test.
 */
export function bundlePath(): string {
  if (bundleCopy) return bundleCopy;
  for (let i = 0; i < 200 && !existsSync('dist/Code.js'); i++)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-dist-'));
  cpSync('dist', dir, { recursive: true });
  bundleCopy = path.join(dir, 'Code.js');
  return bundleCopy;
}

/** A new spreadsheet in the emulator, owned by the admin, running the built bundle. */
export function newSpreadsheet(user = ADMIN): Harness {
  return createHarness({ owner: ADMIN, user, bundlePath: bundlePath() });
}

export function setUp(options: { users?: typeof USERS } = {}): Harness {
  const h = newSpreadsheet();
  h.runMenu('setupSpreadsheet');
  addUsers(
    h,
    (options.users ?? USERS).filter(([email]) => email !== ADMIN),
  );
  h.runMenu('syncAccess');
  h.ui.alerts.length = 0;
  h.ui.toasts.length = 0;
  h.resetCounts();
  return h;
}

let keys = 0;
export function newKey(): string {
  keys++;
  return `k-${Date.now().toString(36)}-${keys}-${Math.random().toString(36).slice(2, 10)}`;
}

export function save(h: Harness, innovation: Innovation, extra: Partial<SaveRequest> = {}): SaveResult {
  const request: SaveRequest = { idempotencyKey: newKey(), submit: false, innovation, ...extra };
  return h.call<SaveResult>('saveInnovation', request);
}

/** Every value of a tab, as the owner sees it. */
export function tabValues(h: Harness, name: string): unknown[][] {
  const sheet = h.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues() as unknown[][];
}

/**
 * Writes `count` submitted innovations straight into an OPD tab (as the owner, not counted), as if
 * saved earlier: for benchmarks and large-sheet tests, where thousands of saves would be slow.
 */
export function seedInnovations(
  h: Harness,
  opd: { code: string; name: string },
  count: number,
  from = 0,
): string[] {
  const input = layoutInput(getRubric('iid-2027'));
  const layout = opdTabLayout(opd, input);
  const sheet = h.spreadsheet.getSheetByName(layout.name);
  if (!sheet) throw new Error(`no tab ${layout.name}`);
  const plain = layout.columns.map((c) => (isPlainTextColumn(c) ? '@' : 'General'));
  const ids: string[] = [];
  const rows = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const id = `${opd.code}-SEED${String(i).padStart(5, '0')}`;
    ids.push(id);
    const innovation = { ...completeInnovation(opd.code, `Inovasi ${opd.code} nomor ${i}`), id };
    const meta: InnovationMeta = {
      revision: 1,
      status: 'submitted',
      idempotencyKey: `seed-${id}`,
      fingerprint: fingerprint(innovation),
      createdBy: 'seed@majenekab.go.id',
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedBy: 'seed@majenekab.go.id',
      updatedAt: '2026-10-01T00:00:00.000Z',
    };
    return encodeRow(layout, innovationValues(innovation, meta, input), plain);
  });
  const start = Math.max(sheet.getLastRow(), 2) + 1;
  if (sheet.getMaxRows() < start + count)
    sheet.insertRowsAfter(sheet.getMaxRows(), start + count - sheet.getMaxRows());
  if (count) sheet.getRange(start, 1, count, layout.columns.length).setValues(rows);
  return ids;
}

let editBundle: string | null = null;

/**
 * A second "script" on the same spreadsheet state that writes one cell as the current user: how a
 * person typing into the sheet meets Google's protections (scripts run as the user, so the same
 * rules apply to both).
 */
export function directEditor(h: Harness): Harness {
  if (!editBundle) {
    const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-edit-'));
    editBundle = path.join(dir, 'Code.js');
    writeFileSync(
      editBundle,
      [
        'function directWrite(tab, a1, value) {',
        '  SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab).getRange(a1).setValue(value);',
        "  return 'ok';",
        '}',
      ].join('\n'),
    );
  }
  return createHarness({ bundlePath: editBundle, state: h.state });
}

/** The protection error's text as Google words it. */
export const PROTECTED = /protected cell or object/;

/** The data rows of a tab whose `header` column equals `value` (headers are on row 2). */
export function rowsWhere(h: Harness, tab: string, header: string, value: unknown): unknown[][] {
  const values = tabValues(h, tab);
  const col = (values[1] ?? []).indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${tab}`);
  return values.slice(2).filter((r) => r[col] === value);
}

/** The values of one column (by header) on the data rows of a tab. */
export function columnValues(h: Harness, tab: string, header: string): unknown[] {
  const values = tabValues(h, tab);
  const col = (values[1] ?? []).indexOf(header);
  if (col < 0) throw new Error(`no column ${header} in ${tab}`);
  return values
    .slice(2)
    .map((r) => r[col])
    .filter((v) => v !== '');
}
