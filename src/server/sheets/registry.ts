// Reads the whole register with one getValues() per tab and joins it into records: settings, OPDs,
// users, SPD, every OPD's innovations with their derived status, and the verifications. Everything
// above the sheets layer works on these records. The row ⇄ record converters and the table
// writers are re-exported here so callers have one import.
import type { Rubric } from '../../core';
import { fingerprint } from '../../core';
import {
  brokenSeal,
  effectiveStatus,
  type IntegrityProblem,
  idStates,
  verdictKey,
} from '../../core/integrity';
import { INTEGRITY_TEXT } from '../../shared/messages/integrity';
import { cellProblem, HEADERS, REGISTRY_PROBLEMS } from '../../shared/messages/server';
import type {
  OpdRecord,
  Registry,
  Settings,
  StoredInnovation,
  StoredVerification,
  UserRecord,
} from '../model';
import { activeRubric, layoutInput } from '../rubric';
import {
  type LayoutInput,
  OPDS_LAYOUT,
  opdTabLayout,
  SETTINGS_LAYOUT,
  SPD_LAYOUT,
  type TableLayout,
  usersLayout,
  verificationLayout,
} from './layout';
import {
  type InnovationMeta,
  innovationFromRow,
  opdsFromTable,
  type ReadContext,
  type SettingsRead,
  sealedValues,
  settingsFromTable,
  spdFromTable,
  storedInnovation,
  usersFromTable,
  verificationFromRow,
} from './records';
import { findRow, readTable, type TableRead, type TableRow } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AccessTables {
  settings: Settings;
  settingsRead: SettingsRead;
  rubric: Rubric;
  input: LayoutInput;
  opds: OpdRecord[];
  users: UserRecord[];
  problems: string[];
  /** Settings that cannot be used, each naming its cell: writers refuse while any is left. */
  settingsInvalid: string[];
}

function tableProblems(table: TableRead): string[] {
  if (!table.sheet) return [REGISTRY_PROBLEMS.missingTab(table.layout.name)];
  if (table.missing.length)
    return [
      REGISTRY_PROBLEMS.missingColumns(
        table.layout.name,
        table.missing.map((c) => c.header),
      ),
    ];
  return [];
}

/** Pengaturan, OPD and Pengguna: what every call needs to know who may do what (3 reads). */
export function readAccessTables(ss: Spreadsheet): AccessTables {
  const settingsTable = readTable(ss, SETTINGS_LAYOUT);
  const settingsRead = settingsFromTable(settingsTable);
  const { rubric, problem } = activeRubric(settingsRead.settings.rubricId);
  const opdTable = readTable(ss, OPDS_LAYOUT);
  const opds = opdsFromTable(opdTable);
  const codes = new Set(opds.filter((o) => !o.problems?.length).map((o) => o.code));
  const usersTable = readTable(ss, usersLayout([...codes]));
  const users = usersFromTable(usersTable, codes);
  const problems = [
    ...tableProblems(settingsTable),
    ...settingsRead.problems,
    ...(problem ? [problem] : []),
    ...tableProblems(opdTable),
    ...tableProblems(usersTable),
  ];
  return {
    settings: settingsRead.settings,
    settingsRead,
    rubric,
    input: layoutInput(rubric),
    opds,
    users,
    problems,
    settingsInvalid: settingsRead.invalid,
  };
}

export function readContext(access: Pick<AccessTables, 'settings' | 'input'>): ReadContext {
  return { timeZone: access.settings.timeZone, input: access.input };
}

export interface OpdTabRead {
  layout: TableLayout;
  table: TableRead;
  innovations: StoredInnovation[];
}

/**
 * The innovations of one OPD tab. The fingerprint is computed from the row's content, not taken
 * from the Sidik jari cell, so an edit typed straight into the sheet still makes a verification
 * stale. Statuses are not derived here (that needs the Verifikasi tab): see `applyVerifications`.
 */
export function opdInnovationsFromTable(
  table: TableRead,
  opd: Pick<OpdRecord, 'code' | 'name'>,
  ctx: ReadContext,
): StoredInnovation[] {
  return table.rows.map((row) => storedFromRow(table, row, opd, ctx));
}

/**
 * Server-owned cells typed by hand: the cells whose seal part no longer matches (by header), and
 * 'content' when the content's fingerprint differs from the one the last save recorded. Tabs not
 * yet migrated to the sealed layout report nothing.
 */
