// Seeds a new preview spreadsheet with the Kabupaten Majene demo, through the real bundle and in
// the order people would do it: the admin runs Siapkan spreadsheet, lists the users in Pengguna
// and runs Sinkronkan akses; operators record their innovations in the sidebar (saveInnovation);
// the verifikator verifies some and returns others; an operator fixes one and submits it again;
// the admin fills the SPD tab and recalculates. Only the cells a person types by hand (Pengguna,
// SPD) are written directly, and then as the admin, who owns the spreadsheet.
import type { Innovation } from '../../core/model';
import type { Harness } from '../../emulator/harness';
import type { Runtime } from '../../emulator/runtime';
import { TYPING_LABEL } from '../../emulator/spreadsheet/access';
import { Spreadsheet } from '../../emulator/spreadsheet/spreadsheet';
import { EXAMPLE_OPDS } from '../../server/defaults';
import { columnNumber, FIRST_DATA_ROW, SPD_LAYOUT, usersLayout } from '../../server/sheets/layout';
import type { SaveRequest, SaveResult, VerificationRequest } from '../../shared/api';
import { PREVIEW } from '../../shared/messages/preview';
import { ROLE_LABELS } from '../../shared/messages/server';
import { buildInnovation, SID_IDS } from './build';
import { DEMO_INNOVATIONS, type DemoInnovation } from './catalogue';
import { DEMO_ADMIN, DEMO_DOMAIN, DEMO_USERS, DEMO_VERIFIKATOR, operatorEmail } from './people';
import { DEMO_SPD } from './spd';

export const DEMO_OWNER = DEMO_ADMIN.email;

const opdName = (code: string) => EXAMPLE_OPDS.find((o) => o.code === code)?.name ?? code;

/** Runs a menu item as `user`, answering every question with the first (affirmative) button. */
function menu(h: Harness, user: string, functionName: string): void {
  h.setUser(user);
  h.ui.respond((req) =>
    req.kind === 'prompt' ? { button: 'OK', text: '' } : req.buttons.startsWith('YES') ? 'YES' : 'OK',
  );
  h.runMenu(functionName);
}

/** Writes cells as the admin typing them (an execution as that user, so protections apply). */
function asPerson<T>(h: Harness, user: string, fn: (ss: Spreadsheet) => T): T {
  const rt: Runtime = h.runtime;
  const exec = rt.newExecution({ active: user, effective: user }, 'inline', TYPING_LABEL);
  rt.current = exec;
  try {
    return fn(new Spreadsheet(rt));
  } finally {
    rt.endExecution(exec);
  }
}

function fillUsers(h: Harness): void {
  const layout = usersLayout([]);
  const col = (key: string) => columnNumber(layout, key);
  asPerson(h, DEMO_ADMIN.email, (ss) => {
    const sheet = ss.getSheetByName(layout.name);
    if (!sheet) throw new Error(`tab ${layout.name} belum ada setelah setup`);
    const existing = sheet
      .getRange(FIRST_DATA_ROW, col('email'), Math.max(1, sheet.getLastRow() - FIRST_DATA_ROW + 1), 1)
      .getValues()
      .map((r) => String(r[0] ?? '').toLowerCase());
    const rows = DEMO_USERS.filter((u) => !existing.includes(u.email)).map((u) => {
      const row: unknown[] = Array.from({ length: layout.columns.length }, () => '');
      row[col('email') - 1] = u.email;
      row[col('name') - 1] = u.name;
      row[col('role') - 1] = ROLE_LABELS[u.role];
      row[col('opd') - 1] = u.opd ?? '';
      row[col('active') - 1] = true;
      return row;
    });
    // The setup wrote the first admin with the local part as name; give it the demo name.
    const adminRow = existing.indexOf(DEMO_ADMIN.email);
    if (adminRow >= 0) sheet.getRange(FIRST_DATA_ROW + adminRow, col('name')).setValue(DEMO_ADMIN.name);
    const start = Math.max(sheet.getLastRow() + 1, FIRST_DATA_ROW);
    if (rows.length) sheet.getRange(start, 1, rows.length, layout.columns.length).setValues(rows as never);
  });
}

function fillSpd(h: Harness): void {
  const col = (key: string) => columnNumber(SPD_LAYOUT, key);
  asPerson(h, DEMO_ADMIN.email, (ss) => {
    const sheet = ss.getSheetByName(SPD_LAYOUT.name);
    if (!sheet) return;
    const last = sheet.getLastRow();
    if (last < FIRST_DATA_ROW) return;
    const ids = sheet
      .getRange(FIRST_DATA_ROW, col('id'), last - FIRST_DATA_ROW + 1, 1)
      .getValues()
      .map((r) => String(r[0] ?? '').trim());
    const first = col('level');
    const width = col('note') - first + 1;
    const values = ids.map((id) => {
      const entry = DEMO_SPD[id];
      const row: unknown[] = Array.from({ length: width }, () => '');
      if (!entry) return row;
      row[0] = entry.level;
      row[col('evidence') - first] = entry.evidence ?? '';
      row[col('letterNumber') - first] = entry.letterNumber ?? '';
      row[col('letterDate') - first] = entry.letterDate ?? '';
      row[col('note') - first] = entry.note ?? '';
      return row;
    });
    sheet.getRange(FIRST_DATA_ROW, first, values.length, width).setValues(values as never);
  });
}

