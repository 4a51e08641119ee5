import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RUBRIC_ID,
  findUrusan,
  getRubric,
  isUrusanCode,
  listRubrics,
  predikatFor,
  RUBRIC_IDS,
  rubricMaxima,
  rubricSchema,
  URUSAN,
  YANDAS_CODES,
} from '../../src/core';

describe('rubric presets', () => {
  it('offers 2023, 2026 and 2027 with 2027 as the default', () => {
    expect([...RUBRIC_IDS].sort()).toEqual(['iid-2023', 'iid-2026', 'iid-2027']);
    expect(DEFAULT_RUBRIC_ID).toBe('iid-2027');
    expect(listRubrics().map((r) => r.id)).toEqual(['iid-2027', 'iid-2026', 'iid-2023']);
    expect(listRubrics().find((r) => r.isDefault)?.id).toBe('iid-2027');
  });

  it.each(RUBRIC_IDS)('%s has maxima 63 / 111 / 76 / 250 and shares 25.2 / 44.4 / 30.4 %%', (id) => {
    const r = getRubric(id);
    const m = rubricMaxima(r);
    expect(m).toEqual({ spd: 63, sid: 111, jumlahInovasi: 76, total: 250 });
    expect(r.maxima).toEqual(m);
    expect(((m.spd / m.total) * 100).toFixed(2)).toBe('25.20');
    expect(((m.sid / m.total) * 100).toFixed(2)).toBe('44.40');
    expect(((m.jumlahInovasi / m.total) * 100).toFixed(2)).toBe('30.40');
    expect((((m.sid + m.jumlahInovasi) / m.total) * 100).toFixed(2)).toBe('74.80');
  });

  it.each([
    ['iid-2023', 10, 5, '2021-01-01', '2022-12-31', false, 'sebagian'],
    ['iid-2026', 12, 5, '2024-01-01', '2025-12-31', true, 'resmi-3p'],
    ['iid-2027', 14, 6, '2025-01-01', '2026-12-31', true, 'prognosis'],
  ] as const)('%s: divisor %i, %i yandas, window %s … %s', (id, divisor, yandas, start, end, alt, status) => {
    const r = getRubric(id);
    expect(r.minimumDivisor).toBe(divisor);
    expect(r.jumlahInovasi).toMatchObject({ pointsPerInnovation: 0.38, cap: 200, yandasRequired: yandas });
    expect(r.penerapanWindow).toEqual({ start, end, developmentDateAlternative: alt });
    expect(r.status).toBe(status);
    expect(r.minDesignWords).toBe(300);
    expect(r.rules).toEqual({
      evidenceRequired: true,
      mandatoryExcludes: true,
      countedStages: ['penerapan'],
    });
  });

  it('has SPD rows 1, 2a, 2b, 3 … 15 and SID indicators 16–35 with three Bahasa parameters each', () => {
    for (const id of RUBRIC_IDS) {
      const r = getRubric(id);
      expect(r.spd.rows.map((x) => x.id)).toEqual([
        '1',
        '2a',
        '2b',
        '3',
        '4',
        '5a',
        '5b',
        '6',
        '7',
        '8',
        '9',
        '10a',
        '10b',
        '11a',
        '11b',
        '12',
        '13a',
        '13b',
        '14',
        '15',
      ]);
      expect(r.sid.indicators.map((x) => x.id)).toEqual(Array.from({ length: 20 }, (_, i) => String(16 + i)));
      for (const ind of [...r.spd.rows, ...r.sid.indicators]) {
        expect(ind.parameters).toHaveLength(3);
        for (const p of ind.parameters) expect(p).not.toMatch(/\b(the|and|with|months|people)\b/);
        expect(ind.evidenceHint.length).toBeGreaterThan(5);
      }
      expect(r.sid.indicators.filter((i) => i.mandatory).map((i) => i.id)).toEqual([
        '16',
        '17',
        '32',
        '33',
        '35',
      ]);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  });

  it('uses official wording for indicator 16 in 2026 and keeps the six bases of indicator 33', () => {
    const r = getRubric('iid-2026');
    const i16 = r.sid.indicators.find((i) => i.id === '16')!;
    expect(i16.parameters[0]).toBe('SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah');
    const i33 = r.sid.indicators.find((i) => i.id === '33')!;
    expect(i33.bases?.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(i33.defaultBasis).toBe('a');
    expect(getRubric('iid-2023').sid.indicators.find((i) => i.id === '33')?.bases).toBeUndefined();
  });

  it('flags what is not public: 2027 is a prognosis, 2023 borrows SPD and jumlah inovasi from 2026', () => {
    expect(getRubric('iid-2027').warnings.join(' ')).toMatch(/prognosis/i);
    const w2023 = getRubric('iid-2023').warnings.join(' ');
    expect(w2023).toMatch(/SPD 2023/);
    expect(w2023).toMatch(/jumlah inovasi 2023/);
    expect(getRubric('iid-2023').jumlahInovasi.known).toBe(false);
    expect(getRubric('iid-2026').jumlahInovasi.known).toBe(true);
  });

  it('has the profile lists the year has', () => {
    expect(getRubric('iid-2026').profile.themes).toHaveLength(8);
    expect(getRubric('iid-2026').profile.classifications?.map((c) => c.code)).toEqual([
      'perangkat_daerah',
      'desa',
      'masyarakat',
    ]);
    expect(getRubric('iid-2023').profile.classifications).toBeUndefined();
    expect(getRubric('iid-2023').profile.themes?.map((t) => t.code)).toContain('non_tematik');
  });

  it('throws a Bahasa Indonesia error for an unknown id', () => {
    expect(() => getRubric('iid-2020')).toThrow(
      'Rubrik "iid-2020" tidak dikenal. Pilihan yang tersedia: iid-2023',
    );
  });

  it('returns frozen presets', () => {
    const r = getRubric('iid-2026');
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.sid.indicators[0])).toBe(true);
    expect(getRubric('iid-2026')).toBe(r);
  });

  it('rejects a preset whose declared maxima do not match its catalogue, or whose bands are unordered', () => {
    const base = structuredClone(getRubric('iid-2026'));
    const badMax = rubricSchema.safeParse({ ...base, maxima: { ...base.maxima, total: 251 } });
    expect(badMax.success).toBe(false);
    expect(badMax.error?.issues.map((i) => i.message).join()).toContain(
      'maksimum total tertulis 251, dihitung 250',
    );
    const badBands = rubricSchema.safeParse({ ...base, predikat: [...base.predikat].reverse() });
    expect(badBands.success).toBe(false);
    const badWeight = structuredClone(base);
    badWeight.sid.indicators[0]!.weight = 0.333;
    expect(rubricSchema.safeParse(badWeight).success).toBe(false);
  });
});

