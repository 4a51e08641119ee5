import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDuplicatePairs,
  findDuplicates,
  findSimilarTo,
  normalizeWord,
  prepareCorpus,
  tokenize,
} from '../../src/core/duplicates';
import { scorePair } from '../../src/core/duplicates/score';
import { FIXTURE_INNOVATIONS } from './fixtures';

const subsets = fc.uniqueArray(fc.integer({ min: 0, max: FIXTURE_INNOVATIONS.length - 1 }), {
  minLength: 2,
  maxLength: 40,
});

/** Every pair of the subset at or above the threshold, by comparing all of them: id pair → similarity. */
function bruteForce(corpus: ReturnType<typeof prepareCorpus>, threshold: number): Map<string, number> {
  const brute = new Map<string, number>();
  corpus.docs.forEach((a, i) => {
    for (const b of corpus.docs.slice(i + 1)) {
      const s = scorePair(a, b).similarity;
      if (s >= threshold) brute.set(`${a.ref.id}|${b.ref.id}`, s);
    }
  });
  return brute;
}

/** How many pairs each id is in. */
function degrees(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) for (const id of key.split('|')) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

describe('properties', () => {
  it('blocking returns exactly the pairs a comparison of every pair returns, when every pair is asked for', () => {
    fc.assert(
      fc.property(subsets, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (indices, threshold) => {
        const corpus = prepareCorpus(indices.map((i) => FIXTURE_INNOVATIONS[i]!));
        const brute = bruteForce(corpus, threshold);
        const found = findDuplicatePairs(corpus, { threshold, maxPhrases: 0, maxPartners: Infinity }).map(
          (p) => `${p.a.id}|${p.b.id}`,
        );
        expect(found.sort()).toEqual([...brute.keys()].sort());
      }),
      { numRuns: 60 },
    );
  });

  // The partner cap (what keeps one text pasted into hundreds of innovations cheap) changes nothing
  // for an innovation with few partners, and leaves every innovation with many at least the cap.
  it('with a partner cap, keeps all partners of an innovation with few and at least the cap of one with many', () => {
    fc.assert(
      fc.property(
        subsets,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (indices, threshold, maxPartners) => {
          const corpus = prepareCorpus(indices.map((i) => FIXTURE_INNOVATIONS[i]!));
          const brute = bruteForce(corpus, threshold);
          const report = findDuplicates(corpus, { threshold, maxPhrases: 0, maxPartners });
          const found = new Map<string, number>(
            report.pairs.map((p) => [`${p.a.id}|${p.b.id}`, p.similarity]),
          );
          for (const [key, similarity] of found) expect(brute.get(key)).toBe(similarity);
          const all = degrees(brute.keys());
          const kept = degrees(found.keys());
          for (const [id, d] of all) {
            if (d <= maxPartners) {
              for (const key of brute.keys())
                if (key.split('|').includes(id)) expect(found.has(key)).toBe(true);
            } else expect(kept.get(id)).toBeGreaterThanOrEqual(maxPartners);
          }
          expect(report.crowded).toBeLessThanOrEqual(
            [...all.values()].filter((d) => d >= maxPartners).length,
          );
          expect(report.unfinished).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('findSimilarTo answers what a scan of every innovation answers, ties in register order', () => {
    const corpus = prepareCorpus(FIXTURE_INNOVATIONS);
    const drafts = fc.record({
      from: fc.integer({ min: 0, max: FIXTURE_INNOVATIONS.length - 1 }),
      parts: fc.subarray(['name', 'design', 'goal', 'benefit'] as const, { minLength: 1 }),
      words: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(
        drafts,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 1, max: 8 }),
        ({ from, parts, words }, threshold, limit) => {
          const source = FIXTURE_INNOVATIONS[from]!;
          const draft: Record<string, string> = {};
          for (const part of parts) draft[part] = (source[part] ?? '').split(' ').slice(0, words).join(' ');
          const query = corpus.vectorize(draft);
          const scan = corpus.docs
            .map((doc, i) => ({ id: doc.ref.id, i, similarity: scorePair(query, doc).similarity }))
            .filter((h) => h.similarity >= threshold)
            .sort((x, y) => y.similarity - x.similarity || x.i - y.i)
            .slice(0, limit)
            .map((h) => [h.id, h.similarity]);
          const found = findSimilarTo(draft, corpus, { threshold, limit, maxPhrases: 0 });
          expect(found.map((h) => [h.id, h.similarity])).toEqual(scan);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('similarity is symmetric, and an innovation is fully similar to itself', () => {
    const corpus = prepareCorpus(FIXTURE_INNOVATIONS);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.docs.length - 1 }),
        fc.integer({ min: 0, max: corpus.docs.length - 1 }),
        (i, j) => {
          const a = corpus.docs[i]!;
          const b = corpus.docs[j]!;
          expect(scorePair(a, b)).toEqual(scorePair(b, a));
          expect(scorePair(a, a).similarity).toBe(1);
        },
      ),
    );
  });

  it('every token’s span holds the word it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const t of tokenize(text, { expand: false })) {
          expect(normalizeWord(text.slice(t.start, t.end))).toBe(t.word);
        }
      }),
    );
  });

  it('normalizing a word twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        (w) => normalizeWord(normalizeWord(w)) === normalizeWord(w),
      ),
    );
  });
});
