// The Ringkasan tab as data, laid out for a phone: four narrow columns (≈330 px in all), so the
// Bupati never scrolls sideways. Blocks from top to bottom: who/when/which rubric, the IID claimed
// and verified in large type with their predikat colour, the components with their maxima, the
// actions that raise the score most, the OPD ranking, the OPDs that reported nothing, data
// problems, and the two charts. Every block has at least one row and a fixed set of merged bands,
// so writing it costs the same number of calls for 20 innovations as for 2,000.
import type { Action } from '../../core/actions/types';
import type { Projection, ScoringResult } from '../../core/model';
import type { Rubric } from '../../core/rubric/schema';
import { URUSAN } from '../../core/urusan';
import { formatNumber } from '../../shared/messages/common';
import { DASHBOARD_TEXT, RECALC_FORMATS } from '../../shared/messages/recalc';
import type { OpdRecord, Settings } from '../model';
import { type CellPaint, type ChartPlan, cell, type MergeBand, row, type SheetPaint } from './paint';
import { NOTHING_BACKGROUND, sortedOpds } from './tables';

export const DASHBOARD_WIDTH = 4;
/** No | label or OPD | klaim | terverifikasi. */
export const DASHBOARD_COLUMN_WIDTHS = [26, 136, 84, 84];
const CHART_WIDTH = DASHBOARD_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const ROW_HEIGHT = 21;
export const MAX_PROBLEM_LINES = 5;

const COLOURS = {
  title: '#174ea6',
  section: '#e8f0fe',
  sectionText: '#174ea6',
  warning: '#fef7e0',
  warningText: '#b06000',
  muted: '#5f6368',
  header: '#f1f3f4',
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
}

