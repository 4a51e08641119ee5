/**
 * Test and benchmark harness: runs the built Apps Script bundle (dist/Code.js) on the offline
 * emulator, as a chosen user, the way Google runs it.
 *
 *   import { createHarness } from '../../src/emulator/harness';
 *   const h = createHarness({ user: 'admin@majenekab.go.id', sheets: ['Data'] });
 *   h.runMenu('onOpen');                        // a menu click / simple trigger, as the current user
 *   h.setUser('operator@majenekab.go.id');      // '' = Google hides the identity
 *   const list = h.call('listInnovations', {}); // like google.script.run: args/result through JSON,
 *                                               // Dates in the result become null, errors throw
 *   h.spreadsheet.getSheetByName('Data')!.getRange('A1:C2').getValues(); // assertions (not counted)
 *   h.counts();                                 // { 'Range.getValues': 3, 'Sheet.getRange': 3, ... }
 *   h.measure(fn).seconds; h.lastExecution();   // modelled time (cost-model.ts), per-method breakdown
 *   createHarness({ limits: { executionSeconds: 20 } }); // smaller caps than Google's 6 min / 30 s
 *   h.ui.alerts / toasts / sidebars / dialogs / menus; h.ui.respond((req) => 'YES');
 *   h.mail; h.triggers; h.properties; h.logs
 *   await h.concurrent([{ user, name, args }, ...]);  // real threads, real LockService exclusion
 *   h.save('state.json'); const h2 = Harness.load('state.json');
 *
 * Executions: every call/runMenu/runTrigger is one execution in a NEW vm context, so the bundle's
 * top level runs again each time (as on Google) and no global survives between calls. Service
 * objects are stubs made inside that context (Arrays, Dates and Errors pass instanceof there).
 *
 * Deliberate differences from Google, all documented in src/emulator/README.md: formulas are stored
 * but not evaluated (getValues() returns '' for a formula cell; getFormulas() returns the formula);
 * Date's local-time methods use the process time zone, not the script's (use Utilities.formatDate);
 * Utilities.sleep and lock timeouts in single-threaded calls advance a virtual clock instead of
 * waiting.
 *
 * Lenient by default: every user has authorized the script with every scope and is an editor of
 * the file. A test asks for stricter: `authorization: 'strict'`, `authorize(email, { untick })`,
 * `revokeAuthorization(email)`, `share(email, 'viewer')`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assertAuthorized, authorize, needsConsent, revoke, setStrict } from './authorization';
import {
  type ConcurrentJob,
  type ConcurrentOptions,
  type ConcurrentResult,
  runConcurrent,
} from './concurrent';
import { CompiledBundle, runInline, toHostError } from './execute';
import { type ExecutionKind, identityFor } from './identity';
import { argsFromClient, resultToClient } from './json-safe';
import type { ExecutionRecord, Limits, MethodCost } from './limits';
import {
  type AuthMode,
  type ExecutionContext,
  type Identity,
  type MailRecord,
  Runtime,
  type UiAnswer,
  type UiLog,
  type UiRequest,
} from './runtime';
import { installServices } from './services';
import { assertMayRunScript, type FileRole, fileRole, isViewer, share } from './sharing';
import { TYPING_LABEL } from './spreadsheet/access';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { User } from './spreadsheet/user';
import {
  createState,
  deserializeState,
  type EmulatorState,
  serializeState,
  type TriggerState,
} from './state';

export interface HarnessOptions {
  /** The bundle to run; default dist/Code.js (from the current directory). */
  bundlePath?: string;
  /** The user of the first executions; default: the owner. */
  user?: string;
  /** Owner of the spreadsheet (always an editor of every protection); default owner@example.com. */
  owner?: string;
  /** Start from this state (it is used as is, not copied). */
  state?: EmulatorState;
  /** Clock of the scripts (`new Date()`, Date.now(), cache expiry, mail timestamps). */
  now?: () => Date;
  /** Spreadsheet time zone for a new state; default: appsscript.json's, else Asia/Makassar. */
  timeZone?: string;
  /** Spreadsheet locale for a new state; default en_US. */
  locale?: string;
  /** Tabs of a new state; default ['Sheet1'] as a new Google spreadsheet. */
  sheets?: string[];
  /** false: a standalone script (no active spreadsheet, getDocumentLock() returns null). */
  container?: boolean;
  /** MailApp daily recipients quota; default 100 (consumer accounts). */
  mailQuota?: number;
  /** Where HtmlService finds pages; default the bundle's folder. */
  htmlDir?: string;
  /**
   * 'lenient' (default): a user who never authorized counts as authorized with every scope;
   * 'strict': each user meets "Authorization is required" until `authorize(email)`.
   */
  authorization?: 'lenient' | 'strict';
  /**
   * Execution caps (default Google's: 360 s a run, 30 s a simple trigger, CPU counted). Tests set
   * smaller ones to reach the edge: { executionSeconds: 20 }.
   */
  limits?: Partial<Limits>;
}

