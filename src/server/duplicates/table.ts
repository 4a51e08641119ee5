// The Kemungkinan Duplikat tab as data: one row per pair of similar innovations, most similar
// first, with Balitbang's decision and note carried over from the previous run by the pair's ids
// (in either order). A decided pair whose innovations both still exist stays listed even when it is
// no longer similar enough, so no decision typed by an admin silently disappears. Pure.
import type { DuplicatePair } from '../../core/duplicates';
import { DUPLICATE_KIND_LABELS } from '../../shared/messages/duplicates';
import { RECALC_FORMATS } from '../../shared/messages/recalc';
import {
  DUPLICATE_DECISIONS,
  DUPLICATE_TAB_TEXT,
  type DuplicateDecision,
} from '../../shared/messages/similar';
import type { TableData } from '../recalc/tables';
import { type CellValue, findOption, RowReader } from '../sheets/cells';
import type { Column, EnumOption, TableLayout } from '../sheets/layout';
import { encodeRow, type TableRead } from '../sheets/table';

const H = DUPLICATE_TAB_TEXT.headers;

export const DECISION_OPTIONS: EnumOption[] = (Object.keys(DUPLICATE_DECISIONS) as DuplicateDecision[]).map(
  (code) => ({ code, label: DUPLICATE_DECISIONS[code] }),
);

const text = (key: string, header: string, width?: number): Column => ({ key, header, kind: 'text', width });
const share = (key: string, header: string): Column => ({ key, header, kind: 'number' });

export const DUPLICATES_LAYOUT: TableLayout = {
  name: DUPLICATE_TAB_TEXT.tab,
  access: 'generated',
  description: DUPLICATE_TAB_TEXT.description,
  columns: [
    text('idA', H.idA),
    text('opdA', H.opdA),
    text('nameA', H.nameA, 220),
    text('idB', H.idB),
    text('opdB', H.opdB),
    text('nameB', H.nameB, 220),
    share('similarity', H.similarity),
    share('nameSimilarity', H.nameSimilarity),
    share('contentSimilarity', H.contentSimilarity),
    text('kind', H.kind),
    text('phrases', H.phrases, 320),
    { key: 'decision', header: H.decision, kind: 'enum', options: DECISION_OPTIONS, width: 170 },
    text('note', H.note, 240),
    text('remark', H.remark, 220),
  ],
  frozenColumns: 0,
};

export const PERCENT_FORMAT = '0%';
export const DUPLICATES_FORMATS: string[] = DUPLICATES_LAYOUT.columns.map((c) =>
  c.kind === 'number' ? PERCENT_FORMAT : RECALC_FORMATS.text,
);
export const DECISION_COLUMN = DUPLICATES_LAYOUT.columns.findIndex((c) => c.key === 'decision') + 1;

export const DECISION_BACKGROUNDS: Record<DuplicateDecision | 'below', string> = {
  merge: '#fce8b2',
  keep: '#d9ead3',
  open: '#ffffff',
  below: '#f1f3f4',
};

export interface PairDecision {
  decision: DuplicateDecision;
  note: string;
}

/** The same key whichever innovation of the pair comes first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** Decisions and notes of the previous run, by pair key (rows without both ids are ignored). */
export function decisionsFromTable(table: TableRead, timeZone: string): Map<string, PairDecision> {
  const columns = new Map(table.layout.columns.map((c) => [c.key, c] as const));
  const out = new Map<string, PairDecision>();
  for (const row of table.rows) {
    const r = new RowReader(row.cells, columns, row.rowNumber, timeZone);
    const a = r.text('idA').trim();
    const b = r.text('idB').trim();
    if (!a || !b) continue;
    const raw = r.text('decision').trim();
    const decision = (raw ? findOption(DECISION_OPTIONS, raw)?.code : undefined) as
      | DuplicateDecision
      | undefined;
    const note = r.text('note').trim();
    if ((decision && decision !== 'open') || note)
      out.set(pairKey(a, b), { decision: decision ?? 'open', note });
  }
  return out;
}

