// The one door from the sidebar to the server. google.script.run is callback-based, untyped and
// reachable only inside HtmlService; this wrapper turns it into typed promises checked against
// ServerApi, so a renamed server function or a wrong argument fails the sidebar's type check.
import type { ServerApi } from '../shared/api';

/** The part of google.script.run the sidebar uses (declared here: the sidebar has no GAS types). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
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

export function callServer<K extends ServerName>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = typeof window === 'undefined' ? undefined : window.google?.script?.run;
    if (!run) {
      reject(new ServerCallError(name, 'google.script.run tidak tersedia'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new ServerCallError(name, errorText(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError(name, `fungsi server ${name} tidak ada`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
