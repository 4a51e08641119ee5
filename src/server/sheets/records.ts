// Row ⇄ record converters, one pair per tab. Reading never drops a row: a bad cell becomes a problem
// text on the record. Writing produces a key → model-value map that table.encodeRow turns into
// cells (labels for enums, escaped text).
import { type SealedValues, sealOf } from '../../core/integrity';
import type { IndicatorEntry, Innovation, Origin, SpdEntry, Stage } from '../../core/model';
import { RUBRIC_IDS } from '../../core/rubric';
import { findUrusan } from '../../core/urusan';
import {
  CELL_PROBLEMS,
  LEVEL_LABELS,
  REGISTRY_PROBLEMS,
  SETTING_HELP,
  SETTING_LABELS,
  SETTINGS_PROBLEMS,
} from '../../shared/messages/server';
import { DEFAULT_SETTINGS } from '../defaults';
import type {
  OpdRecord,
  Settings,
  StoredInnovation,
  StoredVerification,
  Tingkat,
  UserRecord,
} from '../model';
import { type CellValue, RowReader, toCellText } from './cells';
import {
  type Column,
  columnLetter,
  type LayoutInput,
  normalizeOpdCode,
  OPD_CODE_PATTERN,
  OPDS_LAYOUT,
  SETTING_KEYS,
  SETTINGS_LAYOUT,
  type SettingKey,
  SPD_LAYOUT,
  type TableLayout,
  usersLayout,
} from './layout';
import type { TableRead, TableRow } from './table';

export interface ReadContext {
  timeZone: string;
  input: LayoutInput;
}

function columnMap(layout: TableLayout): Map<string, Column> {
  return new Map(layout.columns.map((c) => [c.key, c]));
}

function reader(
  layout: TableLayout,
  row: TableRow,
  timeZone: string,
  lookup?: (key: string, raw: string) => string | undefined,
): RowReader {
  return new RowReader(row.cells, columnMap(layout), row.rowNumber, timeZone, lookup);
}

// --- Pengaturan -----------------------------------------------------------------------------------

export interface SettingsRead {
  settings: Settings;
  /** LAYOUT_VERSION stored by the last setup, or null on a sheet never set up. */
  layoutVersion: number | null;
  problems: string[];
  /** Which settings have a row, and where. */
  rows: Map<SettingKey, number>;
  /**
   * Values that cannot be used, each naming its cell (e.g. "Pengaturan!B7"): nothing may be
   * written while one is left (setup, recalculation, reminders, export refuse).
   */
  invalid: string[];
}

/** Whether the JavaScript engine (V8 in Apps Script) knows an IANA time zone. */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function settingKeyOf(label: string): SettingKey | undefined {
  const t = label.trim().toLowerCase();
  return SETTING_KEYS.find((k) => SETTING_LABELS[k].toLowerCase() === t || k.toLowerCase() === t);
}

