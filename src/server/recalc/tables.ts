// The two generated table tabs as data: Skor Inovasi (one row per innovation of the regency) and
// Ringkasan OPD (one row per OPD). Pure: the records and the core's result in, cell rows out.
import type { InnovationResult, OpdResult, ScoringResult } from '../../core/model';
import { OPD_SUMMARY_TEXT, RECALC_FORMATS, SCORES_TEXT } from '../../shared/messages/recalc';
import { STAGE_LABELS, STATUS_LABELS } from '../../shared/messages/server';
import type { OpdRecord, StoredInnovation } from '../model';
import type { CellValue } from '../sheets/cells';
import { isPlainTextColumn, OPD_SUMMARY_LAYOUT, SCORES_LAYOUT, type TableLayout } from '../sheets/layout';
import { encodeRow } from '../sheets/table';
import { formatWhen } from '../time';

export const NOTHING_BACKGROUND = '#f4c7c3';
export const NONE_COUNTED_BACKGROUND = '#fce8b2';
export const COUNTED_BACKGROUND = '#d9ead3';
export const PLAIN_BACKGROUND = '#ffffff';

/** A generated table: rows in layout order, plus one background per row. */
export interface TableData {
  layout: TableLayout;
  rows: CellValue[][];
  backgrounds: string[];
}

/** Number format per column: text as text, scores with two decimals, counts whole. */
export function columnFormats(layout: TableLayout, counts: ReadonlySet<string> = new Set()): string[] {
  return layout.columns.map((c) => {
    if (isPlainTextColumn(c)) return RECALC_FORMATS.text;
    if (c.kind === 'number') return counts.has(c.key) ? RECALC_FORMATS.count : RECALC_FORMATS.score;
    return 'General';
  });
}

export const SCORES_FORMATS = columnFormats(SCORES_LAYOUT);
export const OPD_SUMMARY_FORMATS = columnFormats(
  OPD_SUMMARY_LAYOUT,
  new Set([
    'rank',
    'total',
    'byStage.inisiatif',
    'byStage.uji_coba',
    'byStage.penerapan',
    'counted',
    'verifiedCounted',
  ]),
);

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}

/** Why an innovation does not count, claimed first; the verified reasons only where they differ. */
export function reasonText(r: InnovationResult): string {
  const claimed = r.counted ? [] : r.reasons;
  const verified = r.verifiedCounted ? [] : r.verifiedReasons.filter((x) => !claimed.includes(x));
  const parts = [...claimed];
  if (verified.length)
    parts.push(`${SCORES_TEXT.verifiedPrefix}${verified.join(SCORES_TEXT.reasonSeparator)}`);
  return parts.join(SCORES_TEXT.reasonSeparator);
}

/**
 * One row per innovation, in the order of the OPD list and then of each tab; `results[i]` belongs
 * to `stored[i]` (the core keeps the input order).
 */
