// One Apps Script execution in this thread: a fresh vm context, the service stubs, the bundle's
// top level evaluated again (as Google does on every menu click and google.script.run call), then
// the entry point called by name.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { scopeRefusal } from './authorization';
import { errorOutcome, GasError, type Handle, type Outcome, Park } from './bridge';
import { GAS_ERRORS, notModelled } from './errors';
import { PRELUDE_SOURCE } from './prelude';
import type { ExecutionContext, Runtime } from './runtime';
import { UNCOUNTED } from './services';
import { googleMethods } from './unmodelled';

const LIMITED_DENIED: Record<string, string> = {
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
};

/** Answers one service call of an execution: counted, run as that execution's user. */
export function dispatch(
  rt: Runtime,
  exec: ExecutionContext,
  id: number,
  method: string,
  args: unknown,
): Outcome | Park {
  const target = exec.handles.get(id);
  if (!target) return { e: 'Emulator: unknown object handle', n: 'Error' };
  const cls = target._gasClass();
  const fn = (target as unknown as Record<string, unknown>)[method];
  if (typeof fn !== 'function' || method.startsWith('_') || method === 'constructor') {
    if (typeof fn !== 'function' && googleMethods(cls).has(method))
      return { e: notModelled(`${cls}.${method}`), n: 'Exception' };
    return { e: `${cls}.${method} is not a function`, n: 'TypeError' };
  }
  if (!UNCOUNTED.has(cls) && method !== 'toString') {
    // Modelled time first: a call that would pass the execution's cap does not happen.
    const stopped = exec.meter.charge(cls, method, target, args);
    if (stopped) return { e: stopped, n: 'Exception' };
    rt.count(`${cls}.${method}`, exec);
  }
  if (exec.authMode === 'LIMITED' && LIMITED_DENIED[cls] && method !== 'getRemainingDailyQuota')
    return {
      e: `You do not have permission to call ${cls}.${method}. Required permissions: ${LIMITED_DENIED[cls]}`,
      n: 'Exception',
    };
  const refused = scopeRefusal(rt, exec, cls, method);
  if (refused) return refused;
  const prev = rt.current;
  rt.current = exec;
  exec.meter.enterService();
  try {
    const resolved = exec.handles.resolve(args) as unknown[];
    const clock = rt.clockOffsetMs;
    const result = (fn as (...a: unknown[]) => unknown).apply(target, resolved);
    // Utilities.sleep in this thread moves the virtual clock instead of waiting: that time counts.
    exec.meter.waited(rt.clockOffsetMs - clock);
    if (result instanceof Park) return result;
    return { v: exec.handles.encode(result) };
  } catch (e) {
    return errorOutcome(e);
  } finally {
    exec.meter.leaveService();
    rt.current = prev;
  }
}

export function rootHandles(rt: Runtime, exec: ExecutionContext): { name: string; handle: Handle }[] {
  return rt.rootEntries().map(([name, obj]) => ({ name, handle: exec.handles.handle(obj) }));
}

/** A bundle compiled once and evaluated afresh in every execution. */
export class CompiledBundle {
  readonly script: vm.Script;
  constructor(
    readonly code: string,
    readonly filename: string,
  ) {
    this.script = new vm.Script(code, { filename });
  }
  static fromFile(file: string): CompiledBundle {
    return new CompiledBundle(readFileSync(file, 'utf8'), file);
  }
}

let preludeScript: vm.Script | null = null;

export interface InlineExecution {
  context: vm.Context;
  decode: (v: unknown) => unknown;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Finds a top-level function of the bundle by name, as Apps Script does; private (name_) ones too. */
export function lookupFunction(context: vm.Context, name: string): ((...a: unknown[]) => unknown) | null {
  if (!IDENTIFIER.test(name)) return null;
  const fn = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context) as unknown;
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown) : null;
}

/** Creates the context, installs the services for `exec` and evaluates the bundle's top level. */
export function startInline(rt: Runtime, exec: ExecutionContext, bundle: CompiledBundle): InlineExecution {
  const context = vm.createContext({});
  preludeScript ??= new vm.Script(PRELUDE_SOURCE, { filename: 'emulator-prelude.js' });
  const install = preludeScript.runInContext(context) as (bridge: unknown) => {
    decode: (v: unknown) => unknown;
  };
  const { decode } = install({
    invoke: (id: number, method: string, args: unknown) => {
      const r = dispatch(rt, exec, id, method, args);
      if (!(r instanceof Park)) return r;
      // Sleeping or waiting for a lock moves the virtual clock; the execution's time includes it.
      const before = rt.clockOffsetMs;
      const out = r.immediate();
      exec.meter.waited(rt.clockOffsetMs - before);
      return out;
    },
    roots: rootHandles(rt, exec),
    now: () => rt.now().getTime(),
  });
  bundle.script.runInContext(context);
  return { context, decode };
}

/** Runs `name(...args)` as one execution and returns the script's (inner-realm) result. */
export function runInline(
  rt: Runtime,
  exec: ExecutionContext,
  bundle: CompiledBundle,
  name: string,
  makeArgs: (run: InlineExecution) => unknown[],
): unknown {
  let result: unknown;
  try {
    const run = startInline(rt, exec, bundle);
    const fn = lookupFunction(run.context, name);
    if (!fn) throw new GasError(GAS_ERRORS.functionNotFound(name));
    result = fn(...makeArgs(run));
  } catch (e) {
    if (!exec.meter.stopped) throw e;
  } finally {
    rt.endExecution(exec);
  }
  // Google stops the execution: whatever the script caught or returned, this is its outcome.
  if (exec.meter.stopped) throw new GasError(exec.meter.stopped);
  return result;
}

/** An Error in this realm carrying the script's error message (and name). */
export function toHostError(e: unknown): Error {
  if (e instanceof Error) return e;
  const out = errorOutcome(e);
  if ('e' in out) {
    const msg = typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : out.e;
    const err = new Error(msg);
    const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as Error).name) : 'Error';
    err.name = name;
    (err as Error & { cause?: unknown }).cause = e;
    return err;
  }
  return new Error(String(e));
}
