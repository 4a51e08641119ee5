// The column layout of every tab, in one place. Everything that reads or writes a tab (setup, the
// registry reader, saves, verification, recalculation) takes its tab names, header texts, column
// order, kinds and dropdown lists from here, so a column is added or renamed in exactly one spot.
//
// Conventions shared by every table tab:
// - row 1 holds a one-line description of the tab (who writes it, how), row 2 the headers, data
//   starts on row 3; setup freezes the first two rows.
// - dates are stored as plain-text ISO strings (`YYYY-MM-DD`, timestamps `YYYY-MM-DDTHH:mm:ss.sssZ`)
//   in columns formatted as plain text: they cross google.script.run unchanged (a Date would arrive
//   as null), sort correctly as text, and Sheets never re-interprets them in the viewer's locale.
// - enumerations are stored as their Indonesian label (what people pick in the dropdown); the
//   registry maps labels to the model's codes and also accepts the code itself.
// - levels (0–3) are numbers; checkboxes are booleans.

import { STAGE_LABELS } from '../../shared/messages/core';
import {
  FORM_LABELS,
  HEADERS,
  INITIATOR_LABELS,
  KIND_LABELS,
  OPD_TAB_PREFIX,
  ORIGIN_LABELS,
  ROLE_LABELS,
  SETTING_LABELS,
  STATUS_LABELS,
  TAB_DESCRIPTIONS,
  TAB_NAMES,
  VERDICT_LABELS,
} from '../../shared/messages/server';

/** Bumped whenever a tab's columns change; stored on Pengaturan so a later setup knows to repair. */
export const LAYOUT_VERSION = 2;

export const DESCRIPTION_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/**
 * `timestamp`: a moment written by the server, stored as a real date-time (shown in the
 * spreadsheet's time zone, set to the regency's by setup, with TIMESTAMP_FORMAT).
 */
export type ColumnKind = 'text' | 'enum' | 'date' | 'timestamp' | 'number' | 'checkbox' | 'level';

/** Day first, 24-hour clock, as Indonesian readers expect ("05/12/2026 08:35"). */
export const TIMESTAMP_FORMAT = 'dd/mm/yyyy hh:mm';

export interface EnumOption {
  code: string;
  label: string;
}

export interface Column {
  /** Dotted path into the record, e.g. `indicators.16.evidence` (matches FieldError.path). */
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  /** Dropdown values for `enum` columns (the label is what the sheet shows). */
  readonly options?: readonly EnumOption[];
  /** Shown as a note on the header cell (e.g. the indicator's full name). */
  readonly note?: string;
  /** Width in pixels, for long free text. */
  readonly width?: number;
}

/** Who may write a tab; setup turns this into sheet protections from the Pengguna tab. */
export type TabAccess = 'opd' | 'verification' | 'generated' | 'admin';

export interface TableLayout {
  readonly name: string;
  readonly access: TabAccess;
  readonly description: string;
  readonly columns: readonly Column[];
  /** Columns kept visible while scrolling sideways. */
  readonly frozenColumns: number;
}

export const LEVEL_VALUES = [0, 1, 2, 3] as const;

/**
 * True for columns whose cells take text a person typed (or a code/date stored as text): they get
 * the plain-text number format `@`, so Sheets never turns "007" into 7, "1/2" into a date or
 * "TRUE" into a boolean, and their values are escaped by `toCellText` (see registry.ts).
 */
export function isPlainTextColumn(column: Column): boolean {
  return column.kind === 'text' || column.kind === 'date' || column.kind === 'enum';
}

/** The part of a rubric the layout needs; built from the core's Rubric by `layoutInputFromRubric`. */
export interface LayoutInput {
  /** SID indicators in form order, ids "16".."35". */
  indicators: readonly { id: string; name: string }[];
  /** Urusan (code → name) for the urusan dropdown. */
  affairs: readonly EnumOption[];
  /** Profile lists of the rubric; the labels of messages/server.ts are the fallback. */
  initiators?: readonly EnumOption[];
  kinds?: readonly EnumOption[];
  forms?: readonly EnumOption[];
  themes?: readonly EnumOption[];
  classifications?: readonly EnumOption[];
  pkpnClusters?: readonly EnumOption[];
  benefitBases?: readonly EnumOption[];
}

function options(labels: Record<string, string>): EnumOption[] {
  return Object.entries(labels).map(([code, label]) => ({ code, label }));
}

