// The labelled pairs of the public descriptions (fixtures/public.ts), and their precision and recall
// at a threshold: shared by evaluation.test.ts and tune.ts.
import type { DuplicatePair, InnovationText } from '../../src/core/duplicates';
import { countLabels, flaggedPairs } from './evaluate';
import { PUBLIC_DESCRIPTIONS, PUBLIC_NEGATIVES, type PublicSplit } from './fixtures/public';

export interface PublicPair {
  a: string;
  b: string;
  duplicate: boolean;
}

/** Every description as an innovation: the text stands for rancang bangun, the region for the OPD. */
export const PUBLIC_INNOVATIONS: InnovationText[] = PUBLIC_DESCRIPTIONS.map((d) => ({
  id: d.id,
  opd: d.region,
  name: d.name,
  design: d.text,
}));

/** Duplicates: every two descriptions of one family; negatives: the listed traps. */
export function publicPairs(split: PublicSplit): PublicPair[] {
  const mine = PUBLIC_DESCRIPTIONS.filter((d) => d.split === split);
  const pairs: PublicPair[] = [];
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      if (mine[i]!.family === mine[j]!.family)
        pairs.push({ a: mine[i]!.id, b: mine[j]!.id, duplicate: true });
    }
  }
  for (const n of PUBLIC_NEGATIVES.filter((x) => x.split === split))
    pairs.push({ a: n.a, b: n.b, duplicate: false });
  return pairs;
}

export interface PublicEvaluation {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  wronglyFlagged: string[];
  /** Flagged pairs of the whole set whose descriptions are of different families (labelled or not). */
  otherFalse: string[];
}

const FAMILY = new Map(PUBLIC_DESCRIPTIONS.map((d) => [d.id, d.family] as const));

export function evaluatePublic(
  found: readonly DuplicatePair[],
  pairs: readonly PublicPair[],
): PublicEvaluation {
  const c = countLabels(flaggedPairs(found), pairs);
  const tp = c.truePositives;
  const fp = c.falsePositives;
  const fn = c.falseNegatives;
  const otherFalse = found
    .filter((p) => FAMILY.get(p.a.id) !== FAMILY.get(p.b.id))
    .map((p) => `${p.a.id} – ${p.b.id} (${p.similarity})`);
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    tp,
    fp,
    fn,
    missed: c.missed,
    wronglyFlagged: c.wronglyFlagged,
    otherFalse,
  };
}
