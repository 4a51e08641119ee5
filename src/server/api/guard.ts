// Expected failures are values ({ ok: false, message }); anything else is a bug or an outage: it is
// logged with its stack for the admin (Apps Script executions log) and the sidebar gets a generic
// message in Bahasa Indonesia instead of an exception page.
import type { Result } from '../../shared/api';
import { ACCESS_MESSAGES, SAVE_MESSAGES } from '../../shared/messages/server';
import { missingPermission } from '../permissions';

export { failureMessage, missingPermission } from '../permissions';

export function logError(where: string, error: unknown): void {
  const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  console.error(`[Inovasi Daerah] ${where}: ${detail}`);
}

/**
 * Google's protection error (English, or Indonesian when the account's language is Indonesian):
 * Pengguna says the caller may write, but the sheet's protection was not synced after the change.
 */
export function isProtectionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /protected cell or object|dilindungi/i.test(message);
}

export function guarded<T>(where: string, work: () => Result<T>): Result<T> {
  try {
    return work();
  } catch (error) {
    if (isProtectionError(error)) return { ok: false, message: ACCESS_MESSAGES.notSynced };
    const permission = missingPermission(error);
    if (permission) return { ok: false, message: permission };
    logError(where, error);
    return { ok: false, message: SAVE_MESSAGES.unexpected };
  }
}

export function fail(
  message: string,
  extra?: { fieldErrors?: { path: string; message: string }[]; conflict?: boolean },
) {
  return { ok: false as const, message, ...extra };
}
