import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DUPLICATE_THRESHOLD,
  findDuplicatePairs,
  findSimilarTo,
  prepareCorpus,
  regionStopWords,
} from '../../src/core/duplicates';
import { scorePair } from '../../src/core/duplicates/score';
import { asInnovation, FAMILY, FIXTURE_INNOVATIONS } from './fixtures';

const extraStopWords = regionStopWords('Kabupaten Majene');
const innovations = FIXTURE_INNOVATIONS.map(asInnovation);
const byId = (id: string) => innovations.find((i) => i.id === id)!;

describe('findDuplicatePairs', () => {
  const pairs = findDuplicatePairs(innovations, { extraStopWords });

  it('lists pairs most similar first, each in input order, with scores in 0..1', () => {
    const order = new Map(innovations.map((inn, i) => [inn.id, i]));
    for (const [k, p] of pairs.entries()) {
      expect(order.get(p.a.id)!).toBeLessThan(order.get(p.b.id)!);
      if (k > 0) expect(p.similarity).toBeLessThanOrEqual(pairs[k - 1]!.similarity);
      for (const x of [p.similarity, p.nameSimilarity, p.contentSimilarity]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect(p.similarity).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
    }
  });

  it('reports a training project that only renamed an innovation, with the passages it copied', () => {
    const p = pairs.find((x) => x.a.id === 'kes-posyandu' && x.b.id === 'kes-posyandu-latpim')!;
    expect(p).toBeDefined();
    expect(p.kind).toBe('isi');
    expect(p.b).toEqual({
      id: 'kes-posyandu-latpim',
      opd: 'PKM-BANGGAE',
      name: byId('kes-posyandu-latpim').name,
    });
    expect(p.sharedPhrases.length).toBe(3);
    const original = [
      byId('kes-posyandu').design,
      byId('kes-posyandu').goal,
      byId('kes-posyandu').benefit,
    ].join('\n\n');
    for (const phrase of p.sharedPhrases) {
      // In the first innovation's own wording, cut at a sentence end.
      expect(original).toContain(phrase.replace(/ …$/, ''));
      expect(phrase.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    expect(p.sharedPhrases[0]!.length).toBeGreaterThanOrEqual(p.sharedPhrases[2]!.replace(/ …$/, '').length);
  });

  it('reports a draft that has a name only by its name', () => {
    const p = pairs.find((x) => x.b.id === 'kes-pmt-draft')!;
    expect(p.a.id).toBe('kes-pmt');
    expect(p.kind).toBe('nama');
    expect(p.contentSimilarity).toBe(0);
    expect(p.sharedPhrases).toEqual(['DAPUR SEHAT BALITA']);
  });

  it('finds by blocking exactly the pairs that comparing every pair finds', () => {
    const corpus = prepareCorpus(innovations, { extraStopWords });
    const threshold = 0.25;
    const brute: string[] = [];
    for (let i = 0; i < corpus.docs.length; i++) {
      for (let j = i + 1; j < corpus.docs.length; j++) {
        if (scorePair(corpus.docs[i]!, corpus.docs[j]!).similarity >= threshold) {
          brute.push(`${corpus.docs[i]!.ref.id}|${corpus.docs[j]!.ref.id}`);
        }
      }
    }
    const blocked = findDuplicatePairs(corpus, { threshold, maxPhrases: 0, maxPartners: Infinity }).map(
      (p) => `${p.a.id}|${p.b.id}`,
    );
    expect(blocked.sort()).toEqual(brute.sort());
  });

  it('puts every duplicate at or above the threshold and almost every other pair below it', () => {
    const all = findDuplicatePairs(innovations, {
      extraStopWords,
      threshold: 0,
      maxPhrases: 0,
      maxPartners: Infinity,
    });
    const same = all.filter((p) => FAMILY.get(p.a.id) === FAMILY.get(p.b.id));
    const different = all.filter((p) => FAMILY.get(p.a.id) !== FAMILY.get(p.b.id));
    const lowestDuplicate = Math.min(...same.map((p) => p.similarity));
    const above = different.filter((p) => p.similarity >= DEFAULT_DUPLICATE_THRESHOLD);
    console.log(
      `Duplikat terendah ${lowestDuplicate}; bukan duplikat di atas ambang: ${above.length} dari ${different.length}`,
    );
    // Recall first: a warning costs a glance, so a few look-alikes may pass the threshold.
    expect(lowestDuplicate).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
    expect(above.length).toBeLessThanOrEqual(Math.ceil(0.002 * innovations.length ** 2));
  });

  it('never pairs a record with itself, honours the threshold, and copes with tiny inputs', () => {
    const twice = [byId('pu-jalan'), { ...byId('pu-jalan') }];
    expect(findDuplicatePairs(twice)).toEqual([]);
    expect(findDuplicatePairs(innovations, { threshold: 1.01 })).toEqual([]);
    expect(findDuplicatePairs([])).toEqual([]);
    expect(findDuplicatePairs([byId('pu-jalan')])).toEqual([]);
    expect(
      findDuplicatePairs([
        { id: 'x', opd: 'A', name: '' },
        { id: 'y', opd: 'B', name: '' },
      ]),
    ).toEqual([]);
  });

  it('gives only the most similar pairs when asked for a limit', () => {
    const top = findDuplicatePairs(innovations, { extraStopWords, limit: 5 });
    expect(top).toEqual(pairs.slice(0, 5));
  });

  it('returns plain JSON data, fit for google.script.run', () => {
    expect(JSON.parse(JSON.stringify(pairs))).toEqual(pairs);
  });
});

describe('findSimilarTo', () => {
  const corpus = prepareCorpus(
    innovations.filter((i) => !i.id.endsWith('-var')),
    { extraStopWords },
  );

  it('finds an innovation while the operator has typed only a name spelled differently', () => {
    const hits = findSimilarTo({ name: 'Si-Pintar Majene' }, corpus);
    expect(hits[0]).toMatchObject({ id: 'pend-beasiswa', opd: 'DISDIK', kind: 'nama' });
    expect(findSimilarTo({ name: 'ePerpus Sekolah' }, corpus)[0]?.id).toBe('pend-perpus');
  });

  it('finds the original of a renamed copy from the design alone, with the copied passages', () => {
    const copy = byId('kes-posyandu-latpim');
    const hits = findSimilarTo({ design: copy.design }, corpus);
    expect(
      hits
        .map((h) => h.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['kes-posyandu', 'kes-posyandu-latpim']);
    expect(hits[0]!.kind).toBe('isi');
    expect(hits[0]!.sharedPhrases.length).toBeGreaterThan(0);
  });

  it('finds it while the design is still being typed', () => {
    // The first three sentences after the OPD's standard opening: about a third of the design.
    const body = byId('capil-akta').design!.split('\n\n')[1]!;
    const typed = body.split('. ').slice(0, 3).join('. ');
    const hits = findSimilarTo({ name: 'Akta Langsung Jadi', design: typed }, corpus);
    expect(hits[0]?.id).toBe('capil-akta');
  });

  it('does not match a different innovation of the same urusan', () => {
    const hits = findSimilarTo(
      {
        name: 'RUANG TUNGGU NYAMAN',
        design:
          'Ruang tunggu poliklinik rumah sakit diperluas dan diberi kursi tambahan, pendingin udara dan pojok bermain anak. Petugas informasi membantu pasien lanjut usia menuju poli yang dituju.',
      },
      corpus,
    );
    expect(hits.map((h) => h.id)).not.toContain('kes-posyandu');
    expect(hits.every((h) => h.similarity < 0.7)).toBe(true);
  });

  it('skips the draft’s own record, respects the limit, and is the same with or without preparing', () => {
    const own = byId('kominfo-aduan');
    expect(findSimilarTo(own, corpus).map((h) => h.id)).not.toContain('kominfo-aduan');
    expect(findSimilarTo(own, corpus, { limit: 1 })).toHaveLength(1);
    const list = innovations.filter((i) => !i.id.endsWith('-var'));
    expect(findSimilarTo(own, list, { extraStopWords })).toEqual(findSimilarTo(own, corpus));
  });

  it('returns nothing for an empty draft or an empty corpus', () => {
    expect(findSimilarTo({}, corpus)).toEqual([]);
    expect(findSimilarTo({ name: '', design: 'Singkat.' }, corpus)).toEqual([]);
    expect(findSimilarTo({ name: 'SIPINTAR' }, [])).toEqual([]);
  });
});
