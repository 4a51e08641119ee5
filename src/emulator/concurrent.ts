// Simulated concurrent executions. Apps Script code is synchronous, so real interleaving needs
// real threads: each job runs in a worker thread with its own vm context and the bundle, and every
// service call is a synchronous RPC to this thread, which owns the one spreadsheet state (the
// synckit technique: postMessage, then Atomics.wait on a shared flag, then receiveMessageOnPort).
// A worker waiting for a lock (or in Utilities.sleep) is parked: its reply comes when the lock is
// granted or the timeout passes, so LockService gives real mutual exclusion.
//
// Scheduling: 'free' answers calls as they arrive (optionally after a random jitter): a real race.
// 'round-robin' answers one call at a time, only when every live job is waiting on a call, taking
// the jobs in turn: every service call is a yield point, so interleavings are deterministic (N jobs
// that read a counter and write it + 1 without a lock all read before any writes).

import { readFileSync } from 'node:fs';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { type Outcome, Park } from './bridge';
import { dispatch, rootHandles } from './execute';
import { argsFromClient } from './json-safe';
import { PRELUDE_SOURCE } from './prelude';
import type { ExecutionContext, Runtime } from './runtime';

export interface ConcurrentJob {
  /** Runs as this user (active and effective). */
  user: string;
  /** Server function to call, as google.script.run would. */
  name: string;
  args?: unknown[];
}

export interface ConcurrentOptions {
  /** 'free' (default): calls answered as they come; 'round-robin': deterministic turn-taking. */
  schedule?: 'free' | 'round-robin';
  /** In 'free' mode, delay each answer by a random 0..jitterMs ms to shake out races. */
  jitterMs?: number;
  /** Fails the whole run after this long (default 60 s). */
  timeoutMs?: number;
}

export interface ConcurrentResult {
  user: string;
  name: string;
  ok: boolean;
  /** The result as google.script.run delivers it (JSON, Dates as null). */
  value?: unknown;
  /** The error message when ok is false. */
  error?: string;
  /** Service calls of this job by "Class.method". */
  counts: Record<string, number>;
  /** Modelled seconds of this job's calls (src/emulator/cost-model.ts; no CPU in a worker). */
  seconds: number;
}

/** The worker: plain JavaScript run with { eval: true }, so it needs no build step. */
const WORKER_SOURCE = String.raw`
const { workerData, parentPort, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');
const { port, flag: sab, code, filename, prelude, roots, name, argsJson } = workerData;
const flag = new Int32Array(sab);
function invoke(id, method, args) {
  port.postMessage({ id, method, args });
  Atomics.wait(flag, 0, 0);
  Atomics.store(flag, 0, 0);
  const m = receiveMessageOnPort(port);
  return m ? m.message : { e: 'Emulator: no answer from the host', n: 'Error' };
}
function toClient(value) {
  const text = JSON.stringify(value, function (k, v) {
    return Object.prototype.toString.call(this[k]) === '[object Date]' ? null : v;
  });
  return text === undefined ? null : JSON.parse(text);
}
try {
  const context = vm.createContext({});
  vm.runInContext(prelude, context)({ invoke, roots, now: () => Date.now() });
  new vm.Script(code, { filename }).runInContext(context);
  const fn = /^[A-Za-z_$][\w$]*$/.test(name)
    ? vm.runInContext('typeof ' + name + " === 'function' ? " + name + ' : undefined', context)
    : undefined;
  if (typeof fn !== 'function') throw new Error('Script function not found: ' + name);
  const args = vm.runInContext('JSON.parse', context)(argsJson);
  const value = toClient(fn.apply(undefined, args));
  parentPort.postMessage({ t: 'done', ok: true, value });
} catch (e) {
  const message = e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
  parentPort.postMessage({ t: 'done', ok: false, error: message });
}
`;

interface Request {
  id: number;
  method: string;
  args: unknown;
}

interface JobRun {
  index: number;
  job: ConcurrentJob;
  exec: ExecutionContext;
  port: MessagePort;
  flag: Int32Array;
  worker: Worker;
  state: 'running' | 'pending' | 'parked' | 'done';
  pending: Request | null;
  cancel: (() => void) | null;
  result: ConcurrentResult | null;
}

