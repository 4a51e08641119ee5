// Typed promises over google.script.run for the admin dialogs (Pengingat, Ekspor), checked against
// AdminApi the way server.ts checks the sidebar's calls against ServerApi.
import type { AdminApi } from '../shared/admin-api';

interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: unknown;
}

export function callAdmin<K extends keyof AdminApi>(
  name: K,
  ...args: Parameters<AdminApi[K]>
): Promise<ReturnType<AdminApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = (window as unknown as { google?: { script?: { run?: Runner } } }).google?.script?.run;
    if (!run) {
      reject(new Error('google.script.run tidak tersedia'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<AdminApi[K]>))
      .withFailureHandler((error) =>
        reject(
          new Error(
            error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error),
          ),
        ),
      );
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`fungsi server ${name} tidak ada`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

/** Closes the dialog (google.script.host), if there is a host. */
export function closeDialog(): void {
  (window as unknown as { google?: { script?: { host?: { close(): void } } } }).google?.script?.host?.close();
}
