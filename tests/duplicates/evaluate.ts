// Precision and recall of duplicate detection on the labelled set, shared by the test and tune.ts.
import type { DuplicatePair } from '../../src/core/duplicates';
import { FAMILY, LABELLED_PAIRS, type LabelledPair, type PairCategory } from './fixtures';

export interface Evaluation {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Flagged pairs of the whole set (labelled or not) whose innovations are not of one family. */
  unlabelledFalsePositives: string[];
  missed: string[];
  wronglyFlagged: string[];
  byCategory: Record<PairCategory, { total: number; flagged: number }>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  missed: string[];
  wronglyFlagged: string[];
}

/** True and false positives and the missed duplicates among `labelled`, given the flagged pairs (key → similarity). */
export function countLabels(
  flagged: ReadonlyMap<string, number>,
  labelled: readonly { a: string; b: string; duplicate: boolean }[],
): Counts {
  const c: Counts = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    missed: [],
    wronglyFlagged: [],
  };
  for (const p of labelled) {
    const similarity = flagged.get(pairKey(p.a, p.b));
    if (p.duplicate && similarity !== undefined) c.truePositives++;
    else if (p.duplicate) {
      c.falseNegatives++;
      c.missed.push(`${p.a} – ${p.b}`);
    } else if (similarity !== undefined) {
      c.falsePositives++;
      c.wronglyFlagged.push(`${p.a} – ${p.b} (${similarity})`);
    }
  }
  return c;
}

export const flaggedPairs = (found: readonly DuplicatePair[]): Map<string, number> =>
  new Map(found.map((p) => [pairKey(p.a.id, p.b.id), p.similarity] as const));

export function evaluate(found: DuplicatePair[], labelled: LabelledPair[] = LABELLED_PAIRS): Evaluation {
  const flagged = flaggedPairs(found);
  const byCategory = {} as Evaluation['byCategory'];
  for (const p of labelled) {
    const c = byCategory[p.category] ?? { total: 0, flagged: 0 };
    byCategory[p.category] = c;
    c.total++;
    if (flagged.has(pairKey(p.a, p.b))) c.flagged++;
  }
  const counts = countLabels(flagged, labelled);
  const tp = counts.truePositives;
  const fp = counts.falsePositives;
  const fn = counts.falseNegatives;
  const unlabelledFalsePositives = found
    .filter((p) => FAMILY.get(p.a.id) !== FAMILY.get(p.b.id))
    .map((p) => `${p.a.id} – ${p.b.id} (${p.similarity})`);
  return {
    ...counts,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    unlabelledFalsePositives,
    byCategory,
  };
}