export const STAGE_OPTIONS = options(STAGE_LABELS);
export const INITIATOR_OPTIONS = options(INITIATOR_LABELS);
export const KIND_OPTIONS = options(KIND_LABELS);
export const FORM_OPTIONS = options(FORM_LABELS);
export const ORIGIN_OPTIONS = options(ORIGIN_LABELS);
export const ROLE_OPTIONS = options(ROLE_LABELS);
export const VERDICT_OPTIONS = options(VERDICT_LABELS);
/** What the OPD tab stores; returned/verified/reverify are derived from Verifikasi, never stored there. */
export const STORED_STATUS_OPTIONS: EnumOption[] = [
  { code: 'draft', label: STATUS_LABELS.draft },
  { code: 'submitted', label: STATUS_LABELS.submitted },
];
export const STATUS_OPTIONS = options(STATUS_LABELS);
export const DECISION_OPTIONS: EnumOption[] = [
  { code: 'verified', label: STATUS_LABELS.verified },
  { code: 'returned', label: STATUS_LABELS.returned },
];

const text = (key: string, header: string, width?: number): Column => ({ key, header, kind: 'text', width });
const date = (key: string, header: string): Column => ({ key, header, kind: 'date' });
const num = (key: string, header: string): Column => ({ key, header, kind: 'number' });
const enumCol = (key: string, header: string, opts: readonly EnumOption[]): Column => ({
  key,
  header,
  kind: 'enum',
  options: opts,
});

// --- OPD input tabs -------------------------------------------------------------------------------

/**
 * OPD codes name the OPD's input tab, so they are kept short and safe: letters, digits, `_` and `-`,
 * upper case, at most 30 characters (the tab name stays readable in the tab bar and far below
 * Sheets' 100-character limit). Any other character becomes `_`; a code that changes under this
 * rule is reported as a problem on the OPD tab, because two such codes could share one tab.
 */
export const OPD_CODE_MAX = 30;
export const OPD_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,29}$/;

export function normalizeOpdCode(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9_-]+/g, '_')
    .replace(/^[_-]+/, '')
    .slice(0, OPD_CODE_MAX);
}

/** Input tab of an OPD: "Inovasi " + its normalised code, e.g. "Inovasi DINKES". */
export function opdTabName(code: string): string {
  return `${OPD_TAB_PREFIX}${normalizeOpdCode(code)}`;
}

const stamp = (key: string, header: string): Column => ({ key, header, kind: 'timestamp' });

/** The stored status, right after the name: what people look for first. Written by the server. */
export const STATUS_COLUMN: Column = enumCol('status', HEADERS.status, STORED_STATUS_OPTIONS);

/**
 * Technical columns filled by the server on every save, never by hand: grouped at the end of an
 * OPD tab (a collapsed column group) and, with the status, covered by a warning-only protection.
 * The seal holds a short hash per column, so a hand edit of any of them is detected and named.
 */
export const META_COLUMNS: readonly Column[] = [
  text('id', HEADERS.id),
  num('revision', HEADERS.revision),
  text('idempotencyKey', HEADERS.idempotencyKey),
  text('fingerprint', HEADERS.fingerprint),
  text('seal', HEADERS.seal),
  text('createdBy', HEADERS.createdBy),
  stamp('createdAt', HEADERS.createdAt),
  text('updatedBy', HEADERS.updatedBy),
  stamp('updatedAt', HEADERS.updatedAt),
];

/** Keys of the server-owned columns of an OPD tab (the status and the technical group). */
export const SERVER_OWNED_KEYS: ReadonlySet<string> = new Set([
  STATUS_COLUMN.key,
  ...META_COLUMNS.map((c) => c.key),
]);

export const INDICATOR_FIELDS = ['level', 'evidence', 'letterNumber', 'letterDate', 'note'] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export function indicatorColumns(indicator: { id: string; name: string }): Column[] {
  const { id, name } = indicator;
  const note = `Indikator ${id}: ${name}`;
  return [
    { key: `indicators.${id}.level`, header: HEADERS.level(id), kind: 'level', note },
    { key: `indicators.${id}.evidence`, header: HEADERS.evidence(id), kind: 'text', note },
    { key: `indicators.${id}.letterNumber`, header: HEADERS.letterNumber(id), kind: 'text', note },
    { key: `indicators.${id}.letterDate`, header: HEADERS.letterDate(id), kind: 'date', note },
    { key: `indicators.${id}.note`, header: HEADERS.note(id), kind: 'text', note },
  ];
}