export function scoresTable(
  stored: readonly StoredInnovation[],
  results: readonly InnovationResult[],
  opds: readonly OpdRecord[],
  timeZone: string,
): TableData {
  const opdName = new Map(opds.map((o) => [o.code, o.name]));
  const order = new Map(opds.map((o, i) => [o.code, i]));
  const indexes = stored.map((_, i) => i);
  // A stable sort keeps each tab's row order within an OPD.
  indexes.sort(
    (a, b) => (order.get(stored[a]!.innovation.opd) ?? 1e9) - (order.get(stored[b]!.innovation.opd) ?? 1e9),
  );
  const rows: CellValue[][] = [];
  const backgrounds: string[] = [];
  for (const i of indexes) {
    const s = stored[i]!;
    const r = results[i];
    const inn = s.innovation;
    rows.push(
      encodeRow(
        SCORES_LAYOUT,
        {
          opd: inn.opd,
          opdName: opdName.get(inn.opd) ?? '',
          id: inn.id,
          name: inn.name,
          stage: inn.stage ? STAGE_LABELS[inn.stage] : '',
          status: STATUS_LABELS[s.status] ?? s.status,
          counted: r?.counted === true,
          sidScore: r?.sidScore ?? 0,
          verifiedCounted: r?.verifiedCounted === true,
          verifiedSidScore: r?.verifiedSidScore ?? 0,
          reasons: r ? reasonText(r) : '',
          problems: unique([...s.problems, ...(r?.problems ?? [])]).join(' '),
          updatedAt: s.updatedAt ? formatWhen(s.updatedAt, timeZone) : '',
        },
        SCORES_FORMATS,
      ),
    );
    backgrounds.push(r?.verifiedCounted ? COUNTED_BACKGROUND : PLAIN_BACKGROUND);
  }
  if (rows.length === 0) {
    rows.push(encodeRow(SCORES_LAYOUT, { name: SCORES_TEXT.none }, SCORES_FORMATS));
    backgrounds.push(PLAIN_BACKGROUND);
  }
  return { layout: SCORES_LAYOUT, rows, backgrounds };
}

/** OPD rows sorted by rank (ties in the order of the OPD list); the OPDs that reported nothing in red. */
export function sortedOpds(result: ScoringResult, opds: readonly OpdRecord[]): OpdResult[] {
  const order = new Map(opds.map((o, i) => [o.code, i]));
  return [...result.opds].sort(
    (a, b) =>
      a.rank - b.rank || (order.get(a.opd) ?? 1e9) - (order.get(b.opd) ?? 1e9) || a.opd.localeCompare(b.opd),
  );
}

export function opdRemark(
  o: OpdResult,
  nothing: ReadonlySet<string>,
  known: ReadonlyMap<string, OpdRecord>,
): string {
  const record = known.get(o.opd);
  if (!record) return OPD_SUMMARY_TEXT.unknownOpd;
  if (nothing.has(o.opd) || o.total === 0) return OPD_SUMMARY_TEXT.nothing;
  if (!record.active) return OPD_SUMMARY_TEXT.inactive;
  if (o.counted === 0) return OPD_SUMMARY_TEXT.noneCounted;
  return '';
}

export function opdSummaryTable(result: ScoringResult, opds: readonly OpdRecord[]): TableData {
  const nothing = new Set(result.opdsWithNothing);
  const known = new Map(opds.map((o) => [o.code, o]));
  const rows: CellValue[][] = [];
  const backgrounds: string[] = [];
  for (const o of sortedOpds(result, opds)) {
    rows.push(
      encodeRow(
        OPD_SUMMARY_LAYOUT,
        {
          rank: o.rank,
          opd: o.opd,
          name: o.name || known.get(o.opd)?.name || '',
          total: o.total,
          'byStage.inisiatif': o.byStage.inisiatif,
          'byStage.uji_coba': o.byStage.uji_coba,
          'byStage.penerapan': o.byStage.penerapan,
          counted: o.counted,
          verifiedCounted: o.verifiedCounted,
          meanSid: o.meanSid,
          contribution: o.contribution,
          verifiedContribution: o.verifiedContribution,
          remark: opdRemark(o, nothing, known),
        },
        OPD_SUMMARY_FORMATS,
      ),
    );
    const reportedNothing = nothing.has(o.opd) || o.total === 0;
    backgrounds.push(
      reportedNothing ? NOTHING_BACKGROUND : o.counted === 0 ? NONE_COUNTED_BACKGROUND : PLAIN_BACKGROUND,
    );
  }
  if (rows.length === 0) {
    rows.push(encodeRow(OPD_SUMMARY_LAYOUT, { name: OPD_SUMMARY_TEXT.none }, OPD_SUMMARY_FORMATS));
    backgrounds.push(PLAIN_BACKGROUND);
  }
  return { layout: OPD_SUMMARY_LAYOUT, rows, backgrounds };
}
