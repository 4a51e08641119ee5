import { afterEach, describe, expect, it } from 'vitest';
import { callServer, ServerCallError } from '../../src/sidebar/server';

type Handler = (...args: unknown[]) => unknown;

/** A google.script.run look-alike: chainable handlers, async reply, JSON round trip like Apps Script. */
function install(handlers: Record<string, Handler>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (ok?: (v: unknown) => void, fail?: (e: Error) => void): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get(_t, name) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: (e: Error) => void) => runner(ok, f);
          const handler = handlers[String(name)];
          if (!handler) return undefined;
          return (...args: unknown[]) => {
            calls.push({ name: String(name), args: JSON.parse(JSON.stringify(args)) });
            queueMicrotask(() => {
              try {
                ok?.(JSON.parse(JSON.stringify(handler(...args)) ?? 'null'));
              } catch (e) {
                fail?.(e as Error);
              }
            });
          };
        },
      },
    );
  (globalThis as { window?: unknown }).window = { google: { script: { run: runner() } } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('callServer', () => {
  it('resolves with the server value and passes the arguments through', async () => {
    const calls = install({ getInnovation: (id) => ({ ok: false, message: `tidak ada ${id}` }) });
    await expect(callServer('getInnovation', 'INV-1')).resolves.toEqual({
      ok: false,
      message: 'tidak ada INV-1',
    });
    expect(calls).toEqual([{ name: 'getInnovation', args: ['INV-1'] }]);
  });

  it('rejects with a ServerCallError naming the function when the server throws', async () => {
    install({
      listInnovations: () => {
        throw new Error('Exception: Service Spreadsheets timed out');
      },
    });
    const error = await callServer('listInnovations').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerCallError);
    expect((error as ServerCallError).functionName).toBe('listInnovations');
    expect((error as ServerCallError).message).toContain('timed out');
  });

  it('rejects outside Apps Script and for a function the server does not have', async () => {
    await expect(callServer('getContext')).rejects.toBeInstanceOf(ServerCallError);
    install({});
    await expect(callServer('getContext')).rejects.toThrow('getContext');
  });
});
