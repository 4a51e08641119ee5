// Locks around every read-check-write. Saves take the document lock, so two saves never interleave
// between the read that checks a revision and the write that bumps it; admin operations and the
// recalculation take the script lock, so a long one never holds up operators' saves.
import { ACCESS_MESSAGES, SAVE_MESSAGES } from '../shared/messages/server';

/** How long a save waits for another one to finish before giving up with a clear message. */
export const LOCK_WAIT_MS = 20_000;

export type Locked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs `work` while `lock` (already acquired) is held, flushes pending writes before releasing it
 * (so the next holder reads them), and releases it whatever happens.
 */
export function whileHolding<T>(lock: GoogleAppsScript.Lock.Lock, work: () => T): Locked<T> {
  try {
    const value = work();
    SpreadsheetApp.flush();
    return { ok: true, value };
  } finally {
    lock.releaseLock();
  }
}

/** Runs `work` holding the document lock. A timeout changes nothing. */
export function withDocumentLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock) return { ok: false, message: ACCESS_MESSAGES.noLock };
  try {
    lock.waitLock(waitMs);
  } catch {
    return { ok: false, message: SAVE_MESSAGES.lockTimeout };
  }
  return whileHolding(lock, work);
}
