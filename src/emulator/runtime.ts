// The emulator's host side: one state, the identity of the execution now calling, service-call
// counts, what the UI and MailApp recorded, locks, cache and the clock. Service objects read all of
// this through the Runtime they were made with.
import { GasError, type GasObject, HandleTable, Park } from './bridge';
import { GAS_ERRORS } from './errors';
import { ExecutionMeter, type ExecutionRecord, GOOGLE_LIMITS, type Limits } from './limits';
import type { EmulatorState } from './state';

export interface Identity {
  /** Session.getActiveUser(); '' when Google hides it. */
  active: string;
  /** Session.getEffectiveUser(): whose rights the script uses (protections are checked against it). */
  effective: string;
  /**
   * The account whose rights apply when Google hides its email from the script (a simple trigger
   * of a user who is not the owner: identity.ts); default `effective`.
   */
  account?: string;
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ExecutionContext {
  id: number;
  identity: Identity;
  /** 'inline' executions run in this thread and cannot wait; 'worker' ones can block on a lock. */
  mode: 'inline' | 'worker';
  authMode: AuthMode;
  handles: HandleTable;
  counts: Record<string, number>;
  label: string;
  /** Modelled time of this execution (cost-model.ts) and its cap (limits.ts). */
  meter: ExecutionMeter;
  ended?: boolean;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface UiRequest {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  /** "OK", "OK_CANCEL", "YES_NO" or "YES_NO_CANCEL". */
  buttons: string;
}

/** An answer to an alert (a button name) or a prompt (a button and the text typed). */
export type UiAnswer = string | { button: string; text?: string };

export interface UiLog {
  menus: MenuRecord[];
  alerts: (UiRequest & { answer: UiAnswer; user: string })[];
  toasts: { message: string; title: string; timeoutSeconds: number; user: string }[];
  sidebars: { title: string; html: string; file: string | null; user: string }[];
  dialogs: {
    title: string;
    html: string;
    file: string | null;
    width: number;
    height: number;
    modal: boolean;
    user: string;
  }[];
  /** Warning-only protections a person typed through (Google warns them; scripts pass silently). */
  warnings: { a1: string; user: string }[];
}

export interface MailRecord {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: number;
  from: string;
  at: Date;
}

export interface RuntimeOptions {
  /** Where createHtmlOutputFromFile finds "Name" as Name.html (the build's dist folder). */
  htmlDir: string;
  scriptTimeZone: string;
  /** false: a standalone script (getDocumentLock() returns null, no active spreadsheet). */
  container: boolean;
  now: () => Date;
  mailQuota: number;
  scriptId: string;
  /** Google's caps unless a test sets smaller ones. */
  limits?: Partial<Limits>;
  /** appsscript.json's oauthScopes: what each user is asked to grant (authorization.ts). */
  oauthScopes: string[];
}

type LockScope = string;

interface Waiter {
  exec: ExecutionContext;
  grant: () => void;
}

/** Document, script and user locks with FIFO hand-over between executions. */
export class LockManager {
  private readonly holders = new Map<LockScope, number>();
  private readonly waiters = new Map<LockScope, Waiter[]>();

  holder(scope: LockScope): number | undefined {
    return this.holders.get(scope);
  }

  tryAcquire(scope: LockScope, execId: number): boolean {
    const h = this.holders.get(scope);
    if (h === undefined || h === execId) {
      this.holders.set(scope, execId);
      return true;
    }
    return false;
  }

  /** Acquires now or parks until granted or the timeout passes (workers only). */
  acquire(
    scope: LockScope,
    exec: ExecutionContext,
    timeoutMs: number,
    onTimeout: () => { v: unknown } | { e: string; n: string },
    advance: (ms: number) => void,
  ): true | Park {
    if (this.tryAcquire(scope, exec.id)) return true;
    return new Park(
      (settle) => {
        const queue = this.waiters.get(scope) ?? [];
        this.waiters.set(scope, queue);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const waiter: Waiter = {
          exec,
          grant: () => {
            if (timer) clearTimeout(timer);
            settle({ v: true });
          },
        };
        queue.push(waiter);
        timer = setTimeout(
          () => {
            const i = queue.indexOf(waiter);
            if (i >= 0) queue.splice(i, 1);
            settle(onTimeout());
          },
          Math.max(0, timeoutMs),
        );
        return () => {
          if (timer) clearTimeout(timer);
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
        };
      },
      () => {
        advance(timeoutMs);
        return onTimeout();
      },
    );
  }

  release(scope: LockScope, execId: number): void {
    if (this.holders.get(scope) !== execId) return;
    this.holders.delete(scope);
    const next = this.waiters.get(scope)?.shift();
    if (next) {
      this.holders.set(scope, next.exec.id);
      next.grant();
    }
  }

  releaseAll(execId: number): void {
    for (const [scope, h] of [...this.holders]) if (h === execId) this.release(scope, execId);
  }

  /** Makes `scope` look held by another execution (tests of lock contention without threads). */
  hold(scope: LockScope, fakeExecId: number): () => void {
    this.holders.set(scope, fakeExecId);
    return () => this.release(scope, fakeExecId);
  }
}

/** Execution records kept (a long test run makes thousands). */
const MAX_RECORDS = 2000;

interface CacheEntry {
  value: string;
  expires: number;
}

export class Runtime {
  current: ExecutionContext | null = null;
  readonly counts: Record<string, number> = {};
  readonly ui: UiLog = { menus: [], alerts: [], toasts: [], sidebars: [], dialogs: [], warnings: [] };
  readonly mail: MailRecord[] = [];
  readonly logs: string[] = [];
  readonly locks = new LockManager();
  readonly caches = new Map<string, Map<string, CacheEntry>>();
  responder: (req: UiRequest) => UiAnswer = (req) =>
    req.kind === 'prompt' ? { button: 'OK', text: '' } : 'OK';
  /** Time Utilities.sleep has skipped in in-process executions. */
  clockOffsetMs = 0;
  mailSentToday = 0;
  /** Finished executions, oldest first (the last MAX_RECORDS), with their modelled time. */
  readonly executions: ExecutionRecord[] = [];
  readonly limits: Limits;
  private nextExecId = 1;
  /** The identity host-side calls (not from a script) act as: the owner. */
  private readonly roots = new Map<string, GasObject>();

  constructor(
    public state: EmulatorState,
    readonly options: RuntimeOptions,
  ) {
    this.limits = { ...GOOGLE_LIMITS, ...options.limits };
  }

  now(): Date {
    return new Date(this.options.now().getTime() + this.clockOffsetMs);
  }

  advanceClock(ms: number): void {
    if (ms > 0) this.clockOffsetMs += ms;
  }

  get owner(): string {
    return this.state.spreadsheet.owner;
  }

  identity(): Identity {
    return this.current?.identity ?? { active: this.owner, effective: this.owner };
  }

  /** The user whose rights apply now: the effective user of the calling script, or the owner. */
  actingUser(): string {
    const id = this.identity();
    return (id.account ?? id.effective).toLowerCase();
  }

  newExecution(
    identity: Identity,
    mode: ExecutionContext['mode'],
    label: string,
    authMode: AuthMode = 'FULL',
  ): ExecutionContext {
    // Simple triggers (and custom functions) run in LIMITED/NONE/CUSTOM_FUNCTION and stop at 30 s.
    const capSeconds = authMode === 'FULL' ? this.limits.executionSeconds : this.limits.simpleTriggerSeconds;
    const inline = mode === 'inline';
    return {
      meter: new ExecutionMeter(capSeconds * 1000, this.limits.countCpu && inline, (ms) => {
        if (inline) this.advanceClock(ms);
      }),
      id: this.nextExecId++,
      identity: {
        active: identity.active.toLowerCase(),
        effective: identity.effective.toLowerCase(),
        ...(identity.account === undefined ? {} : { account: identity.account.toLowerCase() }),
      },
      mode,
      authMode,
      handles: new HandleTable(),
      counts: {},
      label,
    };
  }

  endExecution(exec: ExecutionContext): void {
    if (!exec.ended) {
      exec.ended = true;
      exec.meter.finish();
      this.executions.push(exec.meter.record(exec.id, exec.label, exec.identity.active));
      if (this.executions.length > MAX_RECORDS)
        this.executions.splice(0, this.executions.length - MAX_RECORDS);
    }
    this.locks.releaseAll(exec.id);
    exec.handles.clear();
    if (this.current === exec) this.current = null;
  }

  count(key: string, exec: ExecutionContext | null): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
    if (exec) exec.counts[key] = (exec.counts[key] ?? 0) + 1;
  }

  resetCounts(): void {
    for (const k of Object.keys(this.counts)) delete this.counts[k];
  }

  registerRoot(name: string, obj: GasObject): void {
    this.roots.set(name, obj);
  }

  rootEntries(): [string, GasObject][] {
    return [...this.roots];
  }

  root<T extends GasObject>(name: string): T {
    const r = this.roots.get(name);
    if (!r) throw new Error(`no service ${name}`);
    return r as T;
  }

  lockTimeoutError(): { e: string; n: string } {
    return { e: GAS_ERRORS.lockTimeout, n: 'Exception' };
  }

  fail(message: string): never {
    throw new GasError(message);
  }
}
