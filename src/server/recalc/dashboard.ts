// The Ringkasan tab as data, laid out for a regent's secretary at 1366×768: the first screen
// (rows 1–20, fixed heights, ≈ 1,200 px wide) answers "where do we stand and what do we ask for"
// without scrolling. Three panels side by side: the verified IID and predikat in large type with
// the claimed one beside it as "potensi", the points to the next predikat and the components
// (left); the three actions that raise the score most and the trend (middle); the OPD ranking
// (right). One footnote line counts the caveats and links to the Rincian below the fold: rule
// notes, every component per projection, every action, the whole ranking, the OPDs that reported
// nothing, findings from other modules, data problems, the IID per year, and two charts. Every
// block has a fixed set of merged bands, so writing it costs the same number of calls for 20
// innovations as for 2,000. What a line states per projection is decided in core/dashboard.ts.
import type { Action } from '../../core/actions/types';
import {
  contributionNote,
  headlineActions,
  nextPredikat,
  rankByVerified,
  type TrendPoint,
  yandasStatus,
} from '../../core/dashboard';
import type { OpdResult, Projection, ScoringResult } from '../../core/model';
import type { Rubric } from '../../core/rubric/schema';
import { URUSAN } from '../../core/urusan';
import { formatNumber } from '../../shared/messages/common';
import { DASHBOARD_TEXT, RECALC_FORMATS, shortList } from '../../shared/messages/recalc';
import type { OpdRecord, Settings } from '../model';
import {
  type CellPaint,
  type ChartPlan,
  cell,
  type MergeBand,
  type RowHeightBand,
  row,
  type SheetPaint,
} from './paint';
import { NOTHING_BACKGROUND } from './tables';

/**
 * Columns: the left panel A–C (label, terverifikasi, potensi), a gap, the middle panel E–G (No,
 * text, poin), a gap, the right panel I–L (No, OPD, terverifikasi, potensi).
 */
export const DASHBOARD_COLUMN_WIDTHS = [190, 100, 110, 16, 30, 320, 84, 16, 30, 120, 96, 96];
export const DASHBOARD_WIDTH = DASHBOARD_COLUMN_WIDTHS.length;
const COL = { left: 1, mid: 5, midText: 6, midGain: 7, right: 9, rightOpd: 10 } as const;
const LEFT_COLUMNS = 3;
const MID_COLUMNS = 3;
const RIGHT_COLUMNS = 4;
const widthOf = (from: number, count: number) =>
  DASHBOARD_COLUMN_WIDTHS.slice(from - 1, from - 1 + count).reduce((a, b) => a + b, 0);

/** Rows of the first screen, fixed so the same things are always in the same place. */
const FOLD = {
  title: 1,
  meta: 2,
  header: 3,
  body: 4,
  /** Last body row; the footnote is the row after. */
  bodyEnd: 19,
  footnote: 20,
} as const;
const ROW_HEIGHT = 21;
const HEADLINE_ACTIONS = 3;
const ROWS_PER_ACTION = 3;
/** Rows under the first screen's ranking for "… N more" and why a verified contribution can be larger. */
const FOLD_RANKING_NOTE = 2;
/** OPDs the first screen ranks (rows 5–17: after the header, before the note). */
const FOLD_RANKING = FOLD.bodyEnd - FOLD.body - FOLD_RANKING_NOTE;
export const MAX_PROBLEM_LINES = 5;

const COLOURS = {
  title: '#174ea6',
  section: '#e8f0fe',
  sectionText: '#174ea6',
  warning: '#fef7e0',
  warningText: '#b06000',
  muted: '#5f6368',
  header: '#f1f3f4',
  link: '#1155cc',
  nothingText: '#a50e0e',
  spd: '#1a73e8',
  sid: '#188038',
  jumlah: '#f9ab00',
  claimed: '#1a73e8',
  verified: '#188038',
} as const;

export interface DashboardInput {
  settings: Settings;
  rubric: Rubric;
  result: ScoringResult;
  actions: readonly Action[];
  opds: readonly OpdRecord[];
  /** "28/11/2026 14.05 WITA". */
  calculatedAt: string;
  /** Problems of the register as a whole (missing tabs, bad settings…) and of single innovations. */
  problems: readonly string[];
  /** One line pointing to the Tren tab, once a period has been closed (history/entry.ts). */
  trendPointer?: string | null;
  /** A titled block of lines from other modules (duplicates, training projects: duplicates/findings.ts). */
  findings?: { title: string; lines: readonly string[] };
  /** "Temuan integritas": hand edits, untrusted rows, restored protections (recalc/integrity.ts). */
  integrity?: { title: string; lines: readonly string[] };
  /** The IID per year, oldest first, the current year last (core/dashboard.ts trendPoints). */
  trend?: readonly TrendPoint[];
  /** The tab's sheet id, for the footnote's link to the Rincian ("#gid=…&range=A…"). */
  sheetId?: number;
}

