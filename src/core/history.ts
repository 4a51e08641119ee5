// Year-over-year history: what a closed period archives, how often each innovation has been
// reported, whether it may be reported again next year, and the trend across archived years.
// Pure: the server reads and writes the Riwayat tab; here are only records and rules.
import type { Innovation, ScoringResult, Stage } from './model';
import type { Rubric } from './rubric/schema';

/** Which level of the regency a history row describes. */
export type HistoryKind = 'kabupaten' | 'opd' | 'inovasi';

/**
 * One archived row. The meaning of the score columns depends on the kind:
 * kabupaten: total/counted = innovations of the regency, sidScore = SID component, spd/iid/predikat;
 * opd: total/counted = the OPD's innovations, sidScore = mean SID of counted, contribution;
 * inovasi: counted = 1 or 0, sidScore = the innovation's SID score, innovationId = its stable id.
 */
export interface HistoryRow {
  year: number;
  kind: HistoryKind;
  rubric: string;
  opd: string;
  opdName: string;
  innovationId: string;
  innovationName: string;
  stage: Stage | '';
  status: string;
  total: number | null;
  counted: number;
  verifiedCounted: number;
  sidScore: number | null;
  verifiedSidScore: number | null;
  contribution: number | null;
  verifiedContribution: number | null;
  spd: number | null;
  iid: number | null;
  verifiedIid: number | null;
  predikat: string;
  verifiedPredikat: string;
  closedAt: string;
  closedBy: string;
}

export interface ArchiveInput {
  year: number;
  rubric: string;
  regencyName: string;
  scoring: Pick<ScoringResult, 'claimed' | 'verified' | 'innovations' | 'opds'>;
  /** The register at closing time: stage and status are not in the scoring result. */
  innovations: readonly { innovation: Pick<Innovation, 'id' | 'opd' | 'name' | 'stage'>; status: string }[];
  /** ISO timestamp of the closing. */
  closedAt: string;
  closedBy: string;
}

/** The rows one closing appends: the regency, then each OPD, then each innovation by OPD and name. */
export function buildArchive(input: ArchiveInput): HistoryRow[] {
  const { year, rubric, scoring, closedAt, closedBy } = input;
  const blank = {
    year,
    rubric,
    opd: '',
    opdName: '',
    innovationId: '',
    innovationName: '',
    stage: '' as const,
    status: '',
    total: null,
    sidScore: null,
    verifiedSidScore: null,
    contribution: null,
    verifiedContribution: null,
    spd: null,
    iid: null,
    verifiedIid: null,
    predikat: '',
    verifiedPredikat: '',
    closedAt,
    closedBy,
  };
  const rows: HistoryRow[] = [
    {
      ...blank,
      kind: 'kabupaten',
      opdName: input.regencyName,
      total: input.innovations.length,
      counted: scoring.claimed.counted,
      verifiedCounted: scoring.verified.counted,
      sidScore: scoring.claimed.sid,
      verifiedSidScore: scoring.verified.sid,
      spd: scoring.claimed.spd,
      iid: scoring.claimed.iid,
      verifiedIid: scoring.verified.iid,
      predikat: scoring.claimed.predikat,
      verifiedPredikat: scoring.verified.predikat,
    },
  ];
  const results = new Map(scoring.innovations.map((r) => [r.id, r] as const));
  const opdNames = new Map(scoring.opds.map((o) => [o.opd, o.name] as const));
  for (const o of scoring.opds) {
    const verified = scoring.innovations.filter((r) => r.opd === o.opd && r.verifiedCounted);
    rows.push({
      ...blank,
      kind: 'opd',
      opd: o.opd,
      opdName: o.name,
      total: o.total,
      counted: o.counted,
      verifiedCounted: o.verifiedCounted,
      sidScore: o.meanSid,
      verifiedSidScore: verified.length
        ? round2(sum(verified.map((r) => r.verifiedSidScore)) / verified.length)
        : 0,
      contribution: o.contribution,
      verifiedContribution: o.verifiedContribution,
    });
  }
  const opdOrder = new Map(scoring.opds.map((o, i) => [o.opd, i] as const));
  const stored = [...input.innovations].sort(
    (a, b) =>
      (opdOrder.get(a.innovation.opd) ?? Number.MAX_SAFE_INTEGER) -
        (opdOrder.get(b.innovation.opd) ?? Number.MAX_SAFE_INTEGER) ||
      a.innovation.opd.localeCompare(b.innovation.opd) ||
      a.innovation.name.localeCompare(b.innovation.name, 'id'),
  );
  for (const s of stored) {
    const r = results.get(s.innovation.id);
    rows.push({
      ...blank,
      kind: 'inovasi',
      opd: s.innovation.opd,
      opdName: opdNames.get(s.innovation.opd) ?? s.innovation.opd,
      innovationId: s.innovation.id,
      innovationName: s.innovation.name,
      stage: s.innovation.stage ?? '',
      status: s.status,
      counted: r?.counted ? 1 : 0,
      verifiedCounted: r?.verifiedCounted ? 1 : 0,
      sidScore: r ? r.sidScore : 0,
      verifiedSidScore: r ? r.verifiedSidScore : 0,
    });
  }
  return rows;
}