function handEditsOf(
  table: TableRead,
  opd: string,
  id: string,
  meta: InnovationMeta,
  contentFingerprint: string,
): string[] {
  if (!table.index.has('seal')) return [];
  const header = (key: string) => table.layout.columns.find((c) => c.key === key)?.header ?? key;
  const edits = brokenSeal(opd, sealedValues(id, meta), meta.seal ?? '').map(header);
  if (meta.fingerprint !== contentFingerprint) edits.push(HAND_EDIT_CONTENT);
  return edits;
}

/** Marks the content (not a column) in `handEdits`. */
export const HAND_EDIT_CONTENT = 'content';

/**
 * Who last changed a row and when, as shown in a conflict message: '' (someone) when "Diubah oleh"
 * or "Diubah pada" was typed by hand, so a forged name never reaches another user's screen.
 */
export function lastEdit(s: Pick<StoredInnovation, 'updatedBy' | 'updatedAt' | 'handEdits'>): {
  by: string;
  at: string;
} {
  const forged = (s.handEdits ?? []).some(
    (e) => e === HEADERS.updatedBy || e === HEADERS.updatedAt || e === HEADERS.seal,
  );
  return forged ? { by: '', at: INTEGRITY_TEXT.unknownWhen } : { by: s.updatedBy, at: s.updatedAt };
}

function storedFromRow(
  table: TableRead,
  row: TableRow,
  opd: Pick<OpdRecord, 'code' | 'name'>,
  ctx: ReadContext,
): StoredInnovation {
  const { innovation, meta, problems, idMissing } = innovationFromRow(table.layout, row, opd.code, ctx);
  const print = fingerprint(innovation);
  const stored = storedInnovation(innovation, meta, table.layout.name, row.rowNumber, problems, print);
  if (idMissing) stored.idMissing = true;
  const edits = handEditsOf(table, opd.code, idMissing ? '' : innovation.id, meta, print);
  if (edits.length) stored.handEdits = edits;
  else if (table.index.has('seal') && !idMissing) stored.asSaved = true;
  return stored;
}

/** The one row of a tab with this id, parsed alone (a save on a tab of 2,000 rows parses one). */
export function findInnovationInTable(
  table: TableRead,
  opd: Pick<OpdRecord, 'code' | 'name'>,
  ctx: ReadContext,
  id: string,
): StoredInnovation | undefined {
  const row = findRow(table, 'id', id);
  return row ? storedFromRow(table, row, opd, ctx) : undefined;
}

/** The Verifikasi row of one innovation of one OPD, or undefined. */
export function findVerification(
  tab: VerificationTabRead,
  opd: string,
  id: string,
): StoredVerification | undefined {
  return tab.byKey[verdictKey(opd, id)];
}

export function readOpdTab(
  ss: Spreadsheet,
  opd: Pick<OpdRecord, 'code' | 'name'>,
  ctx: ReadContext,
): OpdTabRead {
  const layout = opdTabLayout(opd, ctx.input);
  const table = readTable(ss, layout);
  return { layout, table, innovations: opdInnovationsFromTable(table, opd, ctx) };
}

export interface VerificationTabRead {
  layout: TableLayout;
  table: TableRead;
  /** By innovation ID alone: only to find the row a new verdict replaces. */
  byId: Record<string, StoredVerification>;
  /** By OPD + ID (core `verdictKey`): what a row's status is derived from. */
  byKey: Record<string, StoredVerification>;
}

/**
 * One row per innovation; should an id appear twice, the lower row wins (it was written later).
 * `only` limits parsing to one innovation's row (saves need no other).
 */
export function readVerificationTab(ss: Spreadsheet, ctx: ReadContext, only?: string): VerificationTabRead {
  const layout = verificationLayout(ctx.input);
  const table = readTable(ss, layout);
  const byId: Record<string, StoredVerification> = {};
  const byKey: Record<string, StoredVerification> = {};
  const rows =
    only === undefined ? table.rows : [findRow(table, 'id', only, true)].filter((r) => r !== undefined);
  for (const row of rows) {
    const v = verificationFromRow(layout, row, ctx);
    if (!v.id) continue;
    byId[v.id] = v;
    if (v.opd) byKey[verdictKey(v.opd, v.id)] = v;
  }
  return { layout, table, byId, byKey };
}

/** What the effective status of a row is checked against. */
export interface StatusChecks {
  rubric: Rubric;
  /** Codes of the OPDs with a usable row: an ID is bound to the OPD whose code starts it. */
  opdCodes: readonly string[];
  /** The OPD each user's Pengguna row names, when separation of duties is on (Pengaturan). */
  opdOf?: (email: string) => string | null;
}

