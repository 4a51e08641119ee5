import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  fingerprint,
  fnv1a64,
  getRubric,
  HTTP_URL_PATTERN,
  type Innovation,
  isHttpUrl,
  isIsoDate,
  scoringInputJsonSchema,
  scoringInputSchema,
  toFieldErrors,
  validateInnovation,
  validateSpdEntries,
  validateVerification,
} from '../../src/core';
import { counted, LINK, words } from './support';

const R26 = getRubric('iid-2026');

function errors(
  data: unknown,
  mode: 'draft' | 'submit' | 'score' = 'draft',
  rubric = R26,
): Record<string, string> {
  const r = validateInnovation(rubric, data, mode);
  if (r.ok) return {};
  return Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
}

/** A complete 2026 profile that passes 'submit'. */
function fullProfile(): Record<string, unknown> {
  return {
    id: 'MJN-1',
    opd: 'DINKES',
    name: 'Posyandu Cerdas',
    stage: 'penerapan',
    initiator: 'opd',
    initiatorName: 'Dinas Kesehatan',
    kind: 'digital',
    form: 'pelayanan_publik',
    theme: 'asta_cita_4',
    classification: 'perangkat_daerah',
    mainAffair: 'kesehatan',
    otherAffairs: ['ppkb'],
    trialDate: '2023-05-01',
    implementationDate: '2024-02-01',
    developmentDate: null,
    design: words(320),
    goal: 'Menurunkan stunting.',
    benefit: 'Balita terpantau.',
    result: 'Prevalensi turun.',
    origin: { kind: 'pka', title: 'Proyek perubahan Posyandu Cerdas', participant: 'Andi', year: 2023 },
    benefitBasis: 'a',
    indicators: { '16': { level: 2, evidence: LINK, letterNumber: '188/12/2024', letterDate: '2024-01-10' } },
  };
}

describe('innovation schema, draft mode', () => {
  it('needs only the name and the OPD', () => {
    const r = validateInnovation(R26, { name: 'Inovasi baru', opd: 'DINKES' }, 'draft');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ id: '', mainAffair: '', indicators: {} });
    // No Tahapan chosen: none is made up (it would be stored as if chosen).
    if (r.ok) expect(r.value.stage).toBeUndefined();
    expect(errors({})).toEqual({ name: 'Nama inovasi wajib diisi.', opd: 'OPD wajib diisi.' });
    expect(errors({ name: '   ', opd: 'X' })).toEqual({ name: 'Nama inovasi wajib diisi.' });
  });

  it('still checks the shape of what is there', () => {
    const e = errors({
      name: 7,
      opd: 'DINKES',
      stage: 'selesai',
      mainAffair: 'zzz',
      trialDate: '2025-02-30',
      implementationDate: '17-03-2025',
      kind: 'analog',
      indicators: {
        '16': { level: 4, evidence: 'ftp://contoh.id/a' },
        '17': { level: 1.5 },
        '99': { level: 1 },
      },
    });
    expect(e).toEqual({
      name: 'Nama inovasi harus berupa teks.',
      stage: 'Tahapan inovasi tidak dikenal. Pilihan: inisiatif, uji_coba, penerapan.',
      mainAffair:
        'Urusan utama "zzz" bukan urusan pemerintahan yang dikenal. Pakai kode urusan (misalnya pendidikan, kesehatan, pupr).',
      trialDate: 'Waktu uji coba harus tanggal yang ada, dengan format TTTT-BB-HH (misalnya 2025-03-17).',
      implementationDate:
        'Waktu penerapan harus tanggal yang ada, dengan format TTTT-BB-HH (misalnya 2025-03-17).',
      kind: 'Jenis inovasi tidak dikenal. Pilihan: digital, non_digital.',
      'indicators.16.level': 'Tingkat indikator 16 harus 0, 1, 2, atau 3.',
      'indicators.16.evidence':
        'Bukti dukung indikator 16, baris 1: “ftp://contoh.id/a” bukan tautan. Tautan harus diawali http:// atau https://, satu per baris.',
      'indicators.17.level': 'Tingkat indikator 17 harus 0, 1, 2, atau 3.',
      'indicators.99': 'Indikator 99 tidak ada dalam rubrik iid-2026.',
    });
  });

  it('limits text lengths and rejects control characters', () => {
    expect(errors({ name: 'x'.repeat(201), opd: 'A' })).toEqual({
      name: 'Nama inovasi terlalu panjang (paling banyak 200 karakter).',
    });
    expect(errors({ name: 'A', opd: 'A', design: 'kata '.repeat(4001) })).toEqual({
      design: 'Rancang bangun terlalu panjang (paling banyak 20000 karakter).',
    });
    expect(errors({ name: 'A\u0007', opd: 'A' })).toEqual({
      name: 'Nama inovasi berisi karakter kontrol yang tidak diizinkan.',
    });
    expect(errors({ name: 'A', opd: 'A', goal: 'baris satu\nbaris dua\ttab' })).toEqual({});
  });

  it('keeps formula-like and HTML-like text as plain data', () => {
    const r = validateInnovation(
      R26,
      {
        name: '=IMPORTXML("http://x", "//a")',
        opd: 'DINKES',
        goal: '<script>alert(1)</script>',
        design: '+SUM(A1)',
      },
      'draft',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.name).toBe('=IMPORTXML("http://x", "//a")');
      expect(r.value.goal).toBe('<script>alert(1)</script>');
    }
  });

  it('trims text, reads empty dates as null and accepts urusan names', () => {
    const r = validateInnovation(
      R26,
      {
        name: '  Inovasi  ',
        opd: ' DINKES ',
        mainAffair: 'Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat',
        otherAffairs: ['Sosial', 'sosial'],
        trialDate: '',
        kind: '',
        indicators: { '16': { level: 1, evidence: [LINK, 'https://youtu.be/abc'] } },
      },
      'draft',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('Inovasi');
    expect(r.value.opd).toBe('DINKES');
    expect(r.value.mainAffair).toBe('trantibum_linmas');
    expect(r.value.otherAffairs).toEqual(['sosial']);
    expect(r.value.trialDate).toBeNull();
    expect(r.value.kind).toBeUndefined();
    expect(r.value.indicators['16']?.evidence).toBe(`${LINK}\nhttps://youtu.be/abc`);
  });

  it('rejects dates in the wrong order', () => {
    expect(
      errors({ name: 'A', opd: 'A', trialDate: '2025-03-01', implementationDate: '2025-02-01' }),
    ).toEqual({
      trialDate: 'Waktu uji coba tidak boleh setelah waktu penerapan.',
    });
    expect(
      errors({ name: 'A', opd: 'A', implementationDate: '2025-03-01', developmentDate: '2024-02-01' }),
    ).toEqual({
      developmentDate: 'Waktu pengembangan tidak boleh sebelum waktu penerapan.',
    });
  });
});

