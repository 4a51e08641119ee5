// LockService and simultaneous executions, on real threads.
// https://developers.google.com/apps-script/reference/lock/lock
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

const N = 6;
const jobs = (withLock: boolean) =>
  Array.from({ length: N }, (_, i) => ({
    user: `operator${i}@majenekab.go.id`,
    name: 'counter',
    args: [withLock],
  }));

describe('concurrent executions (developers.google.com/apps-script/reference/lock/lock)', () => {
  test('without a lock, read-then-write loses updates (round-robin: every job reads before any writes)', async () => {
    const h = probeHarness();
    const results = await h.concurrent(jobs(false), { schedule: 'round-robin' });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(h.spreadsheet.getRange('A1').getValue()).toBe(1);
  });

  test('with LockService.getDocumentLock().waitLock() no update is lost (round-robin and free-running)', async () => {
    const h = probeHarness();
    const rr = await h.concurrent(jobs(true), { schedule: 'round-robin' });
    expect(h.spreadsheet.getRange('A1').getValue()).toBe(N);
    expect(rr.map((r) => r.value).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    await h.concurrent(jobs(true), { jitterMs: 2 });
    expect(h.spreadsheet.getRange('A1').getValue()).toBe(2 * N);
  });

  test('service calls of worker executions are counted, per job and in total', async () => {
    const h = probeHarness();
    const results = await h.concurrent(jobs(true).slice(0, 2), { schedule: 'round-robin' });
    expect(results[0]!.counts).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.waitLock': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.getValue': 1,
      'Range.setValue': 1,
      'Lock.releaseLock': 1,
    });
    expect(h.counts()['Range.setValue']).toBe(2);
  });

  test('waitLock throws "Lock timeout: another process was holding the lock for too long." when it waits too long', async () => {
    const h = probeHarness();
    const [holder, waiter, trier] = await h.concurrent(
      [
        { user: 'a@x.id', name: 'holdLockFor', args: [400] },
        { user: 'b@x.id', name: 'waitScriptLock', args: [50] },
        { user: 'c@x.id', name: 'tryScriptLock', args: [50] },
      ],
      { schedule: 'round-robin' },
    );
    expect(holder!.ok).toBe(true);
    expect(waiter).toMatchObject({ ok: false, error: GAS_ERRORS.lockTimeout });
    expect(trier).toMatchObject({ ok: true, value: false });
  });

  test('a lock not released is released when the execution ends', async () => {
    const h = probeHarness();
    const [first, second] = await h.concurrent(
      [
        { user: 'a@x.id', name: 'holdLockFor', args: [0] },
        { user: 'b@x.id', name: 'waitScriptLock', args: [5000] },
      ],
      { schedule: 'round-robin' },
    );
    expect(first!.ok).toBe(true);
    expect(second).toMatchObject({ ok: true, value: 'got it' });
  });

  test('in a single-threaded call, a lock held elsewhere times out at once (tryLock false, waitLock throws)', () => {
    const h = probeHarness();
    const release = h.holdLock('script');
    expect(h.call('tryScriptLock', 1000)).toBe(false);
    expect(() => h.call('waitScriptLock', 1000)).toThrow(GAS_ERRORS.lockTimeout);
    release();
    expect(h.call('waitScriptLock', 1000)).toBe('got it');
    expect(
      h.run(`var l = LockService.getScriptLock(); var before = l.hasLock(); l.waitLock(10);
      var during = l.hasLock(); l.releaseLock(); return [before, during, l.hasLock()];`),
    ).toEqual([false, true, false]);
  });
});
