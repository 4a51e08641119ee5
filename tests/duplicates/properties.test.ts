import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicatePairs, normalizeWord, prepareCorpus, tokenize } from '../../src/core/duplicates';
import { scorePair } from '../../src/core/duplicates/score';
import { FIXTURE_INNOVATIONS } from './fixtures';

const subsets = fc.uniqueArray(fc.integer({ min: 0, max: FIXTURE_INNOVATIONS.length - 1 }), {
  minLength: 2,
  maxLength: 40,
});

describe('properties', () => {
  it('blocking returns exactly the pairs a comparison of every pair returns', () => {
    fc.assert(
      fc.property(subsets, fc.double({ min: 0.05, max: 0.95, noNaN: true }), (indices, threshold) => {
        const subset = indices.map((i) => FIXTURE_INNOVATIONS[i]!);
        const corpus = prepareCorpus(subset);
        const brute: string[] = [];
        corpus.docs.forEach((a, i) => {
          for (const b of corpus.docs.slice(i + 1)) {
            if (scorePair(a, b).similarity >= threshold) brute.push(`${a.ref.id}|${b.ref.id}`);
          }
        });
        const found = findDuplicatePairs(corpus, { threshold, maxPhrases: 0 }).map(
          (p) => `${p.a.id}|${p.b.id}`,
        );
        expect(found.sort()).toEqual(brute.sort());
      }),
      { numRuns: 60 },
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