describe('innovation schema, submit mode', () => {
  it('accepts a complete profile', () => {
    expect(errors(fullProfile(), 'submit')).toEqual({});
  });

  it('requires the full profile of the year, all problems at once', () => {
    const e = errors(
      { name: 'A', opd: 'DINKES', stage: 'penerapan', indicators: { '16': { level: 2 } } },
      'submit',
    );
    expect(e).toMatchObject({
      mainAffair: 'Urusan utama wajib diisi.',
      design: 'Rancang bangun wajib diisi.',
      goal: 'Tujuan inovasi wajib diisi.',
      benefit: 'Manfaat inovasi wajib diisi.',
      result: 'Hasil inovasi wajib diisi.',
      initiator: 'Inisiator wajib diisi.',
      initiatorName: 'Nama inisiator wajib diisi.',
      kind: 'Jenis inovasi wajib diisi.',
      form: 'Bentuk inovasi wajib diisi.',
      origin: 'Asal inovasi wajib diisi.',
      theme: 'Tematik wajib diisi.',
      classification: 'Klasifikasi wajib diisi.',
      implementationDate: 'Waktu penerapan wajib diisi untuk inovasi tahap penerapan.',
      trialDate: 'Waktu uji coba wajib diisi untuk inovasi tahap penerapan.',
      'indicators.16.evidence': 'Bukti dukung indikator 16 wajib diisi bila tingkatnya 1, 2, atau 3.',
    });
  });

  it('asks for tematik and klasifikasi only where the year has them', () => {
    const p = fullProfile();
    delete p.classification;
    p.theme = 'non_tematik';
    p.benefitBasis = undefined;
    expect(errors(p, 'submit', getRubric('iid-2023'))).toEqual({});
    expect(errors(p, 'submit')).toMatchObject({
      classification: 'Klasifikasi wajib diisi.',
      theme: expect.stringMatching(/^Tematik tidak dikenal\. Pilihan: asta_cita_1/),
    });
  });

  it('needs the title of a training project and the basis of indicator 33', () => {
    const p = fullProfile();
    p.origin = { kind: 'latpim' };
    p.benefitBasis = 'z';
    p.indicators = { '33': { level: 1, evidence: LINK } };
    expect(errors(p, 'submit')).toEqual({
      'origin.title': 'Judul proyek perubahan wajib diisi untuk inovasi yang berasal dari pelatihan.',
      benefitBasis: 'Dasar pengukuran kemanfaatan (indikator 33) tidak dikenal. Pilihan: a, b, c, d, e, f.',
    });
    p.origin = { kind: 'program_opd' };
    delete p.benefitBasis;
    expect(errors(p, 'submit')).toEqual({
      benefitBasis: 'Pilih dasar pengukuran kemanfaatan (indikator 33) bila tingkatnya 1, 2, atau 3.',
    });
  });
});