/** `measure`'s result: calls by "Class.method" (enumerable, as before) plus the totals. */
export type Measured = Record<string, number> & {
  /** Every counted call. */
  readonly calls: number;
  /** Calls that move data or change the spreadsheet (handle getters and builders excluded). */
  readonly sheetsCalls: number;
  /** Session, Lock, Properties, Cache, mail, triggers and UI calls. */
  readonly otherCalls: number;
  /** Modelled seconds (service time, waiting and the script's CPU) of the executions. */
  readonly seconds: number;
};

/** `measureCost`'s result: the totals of `measure` and each execution's breakdown. */
export interface CostReport {
  calls: number;
  sheetsCalls: number;
  otherCalls: number;
  seconds: number;
  serviceSeconds: number;
  cpuSeconds: number;
  /** "Class.method" → calls and modelled seconds, over all the executions. */
  methods: Record<string, MethodCost>;
  executions: ExecutionRecord[];
}

export interface HarnessUi extends UiLog {
  /** Sets who answers alert() and prompt(): return a button name, or { button, text } for prompts. */
  respond(handler: (req: UiRequest) => UiAnswer): void;
}

interface Manifest {
  timeZone: string | null;
  oauthScopes: string[];
}

function readJson(file: string): { timeZone?: unknown; oauthScopes?: unknown } {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: unknown; oauthScopes?: unknown };
  } catch {
    return {};
  }
}

/**
 * appsscript.json next to the bundle. A bundle without one (a test fixture) gets the project's
 * scopes (the manifest in the current directory), but no time zone of its own.
 */
function readManifest(dir: string): Manifest {
  const own = readJson(path.join(dir, 'appsscript.json'));
  const scopes = Array.isArray(own.oauthScopes)
    ? own.oauthScopes
    : readJson(path.resolve('appsscript.json')).oauthScopes;
  return {
    timeZone: typeof own.timeZone === 'string' ? own.timeZone : null,
    oauthScopes: Array.isArray(scopes) ? scopes.filter((x): x is string => typeof x === 'string') : [],
  };
}

export class Harness {
  readonly runtime: Runtime;
  readonly bundlePath: string;
  private bundle: CompiledBundle | null = null;
  private identity: Identity;
  /** The emulated spreadsheet itself, for setup and assertions: not counted, acts as the owner. */
  readonly spreadsheet: Spreadsheet;
  /** Run before every execution; a Drive (drive.ts) evaluates IMPORTRANGE here. */
  beforeExecution: (() => void) | null = null;
  readonly ui: HarnessUi;

  constructor(options: HarnessOptions = {}) {
    this.bundlePath = path.resolve(options.bundlePath ?? 'dist/Code.js');
    const dir = options.htmlDir ?? path.dirname(this.bundlePath);
    const manifest = readManifest(path.dirname(this.bundlePath));
    const scriptTimeZone = manifest.timeZone ?? options.timeZone ?? 'Asia/Makassar';
    const state =
      options.state ??
      createState({
        owner: options.owner,
        timeZone: options.timeZone ?? scriptTimeZone,
        locale: options.locale,
        sheets: options.sheets,
      });
    if (options.owner && options.state) state.spreadsheet.owner = options.owner.toLowerCase();
    this.runtime = new Runtime(state, {
      htmlDir: dir,
      scriptTimeZone,
      container: options.container ?? true,
      now: options.now ?? (() => new Date()),
      mailQuota: options.mailQuota ?? 100,
      scriptId: 'emulated-script-1',
      limits: options.limits,
      oauthScopes: manifest.oauthScopes,
    });
    if (options.authorization) setStrict(this.runtime, options.authorization === 'strict');
    installServices(this.runtime);
    const user = (options.user ?? state.spreadsheet.owner).toLowerCase();
    this.identity = { active: user, effective: user };
    this.spreadsheet = new Spreadsheet(this.runtime);
    const rt = this.runtime;
    this.ui = Object.assign(rt.ui, {
      respond(handler: (req: UiRequest) => UiAnswer) {
        rt.responder = handler;
      },
    });
  }