/** Years already archived, ascending. */
export function archivedYears(rows: readonly HistoryRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

export interface ReportCount {
  id: string;
  /** Distinct closed years in which the innovation was counted in the verified projection. */
  years: number[];
  times: number;
}

/**
 * How many times each innovation has been reported. "Reported" means counted in the verified
 * projection of a closed year: exactly the innovations the IGA export hands to the national app.
 */
export function countReports(rows: readonly HistoryRow[]): Map<string, ReportCount> {
  const years = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.kind !== 'inovasi' || r.verifiedCounted !== 1 || !r.innovationId) continue;
    const set = years.get(r.innovationId) ?? new Set<number>();
    set.add(r.year);
    years.set(r.innovationId, set);
  }
  const out = new Map<string, ReportCount>();
  for (const [id, set] of years) {
    const list = [...set].sort((a, b) => a - b);
    out.set(id, { id, years: list, times: list.length });
  }
  return out;
}

/** Rules of the year after the closed one, taken from that year's rubric preset. */
export interface NextYearRules {
  year: number;
  /** Preset id, or null when no preset exists yet for that year. */
  rubric: string | null;
  window: { start: string; end: string; developmentDateAlternative: boolean } | null;
  /** Most times an innovation may ever be reported; null when the year sets no limit. */
  maxReports: number | null;
}

/** The next year's rules from its preset (or none yet): the window and the re-report limit are data. */
export function nextYearRulesFrom(
  year: number,
  rubric: Pick<Rubric, 'id' | 'penerapanWindow' | 'reReporting'> | null,
): NextYearRules {
  if (!rubric) return { year, rubric: null, window: null, maxReports: null };
  return {
    year,
    rubric: rubric.id,
    window: { ...rubric.penerapanWindow },
    maxReports: rubric.reReporting?.maxReports ?? null,
  };
}

export type IneligibleReason =
  | { code: 'window'; start: string; end: string }
  | { code: 'limit'; times: number; max: number }
  | { code: 'no_rules'; year: number };

export interface Eligibility {
  id: string;
  opd: string;
  name: string;
  times: number;
  years: number[];
  /** null when the next year has no rubric yet, so nothing can be said. */
  eligible: boolean | null;
  reasons: IneligibleReason[];
}

export function nextYearEligibility(
  innovations: readonly Pick<Innovation, 'id' | 'opd' | 'name' | 'implementationDate' | 'developmentDate'>[],
  counts: ReadonlyMap<string, ReportCount>,
  rules: NextYearRules,
): Eligibility[] {
  return innovations.map((inn) => {
    const count = counts.get(inn.id);
    const times = count?.times ?? 0;
    const base = { id: inn.id, opd: inn.opd, name: inn.name, times, years: count?.years ?? [] };
    if (!rules.window) {
      return { ...base, eligible: null, reasons: [{ code: 'no_rules', year: rules.year }] };
    }
    const reasons: IneligibleReason[] = [];
    const { start, end, developmentDateAlternative } = rules.window;
    const inWindow = (d: string | null | undefined) => typeof d === 'string' && d >= start && d <= end;
    if (!inWindow(inn.implementationDate) && !(developmentDateAlternative && inWindow(inn.developmentDate))) {
      reasons.push({ code: 'window', start, end });
    }
    if (rules.maxReports !== null && times >= rules.maxReports) {
      reasons.push({ code: 'limit', times, max: rules.maxReports });
    }
    return { ...base, eligible: reasons.length === 0, reasons };
  });
}

export interface TrendYear {
  year: number;
  rubric: string;
  iid: number | null;
  verifiedIid: number | null;
  predikat: string;
  verifiedPredikat: string;
  total: number;
  counted: number;
  verifiedCounted: number;
}

export interface TrendOpd {
  opd: string;
  name: string;
  /** Per archived year (same order as TrendData.years); zeros where the OPD had no row. */
  years: { total: number; counted: number; verifiedCounted: number }[];
}

export interface TrendData {
  years: number[];
  regency: TrendYear[];
  opds: TrendOpd[];
}

/** The IID and each OPD's counts per archived year, for the Tren tab and its charts. */
export function buildTrend(rows: readonly HistoryRow[]): TrendData {
  const years = archivedYears(rows);
  const regency: TrendYear[] = [];
  for (const year of years) {
    const r = rows.find((x) => x.year === year && x.kind === 'kabupaten');
    if (!r) continue;
    regency.push({
      year,
      rubric: r.rubric,
      iid: r.iid,
      verifiedIid: r.verifiedIid,
      predikat: r.predikat,
      verifiedPredikat: r.verifiedPredikat,
      total: r.total ?? 0,
      counted: r.counted,
      verifiedCounted: r.verifiedCounted,
    });
  }
  const opds = new Map<string, TrendOpd>();
  const yearIndex = new Map(years.map((y, i) => [y, i] as const));
  // Rows are visited by year so the latest name of an OPD wins.
  const opdRows = rows.filter((r) => r.kind === 'opd').sort((a, b) => a.year - b.year);
  for (const r of opdRows) {
    let entry = opds.get(r.opd);
    if (!entry) {
      entry = {
        opd: r.opd,
        name: r.opdName,
        years: years.map(() => ({ total: 0, counted: 0, verifiedCounted: 0 })),
      };
      opds.set(r.opd, entry);
    }
    entry.name = r.opdName || entry.name;
    const slot = entry.years[yearIndex.get(r.year) ?? -1];
    if (slot) {
      slot.total = r.total ?? 0;
      slot.counted = r.counted;
      slot.verifiedCounted = r.verifiedCounted;
    }
  }
  return { years, regency, opds: [...opds.values()] };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
