// A permission the user did not grant: Google's granular consent screen lets people untick a
// permission, and the call that needs it then fails. Said in Bahasa Indonesia, naming it.
import { PERMISSION_TEXT } from '../shared/messages/permissions';

const SCOPE = /https:\/\/www\.googleapis\.com\/auth\/[\w.]+/;

/**
 * Google's error for a permission the user did not grant (a box left unticked on the granular
 * consent screen): "Specified permissions are not sufficient to call … Required permissions: <scope>".
 * Returns the message naming that permission and how to grant it, or null for any other error.
 */
export function missingPermission(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!/permission/i.test(message)) return null;
  const scope = SCOPE.exec(message)?.[0];
  return scope ? PERMISSION_TEXT.missing(scope) : null;
}

/** What a person is told when an entry point fails: the permission to grant, or `fallback`. */
export function failureMessage(error: unknown, fallback: string): string {
  return missingPermission(error) ?? fallback;
}