  /** Loads a state saved with save() (also by an older version: see STATE_VERSION in state.ts). */
  static load(file: string, options: Omit<HarnessOptions, 'state'> = {}): Harness {
    return new Harness({ ...options, state: deserializeState(readFileSync(file, 'utf8'), file) });
  }

  get state(): EmulatorState {
    return this.runtime.state;
  }
  get mail(): MailRecord[] {
    return this.runtime.mail;
  }
  get logs(): string[] {
    return this.runtime.logs;
  }
  get triggers(): TriggerState[] {
    return this.runtime.state.triggers;
  }
  get properties(): EmulatorState['properties'] {
    return this.runtime.state.properties;
  }
  /** The current user's email ('' when hidden). */
  get user(): string {
    return this.identity.active;
  }

  /**
   * Acts as `email` from now on ('' = empty identity: Session returns '' and the user edits nothing
   * protected). `effective` differs only for executions that run as someone else.
   */
  setUser(email: string, opts: { effective?: string; hideActiveUser?: boolean } = {}): void {
    const e = email.toLowerCase();
    this.identity = { active: opts.hideActiveUser ? '' : e, effective: (opts.effective ?? e).toLowerCase() };
  }

  /** Makes `email` an editor of the spreadsheet file (what Protection.getEditors mirrors at first). */
  addFileEditor(email: string): void {
    this.spreadsheet.addEditor(email);
  }

  /** Shares the file with `email` as editor or viewer (a viewer gets no menu and edits nothing). */
  share(email: string, role: 'editor' | 'viewer'): void {
    share(this.runtime, email, role);
  }

  /** Owner, editor or viewer of the file (an email never shared counts as editor: lenient default). */
  fileRole(email: string = this.identity.account ?? this.identity.effective): FileRole {
    return fileRole(this.runtime, email);
  }

  /**
   * `email` passes the consent screen, leaving the `untick`ed scopes out (granular consent: calls
   * needing them throw Google's "You do not have permission to call …").
   */
  authorize(email: string = this.identity.effective, opts: { untick?: string[] } = {}): void {
    authorize(this.runtime, email, opts.untick ?? []);
  }

  /**
   * From now on a user counts as authorized only after `authorize` (as `authorization: 'strict'`);
   * users who ran the script before stay as they are only if `authorize`d.
   */
  requireAuthorization(): void {
    setStrict(this.runtime, true);
  }

  /** `email` removes the script from their connected apps: their next run asks for consent again. */
  revokeAuthorization(email: string): void {
    revoke(this.runtime, email);
  }

  /** Whether `email`'s next menu click or google.script.run call meets the consent screen first. */
  needsAuthorization(email: string = this.identity.account ?? this.identity.effective): boolean {
    return needsConsent(this.runtime, email);
  }

  /** The manifest's oauthScopes, as the consent screen lists them. */
  get oauthScopes(): readonly string[] {
    return this.runtime.options.oauthScopes;
  }