function save(h: Harness, user: string, request: SaveRequest): SaveResult {
  h.setUser(user);
  return h.call<SaveResult>('saveInnovation', request);
}

function expectOk<T extends { ok: boolean }>(what: string, result: T): T {
  if (!result.ok) throw new Error(`${what}: ${(result as unknown as { message: string }).message}`);
  return result;
}

function acceptAll(innovation: Innovation): Record<string, 'accepted' | 'rejected'> {
  const out: Record<string, 'accepted' | 'rejected'> = {};
  for (const id of SID_IDS) if ((innovation.indicators[id]?.level ?? 0) > 0) out[id] = 'accepted';
  return out;
}

function verify(
  h: Harness,
  id: string,
  revision: number,
  innovation: Innovation,
  spec: DemoInnovation,
  decision: 'verified' | 'returned',
): void {
  h.setUser(DEMO_VERIFIKATOR.email);
  const indicators = acceptAll(innovation);
  const notes: Record<string, string> = {};
  if (decision === 'returned') {
    for (const [indicator, note] of Object.entries(spec.review?.rejected ?? {})) {
      indicators[indicator] = 'rejected';
      notes[indicator] = note;
    }
  }
  const request: VerificationRequest = {
    id,
    revision,
    decision,
    indicators,
    notes,
    note: decision === 'returned' ? (spec.review?.note ?? '') : 'Bukti lengkap dan sesuai.',
  };
  expectOk(`verifikasi ${spec.key}`, h.call<{ ok: boolean }>('saveVerification', request));
}

/** The fix an operator makes after a return: a further evidence link on each rejected indicator. */
function fixed(innovation: Innovation, spec: DemoInnovation): Innovation {
  const indicators = { ...innovation.indicators };
  for (const id of Object.keys(spec.review?.rejected ?? {})) {
    const entry = indicators[id];
    if (entry) {
      indicators[id] = {
        ...entry,
        evidence:
          `${entry.evidence ?? ''}\nhttps://bukti.${DEMO_DOMAIN}/${spec.opd.toLowerCase()}/${spec.key}/perbaikan-${id}.pdf`.trim(),
      };
    }
  }
  return { ...innovation, indicators };
}

function record(h: Harness, spec: DemoInnovation): void {
  const operator = operatorEmail(spec.opd);
  const innovation = buildInnovation(spec, opdName(spec.opd));
  const submit = spec.workflow !== 'draft';
  const first = expectOk(
    `simpan ${spec.key}`,
    save(h, operator, { idempotencyKey: `demo-${spec.key}`, submit, innovation }),
  );
  if (!first.ok) return;
  const saved = { ...innovation, id: first.id };
  if (spec.workflow === 'verified') verify(h, first.id, first.revision, saved, spec, 'verified');
  if (spec.workflow === 'returned' || spec.workflow === 'resubmitted') {
    verify(h, first.id, first.revision, saved, spec, 'returned');
  }
  if (spec.workflow === 'resubmitted') {
    expectOk(
      `ajukan ulang ${spec.key}`,
      save(h, operator, {
        idempotencyKey: `demo-${spec.key}-perbaikan`,
        baseRevision: first.revision,
        submit: true,
        innovation: fixed(saved, spec),
      }),
    );
  }
}

/**
 * The part of the demo an admin does before anyone records an innovation: setup, the users and
 * their access, the SPD tab. Tests that need an empty register start from here.
 */
export function seedAccess(h: Harness): void {
  menu(h, DEMO_ADMIN.email, 'setupSpreadsheet');
  fillUsers(h);
  menu(h, DEMO_ADMIN.email, 'syncAccess');
  fillSpd(h);
  h.setUser(DEMO_ADMIN.email);
  h.ui.respond((req) => (req.kind === 'prompt' ? { button: 'OK', text: '' } : 'OK'));
}

/**
 * Seeds the whole demo into a new spreadsheet (or the innovations `only` keeps: the provincial
 * demo's other regencies); returns the console line saying what was made.
 */
export function seedDemo(
  h: Harness,
  only: (spec: DemoInnovation, index: number) => boolean = () => true,
): string {
  const t0 = performance.now();
  seedAccess(h);
  const kept = DEMO_INNOVATIONS.filter(only);
  for (const spec of kept) record(h, spec);
  menu(h, DEMO_ADMIN.email, 'recalculate');
  h.setUser(DEMO_ADMIN.email);
  h.ui.respond((req) => (req.kind === 'prompt' ? { button: 'OK', text: '' } : 'OK'));
  return PREVIEW.consoleSeeded(kept.length, Math.round(performance.now() - t0));
}
