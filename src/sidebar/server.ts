// The one door from the pages to the server. google.script.run is callback-based, untyped and
// reachable only inside HtmlService; this wrapper turns it into typed promises checked against
// ServerApi (the sidebar) and AdminApi (admin-call.ts), so a renamed server function or a wrong
// argument fails the type check of the page that calls it.
import type { ServerApi } from '../shared/api';
import { SCRIPT_RUN_TEXT } from '../shared/messages/sidebar';

/** The part of google.script.run the pages use (declared here: the pages have no GAS types). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleScript {
  script: { run: ScriptRunner; host?: { close(): void } };
}

declare global {
  interface Window {
    google?: GoogleScript;
  }
}

export type ServerName = keyof ServerApi;

/** Thrown when the call could not run at all (no network, server exception, not in Apps Script). */
export class ServerCallError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

/** One google.script.run call as a promise; the caller types `name`, `args` and the result. */
export function runScript<T>(name: string, args: readonly unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = typeof window === 'undefined' ? undefined : window.google?.script?.run;
    if (!run) {
      reject(new ServerCallError(name, SCRIPT_RUN_TEXT.unavailable));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(new ServerCallError(name, errorText(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError(name, SCRIPT_RUN_TEXT.missingFunction(name)));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, [...args]);
  });
}

export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return runScript(name, args);
}

/** Closes the dialog (google.script.host), if there is a host. */
export function closeDialog(): void {
  window.google?.script?.host?.close();
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