export interface DashboardLayout {
  paint: SheetPaint;
  /** Blank rows kept below the content for the charts. */
  extraRows: number;
  /** Where things are, for tests and for readers of the sheet. */
  cells: {
    iidVerified: { row: number; column: number };
    iidClaimed: { row: number; column: number };
    predikatVerified: { row: number; column: number };
    nextPredikat: { row: number; column: number };
    headlineActions: { row: number; rows: number; rowsEach: number };
    foldRanking: { row: number; rows: number };
    footnote: { row: number; column: number };
    detail: number;
    components: { row: number; rows: number };
    actions: { row: number; rows: number };
    ranking: { row: number; rows: number };
    trend: { row: number; rows: number };
  };
}

/** Black or white, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h!, 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! > 150 ? '#000000' : '#ffffff';
}

function affairNames(codes: readonly string[]): string {
  const name = new Map(URUSAN.map((u) => [u.code, u.name]));
  return codes.length ? codes.map((c) => name.get(c) ?? c).join(', ') : DASHBOARD_TEXT.yandasAll;
}

/** A grid of rows that can be filled out of order (the three panels share the first screen's rows). */
class Grid {
  readonly rows: CellPaint[][] = [];
  readonly merges: MergeBand[] = [];

  get next(): number {
    return this.rows.length + 1;
  }

  /** Makes sure rows up to `rowNumber` exist (blank). */
  ensure(rowNumber: number): CellPaint[] {
    while (this.rows.length < rowNumber) this.rows.push(row(DASHBOARD_WIDTH, []));
    return this.rows[rowNumber - 1]!;
  }

  put(rowNumber: number, column: number, paint: CellPaint): void {
    this.ensure(rowNumber)[column - 1] = paint;
  }

  /** `paint` over columns × rows as one cell; the other cells of the block take its background. */
  block(rowNumber: number, column: number, columns: number, rows: number, paint: CellPaint): void {
    for (let r = rowNumber; r < rowNumber + rows; r++)
      for (let c = column; c < column + columns; c++)
        this.put(r, c, r === rowNumber && c === column ? paint : cell('', { background: paint.background }));
    if (columns * rows > 1) this.merges.push({ row: rowNumber, rows, column, columns, block: rows > 1 });
  }

  /** Rows appended below everything, each one cell over `columns` from `column` (merged across). */
  lines(texts: readonly CellPaint[], column = 1, columns = DASHBOARD_WIDTH): { row: number; rows: number } {
    const first = this.next;
    for (const t of texts) {
      const r = this.next;
      for (let c = column; c < column + columns; c++)
        this.put(r, c, c === column ? { wrap: true, ...t } : cell('', { background: t.background }));
    }
    if (columns > 1 && texts.length) this.merges.push({ row: first, rows: texts.length, column, columns });
    return { row: first, rows: texts.length };
  }

  /** One appended row with the given cells from column 1. */
  add(cells: CellPaint[]): number {
    const r = this.next;
    cells.forEach((c, i) => {
      this.put(r, i + 1, c);
    });
    this.ensure(r);
    return r;
  }

  blank(): void {
    this.ensure(this.next);
  }

  section(title: string, column = 1, columns = DASHBOARD_WIDTH): number {
    return this.lines([sectionCell(title)], column, columns).row;
  }
}

function sectionCell(title: string): CellPaint {
  return cell(title, { bold: true, size: 12, color: COLOURS.sectionText, background: COLOURS.section });
}

const headCell = (t: string, align: 'left' | 'right' | 'center' = 'right') =>
  cell(t, { bold: true, background: COLOURS.header, align });

function predikatColour(rubric: Rubric, p: Projection): string {
  return p.predikatColour ?? rubric.predikat.find((b) => b.name === p.predikat)?.colour ?? COLOURS.muted;
}