export interface DashboardLayout {
  paint: SheetPaint;
  /** Blank rows kept below the content for the charts. */
  extraRows: number;
  /** Where things are, for tests and for readers of the sheet. */
  cells: {
    iidClaimed: { row: number; column: number };
    iidVerified: { row: number; column: number };
    components: { row: number; rows: number };
    actions: { row: number; rows: number };
    ranking: { row: number; rows: number };
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

class Builder {
  readonly rows: CellPaint[][] = [];
  readonly merges: MergeBand[] = [];

  get next(): number {
    return this.rows.length + 1;
  }

  add(cells: CellPaint[], fill: Omit<CellPaint, 'value'> = {}): number {
    this.rows.push(row(DASHBOARD_WIDTH, cells, fill));
    return this.rows.length;
  }

  /** Rows whose first cell spans all four columns. */
  wide(texts: readonly CellPaint[]): { row: number; rows: number } {
    const first = this.next;
    for (const t of texts) this.add([{ wrap: true, ...t }], { background: t.background });
    this.merges.push({ row: first, rows: texts.length, column: 1, columns: DASHBOARD_WIDTH });
    return { row: first, rows: texts.length };
  }

  blank(): void {
    this.add([]);
  }

  section(title: string): void {
    this.wide([
      cell(title, { bold: true, size: 12, color: COLOURS.sectionText, background: COLOURS.section }),
    ]);
  }
}

function headerBlock(b: Builder, input: DashboardInput): void {
  const { rubric, settings } = input;
  const lines: CellPaint[] = [
    cell(DASHBOARD_TEXT.title(settings.regencyName), { bold: true, size: 16, color: COLOURS.title }),
    cell(DASHBOARD_TEXT.rubric(rubric.title), { bold: true }),
  ];
  const warn = { color: COLOURS.warningText, background: COLOURS.warning, italic: true };
  if (rubric.status === 'prognosis')
    lines.push(cell(DASHBOARD_TEXT.statusPrognosis, { ...warn, bold: true }));
  if (rubric.status === 'sebagian') lines.push(cell(DASHBOARD_TEXT.statusPartial, { ...warn, bold: true }));
  for (const w of input.result.rubricWarnings.length ? input.result.rubricWarnings : rubric.warnings)
    lines.push(cell(w, warn));
  if (!rubric.jumlahInovasi.known) lines.push(cell(DASHBOARD_TEXT.jumlahUnknown, warn));
  lines.push(cell(DASHBOARD_TEXT.calculatedAt(input.calculatedAt), { color: COLOURS.muted }));
  if (settings.deadline)
    lines.push(cell(DASHBOARD_TEXT.deadline(settings.deadline), { color: COLOURS.muted }));
  if (input.trendPointer) lines.push(cell(input.trendPointer, { color: COLOURS.muted }));
  b.wide(lines);
}

function iidBlock(b: Builder, input: DashboardInput): { claimed: number; verified: number } {
  const { claimed, verified } = input.result;
  const colour = (p: Projection) =>
    input.rubric.predikat.find((band) => band.name === p.predikat)?.colour ?? COLOURS.muted;
  const first = b.next;
  const big = (p: Projection) =>
    cell(p.iid, { format: RECALC_FORMATS.score, bold: true, size: 28, align: 'center', color: colour(p) });
  const predikat = (p: Projection) =>
    cell(p.predikat, {
      bold: true,
      size: 12,
      align: 'center',
      color: textColourOn(colour(p)),
      background: colour(p),
    });
  const label = (text: string) => cell(text, { bold: true, size: 12, wrap: true });
  const claimedRow = b.add([label(DASHBOARD_TEXT.iidClaimed), cell(''), big(claimed)]);
  b.add([cell(''), cell(''), predikat(claimed), cell('', { background: colour(claimed) })]);
  const verifiedRow = b.add([label(DASHBOARD_TEXT.iidVerified), cell(''), big(verified)]);
  b.add([cell(''), cell(''), predikat(verified), cell('', { background: colour(verified) })]);
  b.merges.push(
    { row: first, rows: 4, column: 1, columns: 2 },
    { row: first, rows: 4, column: 3, columns: 2 },
  );
  b.wide([cell(DASHBOARD_TEXT.iidHelp, { italic: true, color: COLOURS.muted })]);
  return { claimed: claimedRow, verified: verifiedRow };
}

function componentsBlock(
  b: Builder,
  input: DashboardInput,
): { row: number; rows: number; chart: ChartPlan['range'] } {
  const { claimed, verified } = input.result;
  const max = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
  const num = (v: number, format: string = RECALC_FORMATS.score) => cell(v, { format, align: 'right' });
  const head = (t: string) => cell(t, { bold: true, background: COLOURS.header, align: 'right', wrap: true });
  b.section(DASHBOARD_TEXT.componentsHeader);
  const first = b.add([
    cell('', { background: COLOURS.header }),
    cell('', { background: COLOURS.header }),
    head(DASHBOARD_TEXT.claimed),
    head(DASHBOARD_TEXT.verified),
  ]);
  const line = (label: string, a: CellPaint, c: CellPaint, bold = false) =>
    b.add([cell(''), cell(label, { wrap: true, bold }), { ...a, bold }, { ...c, bold }]);
  // The first three rows after the header are the chart's data: the score's composition.
  line(DASHBOARD_TEXT.spd(max(claimed.spdMax)), num(claimed.spd), num(verified.spd));
  line(
    DASHBOARD_TEXT.sidAverage(max(input.rubric.maxima.sid)),
    num(claimed.sidAverage),
    num(verified.sidAverage),
  );
  line(
    DASHBOARD_TEXT.jumlahInovasi(max(input.rubric.maxima.jumlahInovasi)),
    num(claimed.jumlahInovasi),
    num(verified.jumlahInovasi),
  );
  line(DASHBOARD_TEXT.total(max(claimed.maxTotal)), num(claimed.total), num(verified.total), true);
  line(
    DASHBOARD_TEXT.counted,
    num(claimed.counted, RECALC_FORMATS.count),
    num(verified.counted, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.divisor(input.rubric.minimumDivisor),
    num(claimed.divisor, RECALC_FORMATS.count),
    num(verified.divisor, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.emptySeats,
    num(claimed.emptySeats, RECALC_FORMATS.count),
    num(verified.emptySeats, RECALC_FORMATS.count),
  );
  line(
    DASHBOARD_TEXT.yandasCovered(claimed.yandasRequired),
    cell(DASHBOARD_TEXT.yandasCount(claimed.affairsCovered.length), { align: 'right' }),
    cell(DASHBOARD_TEXT.yandasCount(verified.affairsCovered.length), { align: 'right' }),
  );
  const rows = b.next - first;
  const met = claimed.affairsCovered.length >= claimed.yandasRequired;
  b.wide([
    cell(
      DASHBOARD_TEXT.yandasMissing(affairNames(claimed.affairsMissing), affairNames(verified.affairsMissing)),
    ),
    met
      ? cell(DASHBOARD_TEXT.yandasRuleMet, { color: COLOURS.muted })
      : cell(DASHBOARD_TEXT.yandasRuleNotMet(claimed.yandasRequired), {
          bold: true,
          color: COLOURS.warningText,
          background: COLOURS.warning,
        }),
  ]);
  return { row: first, rows, chart: { row: first, column: 2, rows: 4, columns: 3 } };
}

function actionsBlock(b: Builder, input: DashboardInput): { row: number; rows: number } {
  b.section(DASHBOARD_TEXT.actionsHeader);
  const first = b.next;
  if (input.actions.length === 0) {
    b.add([cell(''), cell(DASHBOARD_TEXT.noActions, { wrap: true, italic: true })]);
  }
  input.actions.forEach((a, i) => {
    b.add([
      cell(i + 1, { format: RECALC_FORMATS.count, align: 'center', bold: true }),
      cell(a.summary + (a.projection === 'verified' ? DASHBOARD_TEXT.verifiedGain : ''), {
        wrap: true,
        format: RECALC_FORMATS.text,
      }),
      cell(''),
      cell(a.gain, { format: RECALC_FORMATS.gain, bold: true, align: 'right', color: COLOURS.verified }),
    ]);
  });
  const rows = b.next - first;
  b.merges.push({ row: first, rows, column: 2, columns: 2 });
  b.wide([cell(DASHBOARD_TEXT.actionsNote, { italic: true, color: COLOURS.muted })]);
  return { row: first, rows };
}

function rankingBlock(b: Builder, input: DashboardInput): { row: number; rows: number; chartRows: number } {
  b.section(DASHBOARD_TEXT.rankingHeader);
  const head = (t: string, align: 'left' | 'right' | 'center' = 'right') =>
    cell(t, { bold: true, background: COLOURS.header, align, wrap: true });
  const first = b.add([
    head(DASHBOARD_TEXT.rank, 'center'),
    head(DASHBOARD_TEXT.opd, 'left'),
    head(DASHBOARD_TEXT.claimed),
    head(DASHBOARD_TEXT.verified),
  ]);
  const nothing = new Set(input.result.opdsWithNothing);
  const sorted = sortedOpds(input.result, input.opds);
  let chartRows = 0;
  for (const o of sorted) {
    const red = nothing.has(o.opd) || o.total === 0;
    const style = red ? { background: NOTHING_BACKGROUND, color: COLOURS.nothingText } : {};
    b.add([
      cell(o.rank, { ...style, format: RECALC_FORMATS.count, align: 'center' }),
      cell(o.opd, { ...style, format: RECALC_FORMATS.text }),
      cell(o.contribution, { ...style, format: RECALC_FORMATS.score, align: 'right' }),
      cell(o.verifiedContribution, { ...style, format: RECALC_FORMATS.score, align: 'right' }),
    ]);
    if (o.contribution > 0 || o.verifiedContribution > 0) chartRows++;
  }
  if (sorted.length === 0) b.add([cell(''), cell('—')]);
  return { row: first, rows: b.next - first, chartRows: Math.max(1, chartRows) };
}

function nothingBlock(b: Builder, input: DashboardInput): void {
  const nothing = input.result.opdsWithNothing;
  const names = new Map(input.opds.map((o) => [o.code, o.name]));
  b.wide([
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

function findingsBlock(b: Builder, findings: NonNullable<DashboardInput['findings']>): void {
  b.wide([
    cell(findings.title, { bold: true, size: 12, color: COLOURS.sectionText, background: COLOURS.section }),
    ...findings.lines.map((line) => cell(line, { format: RECALC_FORMATS.text })),
  ]);
}

function problemsBlock(b: Builder, input: DashboardInput): void {
  const problems = input.problems;
  const lines: CellPaint[] = [
    cell(DASHBOARD_TEXT.problemsHeader, {
      bold: true,
      size: 12,
      color: COLOURS.sectionText,
      background: COLOURS.section,
    }),
  ];
  if (problems.length === 0) lines.push(cell(DASHBOARD_TEXT.problemsNone, { color: COLOURS.muted }));
  for (const p of problems.slice(0, MAX_PROBLEM_LINES))
    lines.push(cell(p, { format: RECALC_FORMATS.text, color: COLOURS.warningText }));
  if (problems.length > MAX_PROBLEM_LINES)
    lines.push(
      cell(DASHBOARD_TEXT.problemsMore(problems.length - MAX_PROBLEM_LINES), { color: COLOURS.muted }),
    );
  b.wide(lines);
}

function rowsFor(heightPx: number): number {
  return Math.ceil(heightPx / ROW_HEIGHT) + 1;
}

export function dashboardLayout(input: DashboardInput): DashboardLayout {
  const b = new Builder();
  headerBlock(b, input);
  b.blank();
  const iid = iidBlock(b, input);
  b.blank();
  const components = componentsBlock(b, input);
  b.blank();
  const actions = actionsBlock(b, input);
  b.blank();
  const ranking = rankingBlock(b, input);
  b.blank();
  nothingBlock(b, input);
  b.blank();
  if (input.findings) {
    findingsBlock(b, input.findings);
    b.blank();
  }
  if (input.integrity) {
    findingsBlock(b, input.integrity);
    b.blank();
  }
  problemsBlock(b, input);
  b.blank();
  b.section(DASHBOARD_TEXT.chartsHeader);

  const compositionHeight = 220;
  const contributionHeight = Math.max(200, 60 + 26 * ranking.chartRows);
  const compositionAnchor = b.next;
  const contributionAnchor = compositionAnchor + rowsFor(compositionHeight);
  const extraRows = rowsFor(compositionHeight) + rowsFor(contributionHeight);
  const charts: ChartPlan[] = [
    {
      kind: 'bar',
      range: components.chart,
      anchor: { row: compositionAnchor, column: 1 },
      title: DASHBOARD_TEXT.chartComposition,
      width: CHART_WIDTH,
      height: compositionHeight,
      stacked: true,
      transpose: true,
      colors: [COLOURS.spd, COLOURS.sid, COLOURS.jumlah],
    },
    {
      kind: 'bar',
      // The ranking's OPD column and both contribution columns, header included; the OPDs with a
      // contribution come first because the table is sorted by rank.
      range: { row: ranking.row, column: 2, rows: 1 + ranking.chartRows, columns: 3 },
      anchor: { row: contributionAnchor, column: 1 },
      title: DASHBOARD_TEXT.chartContribution,
      width: CHART_WIDTH,
      height: contributionHeight,
      stacked: false,
      transpose: false,
      colors: [COLOURS.claimed, COLOURS.verified],
    },
  ];
  return {
    paint: {
      width: DASHBOARD_WIDTH,
      rows: b.rows,
      merges: b.merges,
      columnWidths: DASHBOARD_COLUMN_WIDTHS,
      charts,
      frozenRows: 0,
      frozenColumns: 0,
    },
    extraRows,
    cells: {
      iidClaimed: { row: iid.claimed, column: 3 },
      iidVerified: { row: iid.verified, column: 3 },
      components: { row: components.row, rows: components.rows },
      actions,
      ranking: { row: ranking.row, rows: ranking.rows },
    },
  };
}
