// Property-based tests of the scoring contract (issue 2 §6).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getRubric,
  type Innovation,
  type Level,
  RUBRIC_IDS,
  type ScoringInput,
  score,
  scoreInnovation,
  URUSAN,
} from '../../src/core';
import { counted, indicatorsFor, LINK, words } from './support';

const RUNS = { numRuns: 150 };

const levelArb = fc.constantFrom<Level>(0, 1, 2, 3);

function entryArb() {
  return fc.record({ level: levelArb, evidence: fc.constantFrom(LINK, '', 'bukan-tautan', undefined) });
}

function innovationArb(rubricId: string): fc.Arbitrary<Innovation> {
  const rubric = getRubric(rubricId);
  const ids = rubric.sid.indicators.map((i) => i.id);
  const { start, end } = rubric.penerapanWindow;
  const dateArb = fc.constantFrom(null, start, end, '2019-06-01', '2030-01-01', '2024-07-15', '2025-11-30');
  return fc
    .record({
      id: fc.uuid(),
      opd: fc.constantFrom('DISDIK', 'DINKES', 'DINSOS', 'PUPR', 'BAPPEDA'),
      stage: fc.constantFrom('inisiatif', 'uji_coba', 'penerapan', 'penerapan', 'penerapan'),
      mainAffair: fc.constantFrom(...URUSAN.slice(0, 10).map((u) => u.code)),
      implementationDate: dateArb,
      developmentDate: dateArb,
      designWords: fc.constantFrom(0, 120, 299, 300, 420),
      levels: fc.array(entryArb(), { minLength: ids.length, maxLength: ids.length }),
      verification: fc.option(
        fc.record({
          status: fc.constantFrom('pending', 'verified', 'returned'),
          stale: fc.boolean(),
          accept: fc.array(fc.constantFrom('accepted', 'rejected', undefined), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
        }),
        { nil: undefined },
      ),
    })
    .map((r) => {
      const indicators: Innovation['indicators'] = {};
      r.levels.forEach((e, i) => {
        indicators[ids[i]!] = {
          level: e.level,
          ...(e.evidence !== undefined ? { evidence: e.evidence } : {}),
        };
      });
      const verdicts: Record<string, 'accepted' | 'rejected'> = {};
      r.verification?.accept.forEach((v, i) => {
        if (v) verdicts[ids[i]!] = v;
      });
      return {
        id: r.id,
        opd: r.opd,
        name: `Inovasi ${r.id.slice(0, 8)}`,
        stage: r.stage as Innovation['stage'],
        mainAffair: r.mainAffair,
        implementationDate: r.implementationDate,
        developmentDate: r.developmentDate,
        design: words(r.designWords),
        indicators,
        ...(r.verification
          ? {
              verification: {
                status: r.verification.status as 'pending' | 'verified' | 'returned',
                stale: r.verification.stale,
                indicators: verdicts,
              },
            }
          : {}),
      };
    });
}

function inputArb(maxInnovations = 40): fc.Arbitrary<ScoringInput> {
  return fc.constantFrom(...RUBRIC_IDS).chain((rubricId) => {
    const rows = getRubric(rubricId).spd.rows.map((r) => r.id);
    return fc.record({
      rubric: fc.constant(rubricId),
      spd: fc
        .array(entryArb(), { minLength: rows.length, maxLength: rows.length })
        .map((entries) => Object.fromEntries(entries.map((e, i) => [rows[i]!, e]))),
      innovations: fc.array(innovationArb(rubricId), { maxLength: maxInnovations }),
    });
  });
}

describe('scoring properties', () => {
  it('keeps the IID within [0, 100] and the SID score within [0, 111]', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const r = score(input);
        for (const p of [r.claimed, r.verified]) {
          expect(p.iid).toBeGreaterThanOrEqual(0);
          expect(p.iid).toBeLessThanOrEqual(100);
          expect(p.total).toBeLessThanOrEqual(p.maxTotal);
        }
        for (const i of r.innovations) {
          expect(i.sidScore).toBeGreaterThanOrEqual(0);
          expect(i.sidScore).toBeLessThanOrEqual(111);
          expect(i.verifiedSidScore).toBeLessThanOrEqual(i.sidScore);
        }
      }),
      RUNS,
    );
  });

  it('never lowers the IID when an SPD level rises', () => {
    fc.assert(
      fc.property(inputArb(20), fc.nat(), (input, pick) => {
        const rows = getRubric(input.rubric).spd.rows.map((r) => r.id);
        const id = rows[pick % rows.length]!;
        const entry = input.spd[id] ?? { level: 0 as Level };
        if (entry.level === 3) return;
        const raised = {
          ...input,
          spd: { ...input.spd, [id]: { ...entry, level: (entry.level + 1) as Level } },
        };
        const before = score(input);
        const after = score(raised);
        expect(after.claimed.iid).toBeGreaterThanOrEqual(before.claimed.iid);
        expect(after.verified.iid).toBeGreaterThanOrEqual(before.verified.iid);
      }),
      RUNS,
    );
  });

  it('never lowers the IID when a level of a counted innovation rises', () => {
    fc.assert(
      fc.property(inputArb(30), fc.nat(), fc.nat(), (input, pickInnovation, pickIndicator) => {
        const rubric = getRubric(input.rubric);
        const countedOnes = input.innovations.filter((inv) => scoreInnovation(rubric, inv).counted);
        if (countedOnes.length === 0) return;
        const target = countedOnes[pickInnovation % countedOnes.length]!;
        const ids = rubric.sid.indicators.map((i) => i.id);
        const id = ids[pickIndicator % ids.length]!;
        const entry = target.indicators[id] ?? { level: 0 as Level };
        if (entry.level === 3) return;
        const raisedInv: Innovation = {
          ...target,
          indicators: { ...target.indicators, [id]: { ...entry, level: (entry.level + 1) as Level } },
        };
        const raised = {
          ...input,
          innovations: input.innovations.map((i) => (i === target ? raisedInv : i)),
        };
        expect(score(raised).claimed.iid).toBeGreaterThanOrEqual(score(input).claimed.iid);
      }),
      RUNS,
    );
  });

  it('never lowers the IID when a counted innovation scoring at least the current SID average is added', () => {
    fc.assert(
      fc.property(
        inputArb(30),
        fc.nat(),
        fc.constantFrom(...URUSAN.map((u) => u.code)),
        (input, extra, affair) => {
          const before = score(input);
          const needed = Math.ceil(before.claimed.sidSum / before.claimed.divisor);
          const sid = Math.max(needed, 14) + (extra % (111 - Math.max(needed, 14) + 1));
          const added = counted(input.rubric, sid, { mainAffair: affair });
          expect(scoreInnovation(getRubric(input.rubric), added).counted).toBe(true);
          const after = score({ ...input, innovations: [...input.innovations, added] });
          expect(after.claimed.iid).toBeGreaterThanOrEqual(before.claimed.iid);
        },
      ),
      RUNS,
    );
  });

  it('can build every SID score from 14 (the mandatory minimum) to 111', () => {
    const r = getRubric('iid-2026');
    for (let s = 14; s <= 111; s++) {
      const inv = counted('iid-2026', s);
      expect(scoreInnovation(r, inv).sidScore).toBe(s);
      expect(Object.keys(indicatorsFor(r, s)).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('documents that making a weak innovation counted CAN lower the IID once n exceeds the divisor', () => {
    // 12 innovations of 80 fill the 2026 divisor; a 13th of 20 pulls the average from 80 to 75.38,
    // more than its 0.38 of jumlah inovasi gives back. The action list must not suggest it.
    const strong = Array.from({ length: 12 }, (_, i) =>
      counted('iid-2026', 80, {
        mainAffair: ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'sosial', 'kesehatan'][i % 6]!,
      }),
    );
    const before = score({ rubric: 'iid-2026', spd: {}, innovations: strong });
    const weak = counted('iid-2026', 20);
    const after = score({ rubric: 'iid-2026', spd: {}, innovations: [...strong, weak] });
    expect(after.claimed.counted).toBe(13);
    expect(after.claimed.sidAverage).toBe(75.38);
    expect(after.claimed.iid).toBeLessThan(before.claimed.iid);
    // Below the divisor the same weak innovation only helps: the empty seat it fills scored 0.
    const few = strong.slice(0, 6);
    expect(score({ rubric: 'iid-2026', spd: {}, innovations: [...few, weak] }).claimed.iid).toBeGreaterThan(
      score({ rubric: 'iid-2026', spd: {}, innovations: few }).claimed.iid,
    );
  });
});