/** The verified IID first and large, the potential beside it, the points to the next predikat. */
function headline(
  g: Grid,
  input: DashboardInput,
): { iid: number; claimed: number; predikat: number; next: number } {
  const { rubric } = input;
  const { claimed, verified } = input.result;
  const colour = predikatColour(rubric, verified);
  const claimedColour = predikatColour(rubric, claimed);
  g.block(FOLD.header, COL.left, LEFT_COLUMNS, 1, sectionCell(DASHBOARD_TEXT.iidVerified));
  const iid = FOLD.body;
  g.block(
    iid,
    COL.left,
    LEFT_COLUMNS,
    3,
    cell(verified.iid, {
      format: RECALC_FORMATS.score,
      bold: true,
      size: 30,
      align: 'center',
      color: colour,
    }),
  );
  const predikat = iid + 3;
  g.block(
    predikat,
    COL.left,
    LEFT_COLUMNS,
    2,
    cell(verified.predikat, {
      bold: true,
      size: 14,
      align: 'center',
      color: textColourOn(colour),
      background: colour,
    }),
  );
  const next = predikat + 2;
  const up = nextPredikat(rubric, verified);
  g.block(
    next,
    COL.left,
    LEFT_COLUMNS,
    1,
    cell(
      up
        ? DASHBOARD_TEXT.nextPredikat(up.name, up.points, up.min)
        : DASHBOARD_TEXT.topPredikat(verified.predikat),
      {
        bold: true,
        align: 'center',
      },
    ),
  );
  const potential = next + 1;
  g.put(potential, COL.left, cell(DASHBOARD_TEXT.iidClaimed, { bold: true }));
  g.put(
    potential,
    COL.left + 1,
    cell(claimed.iid, {
      format: RECALC_FORMATS.score,
      bold: true,
      size: 12,
      align: 'right',
      color: claimedColour,
    }),
  );
  g.put(
    potential,
    COL.left + 2,
    cell(claimed.predikat, { bold: true, align: 'center', color: claimedColour }),
  );
  g.block(
    potential + 1,
    COL.left,
    LEFT_COLUMNS,
    1,
    cell(DASHBOARD_TEXT.potentialHelp, { italic: true, color: COLOURS.muted }),
  );
  return { iid, claimed: potential, predikat, next };
}

/** The three components per projection, and whether the jumlah-inovasi score counts in each. */
function foldComponents(g: Grid, input: DashboardInput, top: number): void {
  const { claimed, verified } = input.result;
  const max = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
  g.put(top, COL.left, headCell(DASHBOARD_TEXT.component, 'left'));
  g.put(top, COL.left + 1, headCell(DASHBOARD_TEXT.verified));
  g.put(top, COL.left + 2, headCell(DASHBOARD_TEXT.potential));
  const line = (r: number, label: string, v: number, c: number) => {
    g.put(r, COL.left, cell(label));
    g.put(r, COL.left + 1, cell(v, { format: RECALC_FORMATS.score, align: 'right', bold: true }));
    g.put(r, COL.left + 2, cell(c, { format: RECALC_FORMATS.score, align: 'right', color: COLOURS.muted }));
  };
  line(top + 1, DASHBOARD_TEXT.spd(max(claimed.spdMax)), verified.spd, claimed.spd);
  line(
    top + 2,
    DASHBOARD_TEXT.sidAverage(max(input.rubric.maxima.sid)),
    verified.sidAverage,
    claimed.sidAverage,
  );
  line(
    top + 3,
    DASHBOARD_TEXT.jumlahInovasi(max(input.rubric.maxima.jumlahInovasi)),
    verified.jumlahInovasi,
    claimed.jumlahInovasi,
  );
  g.put(top + 4, COL.left, cell(DASHBOARD_TEXT.yandasShort));
  g.put(
    top + 4,
    COL.left + 1,
    cell(DASHBOARD_TEXT.yandasCount(verified.affairsCovered.length), { align: 'right', bold: true }),
  );
  g.put(
    top + 4,
    COL.left + 2,
    cell(DASHBOARD_TEXT.yandasCount(claimed.affairsCovered.length), { align: 'right', color: COLOURS.muted }),
  );
  g.block(top + 5, COL.left, LEFT_COLUMNS, FOLD.bodyEnd - top - 4, yandasRuleCell(input.result));
}

function yandasRuleCell(result: ScoringResult): CellPaint {
  const v = yandasStatus(result, 'verified');
  const c = yandasStatus(result, 'claimed');
  const text = DASHBOARD_TEXT.yandasRule(v.met, c.met, v.required);
  return v.met
    ? cell(text, { color: COLOURS.muted, wrap: true })
    : cell(text, { wrap: true, bold: true, color: COLOURS.warningText, background: COLOURS.warning });
}