export function settingsFromTable(table: TableRead): SettingsRead {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  const rows = new Map<SettingKey, number>();
  const invalid: string[] = [];
  const valueColumn = columnLetter((table.index.get('value') ?? 1) + 1);
  let layoutVersion: number | null = null;
  for (const row of table.rows) {
    const r = reader(SETTINGS_LAYOUT, row, DEFAULT_SETTINGS.timeZone);
    const key = settingKeyOf(r.text('key'));
    if (!key || rows.has(key)) continue;
    rows.set(key, row.rowNumber);
    if (r.isEmpty('value')) continue;
    const bad = (detail: string) =>
      invalid.push(
        SETTINGS_PROBLEMS.cell(
          `${table.layout.name}!${valueColumn}${row.rowNumber}`,
          SETTING_LABELS[key],
          detail,
        ),
      );
    const value = r.text('value').trim();
    switch (key) {
      case 'regencyName':
      case 'province':
        settings[key] = value;
        break;
      case 'rubricId':
        settings.rubricId = value;
        if (!(RUBRIC_IDS as readonly string[]).includes(value))
          bad(SETTINGS_PROBLEMS.rubric(value, RUBRIC_IDS));
        break;
      case 'timeZone':
        if (isKnownTimeZone(value)) settings.timeZone = value;
        else bad(SETTINGS_PROBLEMS.timeZone(value));
        break;
      case 'regionCode':
        settings.regionCode = value;
        break;
      case 'level': {
        const raw = r.text('value').trim();
        const level = (Object.keys(LEVEL_LABELS) as Tingkat[]).find(
          (k) => k === raw.toLowerCase() || LEVEL_LABELS[k].toLowerCase() === raw.toLowerCase(),
        );
        if (level) settings.level = level;
        else bad(CELL_PROBLEMS.badTingkat(raw));
        break;
      }
      case 'deadline':
        settings.deadline = r.date('value');
        if (settings.deadline === null) bad(SETTINGS_PROBLEMS.date(value));
        break;
      case 'separationOfDuties':
        settings.separationOfDuties = r.boolean('value', true);
        if (r.problems.length) bad(SETTINGS_PROBLEMS.yesNo(value));
        break;
      case 'layoutVersion':
        layoutVersion = r.integer('value');
        break;
    }
    problems.push(...r.problems);
  }
  return { settings, layoutVersion, problems, rows, invalid };
}

/** The Pengaturan rows in their canonical order (key label, value, help). */
export function settingsValues(
  settings: Settings,
  layoutVersion: number,
  rubricNote: string,
): Record<string, unknown>[] {
  const value: Record<SettingKey, unknown> = {
    regencyName: settings.regencyName,
    province: settings.province,
    rubricId: settings.rubricId,
    deadline: settings.deadline ?? '',
    timeZone: settings.timeZone,
    separationOfDuties: settings.separationOfDuties ? SETTINGS_PROBLEMS.yes : SETTINGS_PROBLEMS.no,
    layoutVersion: String(layoutVersion),
    regionCode: settings.regionCode,
    level: LEVEL_LABELS[settings.level],
  };
  return SETTING_KEYS.map((key) => ({
    key: SETTING_LABELS[key],
    value: value[key],
    help: key === 'rubricId' && rubricNote ? `${SETTING_HELP.rubricId} ${rubricNote}` : SETTING_HELP[key],
  }));
}

// --- OPD ------------------------------------------------------------------------------------------

export function opdsFromTable(table: TableRead): OpdRecord[] {
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const r = reader(OPDS_LAYOUT, row, DEFAULT_SETTINGS.timeZone);
    const raw = r.text('code').trim();
    const code = raw.toUpperCase();
    if (!raw) r.problem('code', CELL_PROBLEMS.required);
    else if (!OPD_CODE_PATTERN.test(code))
      r.problem('code', CELL_PROBLEMS.badOpdCode(raw, normalizeOpdCode(raw)));
    else if (seen.has(code)) r.problem('code', CELL_PROBLEMS.duplicateOpd(code));
    seen.add(code);
    const name = r.text('name').trim();
    if (!name) r.problem('name', CELL_PROBLEMS.required);
    const active = r.boolean('active', true);
    return { code, name: name || code, active, row: row.rowNumber, problems: r.problems };
  });
}

export function opdValues(opd: OpdRecord): Record<string, unknown> {
  return { code: opd.code, name: opd.name, active: opd.active };
}

// --- Pengguna -------------------------------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function usersFromTable(table: TableRead, opdCodes: ReadonlySet<string>): UserRecord[] {
  const layout = usersLayout([...opdCodes]);
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const r = reader(layout, row, DEFAULT_SETTINGS.timeZone, (key, raw) =>
      key === 'opd' ? raw.trim().toUpperCase() : undefined,
    );
    const email = r.text('email').trim().toLowerCase();
    if (!EMAIL.test(email)) r.problem('email', CELL_PROBLEMS.badEmail(email));
    else if (seen.has(email)) r.problem('email', CELL_PROBLEMS.duplicateEmail(email));
    seen.add(email);
    const roleCode = r.code('role');
    if (r.isEmpty('role')) r.problem('role', CELL_PROBLEMS.required);
    const role =
      roleCode === 'admin' || roleCode === 'verifikator' || roleCode === 'operator' ? roleCode : 'pimpinan';
    const opd = r.code('opd') ?? null;
    if (opd !== null && !opdCodes.has(opd)) r.problem('opd', CELL_PROBLEMS.unknownOpd(opd));
    if (role === 'operator' && opd === null) r.problem('opd', CELL_PROBLEMS.operatorWithoutOpd);
    return {
      email,
      name: r.text('name').trim(),
      role,
      opd,
      active: r.boolean('active', true),
      row: row.rowNumber,
      problems: r.problems,
    };
  });
}

