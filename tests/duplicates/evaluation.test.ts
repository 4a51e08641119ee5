// Precision and recall of near-duplicate detection at the default threshold, over each set at once
// (blocking included), printed for the record: the written labelled set and the real public
// descriptions, each with the pairs the constants were tuned on and held-out pairs apart.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, findDuplicatePairs, regionStopWords } from '../../src/core/duplicates';
import { type Evaluation, evaluate } from './evaluate';
import { asInnovation, checkFixtures, FIXTURE_INNOVATIONS, HOLDOUT_PAIRS, LABELLED_PAIRS } from './fixtures';
import { PUBLIC_DESCRIPTIONS, PUBLIC_NEGATIVES } from './fixtures/public';
import {
  evaluatePublic,
  PUBLIC_INNOVATIONS,
  type PublicEvaluation,
  type PublicPair,
  publicPairs,
} from './public-set';

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

  it('reaches recall ≥ 0.9 and precision ≥ 0.8 on the held-out pairs written after tuning', () => {
    const e = evaluate(found, HOLDOUT_PAIRS);
    report('Set uji (tidak dipakai menyetel)', HOLDOUT_PAIRS.length, e);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('flags few pairs of different innovations anywhere in the set, labelled or not', () => {
    const e = evaluate(found, []);
    const duplicates = found.length - e.unlabelledFalsePositives.length;
    console.log(
      `Pasangan ditandai di seluruh set (${FIXTURE_INNOVATIONS.length} inovasi): ${found.length}, bukan duplikat: ${e.unlabelledFalsePositives.join('; ') || '-'}`,
    );
    // Recall first (a warning costs a verifikator a glance): at most one false pair per ten true ones.
    expect(e.unlabelledFalsePositives.length).toBeLessThanOrEqual(Math.ceil(duplicates / 10));
  });
});

// Real public descriptions (fixtures/public.ts): the same programme from two sources or years, an
// acronym and its expansion, Indonesian and English; hard negatives of one theme or acronym.
describe('near-duplicate detection on real public descriptions', () => {
  const publicFound = findDuplicatePairs(PUBLIC_INNOVATIONS, { maxPartners: Infinity, maxPhrases: 0 });

  function publicReport(title: string, pairs: PublicPair[], e: PublicEvaluation): void {
    const positives = pairs.filter((p) => p.duplicate).length;
    const lines = [
      `${title}: ${positives} pasangan duplikat, ${pairs.length - positives} bukan duplikat, ambang ${DEFAULT_DUPLICATE_THRESHOLD}`,
      `  presisi ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  (TP ${e.tp}, FP ${e.fp}, FN ${e.fn})`,
    ];
    if (e.missed.length) lines.push(`  terlewat: ${e.missed.join('; ')}`);
    if (e.wronglyFlagged.length) lines.push(`  salah tanda: ${e.wronglyFlagged.join('; ')}`);
    console.log(lines.join('\n'));
  }

  it('has sources for every description, and both halves hold duplicates and traps', () => {
    const ids = new Set(PUBLIC_DESCRIPTIONS.map((d) => d.id));
    expect(ids.size).toBe(PUBLIC_DESCRIPTIONS.length);
    for (const d of PUBLIC_DESCRIPTIONS) {
      expect(d.source, d.id).toMatch(/^https?:\/\/[^\s]+\.[a-z]{2,}/);
      expect(d.text.split(/\s+/).length, d.id).toBeGreaterThanOrEqual(20);
    }
    for (const n of PUBLIC_NEGATIVES) {
      expect(ids.has(n.a) && ids.has(n.b), `${n.a} – ${n.b}`).toBe(true);
      const family = (id: string) => PUBLIC_DESCRIPTIONS.find((d) => d.id === id)!.family;
      expect(family(n.a)).not.toBe(family(n.b));
    }
    for (const split of ['tuning', 'holdout'] as const) {
      const pairs = publicPairs(split);
      expect(pairs.filter((p) => p.duplicate).length).toBeGreaterThanOrEqual(10);
      expect(pairs.filter((p) => !p.duplicate).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('reaches precision and recall ≥ 0.9 on the pairs the constants were tuned on', () => {
    const pairs = publicPairs('tuning');
    const e = evaluatePublic(publicFound, pairs);
    publicReport('Deskripsi publik, set penyetelan', pairs, e);
    expect(e.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches recall ≥ 0.9 and precision ≥ 0.8 on the held-out programmes, never tuned on', () => {
    const pairs = publicPairs('holdout');
    const e = evaluatePublic(publicFound, pairs);
    publicReport('Deskripsi publik, set uji', pairs, e);
    expect(e.recall).toBeGreaterThanOrEqual(0.9);
    expect(e.precision).toBeGreaterThanOrEqual(0.8);
  });
});