function gainCells(g: Grid, r: number, rows: number, a: Action | undefined): void {
  if (!a) {
    g.block(r, COL.midGain, 1, rows - 1, cell(''));
    return;
  }
  g.block(
    r,
    COL.midGain,
    1,
    rows - 1,
    cell(a.gain, {
      format: RECALC_FORMATS.gain,
      bold: true,
      size: 12,
      align: 'right',
      color: a.projection === 'verified' ? COLOURS.verified : COLOURS.claimed,
    }),
  );
  g.put(
    r + rows - 1,
    COL.midGain,
    cell(DASHBOARD_TEXT.gainOf(a.projection), { align: 'right', size: 8, color: COLOURS.muted }),
  );
}

/**
 * The three actions that raise the score most, verified gains first. Always three slots of merged
 * blocks (empty when there are fewer actions), so the call count never depends on the data.
 */
function foldActions(g: Grid, input: DashboardInput): { row: number; rows: number } {
  g.block(FOLD.header, COL.mid, MID_COLUMNS, 1, sectionCell(DASHBOARD_TEXT.actionsHeader));
  const top = headlineActions(input.actions, HEADLINE_ACTIONS);
  for (let i = 0; i < HEADLINE_ACTIONS; i++) {
    const r = FOLD.body + i * ROWS_PER_ACTION;
    const a = top[i];
    const text = a
      ? cell(a.summary, { wrap: true, format: RECALC_FORMATS.text })
      : cell(i === 0 ? DASHBOARD_TEXT.noActions : '', { wrap: true, italic: true });
    g.block(
      r,
      COL.mid,
      1,
      ROWS_PER_ACTION,
      a ? cell(i + 1, { format: RECALC_FORMATS.count, align: 'center', bold: true, size: 12 }) : cell(''),
    );
    g.block(r, COL.midText, 1, ROWS_PER_ACTION, text);
    gainCells(g, r, ROWS_PER_ACTION, a);
  }
  return { row: FOLD.body, rows: HEADLINE_ACTIONS * ROWS_PER_ACTION };
}

interface RankedOpd {
  o: OpdResult;
  rank: number;
}

/** Every OPD by verified contribution; ties share a rank. */
function ranked(input: DashboardInput): RankedOpd[] {
  const order = new Map(input.opds.map((o, i) => [o.code, i]));
  const sorted = rankByVerified(input.result.opds, (code) => order.get(code) ?? 1e9);
  let rank = 0;
  return sorted.map((o, i) => {
    if (i === 0 || o.verifiedContribution !== sorted[i - 1]!.verifiedContribution) rank = i + 1;
    return { o, rank };
  });
}

function rankingRow(g: Grid, r: number, entry: RankedOpd, nothing: ReadonlySet<string>): void {
  const { o } = entry;
  const red = nothing.has(o.opd) || o.total === 0;
  const style = red ? { background: NOTHING_BACKGROUND, color: COLOURS.nothingText } : {};
  g.put(r, COL.right, cell(entry.rank, { ...style, format: RECALC_FORMATS.count, align: 'center' }));
  g.put(r, COL.rightOpd, cell(o.opd, { ...style, format: RECALC_FORMATS.text }));
  g.put(
    r,
    COL.rightOpd + 1,
    cell(o.verifiedContribution, { ...style, format: RECALC_FORMATS.score, align: 'right', bold: !red }),
  );
  g.put(
    r,
    COL.rightOpd + 2,
    cell(o.contribution, { ...style, format: RECALC_FORMATS.score, align: 'right' }),
  );
}

function rankingHeader(g: Grid, r: number): void {
  g.put(r, COL.right, headCell(DASHBOARD_TEXT.rank, 'center'));
  g.put(r, COL.rightOpd, headCell(DASHBOARD_TEXT.opd, 'left'));
  g.put(r, COL.rightOpd + 1, headCell(DASHBOARD_TEXT.verified));
  g.put(r, COL.rightOpd + 2, headCell(DASHBOARD_TEXT.potential));
}