export function runConcurrent(
  rt: Runtime,
  bundlePath: string,
  jobs: ConcurrentJob[],
  options: ConcurrentOptions = {},
): Promise<ConcurrentResult[]> {
  const code = readFileSync(bundlePath, 'utf8');
  const schedule = options.schedule ?? 'free';
  const jitter = options.jitterMs ?? 0;
  const runs: JobRun[] = [];
  let turn = 0;

  return new Promise<ConcurrentResult[]>((resolve, reject) => {
    let finished = false;
    const timer = setTimeout(() => {
      finish(new Error(`concurrent: jobs still running after ${options.timeoutMs ?? 60_000} ms`));
    }, options.timeoutMs ?? 60_000);

    function finish(err?: Error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      for (const r of runs) {
        r.cancel?.();
        r.port.close();
        if (r.state !== 'done') void r.worker.terminate();
        rt.endExecution(r.exec);
      }
      if (err) reject(err);
      else resolve(runs.map((r) => r.result!));
    }

    function reply(run: JobRun, outcome: Outcome) {
      run.state = 'running';
      run.port.postMessage(outcome);
      Atomics.store(run.flag, 0, 1);
      Atomics.notify(run.flag, 0);
    }

    function serve(run: JobRun) {
      const req = run.pending!;
      run.pending = null;
      const r = dispatch(rt, run.exec, req.id, req.method, req.args);
      if (r instanceof Park) {
        run.state = 'parked';
        run.cancel = r.start((outcome) => {
          run.cancel = null;
          if (run.state === 'done' || finished) return;
          reply(run, outcome);
          pump();
        });
      } else {
        reply(run, r);
      }
    }

    /** Round-robin: serve one waiting job when no job is running between calls. */
    function pump() {
      if (schedule !== 'round-robin') return;
      // A served call that parks (lock wait, sleep) leaves nobody running: serve the next one.
      while (!finished && !runs.some((r) => r.state === 'running')) {
        const next = runs.map((_, k) => runs[(turn + k) % runs.length]!).find((r) => r.state === 'pending');
        if (!next) return;
        turn = (next.index + 1) % runs.length;
        serve(next);
      }
    }

    function onRequest(run: JobRun, req: Request) {
      run.pending = req;
      run.state = 'pending';
      if (schedule === 'round-robin') pump();
      else if (jitter > 0) setTimeout(() => !finished && serve(run), Math.random() * jitter);
      else serve(run);
    }

    function onDone(run: JobRun, msg: { ok: boolean; value?: unknown; error?: string }) {
      run.state = 'done';
      // Queued writes are committed and the cap checked as the execution ends; a stopped execution
      // fails with Google's message whatever the script did after the call that was refused.
      run.exec.meter.finish();
      const stopped = run.exec.meter.stopped;
      const ok = msg.ok && !stopped;
      run.result = {
        user: run.job.user,
        name: run.job.name,
        ok,
        ...(ok ? { value: msg.value } : { error: stopped ?? msg.error }),
        counts: { ...run.exec.counts },
        seconds: run.exec.meter.elapsedMs() / 1000,
      };
      // Locks still held are released when an execution ends.
      rt.locks.releaseAll(run.exec.id);
      if (runs.every((r) => r.state === 'done')) finish();
      else pump();
    }

    try {
      jobs.forEach((job, index) => {
        const email = job.user.toLowerCase();
        const exec = rt.newExecution({ active: email, effective: email }, 'worker', `run:${job.name}`);
        const { port1, port2 } = new MessageChannel();
        const sab = new SharedArrayBuffer(4);
        const argsJson = JSON.stringify(argsFromClient(job.args ?? []));
        const worker = new Worker(WORKER_SOURCE, {
          eval: true,
          workerData: {
            port: port2,
            flag: sab,
            code,
            filename: bundlePath,
            prelude: PRELUDE_SOURCE,
            roots: rootHandles(rt, exec),
            name: job.name,
            argsJson,
          },
          transferList: [port2],
        });
        const run: JobRun = {
          index,
          job,
          exec,
          port: port1,
          flag: new Int32Array(sab),
          worker,
          state: 'running',
          pending: null,
          cancel: null,
          result: null,
        };
        runs.push(run);
        port1.on('message', (req: Request) => onRequest(run, req));
        worker.on('message', (msg: { t: string; ok: boolean; value?: unknown; error?: string }) => {
          if (msg.t === 'done') onDone(run, msg);
        });
        worker.on('error', (e) => {
          if (run.state !== 'done') onDone(run, { ok: false, error: e.message });
        });
        worker.on('exit', (exitCode) => {
          // The 'done' message and 'exit' travel separately; under load 'exit' can be handled first,
          // so give a message already on its way a turn of the event loop before calling it lost.
          setImmediate(() => {
            if (run.state !== 'done')
              onDone(run, { ok: false, error: `worker exited without a result (exit code ${exitCode})` });
          });
        });
      });
    } catch (e) {
      finish(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
