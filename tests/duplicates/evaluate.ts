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

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function evaluate(found: DuplicatePair[], labelled: LabelledPair[] = LABELLED_PAIRS): Evaluation {
  const flagged = new Set(found.map((p) => key(p.a.id, p.b.id)));
  const byCategory = {} as Evaluation['byCategory'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missed: string[] = [];
  const wronglyFlagged: string[] = [];
  for (const p of labelled) {
    const hit = flagged.has(key(p.a, p.b));
    const c = byCategory[p.category] ?? { total: 0, flagged: 0 };
    byCategory[p.category] = c;
    c.total++;
    if (hit) c.flagged++;
    if (p.duplicate && hit) tp++;
    else if (p.duplicate) {
      fn++;
      missed.push(`${p.a} – ${p.b}`);
    } else if (hit) {
      fp++;
      wronglyFlagged.push(`${p.a} – ${p.b}`);
    }
  }
  const unlabelledFalsePositives = found
    .filter((p) => FAMILY.get(p.a.id) !== FAMILY.get(p.b.id))
    .map((p) => `${p.a.id} – ${p.b.id} (${p.similarity})`);
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    unlabelledFalsePositives,
    missed,
    wronglyFlagged,
    byCategory,
  };
}