export function userValues(user: UserRecord): Record<string, unknown> {
  return { email: user.email, name: user.name, role: user.role, opd: user.opd ?? '', active: user.active };
}

// --- SPD ------------------------------------------------------------------------------------------

export function spdFromTable(
  table: TableRead,
  timeZone: string,
  knownRows: ReadonlySet<string> | null,
  problems: string[],
): Record<string, SpdEntry> {
  const spd: Record<string, SpdEntry> = {};
  for (const row of table.rows) {
    const r = reader(SPD_LAYOUT, row, timeZone);
    const id = r.text('id').trim();
    if (!id) continue;
    if (knownRows && !knownRows.has(id)) {
      problems.push(REGISTRY_PROBLEMS.unknownSpdRow(row.rowNumber, id));
      continue;
    }
    const entry: SpdEntry = { level: r.level('level') };
    const evidence = r.optionalText('evidence');
    const letterNumber = r.optionalText('letterNumber');
    const letterDate = r.date('letterDate');
    const note = r.optionalText('note');
    if (evidence !== undefined) entry.evidence = evidence;
    if (letterNumber !== undefined) entry.letterNumber = letterNumber;
    if (letterDate) entry.letterDate = letterDate;
    if (note !== undefined) entry.note = note;
    spd[id] = entry;
    problems.push(...r.problems);
  }
  return spd;
}

// --- OPD input tabs -------------------------------------------------------------------------------

export interface InnovationMeta {
  revision: number;
  status: 'draft' | 'submitted';
  idempotencyKey: string;
  fingerprint: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  /** The Segel cell as read; writers leave it out: `innovationValues` seals what it writes. */
  seal?: string;
}

/** The server-owned values the seal covers, as text (see core `sealOf`). */
export function sealedValues(id: string, meta: InnovationMeta): SealedValues {
  return {
    id,
    revision: meta.revision,
    status: meta.status,
    idempotencyKey: meta.idempotencyKey,
    fingerprint: meta.fingerprint,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
    updatedBy: meta.updatedBy,
    updatedAt: meta.updatedAt,
  };
}

/** Splits "Kesehatan; Sosial" (or one per line) into urusan codes. */
function affairCodes(r: RowReader, key: string): string[] {
  const codes: string[] = [];
  for (const part of r.text(key).split(/[;\n]+/)) {
    const t = part.trim();
    if (!t) continue;
    const u = findUrusan(t);
    if (u) {
      if (!codes.includes(u.code)) codes.push(u.code);
    } else r.problem(key, CELL_PROBLEMS.unknownOption(t));
  }
  return codes;
}

function urusanLookup(key: string, raw: string): string | undefined {
  return key === 'mainAffair' ? findUrusan(raw)?.code : undefined;
}

/**
 * One innovation row. The record is canonical (empty optional fields absent, every indicator of
 * the rubric present), so writing it and reading it back gives the same record, and the same
 * fingerprint.
 */
