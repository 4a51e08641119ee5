// What the Ringkasan dashboard states, decided per projection so that every line is true for the
// projection it sits beside: the distance to the next predikat, whether the basic-service urusan
// rule lets the jumlah-inovasi score count, why a verified contribution can exceed the claimed
// one, which actions lead, and the IID per year. Pure: codes and numbers, the words are made at
// the edge (shared/messages/recalc.ts).
import type { Action } from './actions/types';
import type { HistoryRow } from './history';
import type { Projection, ScoringResult } from './model';
import type { Rubric } from './rubric/schema';

export type ProjectionKey = 'claimed' | 'verified';

/** The next predikat up from `p` and the IID points still missing to reach it; null at the top. */
export interface NextPredikat {
  name: string;
  /** Lowest IID of that predikat. */
  min: number;
  /** min − IID, rounded to 2 decimals (always > 0). */
  points: number;
}

export function nextPredikat(
  rubric: Pick<Rubric, 'predikat'>,
  p: Pick<Projection, 'iid'>,
): NextPredikat | null {
  // Bands are ordered from the highest minimum down (the rubric schema checks it).
  let next: NextPredikat | null = null;
  for (const band of rubric.predikat) {
    if (band.min > p.iid) next = { name: band.name, min: band.min, points: round2(band.min - p.iid) };
  }
  return next;
}

/** The basic-service urusan rule as it stands in one projection. */
export interface YandasStatus {
  projection: ProjectionKey;
  covered: number;
  required: number;
  /** Enough urusan are covered: the jumlah-inovasi score counts in this projection. */
  met: boolean;
  missing: readonly string[];
  jumlahInovasi: number;
}

export function yandasStatus(
  result: Pick<ScoringResult, ProjectionKey>,
  projection: ProjectionKey,
): YandasStatus {
  const p = result[projection];
  return {
    projection,
    covered: p.affairsCovered.length,
    required: p.yandasRequired,
    met: p.affairsCovered.length >= p.yandasRequired,
    missing: p.affairsMissing,
    jumlahInovasi: p.jumlahInovasi,
  };
}

/**
 * OPDs whose verified contribution is larger than their claimed one. A verified SID score is never
 * above the claimed one, so this only happens because the verified projection divides by a smaller
 * number (fewer verified innovations, down to the minimum divisor): the note names both divisors.
 */
export interface ContributionNote {
  opds: string[];
  claimedDivisor: number;
  verifiedDivisor: number;
}

export function contributionNote(
  result: Pick<ScoringResult, 'opds' | ProjectionKey>,
): ContributionNote | null {
  const opds = result.opds.filter((o) => o.verifiedContribution > o.contribution).map((o) => o.opd);
  if (opds.length === 0) return null;
  return { opds, claimedDivisor: result.claimed.divisor, verifiedDivisor: result.verified.divisor };
}

/**
 * The actions to show first beside the verified IID: those measured on the verified projection,
 * largest gain first, then the others (which raise the claimed potential, and the verified IID
 * only once verified). Ties keep the ranked order.
 */
export function headlineActions(actions: readonly Action[], count: number): Action[] {
  const verified = actions.filter((a) => a.projection === 'verified');
  const others = actions.filter((a) => a.projection !== 'verified');
  return [...verified, ...others].slice(0, Math.max(0, count));
}

/** The OPD ranking the dashboard shows: by verified contribution, then claimed, then list order. */
export function rankByVerified<T extends { opd: string; contribution: number; verifiedContribution: number }>(
  opds: readonly T[],
  order: (code: string) => number,
): T[] {
  return [...opds].sort(
    (a, b) =>
      b.verifiedContribution - a.verifiedContribution ||
      b.contribution - a.contribution ||
      order(a.opd) - order(b.opd) ||
      a.opd.localeCompare(b.opd),
  );
}

/** One year of the IID trend; `current` is the year being calculated now (not archived yet). */
export interface TrendPoint {
  year: number;
  verified: number | null;
  claimed: number | null;
  current: boolean;
}

/**
 * The archived years (Riwayat) and the current year from the live result, oldest first. A current
 * year that was already archived shows its live numbers: they are what the register says now.
 */
export function trendPoints(
  history: readonly Pick<HistoryRow, 'year' | 'kind' | 'iid' | 'verifiedIid'>[],
  year: number,
  result: Pick<ScoringResult, ProjectionKey>,
): TrendPoint[] {
  const byYear = new Map<number, TrendPoint>();
  for (const r of history) {
    if (r.kind !== 'kabupaten' || r.year === year) continue;
    byYear.set(r.year, { year: r.year, verified: r.verifiedIid, claimed: r.iid, current: false });
  }
  byYear.set(year, { year, verified: result.verified.iid, claimed: result.claimed.iid, current: true });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