/**
 * Sets each row's effective status (core `effectiveStatus`): ID bound to its tab and unique, submit
 * rules for rows stored as submitted, the verdict of its OPD + ID for its content only. Problems
 * are added to the row's problems. `innovations` are in register order (the first of a repeated
 * ID keeps it).
 */
export function applyVerifications(
  innovations: StoredInnovation[],
  verdicts: Readonly<Record<string, StoredVerification>>,
  checks: StatusChecks,
): void {
  const states = idStates(
    innovations.map((s) => ({ id: s.innovation.id, opd: s.innovation.opd, idMissing: s.idMissing })),
    checks.opdCodes,
  );
  innovations.forEach((s, i) => {
    const verdict = verdicts[verdictKey(s.innovation.opd, s.innovation.id)];
    if (verdict?.verifiedBy) s.verdictBy = verdict.verifiedBy;
    const effective = effectiveStatus({
      innovation: s.innovation,
      storedStatus: s.storedStatus ?? 'draft',
      revision: s.revision,
      fingerprint: s.fingerprint,
      idState: states[i],
      verdict,
      rubric: checks.rubric,
      asSaved: s.asSaved === true,
      ...(checks.opdOf
        ? { separation: { createdBy: s.createdBy, updatedBy: s.updatedBy, opdOf: checks.opdOf } }
        : {}),
    });
    s.status = effective.status;
    if (effective.verification) s.innovation.verification = effective.verification;
    else delete s.innovation.verification;
    if (effective.problems.length) {
      s.integrity = effective.problems;
      s.problems.push(...effective.problems.map((p) => integrityText(p, s)));
    }
  });
}

function integrityText(p: IntegrityProblem, s: StoredInnovation): string {
  const t = INTEGRITY_TEXT.problem;
  const where = (detail: string) => cellProblem(s.row, HEADERS.id, detail);
  switch (p.code) {
    case 'missing_id':
      return where(t.missing_id);
    case 'foreign_id':
      return where(t.foreign_id(s.innovation.id, s.innovation.opd));
    case 'repeated_id':
      return where(t.repeated_id(s.innovation.id));
    case 'submit_rules':
      return cellProblem(s.row, HEADERS.status, t.submit_rules(p.errors?.length ?? 0));
    case 'verdict_by_party':
      return cellProblem(s.row, HEADERS.status, t.verdict_by_party(s.verdictBy ?? ''));
  }
}

/** The status checks of the register described by the access tables. */
export function statusChecks(
  access: Pick<AccessTables, 'rubric' | 'opds' | 'users' | 'settings'>,
): StatusChecks {
  const checks: StatusChecks = {
    rubric: access.rubric,
    opdCodes: access.opds.filter((o) => !o.problems?.length).map((o) => o.code),
  };
  if (access.settings.separationOfDuties) {
    const opds = new Map(access.users.map((u) => [u.email, u.opd] as const));
    checks.opdOf = (email) => opds.get(email) ?? null;
  }
  return checks;
}

export interface FullRegistry extends Registry {
  rubric: Rubric;
  input: LayoutInput;
  problems: string[];
}

/**
 * The whole register: 5 + (number of OPDs) getValues() calls, whatever the number of innovations.
 * OPDs whose row has problems (bad or duplicate code) are listed but their tab is not read.
 */
export function readRegistry(ss: Spreadsheet, preread?: AccessTables): FullRegistry {
  // `preread`: the access tables a caller already read to check the role, so they are read once.
  const access = preread ?? readAccessTables(ss);
  const ctx = readContext(access);
  const problems = [...access.problems];
  const spdTable = readTable(ss, SPD_LAYOUT);
  problems.push(...tableProblems(spdTable));
  const spd = spdFromTable(
    spdTable,
    ctx.timeZone,
    new Set(access.rubric.spd.rows.map((r) => r.id)),
    problems,
  );
  const verification = readVerificationTab(ss, ctx);
  problems.push(...tableProblems(verification.table));
  const innovations: StoredInnovation[] = [];
  for (const opd of access.opds) {
    if (opd.problems?.length) continue;
    const tab = readOpdTab(ss, opd, ctx);
    problems.push(...tableProblems(tab.table));
    innovations.push(...tab.innovations);
  }
  applyVerifications(innovations, verification.byKey, statusChecks(access));
  return {
    settings: access.settings,
    opds: access.opds,
    users: access.users,
    spd,
    innovations,
    verifications: verification.byId,
    rubric: access.rubric,
    input: access.input,
    problems,
  };
}

export * from './cells';
export * from './records';
export * from './table';