  /**
   * The current user types `text` into `a1` of `sheetName`, as a person in the grid: Sheets parses
   * it as typed input and enforces sharing and protections; a warning-only protection is recorded
   * in `ui.warnings` (Google asks the person to confirm) and does not block.
   */
  type(sheetName: string, a1: string, text: string): void {
    const rt = this.runtime;
    const exec = rt.newExecution(this.identity, 'inline', TYPING_LABEL);
    rt.current = exec;
    try {
      const sheet = this.spreadsheet.getSheetByName(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      sheet.getRange(a1).setValue(text);
    } catch (e) {
      throw toHostError(e);
    } finally {
      rt.endExecution(exec);
    }
  }

  /** Reads the bundle file again at the next execution (after a rebuild). */
  reloadBundle(): void {
    this.bundle = null;
  }

  private compiled(): CompiledBundle {
    this.bundle ??= CompiledBundle.fromFile(this.bundlePath);
    return this.bundle;
  }

  private execute(
    name: string,
    label: string,
    args: (decode: (v: unknown) => unknown, exec: ExecutionContext) => unknown[],
    authMode: AuthMode = 'FULL',
    kind: ExecutionKind = 'run',
    creator?: string,
  ): unknown {
    this.beforeExecution?.();
    const rt = this.runtime;
    const identity = identityFor(kind, this.identity, rt.owner, creator);
    const account = identity.account ?? identity.effective;
    // A viewer cannot run the bound script; a user who has not authorized it meets the consent
    // screen first (simple triggers need neither: they run without the user's authorization).
    if (kind === 'run') assertMayRunScript(rt, account);
    if (authMode === 'FULL')
      try {
        assertAuthorized(rt, account);
      } catch (e) {
        throw toHostError(e);
      }
    const exec = rt.newExecution(identity, 'inline', label, authMode);
    try {
      return runInline(this.runtime, exec, this.compiled(), name, (run) => args(run.decode, exec));
    } catch (e) {
      throw toHostError(e);
    }
  }

  /**
   * Calls a server function as google.script.run does: arguments must be JSON-safe (a Date fails),
   * the result comes back through JSON with Dates as null, a thrown error rethrows here with the
   * server's message. Private functions (name_) are not callable, as on Google.
   */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
    const json = argsFromClient(args);
    const result = this.execute(name, `run:${name}`, (decode) => decode(json) as unknown[]);
    return resultToClient(result) as T;
  }

  /** Runs a function as a menu item click by the current user (no arguments); returns its result as JSON. */
  runMenu<T = unknown>(functionName: string): T {
    return resultToClient(this.execute(functionName, `menu:${functionName}`, () => [])) as T;
  }

  /**
   * Runs a simple trigger (onOpen, onEdit, onInstall) with an event object, in AuthMode.LIMITED
   * (MailApp and ScriptApp refuse, as on Google).
   */
  runTrigger<T = unknown>(functionName: string, event: Record<string, unknown> = {}): T {
    const rt = this.runtime;
    // Simple triggers do not run for a file opened read-only (guides/triggers#restrictions).
    if (isViewer(rt, this.identity.account ?? this.identity.effective)) return undefined as T;
    const active = identityFor('simple', this.identity, rt.owner).active;
    const result = this.execute(
      functionName,
      `simple:${functionName}`,
      (decode, exec) => {
        const handles = exec.handles;
        return [
          decode({
            authMode: 'LIMITED',
            source: handles.encode(new Spreadsheet(rt)),
            user: handles.encode(new User(active)),
            triggerUid: '',
            ...event,
          }),
        ];
      },
      'LIMITED',
      'simple',
    );
    return resultToClient(result) as T;
  }

  /**
   * Runs an installed time-driven trigger as its creator, whoever the harness's current user is
   * (no UI; getUi() throws). A creator who revoked the authorization makes it fail with
   * "Authorization is required to perform that action."
   */
  runTimeTrigger<T = unknown>(trigger: TriggerState | string): T {
    const t = typeof trigger === 'string' ? this.triggers.find((x) => x.id === trigger) : trigger;
    if (!t) throw new Error(`no trigger ${String(trigger)}`);
    return resultToClient(
      this.execute(
        t.handler,
        'trigger:CLOCK',
        (decode) => [decode({ authMode: 'FULL', triggerUid: t.id })],
        'FULL',
        'clock',
        t.owner,
      ),
    ) as T;
  }

