import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, rankActions } from '../../src/core/actions';
import type { Innovation, ScoringInput } from '../../src/core/model';
import { getRubric } from '../../src/core/rubric';
import { score } from '../../src/core/scoring';
import { LINK, makeInput, words } from '../support/recalc-fixtures';

const OPDS = ['DINKES', 'DISDIK', 'DINSOS', 'DPUPR', 'DISPERKIM', 'SATPOLPP', 'DISKOMINFO', 'BAPPEDA'];

/** The gain of an action measured the slow way: make the change, score everything again. */
function rescoredGain(
  input: ScoringInput,
  action: Parameters<typeof applyAction>[1] & { projection: string },
) {
  const before = score(input);
  const after = score(applyAction(input, action));
  const key = action.projection === 'verified' ? 'verified' : 'claimed';
  return Math.round((after[key].iid - before[key].iid) * 100) / 100;
}

function ranked(input: ScoringInput, top = 50) {
  const rubric = getRubric(input.rubric);
  return rankActions(input, score(input), rubric, { top });
}

let serial = 0;
function good(rubricId: string, overrides: Partial<Innovation> = {}): Innovation {
  const rubric = getRubric(rubricId);
  serial++;
  const indicators: Innovation['indicators'] = {};
  for (const ind of rubric.sid.indicators) indicators[ind.id] = { level: 2, evidence: LINK };
  return {
    id: `G-${serial}`,
    opd: 'DINKES',
    name: `Inovasi ${serial}`,
    stage: 'penerapan',
    mainAffair: 'kesehatan',
    implementationDate: rubric.penerapanWindow.start,
    design: words(rubric.minDesignWords),
    indicators,
    ...overrides,
  };
}

function verified(inv: Innovation): Innovation {
  const indicators: Record<string, 'accepted'> = {};
  for (const id of Object.keys(inv.indicators)) indicators[id] = 'accepted';
  return { ...inv, verification: { status: 'verified', stale: false, indicators } };
}