export interface DuplicatesTable extends TableData {
  /** Pairs at or above the threshold (all of them, shown or not). */
  pairs: number;
  /** Of those, the ones without a decision. */
  open: number;
  /** Data row (0-based) → whether it holds a pair (and so the decision dropdown). */
  pairRows: boolean[];
}

interface Ref {
  opd: string;
  name: string;
}

/** Innovations whose partners were cut to the `partners` most similar (see findDuplicates). */
export interface Crowding {
  innovations: number;
  partners: number;
}

/**
 * `shown`: the most similar pairs, with shared phrases; `all`: every pair found (phrases not needed),
 * for the counts and for decided pairs beyond the shown ones; `innovations`: id → OPD and name now;
 * `crowded`: whether some innovations had more partners than were kept (said in one remark row).
 */
export function duplicatesTable(
  shown: readonly DuplicatePair[],
  all: readonly DuplicatePair[],
  decisions: ReadonlyMap<string, PairDecision>,
  innovations: ReadonlyMap<string, Ref>,
  crowded: Crowding | null = null,
): DuplicatesTable {
  const rows: CellValue[][] = [];
  const backgrounds: string[] = [];
  const pairRows: boolean[] = [];
  const listed = new Set<string>();
  const add = (values: Record<string, unknown>, background: string, pair: boolean) => {
    rows.push(encodeRow(DUPLICATES_LAYOUT, values, DUPLICATES_FORMATS));
    backgrounds.push(background);
    pairRows.push(pair);
  };
  const pairRow = (p: DuplicatePair, withPhrases: boolean) => {
    const key = pairKey(p.a.id, p.b.id);
    listed.add(key);
    const d = decisions.get(key);
    const decision = d?.decision ?? 'open';
    add(
      {
        idA: p.a.id,
        opdA: p.a.opd,
        nameA: p.a.name,
        idB: p.b.id,
        opdB: p.b.opd,
        nameB: p.b.name,
        similarity: p.similarity,
        nameSimilarity: p.nameSimilarity,
        contentSimilarity: p.contentSimilarity,
        kind: DUPLICATE_KIND_LABELS[p.kind],
        phrases: withPhrases ? p.sharedPhrases.map((s) => `“${s}”`).join('; ') : '',
        decision,
        note: d?.note ?? '',
      },
      DECISION_BACKGROUNDS[decision],
      true,
    );
  };
  for (const p of shown) pairRow(p, true);
  for (const p of all)
    if (!listed.has(pairKey(p.a.id, p.b.id)) && decisions.has(pairKey(p.a.id, p.b.id))) pairRow(p, false);
  let open = 0;
  for (const p of all) if ((decisions.get(pairKey(p.a.id, p.b.id))?.decision ?? 'open') === 'open') open++;
  for (const [key, d] of decisions) {
    if (listed.has(key)) continue;
    const [a = '', b = ''] = key.split('\n');
    const ra = innovations.get(a);
    const rb = innovations.get(b);
    // Gone innovations (merged, deleted) take their decision with them.
    if (!ra || !rb) continue;
    add(
      {
        idA: a,
        opdA: ra.opd,
        nameA: ra.name,
        idB: b,
        opdB: rb.opd,
        nameB: rb.name,
        decision: d.decision,
        note: d.note,
        remark: DUPLICATE_TAB_TEXT.belowThreshold,
      },
      DECISION_BACKGROUNDS.below,
      true,
    );
  }
  const hidden = all.length - listed.size;
  if (hidden > 0) add({ remark: DUPLICATE_TAB_TEXT.notShown(hidden) }, DECISION_BACKGROUNDS.open, false);
  if (crowded) {
    add(
      { remark: DUPLICATE_TAB_TEXT.crowded(crowded.innovations, crowded.partners) },
      DECISION_BACKGROUNDS.open,
      false,
    );
  }
  if (rows.length === 0) add({ nameA: DUPLICATE_TAB_TEXT.none }, DECISION_BACKGROUNDS.open, false);
  return { layout: DUPLICATES_LAYOUT, rows, backgrounds, pairRows, pairs: all.length, open };
}