describe('predikat bands', () => {
  const cases: [string, number, string][] = [
    ['iid-2026', 100, 'Sangat Inovatif'],
    ['iid-2026', 65.01, 'Sangat Inovatif'],
    ['iid-2026', 65.0, 'Inovatif'],
    ['iid-2026', 40.01, 'Inovatif'],
    ['iid-2026', 40.0, 'Kurang Inovatif'],
    ['iid-2026', 0.01, 'Kurang Inovatif'],
    ['iid-2026', 0, 'Tidak Dapat Dinilai'],
    ['iid-2027', 65.01, 'Sangat Inovatif'],
    ['iid-2027', 65.0, 'Inovatif'],
    ['iid-2027', 40.01, 'Inovatif'],
    ['iid-2027', 40.0, 'Kurang Inovatif'],
    ['iid-2027', 0.01, 'Kurang Inovatif'],
    ['iid-2027', 0, 'Tidak Dapat Dinilai'],
    ['iid-2023', 60.01, 'Sangat Inovatif'],
    ['iid-2023', 60.0, 'Inovatif'],
    ['iid-2023', 35.0, 'Inovatif'],
    ['iid-2023', 34.99, 'Kurang Inovatif'],
    ['iid-2023', 0.01, 'Kurang Inovatif'],
    ['iid-2023', 0, 'Tidak Dapat Dinilai'],
  ];
  it.each(cases)('%s: IID %d is %s', (id, iid, name) => {
    expect(predikatFor(getRubric(id), iid).name).toBe(name);
  });
});

describe('urusan', () => {
  it('lists the 38 urusan of shared/iid/urusan.json with the six yandas', () => {
    expect(URUSAN).toHaveLength(38);
    expect(YANDAS_CODES).toEqual(['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial']);
    expect(new Set(URUSAN.map((u) => u.code)).size).toBe(38);
  });

  it('finds urusan by code, name and the spelling variants of the sources', () => {
    expect(findUrusan('pupr')?.name).toBe('Pekerjaan Umum dan Penataan Ruang');
    expect(findUrusan('Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat')?.code).toBe(
      'trantibum_linmas',
    );
    expect(findUrusan('Perumahan Rakyat dan Kawasan Pemukiman')?.code).toBe('perkim');
    expect(findUrusan('Pemberdayaan Perempuan dan Perlindungan Anak')?.code).toBe('pppa');
    expect(findUrusan('Koperasi, Usaha Kecil dan Menengah')?.code).toBe('koperasi_ukm');
    expect(findUrusan('  KESEHATAN ')?.code).toBe('kesehatan');
    expect(findUrusan('Pendidikan dan Pelatihan')?.code).toBe('diklat');
    expect(findUrusan('Pariwisata dan Kebudayaan')).toBeUndefined();
    expect(isUrusanCode('kesehatan')).toBe(true);
    expect(isUrusanCode('Kesehatan')).toBe(false);
  });
});