export function profileColumns(input: LayoutInput): Column[] {
  const cols: Column[] = [
    enumCol('stage', HEADERS.stage, STAGE_OPTIONS),
    enumCol('initiator', HEADERS.initiator, input.initiators?.length ? input.initiators : INITIATOR_OPTIONS),
    text('initiatorName', HEADERS.initiatorName),
    enumCol('kind', HEADERS.kind, input.kinds?.length ? input.kinds : KIND_OPTIONS),
    enumCol('form', HEADERS.form, input.forms?.length ? input.forms : FORM_OPTIONS),
    input.themes?.length ? enumCol('theme', HEADERS.theme, input.themes) : text('theme', HEADERS.theme),
    input.classifications?.length
      ? enumCol('classification', HEADERS.classification, input.classifications)
      : text('classification', HEADERS.classification),
    input.pkpnClusters?.length
      ? enumCol('pkpnCluster', HEADERS.pkpnCluster, input.pkpnClusters)
      : text('pkpnCluster', HEADERS.pkpnCluster),
    enumCol('mainAffair', HEADERS.mainAffair, input.affairs),
    // Several urusan in one cell (names or codes separated by ";"), so no single-choice dropdown.
    text('otherAffairs', HEADERS.otherAffairs, 200),
    date('trialDate', HEADERS.trialDate),
    date('implementationDate', HEADERS.implementationDate),
    date('developmentDate', HEADERS.developmentDate),
    text('design', HEADERS.design, 320),
    text('goal', HEADERS.goal, 240),
    text('benefit', HEADERS.benefit, 240),
    text('result', HEADERS.result, 240),
    input.benefitBases?.length
      ? enumCol('benefitBasis', HEADERS.benefitBasis, input.benefitBases)
      : text('benefitBasis', HEADERS.benefitBasis),
    enumCol('origin.kind', HEADERS.originKind, ORIGIN_OPTIONS),
    text('origin.title', HEADERS.originTitle, 200),
    text('origin.participant', HEADERS.originParticipant),
    num('origin.year', HEADERS.originYear),
  ];
  return cols;
}

/**
 * One OPD's input tab: the name and the status first, the profile and origin, five columns per SID
 * indicator, then the technical columns (META_COLUMNS) at the end.
 */
export function opdTabLayout(opd: { code: string; name: string }, input: LayoutInput): TableLayout {
  return {
    name: opdTabName(opd.code),
    access: 'opd',
    description: TAB_DESCRIPTIONS.opdTab(opd.name),
    columns: [
      text('name', HEADERS.name, 240),
      STATUS_COLUMN,
      ...profileColumns(input),
      ...input.indicators.flatMap(indicatorColumns),
      ...META_COLUMNS,
    ],
    frozenColumns: 1,
  };
}

/** The technical group of an OPD layout: 1-based first column and width (it ends the layout). */
export function technicalGroup(layout: TableLayout): { start: number; width: number } {
  return { start: layout.columns.length - META_COLUMNS.length + 1, width: META_COLUMNS.length };
}

// --- Verifikasi -----------------------------------------------------------------------------------

/** One row per innovation (its latest verification), replaced in place on each new verdict. */
export function verificationLayout(input: LayoutInput): TableLayout {
  return {
    name: TAB_NAMES.verification,
    access: 'verification',
    description: TAB_DESCRIPTIONS.verification,
    columns: [
      text('id', HEADERS.id),
      text('opd', HEADERS.opd),
      text('name', HEADERS.name, 240),
      num('revision', HEADERS.checkedRevision),
      text('fingerprint', HEADERS.checkedFingerprint),
      enumCol('status', HEADERS.decision, DECISION_OPTIONS),
      text('note', HEADERS.generalNote, 240),
      text('verifiedBy', HEADERS.verifiedBy),
      stamp('verifiedAt', HEADERS.verifiedAt),
      ...input.indicators.flatMap(({ id, name }): Column[] => [
        {
          key: `indicators.${id}`,
          header: HEADERS.verdict(id),
          kind: 'enum',
          options: VERDICT_OPTIONS,
          note: `Indikator ${id}: ${name}`,
        },
        {
          key: `notes.${id}`,
          header: HEADERS.verdictNote(id),
          kind: 'text',
          note: `Indikator ${id}: ${name}`,
        },
      ]),
    ],
    frozenColumns: 1,
  };
}

// --- Admin tabs -----------------------------------------------------------------------------------

/** One row per SPD row of the rubric (`id` like "2a"); setup writes the first five columns. */
export const SPD_LAYOUT: TableLayout = {
  name: TAB_NAMES.spd,
  access: 'admin',
  description: TAB_DESCRIPTIONS.spd,
  columns: [
    text('id', HEADERS.spdRow),
    text('number', HEADERS.spdNumber),
    text('variable', HEADERS.variable),
    text('name', HEADERS.indicator, 280),
    num('weight', HEADERS.weight),
    { key: 'level', header: HEADERS.levelPlain, kind: 'level' },
    text('evidence', HEADERS.evidencePlain, 200),
    text('letterNumber', HEADERS.letterNumberPlain),
    date('letterDate', HEADERS.letterDatePlain),
    text('note', HEADERS.notePlain, 200),
  ],
  frozenColumns: 1,
};

