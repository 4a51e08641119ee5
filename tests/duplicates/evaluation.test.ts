// Precision and recall of near-duplicate detection on the labelled set, at the default threshold,
// over the whole set at once (blocking included), printed for the record.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicatePairs, regionStopWords } from '../../src/core/duplicates';
import { type Evaluation, evaluate } from './evaluate';
import { asInnovation, checkFixtures, FIXTURE_INNOVATIONS, HOLDOUT_PAIRS, LABELLED_PAIRS } from './fixtures';

const found = findDuplicatePairs(FIXTURE_INNOVATIONS.map(asInnovation), {
  extraStopWords: regionStopWords('Kabupaten Majene'),
});

function report(title: string, pairs: number, e: Evaluation): void {
  const lines = [
    `${title}: ${pairs} pasangan berlabel, ambang ${DEFAULT_DUPLICATE_THRESHOLD}`,
    `  presisi ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  (TP ${e.truePositives}, FP ${e.falsePositives}, FN ${e.falseNegatives})`,
    ...Object.entries(e.byCategory).map(([c, v]) => `  ${c.padEnd(13)} ${v.flagged}/${v.total} ditandai`),
  ];
  if (e.missed.length) lines.push(`  terlewat: ${e.missed.join('; ')}`);
  if (e.wronglyFlagged.length) lines.push(`  salah tanda: ${e.wronglyFlagged.join('; ')}`);
  console.log(lines.join('\n'));
}

describe('near-duplicate detection on the labelled set', () => {
  it('has a consistent set of at least 80 labelled pairs of every category', () => {
    checkFixtures();
    expect(LABELLED_PAIRS.length).toBeGreaterThanOrEqual(80);
    const categories = new Set(LABELLED_PAIRS.map((p) => p.category));
    expect([...categories].sort()).toEqual([
      'look_alike',
      'name_variant',
      'paraphrase',
      'renamed',
      'same_affair',
      'unrelated',
    ]);
  });

  it('reaches precision and recall ≥ 0.9 on the pairs the constants were tuned on', () => {
    const e = evaluate(found, LABELLED_PAIRS);
    report('Set penyetelan', LABELLED_PAIRS.length, e);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches precision and recall ≥ 0.9 on the held-out pairs written after tuning', () => {
    const e = evaluate(found, HOLDOUT_PAIRS);
    report('Set uji (tidak dipakai menyetel)', HOLDOUT_PAIRS.length, e);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('flags no pair of different innovations anywhere in the set, labelled or not', () => {
    const e = evaluate(found, []);
    console.log(`Pasangan ditandai di seluruh set (${FIXTURE_INNOVATIONS.length} inovasi): ${found.length}`);
    expect(e.unlabelledFalsePositives).toEqual([]);
  });
});
