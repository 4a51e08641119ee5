import { describe, expect, it } from 'vitest';
import {
  getRubric,
  type Innovation,
  type Rubric,
  roundRatio,
  type ScoringInput,
  score,
  scoreInnovation,
} from '../../src/core';
import { counted, LINK, regency, spdFor, verifiedAll, words } from './support';

const R26 = getRubric('iid-2026');

describe('methodology §1.2 worked examples (2026, SPD 40)', () => {
  const rows: [number, number, number, number, number, number, number, string][] = [
    // n, SID each, yandas covered, average, jumlah inovasi, total, IID, predikat
    [8, 80, 5, 53.33, 3.04, 96.37, 38.55, 'Kurang Inovatif'],
    [8, 80, 4, 53.33, 0, 93.33, 37.33, 'Kurang Inovatif'],
    [20, 70, 5, 70, 7.6, 117.6, 47.04, 'Inovatif'],
    [20, 70, 4, 70, 0, 110, 44, 'Inovatif'],
  ];
  it.each(rows)(
    'n=%i, SID %i, %i yandas → average %d, IID %d',
    (n, sid, yandas, avg, jumlah, total, iid, predikat) => {
      const result = score({
        rubric: 'iid-2026',
        spd: spdFor(R26, 40),
        innovations: regency('iid-2026', n, sid, yandas),
      });
      expect(result.claimed).toMatchObject({
        spd: 40,
        counted: n,
        divisor: Math.max(12, n),
        emptySeats: Math.max(0, 12 - n),
        sidAverage: avg,
        jumlahInovasi: jumlah,
        total,
        iid,
        predikat,
      });
      expect(result.claimed.affairsCovered).toHaveLength(yandas);
    },
  );

  it('n=200, SID 111, 6 yandas, SPD 63 → 250 and IID 100.00 Sangat Inovatif', () => {
    const result = score({
      rubric: 'iid-2026',
      spd: spdFor(R26, 63),
      innovations: regency('iid-2026', 200, 111, 6),
    });
    expect(result.claimed).toMatchObject({
      spd: 63,
      sidAverage: 111,
      jumlahInovasi: 76,
      sid: 187,
      total: 250,
      maxTotal: 250,
      iid: 100,
      predikat: 'Sangat Inovatif',
      affairsMissing: [],
    });
  });

  it('caps jumlah inovasi at 200 innovations', () => {
    const result = score({ rubric: 'iid-2026', spd: {}, innovations: regency('iid-2026', 230, 50, 6) });
    expect(result.claimed.jumlahInovasi).toBe(76);
    expect(result.claimed.divisor).toBe(230);
  });
});

describe('divisors and empty seats of each preset', () => {
  it.each([
    ['iid-2023', 10],
    ['iid-2026', 12],
    ['iid-2027', 14],
  ] as const)('%s divides by MAX(%i, n)', (id, d) => {
    for (const n of [1, d - 1, d, d + 1, d + 7]) {
      const result = score({ rubric: id, spd: {}, innovations: regency(id, n, 60, 6) });
      expect(result.claimed.divisor).toBe(Math.max(d, n));
      expect(result.claimed.emptySeats).toBe(Math.max(0, d - n));
      expect(result.claimed.sidAverage).toBe(roundRatio(60 * n * 100, 100 * Math.max(d, n)));
    }
  });

  it('2027 needs all six yandas urusan, 2026 five', () => {
    const five = (id: string) => score({ rubric: id, spd: {}, innovations: regency(id, 14, 60, 5) });
    expect(five('iid-2026').claimed.jumlahInovasi).toBe(5.32);
    expect(five('iid-2027').claimed.jumlahInovasi).toBe(0);
    expect(five('iid-2027').claimed.affairsMissing).toEqual(['sosial']);
    const six = score({ rubric: 'iid-2027', spd: {}, innovations: regency('iid-2027', 14, 60, 6) });
    expect(six.claimed.jumlahInovasi).toBe(5.32);
  });

  it('counts only the main urusan for yandas coverage', () => {
    const innovations = regency('iid-2026', 12, 60, 4).map((inv) => ({
      ...inv,
      otherAffairs: ['sosial', 'perkim'],
    }));
    const result = score({ rubric: 'iid-2026', spd: {}, innovations });
    expect(result.claimed.affairsCovered).toEqual(['pendidikan', 'kesehatan', 'pupr', 'perkim']);
    expect(result.claimed.jumlahInovasi).toBe(0);
  });
});

