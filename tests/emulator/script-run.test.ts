// The google.script.run client the preview and the browser tests inject, run against a harness.
// https://developers.google.com/apps-script/guides/html/reference/run
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { GOOGLE_SCRIPT_RUN_CLIENT, handleScriptRun, MAX_IN_FLIGHT } from '../../src/emulator/script-run';
import { probeHarness } from '../support/emulator';

interface Runner {
  withSuccessHandler(f: (value: unknown, userObject: unknown) => void): Runner;
  withFailureHandler(f: (error: Error, userObject: unknown) => void): Runner;
  withUserObject(userObject: unknown): Runner;
}
type Win = Record<string, unknown> & { google: { script: { run: Runner } } };

/** Calls a server function through a runner, as sidebar code does (google.script.run.name(...)). */
const serverCall = (runner: Runner, name: string, ...args: unknown[]) =>
  (runner as unknown as Record<string, (...a: unknown[]) => void>)[name]!(...args);

/** A fake window whose transport answers from the harness, holding each answer until released. */
function browser() {
  const h = probeHarness();
  const pending: (() => void)[] = [];
  let maxInFlight = 0;
  let inFlight = 0;
  const errors: string[] = [];
  const window = {
    console: { error: (m: string) => errors.push(m) },
    __gasTransport: (name: string, argsJson: string) =>
      new Promise<string>((resolve) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        pending.push(() => {
          inFlight--;
          resolve(handleScriptRun(h, name, argsJson));
        });
      }),
  } as unknown as Win;
  const context = vm.createContext({ window, Promise, Proxy, JSON, console: window.console });
  vm.runInContext(GOOGLE_SCRIPT_RUN_CLIENT, context);
  const flush = async () => {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setImmediate(r));
      for (const f of pending.splice(0)) f();
    }
  };
  return { h, run: window.google.script.run, flush, stats: () => ({ maxInFlight }), errors, pending };
}

describe('google.script.run (developers.google.com/apps-script/guides/html/reference/run)', () => {
  test('success handler gets the JSON result and the user object; Dates arrive as null', async () => {
    const b = browser();
    const got: unknown[] = [];
    serverCall(b.run.withSuccessHandler((v, u) => got.push(v, u)).withUserObject('row-7'), 'returnsDate');
    await b.flush();
    expect(got).toEqual([{ when: null, list: [null, 1], nested: { d: null } }, 'row-7']);
  });

  test("a server error reaches the failure handler as an Error with the server's message", async () => {
    const b = browser();
    const got: string[] = [];
    serverCall(
      b.run.withFailureHandler((e) => got.push(e.message)),
      'fail',
      'Data tidak valid',
    );
    await b.flush();
    expect(got).toEqual(['Data tidak valid']);
  });

  test(`at most ${MAX_IN_FLIGHT} calls are in flight; the rest wait in a queue and all complete`, async () => {
    const b = browser();
    let done = 0;
    const runner = b.run.withSuccessHandler(() => done++);
    for (let i = 0; i < 25; i++) serverCall(runner, 'topLevelRuns');
    await b.flush();
    expect(done).toBe(25);
    expect(b.stats().maxInFlight).toBe(MAX_IN_FLIGHT);
  });

  test('a Date argument throws at the call, before anything is sent', () => {
    const b = browser();
    expect(() => serverCall(b.run, 'writeOne', 'Sheet1', 'A1', new Date())).toThrow(
      'Failed due to illegal value in property: 2',
    );
    expect(b.pending).toHaveLength(0);
  });
});
