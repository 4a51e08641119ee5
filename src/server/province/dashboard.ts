// The Ringkasan Provinsi tab as a grid: the core's plan worded with the messages module. Numbers
// stay numbers (with a number format) so they sort; every text cell is plain text, so a name that
// arrived from a regency's sheet can never become a formula here.
import type { ProvincePlan, RegencyProblem } from '../../core/province';
import { findUrusan, YANDAS_CODES } from '../../core/urusan';
import { PROVINCE_DASHBOARD as D, REGENCY_PROBLEM_TEXT as P } from '../../shared/messages/province';
import { RECALC_FORMATS } from '../../shared/messages/recalc';
import { formatWhen } from '../time';
import { importTabName } from './regencies';

export const DASHBOARD_WIDTH = 9;

export type RowStyle = 'title' | 'note' | 'section' | 'header' | 'plain' | 'bad';

export interface DashboardCell {
  value: string | number;
  format: string;
}

export interface DashboardGrid {
  rows: DashboardCell[][];
  styles: RowStyle[];
}

export function problemText(p: RegencyProblem, code: string): string {
  const tab = importTabName(code);
  switch (p.code) {
    case 'ref':
      return P.ref(tab);
    case 'loading':
      return P.loading(tab);
    case 'linked_now':
      return P.linkedNow(tab);
    case 'empty':
      return P.empty;
    case 'not_rekap':
      return P.notRekap;
    case 'version':
      return P.version(p.found, p.expected);
    case 'missing':
      return P.missing(p.key);
    case 'bad_number':
      return P.badNumber(p.key, p.value);
    case 'no_name':
      return P.noName;
    case 'bad_code':
      return P.badCode(p.value);
    case 'duplicate_code':
      return P.duplicateCode(p.value);
    case 'bad_url':
      return P.badUrl;
    case 'code_mismatch':
      return P.codeMismatch(p.found, p.expected);
    case 'rubric':
      return P.rubric(p.found, p.expected);
    case 'period':
      return P.period(p.found, p.expected);
    case 'stale':
      return P.stale(p.days, p.maxDays);
    case 'future':
      return P.future;
  }
}

const cell = (value: string | number, format: string = RECALC_FORMATS.text): DashboardCell => ({
  value,
  format,
});
const score = (n: number) => cell(n, RECALC_FORMATS.score);
const count = (n: number) => cell(n, RECALC_FORMATS.count);

export interface DashboardInput {
  province: string;
  rubric: string;
  period: number;
  calculatedAt: string;
  timeZone: string;
  plan: ProvincePlan;
}

export function provinceDashboard(input: DashboardInput): DashboardGrid {
  const { plan, timeZone } = input;
  const rows: DashboardCell[][] = [];
  const styles: RowStyle[] = [];
  const push = (style: RowStyle, cells: DashboardCell[]) => {
    rows.push([...cells, ...new Array<DashboardCell>(DASHBOARD_WIDTH - cells.length).fill(cell(''))]);
    styles.push(style);
  };
  const headers = (labels: readonly string[]) =>
    push(
      'header',
      labels.map((l) => cell(l)),
    );
  push('title', [cell(D.title(input.province))]);
  push('note', [cell(D.subtitle(input.rubric, input.period, input.calculatedAt))]);

  push('section', [cell(D.rankingHeader)]);
  headers(D.rankingColumns);
  if (plan.ranked.length === 0) push('plain', [cell(D.noneRanked)]);
  for (const r of plan.ranked)
    push('plain', [
      count(r.verifiedRank),
      cell(r.data.regencyName || r.entry.name),
      cell(r.entry.code),
      score(r.data.verified.iid),
      cell(r.data.verified.predikat),
      count(r.claimedRank),
      score(r.data.claimed.iid),
      cell(r.data.claimed.predikat),
      cell(formatWhen(r.data.computedAt, timeZone)),
    ]);

  push('section', [cell(D.componentsHeader)]);
  headers(D.componentsColumns);
  for (const r of plan.ranked) {
    const v = r.data.verified;
    const c = r.data.claimed;
    push('plain', [
      cell(r.data.regencyName || r.entry.name),
      score(v.spd),
      score(c.spd),
      score(v.sidAverage),
      score(c.sidAverage),
      score(v.jumlahInovasi),
      score(c.jumlahInovasi),
    ]);
  }

  push('section', [cell(D.yandasHeader)]);
  headers(['', ...YANDAS_CODES.map((u) => findUrusan(u)?.name ?? u)]);
  for (const r of plan.ranked)
    push('plain', [
      cell(r.data.regencyName || r.entry.name),
      ...YANDAS_CODES.map((u) => cell(r.missingYandas.includes(u) ? D.yandasMissing : D.yandasCovered)),
    ]);

  push('section', [cell(D.countsHeader)]);
  headers(D.countsColumns);
  for (const r of plan.ranked)
    push('plain', [
      cell(r.data.regencyName || r.entry.name),
      count(r.data.innovations),
      count(r.data.claimed.counted),
      count(r.data.verified.counted),
      count(r.data.opds.length),
    ]);

  push('section', [cell(D.actionsHeader)]);
  headers(D.actionsColumns);
  for (const r of plan.ranked) {
    const a = r.data.topAction;
    push(
      'plain',
      a
        ? [
            cell(r.data.regencyName || r.entry.name),
            cell(a.gain, RECALC_FORMATS.gain),
            cell(D.projection[a.projection] ?? a.projection),
            cell(a.summary),
          ]
        : [cell(r.data.regencyName || r.entry.name), cell(''), cell(''), cell(D.noAction)],
    );
  }

  // The trend only when some regency has closed a period: the years of the last closings (as many
  // as fit beside the name and the current period), each regency's verified IID in each.
  const years = [...new Set(plan.ranked.flatMap((r) => r.data.history.map((h) => h.year)))]
    .filter((y) => y !== input.period)
    .sort((a, b) => a - b)
    .slice(-(DASHBOARD_WIDTH - 2));
  if (years.length) {
    push('section', [cell(D.trendHeader)]);
    headers([D.trendFirstColumn, ...years.map(String), String(input.period)]);
    for (const r of plan.ranked)
      push('plain', [
        cell(r.data.regencyName || r.entry.name),
        ...years.map((y) => {
          const point = r.data.history.find((h) => h.year === y);
          return point ? score(point.verifiedIid) : cell(D.trendNoData);
        }),
        score(r.data.verified.iid),
      ]);
  }

  push('section', [cell(D.excludedHeader)]);
  headers(D.excludedColumns);
  if (plan.excluded.length === 0) push('plain', [cell(D.noneExcluded)]);
  for (const x of plan.excluded)
    push('bad', [
      cell(x.entry.name),
      cell(x.entry.code),
      cell(x.problems.map((p) => problemText(p, x.entry.code)).join(' ')),
    ]);
  return { rows, styles };
}
