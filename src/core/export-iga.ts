// The IGA export: the innovations the regency will send to the national IID application, one row
// each, in the order and wording of the national form (methodology §2), then per SID indicator the
// parameter text chosen, nomor and tanggal surat and the evidence link. Plus a CSV of the same
// that spreadsheet programs open safely. Pure: the server writes the tab and serves the CSV.
import { EXPORT_TEXT } from '../shared/messages/export';
import type { IndicatorEntry, Innovation, ScoringResult } from './model';

type InnovationScore = ScoringResult['innovations'][number];

import type { Rubric } from './rubric/schema';
import { findUrusan } from './urusan';

export type ExportCell = string | number;

export interface IgaTable {
  headers: string[];
  /** Number of leading columns that are the national form itself (the rest are helpers). */
  formColumns: number;
  rows: ExportCell[][];
  /** Innovation id of each row, in row order. */
  ids: string[];
}

export interface ExportInput {
  rubric: Pick<Rubric, 'sid' | 'profile'>;
  /** The core's score of exactly `innovations`, in the same order. */
  scoring: Pick<ScoringResult, 'innovations'>;
  innovations: readonly { innovation: Innovation }[];
  /** OPD order and names (the OPD tab); rows follow this order, then the innovation's name. */
  opds: readonly { code: string; name: string }[];
}

const H = EXPORT_TEXT.headers;

/** Only innovations counted in the verified projection go to the national application. */
export function buildIgaTable(input: ExportInput): IgaTable {
  const indicators = [...input.rubric.sid.indicators].sort((a, b) => a.number - b.number);
  const headers: string[] = [
    H.name,
    H.stage,
    H.initiator,
    H.initiatorName,
    H.kind,
    H.form,
    H.theme,
    H.pkpnCluster,
    H.classification,
    H.mainAffair,
    H.otherAffairs,
    H.trialDate,
    H.implementationDate,
    H.developmentDate,
    H.design,
    H.goal,
    H.benefit,
    H.result,
  ];
  for (const ind of indicators) {
    headers.push(
      H.parameter(ind.id, ind.name),
      H.letterNumber(ind.id),
      H.letterDate(ind.id),
      H.evidence(ind.id),
    );
  }
  const formColumns = headers.length;
  headers.push(H.opd, H.id, H.verifiedSidScore, H.note);

  // Results are paired with innovations by position, never by ID: an ID typed into another row
  // (or another OPD's tab) must not lend that row someone else's verified score.
  const counted = new Map<Innovation, InnovationScore>();
  input.innovations.forEach((s, i) => {
    const r = input.scoring.innovations[i];
    if (r?.verifiedCounted && r.id === s.innovation.id) counted.set(s.innovation, r);
  });
  const opdOrder = new Map(input.opds.map((o, i) => [o.code, i] as const));
  const opdName = new Map(input.opds.map((o) => [o.code, o.name] as const));
  const chosen = input.innovations
    .map((s) => s.innovation)
    .filter((inn) => counted.has(inn))
    .sort(
      (a, b) =>
        (opdOrder.get(a.opd) ?? Number.MAX_SAFE_INTEGER) - (opdOrder.get(b.opd) ?? Number.MAX_SAFE_INTEGER) ||
        a.opd.localeCompare(b.opd) ||
        a.name.localeCompare(b.name, 'id') ||
        a.id.localeCompare(b.id),
    );

  const profile = input.rubric.profile;
  const rows = chosen.map((inn) => {
    const row: ExportCell[] = [
      inn.name,
      EXPORT_TEXT.stages[inn.stage],
      optionLabel(profile.initiators, inn.initiator),
      inn.initiatorName ?? '',
      optionLabel(profile.kinds, inn.kind),
      optionLabel(profile.forms, inn.form),
      optionLabel(profile.themes, inn.theme),
      optionLabel(profile.pkpnClusters, inn.pkpnCluster),
      optionLabel(profile.classifications, inn.classification),
      urusanName(inn.mainAffair),
      (inn.otherAffairs ?? []).map(urusanName).join('; '),
      inn.trialDate ?? '',
      inn.implementationDate ?? '',
      inn.developmentDate ?? '',
      inn.design ?? '',
      inn.goal ?? '',
      inn.benefit ?? '',
      inn.result ?? '',
    ];
    const rejected: string[] = [];
    const withoutEvidence: string[] = [];
    for (const ind of indicators) {
      const entry: IndicatorEntry | undefined = inn.indicators[ind.id];
      const level = entry?.level ?? 0;
      if (level > 0 && inn.verification?.indicators?.[ind.id] === 'rejected') {
        // The verifikator found the evidence does not support the level: sending it nationally
        // would only be rejected there, so the claim is left out and said so in the note.
        rejected.push(ind.id);
        row.push('', '', '', '');
        continue;
      }
      if (level > 0 && !entry?.evidence?.trim()) withoutEvidence.push(ind.id);
      row.push(
        level > 0 ? parameterText(ind, level, inn.benefitBasis) : '',
        level > 0 ? (entry?.letterNumber ?? '') : '',
        level > 0 ? (entry?.letterDate ?? '') : '',
        level > 0 ? (entry?.evidence ?? '').trim() : '',
      );
    }
    const notes: string[] = [];
    if (rejected.length) notes.push(EXPORT_TEXT.rejectedNote(rejected));
    if (withoutEvidence.length) notes.push(EXPORT_TEXT.noEvidenceNote(withoutEvidence));
    row.push(
      opdName.get(inn.opd) ?? inn.opd,
      inn.id,
      counted.get(inn)?.verifiedSidScore ?? 0,
      notes.join(' '),
    );
    return row;
  });
  return { headers, formColumns, rows, ids: chosen.map((i) => i.id) };
}

