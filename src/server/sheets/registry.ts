// Reads the whole register with one getValues() per tab and joins it into records: settings, OPDs,
// users, SPD, every OPD's innovations with their derived status, and the verifications. Everything
// above the sheets layer works on these records. The row ⇄ record converters and the table
// writers are re-exported here so callers have one import.
import type { Rubric } from '../../core';
import { fingerprint } from '../../core';
import { CELL_PROBLEMS, cellProblem, REGISTRY_PROBLEMS } from '../../shared/messages/server';
import type {
  OpdRecord,
  Registry,
  Settings,
  StoredInnovation,
  StoredVerification,
  UserRecord,
} from '../model';
import { activeRubric, layoutInput } from '../rubric';
import { deriveStatus } from '../status';
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
  innovationFromRow,
  opdsFromTable,
  type ReadContext,
  type SettingsRead,
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
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const stored = storedFromRow(table, row, opd, ctx);
    const { id } = stored.innovation;
    if (seen.has(id)) stored.problems.push(cellProblem(row.rowNumber, 'ID', CELL_PROBLEMS.duplicateId(id)));
    seen.add(id);
    return stored;
  });
}

function storedFromRow(
  table: TableRead,
  row: TableRow,
  opd: Pick<OpdRecord, 'code' | 'name'>,
  ctx: ReadContext,
): StoredInnovation {
  const { innovation, meta, problems } = innovationFromRow(table.layout, row, opd.code, ctx);
  return storedInnovation(
    innovation,
    meta,
    table.layout.name,
    row.rowNumber,
    problems,
    fingerprint(innovation),
  );
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

/** The Verifikasi row of one innovation, or undefined. */
export function findVerification(tab: VerificationTabRead, id: string): StoredVerification | undefined {
  return tab.byId[id];
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
  byId: Record<string, StoredVerification>;
}

/**
 * One row per innovation; should an id appear twice, the lower row wins (it was written later).
 * `only` limits parsing to one innovation's row (saves need no other).
 */
export function readVerificationTab(ss: Spreadsheet, ctx: ReadContext, only?: string): VerificationTabRead {
  const layout = verificationLayout(ctx.input);
  const table = readTable(ss, layout);
  const byId: Record<string, StoredVerification> = {};
  const rows =
    only === undefined ? table.rows : [findRow(table, 'id', only, true)].filter((r) => r !== undefined);
  for (const row of rows) {
    const v = verificationFromRow(layout, row, ctx);
    if (v.id) byId[v.id] = v;
  }
  return { layout, table, byId };
}

/** Sets the derived status and the scoring core's `verification` on each innovation. */
export function applyVerifications(
  innovations: StoredInnovation[],
  verifications: Readonly<Record<string, StoredVerification>>,
): void {
  for (const s of innovations) {
    const v = verifications[s.innovation.id];
    const derived = deriveStatus(s.storedStatus ?? 'draft', s.revision, s.fingerprint, v);
    s.status = derived.status;
    if (derived.verification) s.innovation.verification = derived.verification;
    else delete s.innovation.verification;
  }
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
  applyVerifications(innovations, verification.byId);
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