describe('rankActions: every gain is exact', () => {
  for (const rubricId of ['iid-2026', 'iid-2027']) {
    it(`${rubricId}: the gain equals a full re-score of the changed input, for every action`, () => {
      const rubric = getRubric(rubricId);
      const input = makeInput(rubric, 120, { opds: OPDS, seed: 11 });
      const actions = ranked(input);
      expect(actions.length).toBeGreaterThan(5);
      for (const a of actions) {
        expect(a.gain, a.text).toBeGreaterThan(0);
        expect(rescoredGain(input, a), a.text).toBe(a.gain);
      }
      const kinds = new Set(actions.map((a) => a.kind));
      for (const kind of ['fix', 'spd_fill']) expect(kinds, kind).toContain(kind);
    });
  }

  it('holds for random registers of any size and quality (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('iid-2026', 'iid-2027', 'iid-2023'),
        (count, seed, quality, rubricId) => {
          const rubric = getRubric(rubricId);
          const input = makeInput(rubric, count, {
            opds: OPDS.slice(0, 1 + (seed % OPDS.length)),
            seed,
            quality,
          });
          for (const a of ranked(input)) {
            if (a.gain <= 0) return false;
            if (rescoredGain(input, a) !== a.gain) return false;
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is sorted by gain and cut at `top`', () => {
    const input = makeInput(getRubric('iid-2027'), 150, { opds: OPDS, seed: 3 });
    const all = ranked(input, 100);
    expect(all.map((a) => a.gain)).toEqual([...all.map((a) => a.gain)].sort((x, y) => y - x));
    const top3 = ranked(input, 3);
    expect(top3).toEqual(all.slice(0, 3));
  });
});

describe('rankActions: what it proposes', () => {
  it('names missing evidence per indicator with the OPDs and the exact points', () => {
    const rubricId = 'iid-2026';
    const innovations = [
      ...Array.from({ length: 12 }, (_, i) =>
        good(rubricId, {
          opd: ['DINKES', 'DISDIK'][i % 2]!,
          mainAffair: ['kesehatan', 'pendidikan', 'pupr', 'perkim', 'sosial'][i % 5]!,
        }),
      ),
    ];
    // Four innovations chose a level for indicator 18 (not mandatory) without a link.
    for (const inv of innovations.slice(0, 4)) inv.indicators['18'] = { level: 3 };
    const input: ScoringInput = { rubric: rubricId, spd: {}, innovations };
    const action = ranked(input).find((a) => a.change.type === 'fix' && a.summary.includes('indikator 18'));
    expect(action).toBeDefined();
    expect(action!.summary).toBe('Lengkapi bukti indikator 18 pada 4 inovasi (DINKES, DISDIK)');
    expect(action!.opds).toEqual(['DINKES', 'DISDIK']);
    expect(action!.owner).toBe('opd');
    // 4 × (weight 2 × level 3) = 24 SID points over MAX(12, 12) = 2 points of 250 → +0,80 IID.
    expect(action!.gain).toBe(0.8);
    expect(action!.text).toBe('Lengkapi bukti indikator 18 pada 4 inovasi (DINKES, DISDIK): +0,80 poin');
  });

  it('puts the missing yandas urusan first when they hold back the jumlah-inovasi score, naming the OPDs', () => {
    const rubricId = 'iid-2026'; // 5 of 6 yandas required
    const innovations = Array.from({ length: 20 }, (_, i) =>
      verified(
        good(rubricId, {
          mainAffair: ['kesehatan', 'pendidikan', 'pupr'][i % 3]!,
          opd: ['DINKES', 'DISDIK', 'DPUPR'][i % 3]!,
        }),
      ),
    );
    const spd = Object.fromEntries(
      getRubric(rubricId).spd.rows.map((r) => [r.id, { level: 3 as const, evidence: LINK }]),
    );
    const input: ScoringInput = {
      rubric: rubricId,
      spd,
      innovations,
      opds: [
        { code: 'DINKES', name: 'Dinas Kesehatan' },
        { code: 'DISDIK', name: 'Dinas Pendidikan' },
        { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
        { code: 'DINSOS', name: 'Dinas Sosial' },
        { code: 'DISPERKIM', name: 'Dinas Perumahan dan Kawasan Permukiman' },
        { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja' },
      ],
    };
    const [first] = ranked(input);
    expect(first!.kind).toBe('yandas');
    expect(first!.change).toMatchObject({ type: 'add' });
    expect(first!.summary).toContain(
      'Tambah inovasi penerapan pada 2 dari urusan Perkim, Trantibumlinmas dan Sosial',
    );
    for (const opd of ['DINSOS', 'DISPERKIM', 'SATPOLPP']) expect(first!.opds).toContain(opd);
    // 22 innovations × 0,38 = 8,36 points of jumlah inovasi, plus the average barely moving.
    expect(first!.gain).toBeGreaterThan(3);
    expect(rescoredGain(input, first!)).toBe(first!.gain);
  });

  it('fills empty seats while n is below the divisor', () => {
    const rubricId = 'iid-2027'; // divisor 14
    const innovations = Array.from({ length: 6 }, (_, i) =>
      good(rubricId, {
        mainAffair: ['kesehatan', 'pendidikan', 'pupr', 'perkim', 'sosial', 'trantibum_linmas'][i]!,
      }),
    );
    const input: ScoringInput = {
      rubric: rubricId,
      spd: {},
      innovations,
      opds: [{ code: 'DINSOS', name: 'Dinas Sosial' }],
    };
    const seats = ranked(input).find((a) => a.kind === 'seats');
    expect(seats).toBeDefined();
    expect(seats!.summary).toContain('Tambah 8 inovasi');
    expect(seats!.summary).toContain('DINSOS');
    expect(rescoredGain(input, seats!)).toBe(seats!.gain);
  });

  it('never proposes counting a weak innovation that would lower the average once n exceeds the divisor', () => {
    const rubricId = 'iid-2026';
    const strong = Array.from({ length: 30 }, (_, i) =>
      good(rubricId, {
        mainAffair: ['kesehatan', 'pendidikan', 'pupr', 'perkim', 'sosial', 'trantibum_linmas'][i % 6]!,
      }),
    );
    // Weak innovations, not counted only because of a short design: counting them would pull the mean down.
    const weak = Array.from({ length: 5 }, () => {
      const inv = good(rubricId, { design: words(50), opd: 'DISKOMINFO' });
      for (const ind of getRubric(rubricId).sid.indicators)
        inv.indicators[ind.id] = { level: ind.mandatory ? 1 : 0, evidence: LINK };
      return inv;
    });
    const input: ScoringInput = { rubric: rubricId, spd: {}, innovations: [...strong, ...weak] };
    const actions = ranked(input);
    expect(
      actions.some(
        (a) => a.change.type === 'fix' && a.change.innovations.some((id) => weak.some((w) => w.id === id)),
      ),
    ).toBe(false);
    // Counting them really would lower the claimed IID.
    const all = score(input);
    const fixed = score({
      ...input,
      innovations: input.innovations.map((inv) =>
        weak.includes(inv) ? { ...inv, design: words(300) } : inv,
      ),
    });
    expect(fixed.claimed.iid).toBeLessThan(all.claimed.iid);
  });

  it('keeps only the helpful part of a mixed group', () => {
    const rubricId = 'iid-2026';
    const strong = Array.from({ length: 14 }, (_, i) =>
      good(rubricId, {
        mainAffair: ['kesehatan', 'pendidikan', 'pupr', 'perkim', 'sosial', 'trantibum_linmas'][i % 6]!,
      }),
    );
    const shortDesign = (level: 1 | 3) => {
      const inv = good(rubricId, { design: words(20), opd: level === 3 ? 'DISDIK' : 'DINSOS' });
      for (const ind of getRubric(rubricId).sid.indicators)
        inv.indicators[ind.id] = { level, evidence: LINK };
      return inv;
    };
    const high = [shortDesign(3), shortDesign(3)];
    const low = [shortDesign(1), shortDesign(1)];
    const input: ScoringInput = { rubric: rubricId, spd: {}, innovations: [...strong, ...high, ...low] };
    const design = ranked(input).find((a) => a.change.type === 'fix' && a.summary.includes('rancang bangun'));
    expect(design).toBeDefined();
    expect(design!.change).toMatchObject({ innovations: high.map((h) => h.id) });
    expect(design!.summary).toContain('2 inovasi (DISDIK) agar dihitung');
    expect(rescoredGain(input, design!)).toBe(design!.gain);
  });

  it('tells drafts (ask the OPD) from submitted innovations (ask the verifikator) on the verified projection', () => {
    const rubricId = 'iid-2026';
    const innovations = Array.from({ length: 6 }, (_, i) =>
      good(rubricId, { opd: i < 3 ? 'DINKES' : 'DISDIK' }),
    );
    const input: ScoringInput = { rubric: rubricId, spd: {}, innovations };
    const statuses = Object.fromEntries(
      innovations.map((inv, i) => [inv.id, i < 3 ? 'draft' : 'submitted'] as const),
    );
    const actions = rankActions(input, score(input), getRubric(rubricId), { statuses, top: 20 });
    const submit = actions.find((a) => a.kind === 'submit');
    const verify = actions.find((a) => a.kind === 'verify');
    expect(submit?.summary).toBe('Ajukan 3 inovasi yang masih draf untuk diverifikasi (DINKES)');
    expect(verify?.summary).toBe('Verifikator: periksa 3 inovasi yang sudah diajukan (DISDIK)');
    expect(verify?.owner).toBe('verifikator');
    expect(submit?.projection).toBe('verified');
    expect(submit?.text).toMatch(/ \(IID terverifikasi\)$/);
    for (const a of [submit!, verify!]) expect(rescoredGain(input, a)).toBe(a.gain);
  });

  it('proposes SPD evidence, empty rows and raises for the admin', () => {
    const rubricId = 'iid-2026';
    const input: ScoringInput = {
      rubric: rubricId,
      spd: { '1': { level: 2 }, '3': { level: 1, evidence: LINK } },
      innovations: [good(rubricId)],
    };
    const actions = ranked(input);
    const kinds = actions.filter((a) => a.owner === 'admin').map((a) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(['spd_evidence', 'spd_fill', 'spd_raise']));
    for (const a of actions) expect(rescoredGain(input, a)).toBe(a.gain);
  });

  it('starts an empty register with the seats, the yandas urusan and the SPD', () => {
    const rubricId = 'iid-2026';
    const input: ScoringInput = {
      rubric: rubricId,
      spd: {},
      innovations: [],
      opds: [{ code: 'DINSOS', name: 'Dinas Sosial' }],
    };
    const actions = ranked(input);
    expect(actions.map((a) => a.kind)).toEqual(expect.arrayContaining(['seats', 'yandas', 'spd_fill']));
    const seats = actions.find((a) => a.kind === 'seats')!;
    expect(seats.summary).toContain('Tambah 12 inovasi penerapan');
    expect(seats.summary).toContain('dengan semua indikator wajib tingkat 1 (skor SID 14)');
    for (const a of actions) expect(rescoredGain(input, a)).toBe(a.gain);
  });

  it('returns nothing for a perfect register', () => {
    const rubricId = 'iid-2026';
    const rubric = getRubric(rubricId);
    const innovations = Array.from({ length: 200 }, (_, i) => {
      const inv = good(rubricId, {
        mainAffair: ['kesehatan', 'pendidikan', 'pupr', 'perkim', 'sosial', 'trantibum_linmas'][i % 6]!,
      });
      for (const ind of rubric.sid.indicators) inv.indicators[ind.id] = { level: 3, evidence: LINK };
      return verified(inv);
    });
    const spd = Object.fromEntries(rubric.spd.rows.map((r) => [r.id, { level: 3 as const, evidence: LINK }]));
    const input: ScoringInput = { rubric: rubricId, spd, innovations };
    expect(score(input).claimed.iid).toBe(100);
    expect(ranked(input)).toEqual([]);
  });

  it('ranks 2,000 innovations quickly', () => {
    const input = makeInput(getRubric('iid-2027'), 2000, { opds: OPDS, seed: 5 });
    const result = score(input);
    const t0 = performance.now();
    const actions = rankActions(input, result, getRubric('iid-2027'));
    const ms = performance.now() - t0;
    expect(actions.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(2000);
  });
});
