// Source rows → draft innovations: the mapping is checked first (a required field without a
// column stops everything), then every cell is converted and every row validated with the core's
// draft rules, so a row is either a valid draft for a known, active OPD or a list of reasons. Pure.
import type { Innovation, Origin } from '../../core/model';
import type { Rubric } from '../../core/rubric';
import { validateInnovation } from '../../core/schemas';
import { IMPORT_FIELDS, type ImportField } from '../../shared/import-api';
import { IMPORT_TEXT } from '../../shared/messages/import';
import type { OpdRecord } from '../model';
import type { LayoutInput } from '../sheets/layout';
import { todayIn } from '../time';
import { opdOf } from '../training/layout';
import { cellText, convertCell, fieldColumns, fieldLabel, isImportField } from './fields';
import type { SourceTable } from './parse';

export interface ImportContext {
  rubric: Rubric;
  input: LayoutInput;
  timeZone: string;
  /** The OPDs of the OPD tab without problems (active or not). */
  opds: readonly OpdRecord[];
  /** For rows whose OPD cell is empty. */
  defaultOpd: OpdRecord | null;
}

export interface Candidate {
  row: number;
  opd: OpdRecord | null;
  name: string;
  /** The validated draft; null when the row is rejected. */
  innovation: Innovation | null;
  messages: string[];
}

/** Why the mapping cannot be used as it is (empty when it can). Unknown field names count as "ignore". */
export function mappingProblems(mapping: readonly string[], hasDefaultOpd: boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const f of mapping) if (isImportField(f)) seen.set(f, (seen.get(f) ?? 0) + 1);
  if (!seen.has('name')) problems.push(IMPORT_TEXT.mapping.required(fieldLabel('name')));
  if (!seen.has('opd') && !hasDefaultOpd) problems.push(IMPORT_TEXT.mapping.requiredOpd);
  for (const field of IMPORT_FIELDS)
    if ((seen.get(field) ?? 0) > 1) problems.push(IMPORT_TEXT.mapping.twice(fieldLabel(field)));
  return problems;
}

function blank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const TEXT_FIELDS = ['initiatorName', 'design', 'goal', 'benefit', 'result'] as const;
const CODE_FIELDS = [
  'stage',
  'mainAffair',
  'initiator',
  'kind',
  'form',
  'theme',
  'classification',
  'pkpnCluster',
] as const;
const DATE_FIELDS = ['trialDate', 'implementationDate', 'developmentDate'] as const;

/** Every data row as a candidate draft (the mapping must have passed mappingProblems). */
export function buildCandidates(
  table: SourceTable,
  mapping: readonly string[],
  ctx: ImportContext,
): Candidate[] {
  const columns = fieldColumns(ctx.input);
  // Imported dates say when something happened, like the sidebar's: none after today.
  const today = todayIn(ctx.timeZone);
  return table.rows.map((source): Candidate => {
    const messages: string[] = [];
    const values = new Map<ImportField, unknown>();
    let opdText = '';
    mapping.forEach((field, i) => {
      if (!isImportField(field)) return;
      const raw = source.cells[i];
      if (blank(raw)) return;
      if (field === 'opd') {
        opdText = cellText(raw, ctx.timeZone);
        return;
      }
      const converted = convertCell(field, raw, columns.get(field), ctx.timeZone);
      if (converted.ok) values.set(field, converted.value);
      else messages.push(converted.message);
    });
    const name = String(values.get('name') ?? '');
    let opd: OpdRecord | null = null;
    if (opdText) {
      const code = opdOf(opdText, ctx.opds);
      opd = ctx.opds.find((o) => o.code === code) ?? null;
      if (!opd) messages.push(IMPORT_TEXT.row.unknownOpd(opdText));
    } else if (ctx.defaultOpd) opd = ctx.defaultOpd;
    else messages.push(IMPORT_TEXT.row.missingOpd);
    if (opd && !opd.active) messages.push(IMPORT_TEXT.row.inactiveOpd(opd.code));

    const draft: Record<string, unknown> = { id: '', opd: opd?.code ?? '', name, indicators: {} };
    for (const f of [...TEXT_FIELDS, ...CODE_FIELDS, ...DATE_FIELDS])
      if (values.has(f)) draft[f] = values.get(f);
    if (values.has('otherAffairs')) draft.otherAffairs = values.get('otherAffairs');
    const originKeys = ['origin.kind', 'origin.title', 'origin.participant', 'origin.year'] as const;
    if (originKeys.some((k) => values.has(k))) {
      const origin: Origin = { kind: (values.get('origin.kind') as Origin['kind'] | undefined) ?? 'lainnya' };
      if (values.has('origin.title')) origin.title = String(values.get('origin.title'));
      if (values.has('origin.participant')) origin.participant = String(values.get('origin.participant'));
      if (values.has('origin.year')) origin.year = values.get('origin.year') as number;
      draft.origin = origin;
    }
    const checked = validateInnovation(ctx.rubric, draft, 'draft', { today });
    if (!checked.ok) for (const e of checked.errors) if (e.path !== 'opd' || opd) messages.push(e.message);
    return {
      row: source.row,
      opd,
      name,
      innovation: checked.ok && messages.length === 0 ? checked.value : null,
      messages,
    };
  });
}
