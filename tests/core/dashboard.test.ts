// What the dashboard states per projection (core/dashboard.ts): the points to the next predikat at
// the band edges, the urusan rule per projection, the contribution note, the headline actions
// and the IID per year.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core/actions';
import {
  contributionNote,
  headlineActions,
  nextPredikat,
  trendPoints,
  yandasStatus,
} from '../../src/core/dashboard';
import type { HistoryRow } from '../../src/core/history';
import { getRubric } from '../../src/core/rubric';
import { score } from '../../src/core/scoring';
import { makeInput } from '../support/recalc-fixtures';

const rubric = getRubric('iid-2026'); // Sangat Inovatif ≥ 65.01, Inovatif ≥ 40.01, Kurang Inovatif ≥ 0.01

describe('nextPredikat', () => {
  it('counts the points to the lowest band above, exactly at the edges', () => {
    expect(nextPredikat(rubric, { iid: 32 })).toEqual({ name: 'Inovatif', min: 40.01, points: 8.01 });
    expect(nextPredikat(rubric, { iid: 40 })).toEqual({ name: 'Inovatif', min: 40.01, points: 0.01 });
    expect(nextPredikat(rubric, { iid: 40.01 })).toEqual({ name: 'Sangat Inovatif', min: 65.01, points: 25 });
    expect(nextPredikat(rubric, { iid: 0 })?.min).toBe(0.01);
  });

  it('is null at the top predikat', () => {
    expect(nextPredikat(rubric, { iid: 65.01 })).toBeNull();
    expect(nextPredikat(rubric, { iid: 100 })).toBeNull();
  });
});

describe('statements per projection', () => {
  const input = makeInput(getRubric('iid-2027'), 40, {
    opds: ['A', 'B', 'C', 'D', 'E', 'F'],
    seed: 24,
    quality: 0.15,
    affairs: ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial'],
  });
  const result = score(input);

  it('tells the urusan rule apart for the claimed and the verified projection', () => {
    const claimed = yandasStatus(result, 'claimed');
    const verified = yandasStatus(result, 'verified');
    expect(claimed).toMatchObject({ projection: 'claimed', met: true, covered: 6, required: 6 });
    expect(verified.met).toBe(false);
    expect(verified.covered).toBe(result.verified.affairsCovered.length);
    expect(verified.jumlahInovasi).toBe(0);
    expect(claimed.jumlahInovasi).toBeGreaterThan(0);
  });

  it('names the OPDs whose verified contribution is larger, with both divisors, and nothing otherwise', () => {
    const note = contributionNote(result)!;
    expect(note.opds.length).toBeGreaterThan(0);
    for (const code of note.opds) {
      const o = result.opds.find((x) => x.opd === code)!;
      expect(o.verifiedContribution).toBeGreaterThan(o.contribution);
    }
    expect(note.verifiedDivisor).toBeLessThan(note.claimedDivisor);
    const equal = {
      ...result,
      opds: result.opds.map((o) => ({ ...o, verifiedContribution: o.contribution })),
    };
    expect(contributionNote(equal)).toBeNull();
  });
});

describe('headlineActions', () => {
  const action = (projection: 'claimed' | 'verified', gain: number): Action =>
    ({ projection, gain, summary: `${projection} ${gain}` }) as Action;

  it('puts the gains on the verified IID first, then the claimed ones, in ranked order', () => {
    const ranked = [action('claimed', 5), action('verified', 4), action('claimed', 3), action('verified', 1)];
    expect(headlineActions(ranked, 3).map((a) => a.summary)).toEqual([
      'verified 4',
      'verified 1',
      'claimed 5',
    ]);
    expect(headlineActions([], 3)).toEqual([]);
  });
});

describe('trendPoints', () => {
  const row = (year: number, iid: number, verifiedIid: number): HistoryRow =>
    ({ year, kind: 'kabupaten', iid, verifiedIid }) as HistoryRow;
  const live = { claimed: { iid: 45.63 }, verified: { iid: 32 } } as Parameters<typeof trendPoints>[2];

  it('is the current year alone before any period is closed', () => {
    expect(trendPoints([], 2027, live)).toEqual([
      { year: 2027, verified: 32, claimed: 45.63, current: true },
    ]);
  });

  it('lists archived years oldest first and replaces an archived current year by the live numbers', () => {
    const history = [
      row(2026, 47.91, 34.8),
      row(2025, 30, 20),
      row(2027, 1, 1),
      { ...row(2026, 0, 0), kind: 'opd' } as HistoryRow,
    ];
    expect(trendPoints(history, 2027, live)).toEqual([
      { year: 2025, verified: 20, claimed: 30, current: false },
      { year: 2026, verified: 34.8, claimed: 47.91, current: false },
      { year: 2027, verified: 32, claimed: 45.63, current: true },
    ]);
  });
});
