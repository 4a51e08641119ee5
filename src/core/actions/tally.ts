// The regency projection recomputed from its aggregates (n, Σ SID, which yandas urusan are
// covered), so that the gain of a change to a few innovations costs O(changed) instead of a full
// score() over thousands. The arithmetic is the scoring engine's: integers in hundredths and one
// half-up rounding of the IID (tests compare every gain with a real re-score).
import type { Rubric } from '../rubric';
import { rubricMaxima } from '../rubric';
import { roundRatio } from '../scoring';
import { YANDAS_CODES } from '../urusan';

const hundredths = (value: number) => Math.round(value * 100);

/** What one innovation adds to a projection: counted or not, its SID in hundredths, its main urusan. */
export interface Contribution {
  counted: boolean;
  points: number;
  affair: string;
}

export interface RubricConstants {
  minimumDivisor: number;
  cap: number;
  pointsPerInnovation: number; // hundredths
  yandasRequired: number;
  maxTotal: number; // hundredths
}

export function rubricConstants(rubric: Rubric): RubricConstants {
  return {
    minimumDivisor: rubric.minimumDivisor,
    cap: rubric.jumlahInovasi.cap,
    pointsPerInnovation: hundredths(rubric.jumlahInovasi.pointsPerInnovation),
    yandasRequired: rubric.jumlahInovasi.yandasRequired,
    maxTotal: hundredths(rubricMaxima(rubric).total),
  };
}

const YANDAS = new Set(YANDAS_CODES);

/** A mutable projection: add and remove innovations, read the IID. */
export class Tally {
  n = 0;
  sum = 0;
  private readonly affairs = new Map<string, number>();
  private yandasCovered = 0;

  constructor(
    private readonly k: RubricConstants,
    public spd: number,
  ) {}

  clone(): Tally {
    const t = new Tally(this.k, this.spd);
    t.n = this.n;
    t.sum = this.sum;
    for (const [a, c] of this.affairs) t.affairs.set(a, c);
    t.yandasCovered = this.yandasCovered;
    return t;
  }

  add(c: Contribution, sign: 1 | -1 = 1): void {
    if (!c.counted) return;
    this.n += sign;
    this.sum += sign * c.points;
    const before = this.affairs.get(c.affair) ?? 0;
    const after = before + sign;
    if (after === 0) this.affairs.delete(c.affair);
    else this.affairs.set(c.affair, after);
    if (YANDAS.has(c.affair)) {
      if (before === 0 && after > 0) this.yandasCovered++;
      if (before > 0 && after === 0) this.yandasCovered--;
    }
  }

  /** Replaces an innovation's contribution by another. */
  change(before: Contribution, after: Contribution): void {
    this.add(before, -1);
    this.add(after, 1);
  }

  covers(affair: string): boolean {
    return (this.affairs.get(affair) ?? 0) > 0;
  }

  get covered(): number {
    return this.yandasCovered;
  }

  /** IID rounded to 2 decimals, exactly as the scoring engine reports it. */
  iid(): number {
    const k = this.k;
    const d = Math.max(k.minimumDivisor, this.n);
    const jumlah =
      this.yandasCovered >= k.yandasRequired ? Math.min(this.n, k.cap) * k.pointsPerInnovation : 0;
    const numerator = this.spd * d + this.sum + jumlah * d;
    return roundRatio(numerator * 100, d * k.maxTotal);
  }
}

/** After minus before, both already rounded to 2 decimals; free of binary noise. */
export function pointsGain(after: number, before: number): number {
  return Math.round((after - before) * 100) / 100;
}