describe('innovation schema, score mode (the CLI contract)', () => {
  const minimal = {
    id: 'A',
    opd: 'DINKES',
    name: 'Inovasi',
    stage: 'penerapan',
    mainAffair: 'kesehatan',
    indicators: { '16': { level: 3, evidence: LINK } },
  };
  it('accepts the contract keys alone', () => {
    expect(errors(minimal, 'score')).toEqual({});
  });
  it('requires id, opd, name, stage and mainAffair', () => {
    expect(errors({ indicators: {} }, 'score')).toEqual({
      id: 'ID inovasi wajib diisi.',
      opd: 'OPD wajib diisi.',
      name: 'Nama inovasi wajib diisi.',
      stage: 'Tahapan inovasi wajib diisi.',
      mainAffair: 'Urusan utama wajib diisi.',
    });
  });
  it('checks the verification record', () => {
    expect(
      errors(
        { ...minimal, verification: { status: 'ok', indicators: { '16': 'yes', '40': 'accepted' } } },
        'score',
      ),
    ).toEqual({
      'verification.status': 'Status verifikasi tidak dikenal. Pilihan: pending, verified, returned.',
      'verification.indicators.16':
        'Putusan verifikasi indikator 16 tidak dikenal. Pilihan: accepted, rejected.',
      'verification.indicators.40': 'Indikator 40 tidak ada dalam rubrik iid-2026.',
    });
  });
});

describe('SPD, verification and scoring input schemas', () => {
  it('validates SPD entries by the rubric rows', () => {
    expect(validateSpdEntries(R26, { '5a': { level: 2, evidence: LINK } }).ok).toBe(true);
    const r = validateSpdEntries(R26, { '5c': { level: 1 }, '1': { level: 9 } });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        { path: 'spd.1.level', message: 'Tingkat SPD 1 harus 0, 1, 2, atau 3.' },
        { path: 'spd.5c', message: 'Indikator SPD 5c tidak ada dalam rubrik iid-2026.' },
      ]);
  });

  it('validates a verification record', () => {
    expect(validateVerification(R26, { status: 'verified', indicators: { '16': 'accepted' } }).ok).toBe(true);
    const r = validateVerification(R26, { status: 'verified', verifiedAt: 'kemarin', fingerprint: 'xyz' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toEqual([
        'Waktu verifikasi harus waktu berformat ISO (misalnya 2025-03-17T09:30:00+08:00).',
        'Sidik konten verifikasi harus 16 digit heksadesimal.',
      ]);
  });

  it('rejects an unknown rubric, duplicate ids and unknown SPD rows in the scoring input', () => {
    const bad = scoringInputSchema.safeParse({ rubric: 'iid-2019', innovations: [] }, { reportInput: true });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(toFieldErrors(bad.error)).toEqual([
        {
          path: 'rubric',
          message: 'Rubrik "iid-2019" tidak dikenal. Pilihan yang tersedia: iid-2023, iid-2026, iid-2027.',
        },
      ]);
    const inv = { id: 'A', opd: 'X', name: 'n', stage: 'penerapan', mainAffair: 'sosial', indicators: {} };
    const dup = scoringInputSchema.safeParse(
      { rubric: 'iid-2026', spd: { '16': { level: 1 } }, innovations: [inv, inv] },
      { reportInput: true },
    );
    expect(dup.success).toBe(false);
    if (!dup.success)
      expect(toFieldErrors(dup.error)).toEqual([
        { path: 'spd.16', message: 'Indikator SPD 16 tidak ada dalam rubrik iid-2026.' },
        { path: 'innovations.1.id', message: 'ID inovasi "A" dipakai lebih dari sekali.' },
      ]);
    const wrong = scoringInputSchema.safeParse(
      { rubric: 'iid-2026', innovations: {} },
      { reportInput: true },
    );
    expect(wrong.success || toFieldErrors(wrong.error)).toEqual([
      { path: 'innovations', message: 'Daftar inovasi harus berupa daftar.' },
    ]);
  });

  it('prints a JSON Schema with the contract keys required', () => {
    const schema = scoringInputJsonSchema() as {
      $schema: string;
      required: string[];
      properties: { rubric: { enum: string[] }; innovations: { items: { required: string[] } } };
    };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required).toEqual(['rubric', 'innovations']);
    expect(schema.properties.rubric.enum).toEqual(['iid-2023', 'iid-2026', 'iid-2027']);
    expect(schema.properties.innovations.items.required).toEqual([
      'id',
      'opd',
      'name',
      'stage',
      'mainAffair',
    ]);
  });
});

