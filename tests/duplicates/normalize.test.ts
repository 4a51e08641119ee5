import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWord, regionStopWords, tokenize } from '../../src/core/duplicates';
import { nameTokens } from '../../src/core/duplicates/normalize';

describe('normalizeWord', () => {
  it('lower-cases, drops diacritics and punctuation', () => {
    expect(normalizeWord('Pelayanan,')).toBe('pelayanan');
    expect(normalizeWord('Café')).toBe('cafe');
    expect(normalizeWord('JUM’AT')).toBe('jumat');
    expect(normalizeWord('KTP-el')).toBe('ktpel');
  });
});

describe('tokenize', () => {
  it('keeps each word’s span in the original text', () => {
    const text = 'Layanan  KTP-el, cepat!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Layanan', 'KTP', 'el', 'cepat']);
  });

  it('counts a reduplicated word once', () => {
    expect(tokenize('anak-anak sekolah').map((t) => t.word)).toEqual(['anak', 'sekolah']);
    expect(tokenize('anak anak').map((t) => t.word)).toEqual(['anak', 'anak']);
  });

  it('expands common abbreviations, sharing the abbreviation’s span', () => {
    const tokens = tokenize('Yan bumil via WA');
    expect(tokens.map((t) => t.word)).toEqual(['pelayanan', 'ibu', 'hamil', 'via', 'whatsapp']);
    expect(tokens[1]!.start).toBe(tokens[2]!.start);
  });

  it('marks function words, boilerplate and numbers', () => {
    const kinds = Object.fromEntries(
      tokenize('Inovasi yang melayani 2024 warga').map((t) => [t.word, t.stop]),
    );
    expect(kinds).toEqual({
      inovasi: 'boilerplate',
      yang: 'function',
      melayani: null,
      '2024': 'number',
      warga: null,
    });
  });
});

describe('normalizeText', () => {
  it('gives the meaningful stems in order', () => {
    expect(
      normalizeText('Dalam rangka meningkatkan pelayanan kesehatan bagi ibu hamil di Kabupaten Majene.'),
    ).toEqual(['tingkat', 'sehat', 'ibu', 'hamil', 'majene']);
  });

  it('drops extra stop words such as the regency’s name', () => {
    const extra = new Set(regionStopWords('Kabupaten Majene'));
    expect(normalizeText('Posyandu Majene', { extraStopWords: extra })).toEqual(['posyandu']);
  });

  it('makes an online service and a "daring" service the same', () => {
    expect(normalizeText('layanan online')).toEqual(normalizeText('layanan daring'));
  });
});

describe('nameTokens', () => {
  it('drops boilerplate from a name only while something else remains', () => {
    expect(nameTokens('Inovasi Pelayanan Prima').map((t) => t.word)).toEqual(['prima']);
    expect(nameTokens('Pelayanan').map((t) => t.word)).toEqual(['pelayanan']);
    expect(nameTokens('Program Inovasi Daerah').map((t) => t.word)).toEqual(['program', 'inovasi', 'daerah']);
  });

  it('keeps a name’s abbreviations as written', () => {
    expect(nameTokens('E-PERPUS Sekolah').map((t) => t.word)).toEqual(['e', 'perpus', 'sekolah']);
  });
});

describe('regionStopWords', () => {
  it('takes the distinctive words of a regency or province name', () => {
    expect(regionStopWords('Kabupaten Majene', 'Provinsi Sulawesi Barat')).toEqual([
      'majene',
      'sulawesi',
      'barat',
    ]);
  });
});
