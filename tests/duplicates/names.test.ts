// What real registers contain (issue 13, item 11), on real public descriptions: one rare name on
// two reports about different aspects, an acronym and its spelled-out name, one acronym written in
// capitals, camel case or apart, and a generic name typed without text, which must not match alone.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUPLICATE_THRESHOLD,
  findDuplicatePairs,
  findSimilarTo,
  prepareCorpus,
} from '../../src/core/duplicates';
import { scorePair } from '../../src/core/duplicates/score';
import { asInnovation, FIXTURE_INNOVATIONS } from './fixtures';
import { PUBLIC_INNOVATIONS } from './public-set';

const corpus = prepareCorpus(PUBLIC_INNOVATIONS);
const pairs = findDuplicatePairs(corpus, { maxPartners: Infinity, maxPhrases: 0 });
const pair = (a: string, b: string) =>
  pairs.find((p) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a));
const names = (hits: { name: string }[]) => hits.map((h) => h.name);

describe('names that identify an innovation', () => {
  it('pairs two reports named "Kios e-Pak Ladi" although they describe different aspects', () => {
    const p = pair('epakladi-kim-2020', 'epakladi-pojok-2021')!;
    expect(p).toBeDefined();
    expect(p.contentSimilarity).toBeLessThan(0.3);
    expect(p.similarity).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
  });

  it('reads an acronym from its spelled-out name, with or without content', () => {
    const p = pair('epakladi-kim-2020', 'epakladi-radar-2021')!;
    expect(p.b.name.startsWith('Pelayanan Kependudukan')).toBe(true);
    expect(p.nameSimilarity).toBeGreaterThanOrEqual(0.9);
    const spelled = [
      { id: 'x', opd: 'DISDUKCAPIL', name: 'Kios Pelayanan Administrasi Kependudukan Langsung Jadi' },
    ];
    expect(names(findSimilarTo({ name: 'e-Pak Ladi' }, spelled))).toEqual([spelled[0]!.name]);
    const acronym = [{ id: 'y', opd: 'JATENG', name: 'SAKPOLE' }];
    expect(names(findSimilarTo({ name: 'Sistem Administrasi Kendaraan Pajak Online' }, acronym))).toEqual([
      'SAKPOLE',
    ]);
    // Letters in order are not enough: most words must give their first letter.
    expect(
      findSimilarTo({ name: 'SIPADAN' }, [{ id: 'z', name: 'Sistem Informasi Jalan dan Jembatan' }]),
    ).toEqual([]);
  });

  it('takes "SIPRAJA", "SiPraja" and "Si Praja" for one name', () => {
    const register = ['SIPRAJA', 'Sistem Informasi Pasar Rakyat'].map((name, i) => ({ id: `r${i}`, name }));
    for (const name of ['SiPraja', 'Si Praja', 'sipraja', 'Aplikasi SiPraja Sidoarjo']) {
      const hits = findSimilarTo({ name }, register);
      expect(names(hits), name).toEqual(['SIPRAJA']);
    }
    expect(pair('sipraja-bhirawa', 'sipraja-surya-2021')).toBeDefined();
  });

  it('pairs an Indonesian report with an English summary of the same programme', () => {
    expect(pair('sipraja-jatimnews-2024', 'sipraja-ijins-en')).toBeDefined();
    expect(pair('sipalin-proposal-2018', 'sipalin-unair-en')).toBeDefined();
  });

  it('does not match a name typed without text on a generic name alone', () => {
    for (const name of ['Pelayanan Kependudukan', 'Aplikasi Online', 'Sistem Informasi', 'Posyandu']) {
      const hits = findSimilarTo({ name }, corpus);
      expect(names(hits), name).toEqual([]);
    }
    // A name that identifies matches on its own.
    expect(names(findSimilarTo({ name: 'Jogo Tonggo' }, corpus))).toContain('Jogo Tonggo');
  });

  it('keeps two programmes that share only an acronym apart when their contents differ', () => {
    const fixtures = prepareCorpus(FIXTURE_INNOVATIONS.map(asInnovation));
    const at = (id: string) => fixtures.docs.find((d) => d.ref.id === id)!;
    const s = scorePair(at('kes-sehati'), at('sos-lansia'));
    expect(s.nameSimilarity).toBeGreaterThanOrEqual(0.5);
    expect(s.similarity).toBeLessThan(DEFAULT_DUPLICATE_THRESHOLD);
  });
});