function foldRanking(
  g: Grid,
  input: DashboardInput,
  all: readonly RankedOpd[],
): { row: number; rows: number } {
  g.block(FOLD.header, COL.right, RIGHT_COLUMNS, 1, sectionCell(DASHBOARD_TEXT.rankingShort));
  rankingHeader(g, FOLD.body);
  const nothing = new Set(input.result.opdsWithNothing);
  const shown = all.slice(0, FOLD_RANKING);
  shown.forEach((entry, i) => {
    rankingRow(g, FOLD.body + 1 + i, entry, nothing);
  });
  // Always the same merged block (the call count never depends on the data); it says how many
  // OPDs are left for the Rincian and, when a verified contribution beats its claimed one on this
  // screen's numbers, why.
  const parts: string[] = [];
  if (shown.length < all.length) parts.push(DASHBOARD_TEXT.rankingMore(all.length - shown.length));
  if (contributionNote(input.result))
    parts.push(
      DASHBOARD_TEXT.foldContributionNote(input.result.verified.divisor, input.result.claimed.divisor),
    );
  g.block(
    FOLD.bodyEnd - FOLD_RANKING_NOTE + 1,
    COL.right,
    RIGHT_COLUMNS,
    FOLD_RANKING_NOTE,
    cell(parts.join(' '), { italic: true, color: COLOURS.muted, wrap: true }),
  );
  return { row: FOLD.body + 1, rows: shown.length };
}

/** The caveats as one line, counted; the link to the Rincian is added by the writer (it needs the sheet id). */
function footnoteText(input: DashboardInput, detailRow: number): string {
  const { rubric } = input;
  const parts: string[] = [];
  if (rubric.status === 'prognosis') parts.push(DASHBOARD_TEXT.footPrognosis);
  if (rubric.status === 'sebagian') parts.push(DASHBOARD_TEXT.footPartial);
  const warnings = caveats(input).length;
  if (warnings) parts.push(DASHBOARD_TEXT.footWarnings(warnings));
  if (input.problems.length) parts.push(DASHBOARD_TEXT.footProblems);
  if (input.result.opdsWithNothing.length)
    parts.push(DASHBOARD_TEXT.footNothing(input.result.opdsWithNothing.length));
  return DASHBOARD_TEXT.footnote(parts, detailRow);
}