  /** Service calls by "Class.method" since the last reset (all executions, workers included). */
  counts(): Record<string, number> {
    return { ...this.runtime.counts };
  }
  resetCounts(): void {
    this.runtime.resetCounts();
  }
  /**
   * Counts of the service calls made while `fn` runs, by "Class.method"; the totals `calls`,
   * `sheetsCalls`, `otherCalls` and modelled `seconds` are there too, not enumerable, so code that
   * sums or lists the counts sees what it saw before.
   */
  measure(fn: () => void): Measured {
    const before = this.counts();
    const cost = this.measureCost(fn);
    const out: Record<string, number> = {};
    for (const [k, n] of Object.entries(this.runtime.counts)) {
      const d = n - (before[k] ?? 0);
      if (d) out[k] = d;
    }
    for (const key of ['calls', 'sheetsCalls', 'otherCalls', 'seconds'] as const)
      Object.defineProperty(out, key, { value: cost[key], enumerable: false });
    return out as Measured;
  }

  /** The modelled cost of the executions `fn` runs (their calls, seconds and breakdown). */
  measureCost(fn: () => void): CostReport {
    const lastId = this.runtime.executions.at(-1)?.id ?? 0;
    fn();
    const executions = this.runtime.executions.filter((e) => e.id > lastId);
    return costReport(executions);
  }

  /** Finished executions, oldest first (the most recent 2,000), each with its modelled time. */
  get executions(): readonly ExecutionRecord[] {
    return this.runtime.executions;
  }
  /** The execution that finished last. */
  lastExecution(): ExecutionRecord | undefined {
    return this.runtime.executions.at(-1);
  }
  /** Total service calls since the last reset. */
  totalCalls(): number {
    return Object.values(this.runtime.counts).reduce((a, b) => a + b, 0);
  }

  /** Makes a lock ('document', 'script') look held by another execution until the returned release. */
  holdLock(scope: 'document' | 'script'): () => void {
    return this.runtime.locks.hold(scope, -1);
  }

  /**
   * Runs jobs in worker threads at the same time; see ConcurrentOptions for the scheduling. A job
   * of a viewer or of a user who has not authorized the script fails without running, as a call
   * of theirs does.
   */
  async concurrent(jobs: ConcurrentJob[], options: ConcurrentOptions = {}): Promise<ConcurrentResult[]> {
    const refusals = jobs.map((job) => this.refusal(job.user));
    const runnable = jobs.filter((_, i) => refusals[i] === null);
    const results = runnable.length
      ? await runConcurrent(this.runtime, this.bundlePath, runnable, options)
      : [];
    let next = 0;
    return jobs.map((job, i) => {
      const error = refusals[i];
      if (error === null || error === undefined) return results[next++]!;
      return { user: job.user, name: job.name, ok: false, error, counts: {}, seconds: 0 };
    });
  }

  /** Why a google.script.run call of `email` would not run at all, or null. */
  private refusal(email: string): string | null {
    try {
      assertMayRunScript(this.runtime, email);
      assertAuthorized(this.runtime, email);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  save(file: string): void {
    writeFileSync(file, serializeState(this.runtime.state, true));
  }

  /** Writes the spreadsheet as .xlsx (values, number formats, frozen panes, protections noted). */
  async exportXlsx(file: string): Promise<void> {
    const { exportXlsx } = await import('./xlsx');
    await exportXlsx(this.runtime.state, file);
  }
}

/** Totals and per-method breakdown of some executions. */
export function costReport(executions: ExecutionRecord[]): CostReport {
  const methods: Record<string, MethodCost> = {};
  const sum = (f: (e: ExecutionRecord) => number) => executions.reduce((a, e) => a + f(e), 0);
  for (const e of executions)
    for (const [k, m] of Object.entries(e.methods)) {
      const t = methods[k] ?? { calls: 0, seconds: 0 };
      t.calls += m.calls;
      t.seconds += m.seconds;
      methods[k] = t;
    }
  return {
    calls: sum((e) => e.calls),
    sheetsCalls: sum((e) => e.sheetsCalls),
    otherCalls: sum((e) => e.otherCalls),
    seconds: sum((e) => e.seconds),
    serviceSeconds: sum((e) => e.serviceSeconds),
    cpuSeconds: sum((e) => e.cpuSeconds),
    methods,
    executions,
  };
}

export function createHarness(options: HarnessOptions = {}): Harness {
  return new Harness(options);
}