describe('text helpers', () => {
  it('counts words as whitespace-separated tokens with a letter or digit, in any script', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(undefined)).toBe(0);
    expect(countWords('  satu   dua\ttiga\nempat ')).toBe(4);
    expect(countWords('— ... !! 2025 a-b')).toBe(2);
    expect(countWords('Ketua: “Inovasi”, berhasil!')).toBe(3);
    expect(countWords('سلام دنیا 你好 ñandú')).toBe(4);
    expect(countWords('satu\u00a0dua\u3000tiga')).toBe(3);
    expect(countWords('𝒜𝒷 x')).toBe(2);
    expect(countWords(words(500), 300)).toBe(300);
  });

  it('counts words exactly like a split on whitespace, for any text', () => {
    const reference = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const char = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u000b',
      '\u0001',
      '\u001f',
      '—',
      '.',
      '!',
      'é',
      'ß',
      '你',
      '٣',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u0085',
      '𝒜',
      '😀',
      '\ud800',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (chars, limit) => {
        const t = chars.join('');
        expect(countWords(t)).toBe(reference(t));
        expect(countWords(t, limit)).toBe(Math.min(limit, reference(t)));
      }),
      { numRuns: 3000, seed: 300 },
    );
  });

  it('checks ISO dates that exist', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-3')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
  });

  it('checks http(s) links by pattern', () => {
    for (const ok of [
      'https://drive.google.com/file/d/1AbC/view?usp=sharing',
      'http://majenekab.go.id',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://127.0.0.1:8080/a#b',
    ])
      expect(isHttpUrl(ok)).toBe(true);
    for (const bad of [
      'www.contoh.id',
      'ftp://contoh.id',
      'https://',
      'https://contoh',
      'javascript:alert(1)',
      'https://a.id/<script>',
      'https://a .id',
    ])
      expect(isHttpUrl(bad)).toBe(false);
  });
});

describe('link check', () => {
  it('gives the same verdict as the URL pattern (the fast path is only a shortcut)', () => {
    const scheme = fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'https:/', '');
    const host = fc.constantFrom(
      'a',
      'Z9',
      'drive',
      'google',
      'go',
      'id',
      'x',
      '-',
      '.',
      '.',
      '.',
      '127.0.0.1',
      'localhost',
      'ü',
      'ß.de',
      '@',
      '_',
      ':8080',
      ':',
    );
    const rest = fc.constantFrom(
      '/',
      '/a',
      '?q=1',
      '#x',
      '%20',
      ' ',
      '<',
      '"',
      '`',
      '{',
      '|',
      '^',
      '\\',
      'ü',
      '\t',
      '-',
      '.',
      ':',
      '/~b',
    );
    let valid = 0;
    fc.assert(
      fc.property(scheme, fc.array(host, { maxLength: 6 }), fc.array(rest, { maxLength: 4 }), (s1, h, r) => {
        const link = s1 + h.join('') + r.join('');
        const expected = HTTP_URL_PATTERN.test(link);
        if (expected) valid++;
        expect(isHttpUrl(link)).toBe(expected);
      }),
      { numRuns: 5000, seed: 2026 },
    );
    expect(valid).toBeGreaterThan(20);
  });
});

describe('fingerprint', () => {
  it('is FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('is stable across key order, empty values and unrelated verification, and changes with content', () => {
    const a = counted('iid-2026', 60, { id: 'FP-1', otherAffairs: ['sosial', 'pppa'] });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as Innovation;
    const padded: Innovation = {
      ...a,
      otherAffairs: ['pppa', 'sosial'],
      goal: '',
      trialDate: null,
      indicators: { ...a.indicators, '21': { level: 0 } },
      verification: { status: 'verified', stale: false },
    };
    expect(fingerprint(reordered)).toBe(fingerprint(a));
    expect(fingerprint(padded)).toBe(fingerprint(a));
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint({ ...a, name: `${a.name}!` })).not.toBe(fingerprint(a));
    expect(
      fingerprint({ ...a, indicators: { ...a.indicators, '21': { level: 1, evidence: LINK } } }),
    ).not.toBe(fingerprint(a));
    expect(fingerprint({ ...a, design: `${a.design} ü` })).not.toBe(fingerprint(a));
  });
});