/** A formula string that Sheets shows as a link to a row of this tab. */
function linkFormula(label: string, sheetId: number | undefined, rowNumber: number): string {
  const quoted = label.replace(/"/g, '""');
  return `=HYPERLINK("#gid=${sheetId ?? 0}&range=A${rowNumber}","${quoted}")`;
}

function caveats(input: DashboardInput): string[] {
  const { rubric } = input;
  const out = [...(input.result.rubricWarnings.length ? input.result.rubricWarnings : rubric.warnings)];
  if (!rubric.jumlahInovasi.known) out.push(DASHBOARD_TEXT.jumlahUnknown);
  return out;
}

function metaLine(input: DashboardInput): string {
  const { rubric, settings } = input;
  const parts = [
    rubric.status === 'prognosis'
      ? DASHBOARD_TEXT.rubricPrognosis(rubric.title)
      : rubric.status === 'sebagian'
        ? DASHBOARD_TEXT.rubricPartial(rubric.title)
        : DASHBOARD_TEXT.rubric(rubric.title),
    DASHBOARD_TEXT.calculatedAt(input.calculatedAt),
  ];
  if (settings.deadline) parts.push(DASHBOARD_TEXT.deadline(settings.deadline));
  return DASHBOARD_TEXT.meta(parts);
}

// --- below the fold ------------------------------------------------------------------------------

function caveatsBlock(g: Grid, input: DashboardInput): void {
  const warn = { color: COLOURS.warningText, background: COLOURS.warning, italic: true };
  const { rubric } = input;
  const lines: CellPaint[] = [
    cell(DASHBOARD_TEXT.caveatsHeader, { bold: true, size: 12, color: COLOURS.sectionText }),
  ];
  if (rubric.status === 'prognosis')
    lines.push(cell(DASHBOARD_TEXT.statusPrognosis, { ...warn, bold: true }));
  if (rubric.status === 'sebagian') lines.push(cell(DASHBOARD_TEXT.statusPartial, { ...warn, bold: true }));
  for (const w of caveats(input)) lines.push(cell(w, warn));
  lines.push(cell(DASHBOARD_TEXT.iidHelp, { italic: true, color: COLOURS.muted }));
  if (input.trendPointer) lines.push(cell(input.trendPointer, { color: COLOURS.muted }));
  g.lines(lines, 1, COL.midGain);
}

function componentsBlock(
  g: Grid,
  input: DashboardInput,
): { row: number; rows: number; chart: ChartPlan['range'] } {
  const { claimed, verified } = input.result;
  const max = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
  const num = (v: number, format: string = RECALC_FORMATS.score) => cell(v, { format, align: 'right' });
  g.section(DASHBOARD_TEXT.componentsHeader, 1, LEFT_COLUMNS);
  const first = g.add([
    headCell(DASHBOARD_TEXT.component, 'left'),
    headCell(DASHBOARD_TEXT.verified),
    headCell(DASHBOARD_TEXT.claimed),
  ]);
  const line = (label: string, v: CellPaint, c: CellPaint, bold = false) =>
    g.add([cell(label, { wrap: true, bold }), { ...v, bold }, { ...c, bold }]);
  // The first three rows after the header are the composition chart's data.
  line(DASHBOARD_TEXT.spd(max(claimed.spdMax)), num(verified.spd), num(claimed.spd));
  line(
    DASHBOARD_TEXT.sidAverage(max(input.rubric.maxima.sid)),
    num(verified.sidAverage),
    num(claimed.sidAverage),
  );
  line(
    DASHBOARD_TEXT.jumlahInovasi(max(input.rubric.maxima.jumlahInovasi)),
    num(verified.jumlahInovasi),
    num(claimed.jumlahInovasi),
  );
  line(DASHBOARD_TEXT.total(max(claimed.maxTotal)), num(verified.total), num(claimed.total), true);
  line(DASHBOARD_TEXT.iid, num(verified.iid), num(claimed.iid), true);
  line(
    DASHBOARD_TEXT.predikat,
    cell(verified.predikat, { align: 'right' }),
    cell(claimed.predikat, { align: 'right' }),
  );
  line(
    DASHBOARD_TEXT.counted,
    num(verified.counted, RECALC_FORMATS.count),
    num(claimed.counted, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.divisor(input.rubric.minimumDivisor),
    num(verified.divisor, RECALC_FORMATS.count),
    num(claimed.divisor, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.emptySeats,
    num(verified.emptySeats, RECALC_FORMATS.count),
    num(claimed.emptySeats, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.yandasCovered(claimed.yandasRequired),
    cell(DASHBOARD_TEXT.yandasCount(verified.affairsCovered.length), { align: 'right' }),
    cell(DASHBOARD_TEXT.yandasCount(claimed.affairsCovered.length), { align: 'right' }),
  );
  const rows = g.next - first;
  g.lines(
    [
      yandasRuleCell(input.result),
      cell(DASHBOARD_TEXT.yandasMissing('verified', affairNames(verified.affairsMissing))),
      cell(DASHBOARD_TEXT.yandasMissing('claimed', affairNames(claimed.affairsMissing))),
    ],
    1,
    COL.midGain,
  );
  return { row: first, rows, chart: { row: first, column: 1, rows: 4, columns: 3 } };
}

function actionsBlock(g: Grid, input: DashboardInput): { row: number; rows: number } {
  g.section(DASHBOARD_TEXT.allActionsHeader, 1, COL.midGain);
  const first = g.next;
  if (input.actions.length === 0) g.lines([cell(DASHBOARD_TEXT.noActions, { italic: true })], 1, COL.midGain);
  input.actions.forEach((a, i) => {
    const r = g.add([]);
    g.put(
      r,
      1,
      cell(`${i + 1}. ${a.summary}${DASHBOARD_TEXT.gainSuffix(a.projection)}`, {
        wrap: true,
        format: RECALC_FORMATS.text,
      }),
    );
    g.put(
      r,
      COL.midGain,
      cell(a.gain, {
        format: RECALC_FORMATS.gain,
        bold: true,
        align: 'right',
        color: a.projection === 'verified' ? COLOURS.verified : COLOURS.claimed,
      }),
    );
  });
  const rows = input.actions.length;
  if (rows) g.merges.push({ row: first, rows, column: 1, columns: COL.midGain - 1 });
  g.lines([cell(DASHBOARD_TEXT.actionsNote, { italic: true, color: COLOURS.muted })], 1, COL.midGain);
  return { row: first, rows };
}

function rankingBlock(
  g: Grid,
  input: DashboardInput,
  all: readonly RankedOpd[],
): { row: number; rows: number; chartRows: number } {
  g.section(DASHBOARD_TEXT.rankingHeader, COL.right, RIGHT_COLUMNS);
  const header = g.next;
  rankingHeader(g, header);
  const nothing = new Set(input.result.opdsWithNothing);
  let chartRows = 0;
  for (const entry of all) {
    rankingRow(g, g.next, entry, nothing);
    if (entry.o.contribution > 0 || entry.o.verifiedContribution > 0) chartRows++;
  }
  if (all.length === 0) g.put(g.next, COL.rightOpd, cell('—'));
  // Always one line (a fixed set of merges): the definition, and why a verified contribution is
  // larger than the claimed one when that happens.
  const note = contributionNote(input.result);
  const { claimed, verified } = input.result;
  g.lines(
    [
      cell(
        DASHBOARD_TEXT.contributionRule(verified.divisor, claimed.divisor) +
          (note ? DASHBOARD_TEXT.contributionLarger(shortList(note.opds, 6)) : ''),
        { italic: true, color: COLOURS.muted },
      ),
    ],
    COL.right,
    RIGHT_COLUMNS,
  );
  return { row: header, rows: 1 + all.length, chartRows: Math.max(1, chartRows) };
}

function nothingBlock(g: Grid, input: DashboardInput): void {
  const nothing = input.result.opdsWithNothing;
  const names = new Map(input.opds.map((o) => [o.code, o.name]));
  g.lines([
    cell(DASHBOARD_TEXT.nothingHeader, {
      bold: true,
      size: 12,
      color: nothing.length ? COLOURS.nothingText : COLOURS.sectionText,
      background: nothing.length ? NOTHING_BACKGROUND : COLOURS.section,
    }),
    nothing.length
      ? cell(nothing.map((c) => `${c} (${names.get(c) ?? c})`).join(', '), {
          color: COLOURS.nothingText,
          format: RECALC_FORMATS.text,
        })
      : cell(DASHBOARD_TEXT.nothingNone, { color: COLOURS.muted }),
  ]);
}

function findingsBlock(g: Grid, findings: NonNullable<DashboardInput['findings']>): void {
  g.lines([
    sectionCell(findings.title),
    ...findings.lines.map((line) => cell(line, { format: RECALC_FORMATS.text })),
  ]);
}

function problemsBlock(g: Grid, input: DashboardInput): void {
  const problems = input.problems;
  const lines: CellPaint[] = [sectionCell(DASHBOARD_TEXT.problemsHeader)];
  if (problems.length === 0) lines.push(cell(DASHBOARD_TEXT.problemsNone, { color: COLOURS.muted }));
  for (const p of problems.slice(0, MAX_PROBLEM_LINES))
    lines.push(cell(p, { format: RECALC_FORMATS.text, color: COLOURS.warningText }));
  if (problems.length > MAX_PROBLEM_LINES)
    lines.push(
      cell(DASHBOARD_TEXT.problemsMore(problems.length - MAX_PROBLEM_LINES), { color: COLOURS.muted }),
    );
  g.lines(lines);
}

/** Year (as text, so the chart takes it as the axis), verified IID, claimed IID. */
function trendBlock(g: Grid, input: DashboardInput): { row: number; rows: number } {
  const points = input.trend?.length
    ? input.trend
    : [
        {
          year: input.rubric.year,
          verified: input.result.verified.iid,
          claimed: input.result.claimed.iid,
          current: true,
        },
      ];
  g.section(DASHBOARD_TEXT.trendHeader, 1, LEFT_COLUMNS);
  const header = g.add([
    headCell(DASHBOARD_TEXT.trendYear, 'left'),
    headCell(DASHBOARD_TEXT.verified),
    headCell(DASHBOARD_TEXT.claimed),
  ]);
  for (const p of points)
    g.add([
      cell(p.current ? DASHBOARD_TEXT.trendCurrent(p.year) : String(p.year), { format: RECALC_FORMATS.text }),
      cell(p.verified ?? '', { format: RECALC_FORMATS.score, align: 'right' }),
      cell(p.claimed ?? '', { format: RECALC_FORMATS.score, align: 'right' }),
    ]);
  return { row: header, rows: 1 + points.length };
}

export function dashboardLayout(input: DashboardInput): DashboardLayout {
  const g = new Grid();
  g.put(
    FOLD.title,
    1,
    cell(DASHBOARD_TEXT.title(input.settings.regencyName), { bold: true, size: 16, color: COLOURS.title }),
  );
  g.merges.push({ row: FOLD.title, rows: 1, column: 1, columns: DASHBOARD_WIDTH });
  g.put(FOLD.meta, 1, cell(metaLine(input), { color: COLOURS.muted }));
  g.merges.push({ row: FOLD.meta, rows: 1, column: 1, columns: DASHBOARD_WIDTH });

  const head = headline(g, input);
  foldComponents(g, input, head.claimed + 2);
  const fold = foldActions(g, input);
  const all = ranked(input);
  const foldRank = foldRanking(g, input, all);
  g.ensure(FOLD.footnote);
  g.merges.push({ row: FOLD.footnote, rows: 1, column: 1, columns: DASHBOARD_WIDTH });

  // Below the fold.
  g.blank();
  const detail = g.section(DASHBOARD_TEXT.detailHeader);
  g.put(
    FOLD.footnote,
    1,
    cell(linkFormula(footnoteText(input, detail), input.sheetId, detail), {
      format: 'General',
      color: COLOURS.link,
      italic: true,
    }),
  );
  caveatsBlock(g, input);
  g.blank();
  const components = componentsBlock(g, input);
  g.blank();
  const actions = actionsBlock(g, input);
  g.blank();
  const ranking = rankingBlock(g, input, all);
  // The contribution chart sits left of the ranking: keep rows free below it when it is taller.
  const contributionHeight = Math.max(200, 60 + 26 * ranking.chartRows);
  while ((g.next - ranking.row + 1) * ROW_HEIGHT < contributionHeight) g.blank();
  g.blank();
  nothingBlock(g, input);
  g.blank();
  if (input.findings) {
    findingsBlock(g, input.findings);
    g.blank();
  }
  if (input.integrity) {
    findingsBlock(g, input.integrity);
    g.blank();
  }
  problemsBlock(g, input);
  g.blank();
  const trend = trendBlock(g, input);

  const trendRows = Math.max(0, trend.rows - 1);
  const compositionHeight = Math.max(160, (components.rows + 1) * ROW_HEIGHT);
  const extraRows = 0;
  const charts: ChartPlan[] = [
    {
      kind: 'line',
      range: { row: trend.row, column: 1, rows: 1 + trendRows, columns: 3 },
      anchor: { row: fold.row + fold.rows, column: COL.mid },
      title: trendRows > 1 ? DASHBOARD_TEXT.chartTrend : DASHBOARD_TEXT.chartTrendFirst(input.rubric.year),
      width: widthOf(COL.mid, MID_COLUMNS),
      height: (FOLD.bodyEnd - (fold.row + fold.rows) + 1) * ROW_HEIGHT,
      stacked: false,
      transpose: false,
      colors: [COLOURS.verified, COLOURS.claimed],
      pointSize: 7,
      legend: 'right',
    },
    {
      kind: 'bar',
      range: components.chart,
      anchor: { row: components.row - 1, column: COL.mid },
      title: DASHBOARD_TEXT.chartComposition,
      width: widthOf(COL.mid, MID_COLUMNS),
      height: compositionHeight,
      stacked: true,
      transpose: true,
      colors: [COLOURS.spd, COLOURS.sid, COLOURS.jumlah],
    },
    {
      kind: 'bar',
      // The ranking's OPD column and both contribution columns, header included; the OPDs with a
      // contribution come first because the table is sorted by rank.
      range: { row: ranking.row, column: COL.rightOpd, rows: 1 + ranking.chartRows, columns: 3 },
      anchor: { row: ranking.row - 1, column: 1 },
      title: DASHBOARD_TEXT.chartContribution,
      width: widthOf(1, COL.right - 2),
      height: contributionHeight,
      stacked: false,
      transpose: false,
      colors: [COLOURS.verified, COLOURS.claimed],
    },
  ];
  const rowHeights: RowHeightBand[] = [
    { row: FOLD.title, rows: 1, height: 34 },
    { row: FOLD.meta, rows: 1, height: ROW_HEIGHT },
    { row: FOLD.header, rows: 1, height: 26 },
    { row: FOLD.body, rows: FOLD.bodyEnd - FOLD.body + 1, height: ROW_HEIGHT },
    { row: FOLD.footnote, rows: 1, height: 24 },
  ];
  return {
    paint: {
      width: DASHBOARD_WIDTH,
      rows: g.rows,
      merges: g.merges,
      columnWidths: DASHBOARD_COLUMN_WIDTHS,
      charts,
      frozenRows: 0,
      frozenColumns: 0,
      rowHeights,
    },
    extraRows,
    cells: {
      iidVerified: { row: head.iid, column: COL.left },
      iidClaimed: { row: head.claimed, column: COL.left + 1 },
      predikatVerified: { row: head.predikat, column: COL.left },
      nextPredikat: { row: head.next, column: COL.left },
      headlineActions: { row: fold.row, rows: fold.rows, rowsEach: ROWS_PER_ACTION },
      foldRanking: foldRank,
      footnote: { row: FOLD.footnote, column: 1 },
      detail,
      components: { row: components.row, rows: components.rows },
      actions,
      ranking,
      trend,
    },
  };
}