type SidIndicatorData = Pick<Rubric, 'sid'>['sid']['indicators'][number];

function parameterText(ind: SidIndicatorData, level: number, basisId: string | undefined): string {
  if (ind.bases) {
    const basis = ind.bases.find((b) => b.id === (basisId ?? ind.defaultBasis)) ?? ind.bases[0];
    if (basis) return `${basis.parameters[level - 1] ?? ''} (${EXPORT_TEXT.basis(basis.id, basis.measure)})`;
  }
  return ind.parameters[level - 1] ?? '';
}

function optionLabel(
  options: readonly { code: string; label: string }[] | undefined,
  code: string | undefined,
) {
  if (!code) return '';
  return options?.find((o) => o.code === code)?.label ?? code;
}

function urusanName(code: string): string {
  return findUrusan(code)?.name ?? code;
}

export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  /** ',' (RFC 4180, default) or ';' (what Excel expects where the decimal mark is a comma). */
  separator?: CsvSeparator;
}

// Cells a spreadsheet program could read as a formula or a DDE command (OWASP "CSV injection"),
// also after leading blanks and in their full-width forms.
const FORMULA_LIKE = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** Makes a text cell inert for spreadsheet programs: a leading apostrophe marks it as text. */
export function neutraliseCell(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV: CRLF line ends, a field quoted (quotes doubled) when it holds the separator, a
 * quote or a line break. Starts with a UTF-8 BOM so Excel reads the Indonesian text right.
 * Numbers use the decimal mark that matches the separator, so ';' files open as numbers in
 * Excel set to Indonesian.
 */
export function toCsv(
  table: { headers: readonly string[]; rows: readonly (readonly ExportCell[])[] },
  options: CsvOptions = {},
): string {
  const sep = options.separator ?? ',';
  const field = (cell: ExportCell): string => {
    const text =
      typeof cell === 'number'
        ? sep === ';'
          ? String(cell).replace('.', ',')
          : String(cell)
        : neutraliseCell(cell);
    return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.headers, ...table.rows].map((row) => row.map(field).join(sep));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
