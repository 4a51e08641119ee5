// The Majene demo as a reviewer tried it: an operator typing the name of an innovation the regency
// already has, reworded, is warned (issue 13, item 11).
import { describe, expect, it } from 'vitest';
import { findSimilarTo, regionStopWords } from '../../src/core/duplicates';
import { buildInnovation } from '../../src/preview/demo/build';
import { DEMO_INNOVATIONS } from '../../src/preview/demo/catalogue';
import { EXAMPLE_OPDS } from '../../src/server/defaults';
import { corpusOf } from '../../src/server/duplicates/texts';

const opdName = (code: string) => EXAMPLE_OPDS.find((o) => o.code === code)?.name ?? code;
const register = DEMO_INNOVATIONS.map((d) => buildInnovation(d, opdName(d.opd)));
const corpus = corpusOf(register, { regencyName: 'Kabupaten Majene' });
const similarNames = (draft: { name: string; goal?: string }) =>
  findSimilarTo(draft, corpus).map((h) => h.name);

describe('Majene demo: reworded names of existing innovations', () => {
  it('warns of "Majene Satu Data" for "Majene Satu Data Terpadu" and "Satu Data Majene"', () => {
    expect(regionStopWords('Kabupaten Majene')).toEqual(['majene']);
    for (const name of ['Majene Satu Data Terpadu', 'Satu Data Majene']) {
      expect(similarNames({ name }), name).toContain('Majene Satu Data');
    }
  });

  it('warns of "Antrean Daring Poliklinik RSUD" for "Antrean Online Poliklinik Rumah Sakit"', () => {
    expect(similarNames({ name: 'Antrean Online Poliklinik Rumah Sakit' })).toContain(
      'Antrean Daring Poliklinik RSUD',
    );
  });

  it('stays quiet for a new innovation whose name shares only generic words', () => {
    expect(similarNames({ name: 'Aplikasi Layanan Online' })).toEqual([]);
    expect(similarNames({ name: 'Data' })).toEqual([]);
  });
});
