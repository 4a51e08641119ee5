// The pure integrity rules: effective status from content, stored status and verdict; ids bound
// to their OPD and unique; the seal of the server-owned cells names the cell a hand changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brokenSeal,
  effectiveStatus,
  fingerprint,
  getRubric,
  idStates,
  ownerOfId,
  SEALED_FIELDS,
  type SealedValues,
  sealOf,
  verdictKey,
} from '../../src/core';
import { completeInnovation, draftInnovation } from '../addon/fixtures';

const rubric = getRubric('iid-2027');

describe('effectiveStatus', () => {
  const complete = { ...completeInnovation('DINKES'), id: 'DINKES-A' };
  const print = fingerprint(complete);
  const verdict = { status: 'verified' as const, revision: 1, fingerprint: print, opd: 'DINKES' };
  const submitted = (extra: Partial<Parameters<typeof effectiveStatus>[0]> = {}) =>
    effectiveStatus({
      innovation: complete,
      storedStatus: 'submitted',
      revision: 1,
      fingerprint: print,
      verdict,
      rubric,
      ...extra,
    });

  it('follows the verdict for the content it was given to', () => {
    const e = submitted();
    expect([e.status, e.verification?.stale, e.problems]).toEqual(['verified', false, []]);
    const changed = submitted({ revision: 2, fingerprint: 'other' });
    expect([changed.status, changed.verification?.stale]).toEqual(['reverify', true]);
  });

  it('treats a row stored as submitted that fails the submit rules as a draft, its verdict counting for nothing', () => {
    const draft = { ...draftInnovation('DINKES', 'x'), id: 'DINKES-B' };
    const e = submitted({
      innovation: draft,
      fingerprint: fingerprint(draft),
      verdict: { ...verdict, fingerprint: fingerprint(draft) },
    });
    expect(e.status).toBe('draft');
    expect(e.problems[0]?.code).toBe('submit_rules');
    expect(e.problems[0]?.errors?.length).toBeGreaterThan(0);
    expect(e.verification?.stale).toBe(true);
    // A row exactly as a save left it was checked by that save: not checked again.
    expect(
      submitted({ innovation: draft, fingerprint: fingerprint(draft), verdict: undefined, asSaved: true })
        .status,
    ).toBe('submitted');
  });

  it('never lends a verdict to a row whose ID is missing, foreign or repeated', () => {
    for (const idState of ['missing', 'foreign', 'repeated'] as const) {
      const e = submitted({ idState });
      expect([e.status, e.verification, e.problems.map((p) => p.code)]).toEqual([
        'draft',
        null,
        [`${idState}_id`],
      ]);
    }
  });
});

describe('ids', () => {
  it('are bound to the longest OPD code that starts them', () => {
    const codes = ['KEC-BANGGAE', 'KEC-BANGGAE-TIMUR', 'DINKES'];
    expect(ownerOfId('KEC-BANGGAE-TIMUR-X1', codes)).toBe('KEC-BANGGAE-TIMUR');
    expect(ownerOfId('KEC-BANGGAE-X1', codes)).toBe('KEC-BANGGAE');
    expect(ownerOfId('INV-1', codes)).toBeUndefined();
  });

  it('flag foreign and repeated ids; a foreign copy never flags the genuine row', () => {
    const rows = [
      { id: 'DINKES-A', opd: 'DINSOS' },
      { id: 'DINKES-A', opd: 'DINKES' },
      { id: 'DINKES-A', opd: 'DINKES' },
      { id: '', opd: 'DINKES' },
    ];
    expect(idStates(rows, ['DINKES', 'DINSOS'])).toEqual(['foreign', 'ok', 'repeated', 'missing']);
  });

  it('key verdicts by OPD and ID', () => {
    expect(verdictKey('dinkes', 'DINKES-A')).toBe(verdictKey('DINKES', ' DINKES-A '));
    expect(verdictKey('DINSOS', 'DINKES-A')).not.toBe(verdictKey('DINKES', 'DINKES-A'));
  });
});

describe('the seal', () => {
  const base: SealedValues = {
    id: 'DINKES-0123456789',
    revision: 1,
    status: 'draft',
    idempotencyKey: 'k-abc-1',
    fingerprint: '0123456789abcdef',
    createdBy: 'op@majenekab.go.id',
    createdAt: '2026-12-05T02:00:00.000Z',
    updatedBy: 'op@majenekab.go.id',
    updatedAt: '2026-12-05T02:00:00.000Z',
  };

  it('names exactly the cell a hand changed', () => {
    const seal = sealOf('DINKES', base);
    expect(brokenSeal('DINKES', base, seal)).toEqual([]);
    expect(brokenSeal('DINKES', { ...base, revision: 0 }, seal)).toEqual(['revision']);
    expect(brokenSeal('DINKES', { ...base, status: 'submitted' }, seal)).toEqual(['status']);
    expect(brokenSeal('DINSOS', base, seal).length).toBeGreaterThan(0);
    expect(brokenSeal('DINKES', base, '')).toEqual(['seal']);
    // Timestamps are compared to the second (a date-time cell need not keep milliseconds).
    expect(brokenSeal('DINKES', { ...base, createdAt: '2026-12-05T02:00:00.999Z' }, seal)).toEqual([]);
  });

  it('sees a change of any one field to another value (property, 16-bit parts)', () => {
    const seal = sealOf('DINKES', base);
    let missed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...SEALED_FIELDS),
        fc.string({ minLength: 1, maxLength: 12 }),
        (field, v) => {
          const changed = { ...base, [field]: v };
          if (String(changed[field]) === String(base[field])) return;
          if (!brokenSeal('DINKES', changed, seal).includes(field)) missed++;
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
    // A 16-bit part misses about 1 change in 65,536.
    expect(missed).toBeLessThanOrEqual(1);
  });
});