export function innovationFromRow(
  layout: TableLayout,
  row: TableRow,
  opd: string,
  ctx: ReadContext,
): { innovation: Innovation; meta: InnovationMeta; problems: string[]; idMissing: boolean } {
  const r = reader(layout, row, ctx.timeZone, urusanLookup);
  const id = r.text('id').trim();
  if (!id) r.problem('id', CELL_PROBLEMS.missingId);
  const stage = r.code('stage') as Stage | undefined;
  if (r.isEmpty('stage')) r.problem('stage', CELL_PROBLEMS.required);
  const innovation: Innovation = {
    id: id || `${opd}-baris-${row.rowNumber}`,
    opd,
    name: r.text('name').trim(),
    stage: stage ?? 'inisiatif',
    mainAffair: r.code('mainAffair') ?? '',
    indicators: {},
  };
  const other = affairCodes(r, 'otherAffairs');
  if (other.length) innovation.otherAffairs = other;
  for (const key of ['trialDate', 'implementationDate', 'developmentDate'] as const) {
    const d = r.date(key);
    if (d) innovation[key] = d;
  }
  for (const key of ['design', 'goal', 'benefit', 'result', 'initiatorName'] as const) {
    const t = r.optionalText(key);
    if (t !== undefined) innovation[key] = t;
  }
  const initiator = r.code('initiator');
  if (initiator) innovation.initiator = initiator as Innovation['initiator'];
  const kind = r.code('kind');
  if (kind) innovation.kind = kind as Innovation['kind'];
  const form = r.code('form');
  if (form) innovation.form = form as Innovation['form'];
  for (const key of ['theme', 'classification', 'pkpnCluster', 'benefitBasis'] as const) {
    const column = layout.columns.find((c) => c.key === key);
    const value = column?.kind === 'enum' ? r.code(key) : r.optionalText(key);
    if (value) innovation[key] = value;
  }
  const originKind = r.code('origin.kind');
  const originTitle = r.optionalText('origin.title');
  const originParticipant = r.optionalText('origin.participant');
  const originYear = r.integer('origin.year');
  if (originKind || originTitle || originParticipant || originYear !== null) {
    const origin: Origin = { kind: (originKind ?? 'lainnya') as Origin['kind'] };
    if (originTitle) origin.title = originTitle;
    if (originParticipant) origin.participant = originParticipant;
    if (originYear !== null) origin.year = originYear;
    innovation.origin = origin;
  }
  for (const { id: ind } of ctx.input.indicators) {
    const entry: IndicatorEntry = { level: r.level(`indicators.${ind}.level`) };
    const evidence = r.optionalText(`indicators.${ind}.evidence`);
    const letterNumber = r.optionalText(`indicators.${ind}.letterNumber`);
    const letterDate = r.date(`indicators.${ind}.letterDate`);
    const note = r.optionalText(`indicators.${ind}.note`);
    if (evidence !== undefined) entry.evidence = evidence;
    if (letterNumber !== undefined) entry.letterNumber = letterNumber;
    if (letterDate) entry.letterDate = letterDate;
    if (note !== undefined) entry.note = note;
    innovation.indicators[ind] = entry;
  }
  const status = r.code('status');
  const meta: InnovationMeta = {
    revision: r.integer('revision') ?? 0,
    status: status === 'submitted' ? 'submitted' : 'draft',
    idempotencyKey: r.text('idempotencyKey').trim(),
    fingerprint: r.text('fingerprint').trim(),
    createdBy: r.text('createdBy').trim(),
    createdAt: r.timestamp('createdAt'),
    updatedBy: r.text('updatedBy').trim(),
    updatedAt: r.timestamp('updatedAt'),
    seal: r.text('seal').trim(),
  };
  return { innovation, meta, problems: r.problems, idMissing: !id };
}

