// Twenty people saving at the same moment, in real worker threads with real lock exclusion.
import { describe, expect, it } from 'vitest';
import type { ConcurrentJob } from '../../src/emulator/concurrent';
import type { SaveRequest, SaveResult } from '../../src/shared/api';
import { completeInnovation } from './fixtures';
import {
  ADMIN,
  addUsers,
  columnValues,
  DINKES_OP,
  newKey,
  rowsWhere,
  save,
  setUp,
  tabValues,
} from './support';

const operators = (opd: string, n: number) =>
  Array.from({ length: n }, (_, i) => `op${i + 1}.${opd.toLowerCase()}@majenekab.go.id`);

function saveJob(user: string, request: SaveRequest): ConcurrentJob {
  return { user, name: 'saveInnovation', args: [request] };
}

describe('20 users saving at once', () => {
  for (const schedule of ['free', 'round-robin'] as const) {
    it(`keeps every row exactly once and revisions consistent (${schedule})`, async () => {
      const dinkes = operators('DINKES', 10);
      const dinsos = operators('DINSOS', 10);
      const h = setUp();
      addUsers(h, [
        ...dinkes.map((e): [string, string, string, string, boolean] => [e, e, 'Operator', 'DINKES', true]),
        ...dinsos.map((e): [string, string, string, string, boolean] => [e, e, 'Operator', 'DINSOS', true]),
      ]);
      h.setUser(ADMIN);
      h.runMenu('syncAccess');
      h.setUser(DINKES_OP);
      const shared = save(h, completeInnovation('DINKES', 'Bersama'), { submit: true });
      if (!shared.ok) throw new Error(shared.message);

      // 14 new innovations (one of them sent twice, as a retry), and 5 people editing the same one.
      const creations = [...dinkes.slice(0, 5), ...dinsos.slice(0, 9)].map((user, i) => {
        const opd = user.includes('dinkes') ? 'DINKES' : 'DINSOS';
        return saveJob(user, {
          idempotencyKey: newKey(),
          submit: i % 2 === 0,
          innovation: completeInnovation(opd, `Inovasi serentak ${i}`),
        });
      });
      const retried = creations[0]!;
      const edits = dinkes.slice(5, 10).map((user, i) =>
        saveJob(user, {
          idempotencyKey: newKey(),
          baseRevision: 1,
          submit: true,
          innovation: { ...completeInnovation('DINKES', `Suntingan ${i}`), id: shared.id },
        }),
      );
      const jobs = [...creations, { ...retried }, ...edits];
      expect(jobs).toHaveLength(20);
      const results = await h.concurrent(jobs, { schedule, jitterMs: schedule === 'free' ? 3 : 0 });

      for (const r of results) expect(r.ok, r.error).toBe(true);
      const values = results.map((r) => r.value as SaveResult);
      const created = values.slice(0, 15);
      expect(created.filter((v) => !v.ok)).toEqual([]);
      const ids = created.map((v) => (v.ok ? v.id : ''));
      expect(new Set(ids).size).toBe(14);
      expect(ids[14]).toBe(ids[0]);

      const rowsOf = (tab: string) => columnValues(h, tab, 'ID').map(String);
      const all = [...rowsOf('Inovasi DINKES'), ...rowsOf('Inovasi DINSOS')];
      expect(all.length).toBe(new Set(all).size);
      expect(new Set(all)).toEqual(new Set([...ids, shared.id]));
      for (const id of new Set(ids))
        expect(
          all.filter((x) => x === id),
          id,
        ).toHaveLength(1);

      const editResults = values.slice(15);
      const won = editResults.filter((v) => v.ok);
      expect(won).toHaveLength(1);
      expect(editResults.filter((v) => !v.ok && v.conflict)).toHaveLength(4);
      const revisionAt = tabValues(h, 'Inovasi DINKES')[1]!.indexOf('Revisi');
      const sharedRow = rowsWhere(h, 'Inovasi DINKES', 'ID', shared.id)[0]!;
      expect(sharedRow[revisionAt]).toBe(2);
      expect(won[0]?.ok && won[0].revision).toBe(2);
      // Every new row is at revision 1, and nothing was lost between two writers.
      for (const r of tabValues(h, 'Inovasi DINSOS').slice(2)) expect(r[revisionAt]).toBe(1);
    }, 60_000);
  }
});