describe('exact arithmetic and rounding', () => {
  it('rounds half-up at 2 decimals from exact ratios', () => {
    expect(roundRatio(1, 200)).toBe(0.01);
    expect(roundRatio(1, 201)).toBe(0);
    expect(roundRatio(1005, 1000)).toBe(1.01); // Math.round(1.005 * 100) / 100 gives 1
    expect(roundRatio(2675, 100000)).toBe(0.03);
    expect(roundRatio(0, 7)).toBe(0);
    expect(roundRatio(2 ** 52, 3)).toBe(Number(((2n ** 52n * 200n + 3n) / 6n).toString()) / 100);
  });

  it('sums 0.75 weights exactly', () => {
    const spd = Object.fromEntries(
      ['5a', '5b', '10a', '10b', '11a', '11b'].map((id) => [id, { level: 3 as const, evidence: LINK }]),
    );
    const result = score({ rubric: 'iid-2026', spd, innovations: [] });
    expect(result.claimed.spd).toBe(13.5);
    const one = score({ rubric: 'iid-2026', spd: { '5a': { level: 1, evidence: LINK } }, innovations: [] });
    expect(one.claimed.spd).toBe(0.75);
    expect(one.claimed.iid).toBe(0.3);
    expect(one.claimed.predikat).toBe('Kurang Inovatif');
  });

  it('rounds an IID of exactly 40.005 up to 40.01 (Inovatif), not down to 40.00', () => {
    // 80 innovations, 49 × 30 + 31 × 29 = 2369; total = 40 + 2369/80 + 80 × 0.38 = 100.0125 → IID 40.005.
    const innovations = [...regency('iid-2026', 49, 30, 6), ...regency('iid-2026', 31, 29, 6)];
    const result = score({ rubric: 'iid-2026', spd: spdFor(R26, 40), innovations });
    expect(result.claimed.total).toBe(100.01);
    expect(result.claimed.iid).toBe(40.01);
    expect(result.claimed.predikat).toBe('Inovatif');
  });

  it('reports Tidak Dapat Dinilai for a regency that reported nothing', () => {
    const result = score({ rubric: 'iid-2026', spd: {}, innovations: [] });
    expect(result.claimed).toMatchObject({
      iid: 0,
      predikat: 'Tidak Dapat Dinilai',
      divisor: 12,
      emptySeats: 12,
    });
    expect(result.claimed.predikatColour).toMatch(/^#/);
  });
});

function reasonCodes(rubric: Rubric, inv: Innovation): string[] {
  return scoreInnovation(rubric, inv).reasonCodes.map((r) => r.code);
}

describe('which innovations are counted', () => {
  it('counts only penerapan', () => {
    for (const stage of ['inisiatif', 'uji_coba'] as const) {
      const r = scoreInnovation(R26, counted('iid-2026', 60, { stage }));
      expect(r.counted).toBe(false);
      expect(r.reasonCodes).toContainEqual({ code: 'stage', stage, countedStages: ['penerapan'] });
      expect(r.reasons[0]).toMatch(/hanya inovasi tahap penerapan/);
    }
    expect(scoreInnovation(R26, counted('iid-2026', 60)).counted).toBe(true);
  });

  it('needs the penerapan date inside the window, boundaries included', () => {
    const at = (implementationDate: string | null, developmentDate: string | null = null) =>
      scoreInnovation(R26, counted('iid-2026', 60, { implementationDate, developmentDate })).counted;
    expect(at('2024-01-01')).toBe(true);
    expect(at('2025-12-31')).toBe(true);
    expect(at('2023-12-31')).toBe(false);
    expect(at('2026-01-01')).toBe(false);
    expect(at(null)).toBe(false);
  });

  it('accepts a pengembangan date in the window instead (2026), with its boundaries', () => {
    const at = (developmentDate: string) =>
      scoreInnovation(R26, counted('iid-2026', 60, { implementationDate: '2021-03-01', developmentDate }))
        .counted;
    expect(at('2024-01-01')).toBe(true);
    expect(at('2025-12-31')).toBe(true);
    expect(at('2023-12-31')).toBe(false);
    expect(at('2026-01-01')).toBe(false);
    const r = scoreInnovation(R26, counted('iid-2026', 60, { implementationDate: '2021-03-01' }));
    expect(r.reasons.join()).toContain(
      'Waktu penerapan maupun waktu pengembangan tidak berada dalam rentang 1 Januari 2024 – 31 Desember 2025',
    );
  });

  it('does not accept the pengembangan alternative where the rubric has none (2023)', () => {
    const r23 = getRubric('iid-2023');
    const inv = counted('iid-2023', 60, { implementationDate: '2019-05-01', developmentDate: '2022-02-01' });
    expect(scoreInnovation(r23, inv).reasonCodes).toContainEqual({
      code: 'window',
      start: '2021-01-01',
      end: '2022-12-31',
      developmentAlternative: false,
    });
    expect(scoreInnovation(r23, { ...inv, implementationDate: '2022-12-31' }).counted).toBe(true);
  });

  it('needs at least 300 words of rancang bangun', () => {
    expect(scoreInnovation(R26, counted('iid-2026', 60, { design: words(300) })).counted).toBe(true);
    const short = scoreInnovation(R26, counted('iid-2026', 60, { design: `${words(299)} — … !!` }));
    expect(short.counted).toBe(false);
    expect(short.reasonCodes).toContainEqual({ code: 'design_words', words: 299, minimum: 300 });
    expect(short.reasons).toContain('Rancang bangun baru 299 kata; paling sedikit 300 kata.');
    expect(reasonCodes(R26, counted('iid-2026', 60, { design: undefined }))).toContain('design_words');
  });

  it('needs every mandatory indicator to score, and names the missing ones', () => {
    const inv = counted('iid-2026', 60);
    const without35 = { ...inv, indicators: { ...inv.indicators, '35': { level: 0 as const } } };
    const r = scoreInnovation(R26, without35);
    expect(r.counted).toBe(false);
    expect(r.reasonCodes).toContainEqual({ code: 'mandatory', indicators: ['35'] });
    expect(r.reasons.join()).toContain('35 (Video inovasi daerah)');
  });

  it('scores a level without evidence as 0 and says so', () => {
    const inv = counted('iid-2026', 60);
    const noEvidence = {
      ...inv,
      indicators: { ...inv.indicators, '16': { level: 3 as const, evidence: '' } },
    };
    const r = scoreInnovation(R26, noEvidence);
    const i16 = r.indicators.find((i) => i.id === '16')!;
    expect(i16).toMatchObject({ level: 3, score: 0, problem: 'no_evidence' });
    expect(r.sidScore).toBe(60 - 3 * (inv.indicators['16']?.level ?? 0));
    expect(r.reasonCodes).toContainEqual({ code: 'mandatory', indicators: ['16'] });
    const badLink = {
      ...inv,
      indicators: { ...inv.indicators, '16': { level: 3 as const, evidence: 'www.contoh.id' } },
    };
    expect(scoreInnovation(R26, badLink).indicators.find((i) => i.id === '16')?.problem).toBe('no_evidence');
  });

  it('follows the rubric behaviour switches', () => {
    const lenient = { ...R26, rules: { ...R26.rules, evidenceRequired: false, mandatoryExcludes: false } };
    const inv = counted('iid-2026', 60);
    const changed = {
      ...inv,
      indicators: { ...inv.indicators, '35': { level: 0 as const }, '16': { level: 1 as const } },
    };
    const r = scoreInnovation(lenient, changed);
    expect(r.counted).toBe(true);
    expect(r.indicators.find((i) => i.id === '16')?.score).toBe(3);
    const staged = {
      ...R26,
      rules: { ...R26.rules, countedStages: ['uji_coba' as const, 'penerapan' as const] },
    };
    expect(scoreInnovation(staged, counted('iid-2026', 60, { stage: 'uji_coba' })).counted).toBe(true);
  });

  it('lists every reason, not only the first', () => {
    const inv = counted('iid-2026', 60, { stage: 'inisiatif', implementationDate: null, design: 'singkat' });
    expect(reasonCodes(R26, { ...inv, indicators: {} })).toEqual([
      'stage',
      'window',
      'design_words',
      'mandatory',
    ]);
  });

  it('records problems of a bad record instead of dropping it', () => {
    const bad = {
      ...counted('iid-2026', 60),
      mainAffair: 'tidak_ada',
      implementationDate: '2025-02-30',
      indicators: { '16': { level: 7 }, '99': { level: 1 } },
    } as unknown as Innovation;
    const r = scoreInnovation(R26, bad);
    expect(r.counted).toBe(false);
    expect(r.reasonCodes[0]?.code).toBe('invalid');
    expect(r.problems.join(' ')).toMatch(/Urusan utama "tidak_ada"/);
    expect(r.problems.join(' ')).toMatch(/Waktu penerapan harus tanggal/);
    expect(r.problems.join(' ')).toMatch(/Indikator 99 tidak ada/);
    expect(r.problems.join(' ')).toMatch(/Tingkat indikator 16 harus 0, 1, 2, atau 3/);
    const all = score({ rubric: 'iid-2026', spd: {}, innovations: [bad, counted('iid-2026', 60)] });
    expect(all.innovations).toHaveLength(2);
    expect(all.claimed.counted).toBe(1);
  });
});

describe('the verified projection', () => {
  it('needs the verifikator to accept each indicator', () => {
    const inv = verifiedAll(counted('iid-2026', 60));
    const rejected = {
      ...inv,
      verification: {
        ...inv.verification!,
        indicators: { ...inv.verification!.indicators, '31': 'rejected' as const },
      },
    };
    const base = scoreInnovation(R26, inv);
    expect(base.verifiedCounted).toBe(true);
    expect(base.verifiedSidScore).toBe(60);
    const r = scoreInnovation(R26, rejected);
    const i31 = r.indicators.find((i) => i.id === '31')!;
    expect(i31.level).toBe(3);
    expect(i31.problem).toBe('rejected');
    expect(i31.verifiedScore).toBe(0);
    expect(r.verifiedSidScore).toBe(51);
    expect(r.sidScore).toBe(60);
  });

  it('excludes innovations that are pending, returned or stale, and verified ones missing a mandatory acceptance', () => {
    const inv = verifiedAll(counted('iid-2026', 60));
    const pending = scoreInnovation(R26, { ...inv, verification: { status: 'pending' } });
    expect(pending.verifiedCounted).toBe(false);
    expect(pending.verifiedReasonCodes).toEqual([{ code: 'not_verified', status: 'pending' }]);
    expect(pending.indicators.find((i) => i.id === '16')?.problem).toBe('not_accepted');
    expect(pending.counted).toBe(true);
    const none = scoreInnovation(R26, { ...inv, verification: undefined });
    expect(none.verifiedReasons).toEqual(['Belum diverifikasi oleh verifikator.']);
    const returned = scoreInnovation(R26, { ...inv, verification: { status: 'returned' } });
    expect(returned.verifiedReasonCodes).toEqual([{ code: 'not_verified', status: 'returned' }]);
    const stale = scoreInnovation(R26, { ...inv, verification: { ...inv.verification!, stale: true } });
    expect(stale.verifiedReasonCodes).toEqual([{ code: 'stale' }]);
    expect(stale.verifiedReasons).toEqual(['Diubah setelah diverifikasi; perlu verifikasi ulang.']);
    const mandatoryRejected = scoreInnovation(R26, {
      ...inv,
      verification: {
        ...inv.verification!,
        indicators: { ...inv.verification!.indicators, '33': 'rejected' },
      },
    });
    expect(mandatoryRejected.verifiedReasonCodes).toEqual([
      { code: 'mandatory', indicators: ['33'], verified: true },
    ]);
  });

  it('projects the regency from verified innovations only', () => {
    const innovations = [
      verifiedAll(counted('iid-2026', 90, { mainAffair: 'pendidikan' })),
      counted('iid-2026', 70, { mainAffair: 'sosial' }),
    ];
    const result = score({ rubric: 'iid-2026', spd: spdFor(R26, 40), innovations });
    expect(result.claimed.counted).toBe(2);
    expect(result.claimed.sidSum).toBe(160);
    expect(result.verified.counted).toBe(1);
    expect(result.verified.sidSum).toBe(90);
    expect(result.verified.sidAverage).toBe(7.5);
    expect(result.verified.affairsCovered).toEqual(['pendidikan']);
    expect(result.verified.spd).toBe(40);
  });
});

describe('per OPD', () => {
  const input: ScoringInput = {
    rubric: 'iid-2026',
    spd: {},
    opds: [
      { code: 'DISDIK', name: 'Dinas Pendidikan' },
      { code: 'DINKES', name: 'Dinas Kesehatan' },
      { code: 'DINSOS', name: 'Dinas Sosial' },
      { code: 'DISPAR', name: 'Dinas Pariwisata' },
    ],
    innovations: [
      counted('iid-2026', 80, { opd: 'DISDIK' }),
      counted('iid-2026', 40, { opd: 'DISDIK' }),
      counted('iid-2026', 60, { opd: 'DINKES' }),
      counted('iid-2026', 60, { opd: 'DINKES', stage: 'uji_coba' }),
      counted('iid-2026', 60, { opd: 'DINKES', stage: 'inisiatif' }),
      counted('iid-2026', 60, { opd: 'DINSOS' }),
      counted('iid-2026', 50, { opd: 'BAPPEDA' }),
    ],
  };
  const result = score(input);
  const opd = (code: string) => result.opds.find((o) => o.opd === code)!;

  it('counts by tahapan, counted, mean SID and contribution Σ SID / MAX(d, n)', () => {
    expect(opd('DINKES')).toMatchObject({
      name: 'Dinas Kesehatan',
      total: 3,
      byStage: { inisiatif: 1, uji_coba: 1, penerapan: 1 },
      counted: 1,
      meanSid: 60,
      contribution: 5,
    });
    expect(opd('DISDIK')).toMatchObject({ total: 2, counted: 2, meanSid: 60, contribution: 10 });
    expect(opd('BAPPEDA')).toMatchObject({ name: 'BAPPEDA', total: 1, contribution: 4.17 });
    const sum = result.opds.reduce((s, o) => s + o.contribution, 0);
    expect(Math.abs(sum - result.claimed.sidAverage)).toBeLessThanOrEqual(0.01 * result.opds.length);
  });

  it('ranks by contribution with shared ranks for ties, and names OPDs with nothing', () => {
    expect(result.opds.map((o) => [o.opd, o.rank])).toEqual([
      ['DISDIK', 1],
      ['DINKES', 2],
      ['DINSOS', 2],
      ['BAPPEDA', 4],
      ['DISPAR', 5],
    ]);
    expect(result.opdsWithNothing).toEqual(['DISPAR']);
    expect(opd('DISPAR')).toMatchObject({ total: 0, counted: 0, meanSid: 0, contribution: 0 });
  });

  it('keeps per-innovation results in input order with rubric warnings', () => {
    expect(result.innovations.map((i) => i.id)).toEqual(input.innovations.map((i) => i.id));
    expect(result.rubricWarnings).toEqual(R26.warnings);
  });

  it('gives the same result with { validated: true } for valid input', () => {
    expect(score(input, { validated: true })).toEqual(result);
  });
});