/** The key → value map of one innovation row (the OPD is the tab, so it has no column). */
export function innovationValues(
  innovation: Innovation,
  meta: InnovationMeta,
  input: LayoutInput,
): Record<string, unknown> {
  const sealed = sealedValues(innovation.id, meta);
  const v: Record<string, unknown> = {
    ...sealed,
    seal: sealOf(innovation.opd, sealed),
    name: innovation.name,
    stage: innovation.stage,
    initiator: innovation.initiator,
    initiatorName: innovation.initiatorName,
    kind: innovation.kind,
    form: innovation.form,
    theme: innovation.theme,
    classification: innovation.classification,
    pkpnCluster: innovation.pkpnCluster,
    mainAffair: innovation.mainAffair,
    otherAffairs: (innovation.otherAffairs ?? []).map((c) => findUrusan(c)?.name ?? c).join('; '),
    trialDate: innovation.trialDate,
    implementationDate: innovation.implementationDate,
    developmentDate: innovation.developmentDate,
    design: innovation.design,
    goal: innovation.goal,
    benefit: innovation.benefit,
    result: innovation.result,
    benefitBasis: innovation.benefitBasis,
    'origin.kind': innovation.origin?.kind,
    'origin.title': innovation.origin?.title,
    'origin.participant': innovation.origin?.participant,
    'origin.year': innovation.origin?.year,
  };
  for (const { id } of input.indicators) {
    const e = innovation.indicators[id];
    v[`indicators.${id}.level`] = e?.level ?? 0;
    v[`indicators.${id}.evidence`] = e?.evidence;
    v[`indicators.${id}.letterNumber`] = e?.letterNumber;
    v[`indicators.${id}.letterDate`] = e?.letterDate;
    v[`indicators.${id}.note`] = e?.note;
  }
  return v;
}

/** Joins meta and content into the record the rest of the server works with. */
export function storedInnovation(
  innovation: Innovation,
  meta: InnovationMeta,
  tab: string,
  row: number,
  problems: string[],
  contentFingerprint: string,
): StoredInnovation {
  return {
    innovation,
    status: meta.status,
    storedStatus: meta.status,
    revision: meta.revision,
    fingerprint: contentFingerprint,
    storedFingerprint: meta.fingerprint,
    idempotencyKey: meta.idempotencyKey,
    tab,
    row,
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
    updatedBy: meta.updatedBy,
    updatedAt: meta.updatedAt,
    problems,
    seal: meta.seal ?? '',
  };
}

// --- Verifikasi -----------------------------------------------------------------------------------

export function verificationFromRow(
  layout: TableLayout,
  row: TableRow,
  ctx: ReadContext,
): StoredVerification {
  const r = reader(layout, row, ctx.timeZone);
  const id = r.text('id').trim();
  if (!id) r.problem('id', CELL_PROBLEMS.required);
  const decision = r.code('status');
  const v: StoredVerification = {
    id,
    opd: r.text('opd').trim(),
    revision: r.integer('revision') ?? 0,
    row: row.rowNumber,
    status: decision === 'verified' || decision === 'returned' ? decision : 'pending',
    fingerprint: r.text('fingerprint').trim(),
    indicators: {},
    notes: {},
  };
  const note = r.optionalText('note');
  if (note !== undefined) v.note = note;
  const by = r.optionalText('verifiedBy');
  if (by !== undefined) v.verifiedBy = by;
  const at = r.timestamp('verifiedAt');
  if (at) v.verifiedAt = at;
  for (const { id: ind } of ctx.input.indicators) {
    const verdict = r.code(`indicators.${ind}`);
    if (verdict === 'accepted' || verdict === 'rejected') v.indicators![ind] = verdict;
    const n = r.optionalText(`notes.${ind}`);
    if (n !== undefined) v.notes![ind] = n;
  }
  v.problems = r.problems;
  return v;
}

export function verificationValues(
  v: StoredVerification,
  innovationName: string,
  input: LayoutInput,
): Record<string, unknown> {
  const values: Record<string, unknown> = {
    id: v.id,
    opd: v.opd,
    name: innovationName,
    revision: v.revision,
    fingerprint: v.fingerprint,
    status: v.status === 'pending' ? '' : v.status,
    note: v.note,
    verifiedBy: v.verifiedBy,
    verifiedAt: v.verifiedAt,
  };
  for (const { id } of input.indicators) {
    values[`indicators.${id}`] = v.indicators?.[id];
    values[`notes.${id}`] = v.notes?.[id];
  }
  return values;
}

/** Text for a one-off cell outside a table (e.g. the description line), escaped like any text. */
export function textCell(value: string): CellValue {
  return toCellText(value);
}