/** Key/value rows; the key column holds the labels of SETTING_LABELS. */
export const SETTINGS_LAYOUT: TableLayout = {
  name: TAB_NAMES.settings,
  access: 'admin',
  description: TAB_DESCRIPTIONS.settings,
  columns: [
    text('key', HEADERS.settingKey, 200),
    text('value', HEADERS.settingValue, 200),
    text('help', HEADERS.settingHelp, 360),
  ],
  frozenColumns: 0,
};

export type SettingKey = keyof typeof SETTING_LABELS;
export const SETTING_KEYS = Object.keys(SETTING_LABELS) as SettingKey[];

export function usersLayout(opdCodes: readonly string[]): TableLayout {
  return {
    name: TAB_NAMES.users,
    access: 'admin',
    description: TAB_DESCRIPTIONS.users,
    columns: [
      text('email', HEADERS.email, 220),
      text('name', HEADERS.userName, 180),
      enumCol('role', HEADERS.role, ROLE_OPTIONS),
      enumCol(
        'opd',
        HEADERS.opd,
        opdCodes.map((code) => ({ code, label: code })),
      ),
      { key: 'active', header: HEADERS.active, kind: 'checkbox' },
    ],
    frozenColumns: 1,
  };
}

export const OPDS_LAYOUT: TableLayout = {
  name: TAB_NAMES.opds,
  access: 'admin',
  description: TAB_DESCRIPTIONS.opds,
  columns: [
    text('code', HEADERS.opdCode),
    text('name', HEADERS.opdName, 260),
    { key: 'active', header: HEADERS.active, kind: 'checkbox' },
  ],
  frozenColumns: 1,
};

// --- Generated tabs (written by the recalculation, read by people) --------------------------------

export const SCORES_LAYOUT: TableLayout = {
  name: TAB_NAMES.scores,
  access: 'generated',
  description: TAB_DESCRIPTIONS.scores,
  columns: [
    text('opd', HEADERS.opd),
    text('opdName', HEADERS.opdName, 200),
    text('id', HEADERS.id),
    text('name', HEADERS.name, 240),
    text('stage', HEADERS.stageLabel),
    text('status', HEADERS.statusLabel),
    { key: 'counted', header: HEADERS.counted, kind: 'checkbox' },
    num('sidScore', HEADERS.sidScore),
    { key: 'verifiedCounted', header: HEADERS.verifiedCounted, kind: 'checkbox' },
    num('verifiedSidScore', HEADERS.verifiedSidScore),
    text('reasons', HEADERS.reasons, 320),
    text('problems', HEADERS.problems, 240),
    date('updatedAt', HEADERS.updatedAt),
  ],
  frozenColumns: 3,
};

export const OPD_SUMMARY_LAYOUT: TableLayout = {
  name: TAB_NAMES.opdSummary,
  access: 'generated',
  description: TAB_DESCRIPTIONS.opdSummary,
  columns: [
    num('rank', HEADERS.rank),
    text('opd', HEADERS.opd),
    text('name', HEADERS.opdName, 220),
    num('total', HEADERS.total),
    num('byStage.inisiatif', HEADERS.stageInisiatif),
    num('byStage.uji_coba', HEADERS.stageUjiCoba),
    num('byStage.penerapan', HEADERS.stagePenerapan),
    num('counted', HEADERS.counted),
    num('verifiedCounted', HEADERS.verifiedCounted),
    num('meanSid', HEADERS.meanSid),
    num('contribution', HEADERS.contribution),
    num('verifiedContribution', HEADERS.verifiedContribution),
    text('remark', HEADERS.remark, 200),
  ],
  frozenColumns: 3,
};

/** The dashboard is free-form (blocks and charts laid out by the recalculation), not a table. */
export const DASHBOARD_TAB = TAB_NAMES.dashboard;

/** Tabs in the order setup creates them (the dashboard first, so it opens on top). */
export function allTables(
  opds: readonly { code: string; name: string }[],
  input: LayoutInput,
): TableLayout[] {
  return [
    OPD_SUMMARY_LAYOUT,
    SCORES_LAYOUT,
    ...opds.map((opd) => opdTabLayout(opd, input)),
    verificationLayout(input),
    SPD_LAYOUT,
    SETTINGS_LAYOUT,
    usersLayout(opds.map((o) => o.code)),
    OPDS_LAYOUT,
  ];
}

/** 1-based column number of a key in a layout, or 0 when the layout has no such column. */
export function columnNumber(layout: TableLayout, key: string): number {
  return layout.columns.findIndex((c) => c.key === key) + 1;
}

/** Column letter(s) for a 1-based column number, e.g. 28 → "AB" (for A1 ranges and messages). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
