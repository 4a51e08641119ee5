// Registers that would make every pair a candidate: one rancang bangun pasted into hundreds of
// innovations, one name given to hundreds of drafts, short texts made only of words everyone uses.
// The search must finish with bounded work and a bounded list, and still find the real duplicates
// among them.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_PARTNERS,
  findDuplicates,
  findSimilarTo,
  type InnovationText,
  prepareCorpus,
} from '../../src/core/duplicates';
import { CROWDED_BUDGET_PER_PARTNER, SEARCH_BUDGET } from '../../src/core/duplicates/tuning';
import { asInnovation, FIXTURE_INNOVATIONS } from './fixtures';

const COPIES = 600;
const K = DEFAULT_MAX_PARTNERS;
const byId = (id: string) => asInnovation(FIXTURE_INNOVATIONS.find((f) => f.id === id)!);
const BOILERPLATE = [
  byId('kes-posyandu').design,
  byId('kes-posyandu').goal,
  byId('kes-posyandu').benefit,
].join(' ');

function partnersOf(pairs: readonly { a: { id: string }; b: { id: string } }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pairs) for (const id of [p.a.id, p.b.id]) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

describe('degenerate registers', () => {
  it(`lists at most ${K} partners per innovation when ${COPIES} innovations share one rancang bangun`, () => {
    const same: InnovationText[] = Array.from({ length: COPIES }, (_, i) => ({
      id: `salin-${i}`,
      opd: `OPD-${i % 40}`,
      name: `Inovasi nomor ${i}`,
      design: BOILERPLATE,
    }));
    // Two real duplicates of each other among them, which must still be found.
    const register = [
      ...same,
      byId('pu-jalan'),
      { ...byId('pu-jalan'), id: 'pu-jalan-salinan', opd: 'DPUPR' },
    ];
    const report = findDuplicates(register, { phrasesFor: 20 });

    const partners = partnersOf(report.pairs);
    for (const s of same) expect(partners.get(s.id!)).toBeGreaterThanOrEqual(K);
    expect(report.pairs.length).toBeLessThanOrEqual(COPIES * K);
    // Equal copies: the first ones in the register are each one's closest.
    expect(report.pairs[0]).toMatchObject({ a: { id: 'salin-0' }, b: { id: 'salin-1' }, similarity: 1 });
    expect(report.crowded).toBe(COPIES);
    expect(report.unfinished).toBe(0);
    expect(report.maxPartners).toBe(K);
    // Bounded work: where all pairs (179,700) used to be scored, each search stops at its k-th equal.
    expect(report.scored).toBeLessThanOrEqual(COPIES * K);
    expect(report.pairs.some((p) => p.a.id === 'pu-jalan' && p.b.id === 'pu-jalan-salinan')).toBe(true);
    // Shared phrases only for the pairs that are shown.
    expect(report.pairs.slice(0, 20).every((p) => p.sharedPhrases.length > 0)).toBe(true);
    expect(report.pairs.slice(20).every((p) => p.sharedPhrases.length === 0)).toBe(true);
  });

  it('keeps a draft like all of them cheap and exact: the first copies, in register order', () => {
    const corpus = prepareCorpus(
      Array.from({ length: COPIES }, (_, i) => ({
        id: `salin-${i}`,
        opd: 'A',
        name: `Nomor ${i}`,
        design: BOILERPLATE,
      })),
    );
    const hits = findSimilarTo({ name: 'Apa saja', design: BOILERPLATE }, corpus, { limit: 3 });
    expect(hits.map((h) => [h.id, h.similarity])).toEqual([
      ['salin-0', 1],
      ['salin-1', 1],
      ['salin-2', 1],
    ]);
  });

  it(`bounds ${COPIES} drafts that have the same name and nothing else`, () => {
    const drafts = Array.from({ length: COPIES }, (_, i) => ({
      id: `draf-${i}`,
      opd: 'A',
      name: 'Gerakan Masyarakat Sehat',
    }));
    const report = findDuplicates(drafts);
    expect(report.pairs.length).toBeLessThanOrEqual(COPIES * K);
    for (const count of partnersOf(report.pairs).values()) expect(count).toBeGreaterThanOrEqual(K);
    expect(report.scored).toBeLessThanOrEqual(COPIES * K);
  });

  it('bounds short texts made only of words that everyone uses, and loses no innovation with few partners', () => {
    const words = BOILERPLATE.toLowerCase()
      .match(/[a-z]{5,}/g)!
      .slice(0, 40);
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const register = Array.from({ length: COPIES }, (_, i) => ({
      id: `umum-${i}`,
      opd: 'A',
      name: `Q${i}Z${i * 7}`,
      goal: Array.from({ length: 12 }, () => words[Math.floor(next() * words.length)]).join(' '),
    }));
    const corpus = prepareCorpus(register);
    const report = findDuplicates(corpus, { maxPhrases: 0 });
    // Each search stops at its budget, or once it has K partners at the crowded budget.
    expect(report.scored).toBeLessThanOrEqual(
      COPIES * Math.max(SEARCH_BUDGET, CROWDED_BUDGET_PER_PARTNER * K),
    );
    expect(report.pairs.length).toBeLessThanOrEqual(COPIES * K);
    const every = findDuplicates(corpus, { maxPhrases: 0, maxPartners: Number.POSITIVE_INFINITY });
    const kept = new Set(report.pairs.map((p) => `${p.a.id}|${p.b.id}`));
    const all = partnersOf(every.pairs);
    for (const p of every.pairs) {
      if ((all.get(p.a.id) ?? 0) <= K || (all.get(p.b.id) ?? 0) <= K)
        expect(kept.has(`${p.a.id}|${p.b.id}`)).toBe(true);
    }
    const partners = partnersOf(report.pairs);
    for (const [id, count] of all) expect(partners.get(id)).toBeGreaterThanOrEqual(Math.min(count, K));
    expect(report.scored).toBeLessThan(every.scored);
  });
});
