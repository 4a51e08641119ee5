// One preview session: the real dist/Code.js running on the emulator's harness, the person's
// chosen identity, and what each execution showed (toasts, alerts, prompts, sidebars, dialogs).
//
// A menu item runs synchronously in this process, so an alert that asks a question or a prompt
// cannot wait for a click in the browser. Instead the execution runs with the answers known so
// far; when it reaches a question nobody answered yet, its changes are rolled back, the question
// goes to the page, and the execution runs again from the start with one more answer. The script
// sees exactly the answers the person gave, in order, as on Google.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHarness, Harness } from '../emulator/harness';
import type { UiAnswer } from '../emulator/runtime';
import {
  GAS_RUN_PATH,
  GOOGLE_SCRIPT_RUN_CLIENT,
  handleScriptRun,
  type ScriptRunEnvelope,
} from '../emulator/script-run';
import { NO_ACCESS } from '../emulator/sharing';
import { TYPING_LABEL } from '../emulator/spreadsheet/access';
import { Spreadsheet } from '../emulator/spreadsheet/spreadsheet';
import { deserializeState, type EmulatorState, serializeState } from '../emulator/state';
import { PREVIEW } from '../shared/messages/preview';
import { buttonsOf, emptyEffects, menuFunctions, menuViews, mutated, needsAnswer } from './execution';
import type {
  AlertView,
  AnswerView,
  ChangeEvent,
  ConsentView,
  EditResponse,
  EffectsView,
  HtmlPanelView,
  MenuView,
  QuestionView,
  RunResponse,
  SheetView,
  StateView,
} from './protocol';
import { isViewerOf, mayEdit, sheetView, tabsOf } from './snapshot';
import { leadershipEmails, OPDS_TAB, USERS_TAB, userOptions } from './users';

export interface SessionOptions {
  statePath: string;
  /** Discard the saved state and seed the demo again. */
  reset?: boolean;
  /** Default: dist/Code.js of this checkout. */
  bundlePath?: string;
  /** Fills a new spreadsheet; default: the Majene demo. Receives the harness, returns a summary line. */
  seed?: (harness: Harness) => string;
  /** Console lines (seeding, loading). */
  log?: (line: string) => void;
  /** Identity the session starts with; default: the spreadsheet owner. */
  user?: string;
  /** A new state is the provincial demo (six regencies rolled up), not the Majene register. */
  province?: boolean;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// The emulator's client leaves google.script.host.close() as a flag; in the preview the sidebar or
// dialog lives in a frame of the page, so closing must tell the page.
const HOST_BRIDGE = `(function () {
  var host = window.google && window.google.script && window.google.script.host;
  if (!host) return;
  function tell(type) { try { window.parent.postMessage({ type: type }, '*'); } catch (e) {} }
  var close = host.close;
  host.close = function () { close.call(host); tell('gas-host-close'); };
  host.editor.focus = function () { tell('gas-host-focus'); };
})();`;

/** What an execution may change outside the spreadsheet state, cheap to note and to undo. */
interface Checkpoint {
  counts: Record<string, number>;
  mail: number;
  mailSentToday: number;
  logs: number;
  clock: number;
}

export class PreviewSession {
  readonly bridgePath = GAS_RUN_PATH;
  private readonly harness: Harness;
  private menus: MenuView[] = [];
  private version = 1;
  private readonly panels = new Map<string, { html: string; view: HtmlPanelView }>();
  private nextPanel = 1;
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  private dirty = false;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    harness: Harness,
    readonly statePath: string,
    private readonly bundleDir: string | null = null,
  ) {
    this.harness = harness;
  }

  get state(): EmulatorState {
    return this.harness.state;
  }

  get user(): string {
    return this.harness.user;
  }

  /** The harness itself, for tests that check what the bundle wrote. */
  get engine(): Harness {
    return this.harness;
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After an execution: saves and tells the pages when the spreadsheet changed or showed something. */
  private changed(didMutate: boolean, effects: EffectsView | null): void {
    if (didMutate) {
      this.version++;
      this.dirty = true;
      this.schedulePersist();
    }
    if (!didMutate && !effects) return;
    const event: ChangeEvent = { version: this.version, effects, user: this.user };
    for (const l of this.listeners) l(event);
  }

  // Serialising a large state takes a while, so the file is written just after the response has
  // gone out, and a burst of saves is written once.
  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => this.persist(), 100);
  }

  /** Writes the state file now if it is behind (atomically: never half a file). */
  persist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const tmp = `${this.statePath}.tmp`;
    writeFileSync(tmp, serializeState(this.state));
    renameSync(tmp, this.statePath);
    this.dirty = false;
  }

  private flush(): void {
    if (this.dirty) this.persist();
  }

  stateView(): StateView {
    const ss = this.state.spreadsheet;
    const tabs = tabsOf(this.state);
    const active = ss.sheets.find((s) => s.id === ss.activeSheetId)?.name ?? tabs[0]?.name ?? null;
    return {
      title: ss.name,
      version: this.version,
      user: this.user,
      users: userOptions(this.tabValues(USERS_TAB), this.tabValues(OPDS_TAB), (e) =>
        this.harness.fileRole(e),
      ),
      menus: this.menus,
      tabs,
      activeTab: active,
      statePath: this.statePath,
      timeZone: ss.timeZone,
      fileRole: this.harness.fileRole(this.user),
      consent: this.consentView(),
    };
  }

  /** The consent screen the current user still has to pass, or null once they authorized. */
  private consentView(): ConsentView | null {
    if (!this.harness.needsAuthorization(this.user)) return null;
    return {
      email: this.user,
      scopes: this.harness.oauthScopes.map((scope) => ({
        scope,
        description: PREVIEW.scopes[scope] ?? scope,
      })),
    };
  }

  /**
   * The current user passes the consent screen, leaving the `untick`ed scopes out (granular
   * consent: the calls that need them then fail, as on Google).
   */
  authorize(untick: string[]): StateView {
    const known = new Set(this.harness.oauthScopes);
    this.harness.authorize(this.user, { untick: untick.filter((s) => known.has(s)) });
    this.changed(true, null);
    return this.stateView();
  }

  /**
   * Day one as on Google, for a state that predates it: every user but the owner (who set the
   * spreadsheet up) still has to authorize the script, and the leadership (pimpinan in Pengguna)
   * only views the file.
   */
  prepareDayOne(): void {
    const h = this.harness;
    if (h.state.authorization) return;
    h.requireAuthorization();
    h.authorize(h.state.spreadsheet.owner);
    const ss = h.state.spreadsheet;
    for (const email of leadershipEmails(this.tabValues(USERS_TAB), this.tabValues(OPDS_TAB)))
      if (email !== ss.owner && !ss.editors.includes(email)) h.share(email, 'viewer');
    this.dirty = true;
  }

  sheetView(name: string): SheetView | null {
    return sheetView(this.state, name, this.user, this.version);
  }

  downloadName(): string {
    const base = this.state.spreadsheet.name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'inovasi-daerah';
    return `${base}.xlsx`;
  }

  private tabValues(name: string): unknown[][] {
    const sheet = this.state.spreadsheet.sheets.find((s) => s.name === name);
    if (!sheet) return [];
    return sheet.cells.map((row) => (row ?? []).map((c) => c?.v ?? ''));
  }

  /** Opens the spreadsheet as `email`: onOpen runs again and builds that person's menu. */
  switchUser(email: string): StateView {
    this.harness.setUser(email);
    this.openSpreadsheet();
    const event: ChangeEvent = { version: this.version, effects: null, user: this.user };
    for (const l of this.listeners) l(event);
    return this.stateView();
  }

  /** Runs onOpen as a simple trigger, as Google does when the spreadsheet is opened. */
  openSpreadsheet(): void {
    const ui = this.harness.ui;
    ui.menus.length = 0;
    try {
      this.harness.runTrigger('onOpen');
    } catch (e) {
      this.harness.logs.push(`onOpen: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.menus = menuViews(ui.menus);
    ui.menus.length = 0;
  }

  /**
   * Runs one menu item with the answers the person gave so far. Returns the next question (and the
   * OK-only alerts shown before it) with nothing changed, or the effects of the finished execution.
   */
  runMenu(functionName: string, answers: AnswerView[]): RunResponse {
    if (!menuFunctions(this.menus).has(functionName)) {
      const effects = emptyEffects();
      effects.error = `Script function not found: ${functionName}`;
      return { status: 'done', effects, version: this.version };
    }
    // Google shows the consent screen before a user's first run; nothing runs until they allow it.
    const consent = this.consentView();
    if (consent) return { status: 'consent', consent, effects: emptyEffects(), version: this.version };
    // The state file is the state before this execution: the rollback, if one is needed.
    this.flush();
    const snapshot = this.checkpoint();
    const queue = [...answers];
    let asked = 0;
    const pending: { question: QuestionView | null } = { question: null };
    const alertGroups: AlertView[][] = [[]];
    this.harness.ui.respond((req): UiAnswer => {
      if (pending.question) return req.kind === 'prompt' ? { button: 'CANCEL', text: '' } : 'CANCEL';
      if (!needsAnswer(req)) {
        alertGroups[asked]?.push({ title: req.title, message: req.message });
        return 'OK';
      }
      const answer = queue.shift();
      if (!answer) {
        pending.question = {
          kind: req.kind,
          title: req.title,
          message: req.message,
          buttons: buttonsOf(req),
        };
        return req.kind === 'prompt' ? { button: 'CANCEL', text: '' } : 'CANCEL';
      }
      asked++;
      alertGroups.push([]);
      return req.kind === 'prompt' ? { button: answer.button, text: answer.text ?? '' } : answer.button;
    });
    const effects = this.execute(() => this.harness.runMenu(functionName));
    const didMutate = mutated(snapshot.counts, this.harness.counts());
    if (pending.question) {
      // Roll back: the execution runs again from the start once the person answers.
      this.restore(snapshot, didMutate);
      const before = emptyEffects();
      before.alerts = alertGroups[asked] ?? [];
      return { status: 'question', question: pending.question, effects: before, version: this.version };
    }
    effects.alerts = alertGroups[asked] ?? [];
    this.changed(didMutate, null);
    return { status: 'done', effects, version: this.version };
  }

  /** Everything an execution can change, so that an interrupted one can be undone. */
  private checkpoint(): Checkpoint {
    const rt = this.harness.runtime;
    return {
      counts: this.harness.counts(),
      mail: rt.mail.length,
      mailSentToday: rt.mailSentToday,
      logs: rt.logs.length,
      clock: rt.clockOffsetMs,
    };
  }

  private restore(c: Checkpoint, reloadState: boolean): void {
    const rt = this.harness.runtime;
    if (reloadState) rt.state = deserializeState(readFileSync(this.statePath, 'utf8'));
    rt.mail.length = c.mail;
    rt.mailSentToday = c.mailSentToday;
    rt.logs.length = c.logs;
    rt.clockOffsetMs = c.clock;
  }

  /** Runs `fn` as one execution and collects what it showed. */
  private execute(fn: () => void): EffectsView {
    const ui = this.harness.ui;
    ui.toasts.length = 0;
    ui.sidebars.length = 0;
    ui.dialogs.length = 0;
    ui.alerts.length = 0;
    ui.warnings.length = 0;
    const effects = emptyEffects();
    try {
      fn();
    } catch (e) {
      effects.error = e instanceof Error ? e.message : String(e);
    }
    effects.toasts = ui.toasts.map((t) => ({
      title: t.title,
      message: t.message,
      timeoutSeconds: t.timeoutSeconds,
    }));
    const sidebar = ui.sidebars.at(-1);
    if (sidebar) effects.sidebar = this.registerPanel(sidebar.html, sidebar.title, 300, 0);
    const dialog = ui.dialogs.at(-1);
    if (dialog) effects.dialog = this.registerPanel(dialog.html, dialog.title, dialog.width, dialog.height);
    ui.toasts.length = 0;
    ui.sidebars.length = 0;
    ui.dialogs.length = 0;
    ui.alerts.length = 0;
    return effects;
  }

  private registerPanel(html: string, title: string, width: number, height: number): HtmlPanelView {
    const id = `p${this.nextPanel++}`;
    const view: HtmlPanelView = { id, title, width, height };
    this.panels.set(id, { html, view });
    // Old panels are dropped: a reloaded page opens its sidebar again from the menu.
    for (const key of [...this.panels.keys()].slice(0, -20)) this.panels.delete(key);
    return view;
  }

  /** The HTML of a sidebar or dialog, with google.script.run bridged to this server. */
  panelHtml(id: string): string | null {
    const panel = this.panels.get(id);
    if (!panel) return null;
    const script = `<script>${GOOGLE_SCRIPT_RUN_CLIENT}</script><script>${HOST_BRIDGE}</script>`;
    const html = panel.html;
    const head = /<head[^>]*>/i.exec(html);
    if (head)
      return html.slice(0, head.index + head[0].length) + script + html.slice(head.index + head[0].length);
    return script + html;
  }

  /** google.script.run from a sidebar or dialog: one execution as the current user. */
  async bridgeCall(body: unknown): Promise<ScriptRunEnvelope> {
    const request = body as { name?: unknown; args?: unknown };
    if (typeof request?.name !== 'string' || !Array.isArray(request.args)) {
      return { ok: false, error: 'bad request' };
    }
    const name = request.name;
    const args = JSON.stringify(request.args);
    // Questions asked from a google.script.run call have no one to answer them here; they are
    // answered "close", as if the person dismissed them.
    this.harness.ui.respond((req) => (req.kind === 'prompt' ? { button: 'CLOSE', text: '' } : 'CLOSE'));
    const before = this.harness.counts();
    const outcome: { envelope: string } = { envelope: '' };
    const effects = this.execute(() => {
      outcome.envelope = handleScriptRun(this.harness, name, args);
    });
    const visible =
      effects.toasts.length || effects.sidebar || effects.dialog || effects.alerts.length ? effects : null;
    this.changed(mutated(before, this.harness.counts()), visible);
    return JSON.parse(outcome.envelope) as ScriptRunEnvelope;
  }

  /**
   * The person typed `text` into a cell. Sheets parses it as typed input in the spreadsheet's
   * locale and enforces protections and data validation against the person's own rights.
   */
  editCell(sheetName: string, row: number, column: number, text: string, confirmed: boolean): EditResponse {
    const rt = this.harness.runtime;
    const sheetState = this.state.spreadsheet.sheets.find((s) => s.name === sheetName);
    if (!sheetState) return { ok: false, message: sheetName, confirm: null, version: this.version };
    if (isViewerOf(this.state, this.user))
      return { ok: false, message: PREVIEW.viewerEdit, confirm: null, version: this.version };
    const cell = { r1: row + 1, c1: column + 1, r2: row + 1, c2: column + 1 };
    const warning = this.state.spreadsheet.protections.find(
      (p) =>
        p.sheetId === sheetState.id &&
        p.warningOnly &&
        !mayEdit(this.state, p, this.user) &&
        (p.range
          ? p.range.r1 <= cell.r1 && cell.r1 <= p.range.r2 && p.range.c1 <= cell.c1 && cell.c1 <= p.range.c2
          : true),
    );
    if (warning && !confirmed)
      return { ok: false, message: null, confirm: PREVIEW.warningEdit, version: this.version };
    const exec = rt.newExecution({ active: this.user, effective: this.user }, 'inline', TYPING_LABEL);
    rt.current = exec;
    try {
      new Spreadsheet(rt)
        .getSheetByName(sheetName)
        ?.getRange(row + 1, column + 1)
        .setValue(text);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const isProtection = /protected cell|dilindungi/i.test(message);
      return {
        ok: false,
        message: isProtection ? PREVIEW.protectedEdit : message === NO_ACCESS ? PREVIEW.viewerEdit : message,
        confirm: null,
        version: this.version,
      };
    } finally {
      rt.endExecution(exec);
    }
    // Host-side writes are not counted as script calls: a successful edit always changed the cell.
    this.changed(true, null);
    return { ok: true, message: null, confirm: null, version: this.version };
  }

  async exportXlsx(): Promise<Buffer> {
    const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-xlsx-'));
    const file = path.join(dir, 'export.xlsx');
    try {
      await this.harness.exportXlsx(file);
      return readFileSync(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.flush();
    if (this.bundleDir) rmSync(this.bundleDir, { recursive: true, force: true });
  }
}

/**
 * A private copy of the build (Code.js, the HTML pages, the manifest): a rebuild while the preview
 * runs cannot leave it between two versions, as clasp push would not either.
 */
function copyBundle(bundlePath: string): { dir: string; bundle: string } {
  const from = path.dirname(bundlePath);
  const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-preview-'));
  for (const f of readdirSync(from)) {
    if (f.endsWith('.html') || f === 'appsscript.json' || f === path.basename(bundlePath)) {
      copyFileSync(path.join(from, f), path.join(dir, f));
    }
  }
  return { dir, bundle: path.join(dir, path.basename(bundlePath)) };
}

/** Loads the saved state, or creates and seeds a new spreadsheet (first start or --reset). */
export async function openSession(options: SessionOptions): Promise<PreviewSession> {
  const log = options.log ?? (() => {});
  const built = options.bundlePath ?? path.join(ROOT, 'dist', 'Code.js');
  if (!existsSync(built)) throw new Error(PREVIEW.consoleNoBundle);
  const { dir, bundle: bundlePath } = copyBundle(built);
  const statePath = path.resolve(options.statePath);
  try {
    let harness: Harness;
    let seeded = false;
    if (!options.reset && existsSync(statePath)) {
      harness = Harness.load(statePath, { bundlePath });
      log(PREVIEW.consoleLoaded(options.statePath));
    } else if (options.province) {
      const { seedProvinceDemo } = await import('./demo/province');
      const demo = seedProvinceDemo(bundlePath);
      harness = demo.harness;
      log(demo.line);
      seeded = true;
    } else {
      const { seedDemo, DEMO_OWNER } = await import('./demo/seed');
      harness = createHarness({
        bundlePath,
        owner: DEMO_OWNER,
        user: DEMO_OWNER,
        locale: 'id_ID',
        timeZone: 'Asia/Makassar',
      });
      harness.state.spreadsheet.name = 'Inovasi Daerah Kabupaten Majene (contoh)';
      log((options.seed ?? seedDemo)(harness));
      seeded = true;
    }
    harness.setUser(options.user ?? harness.state.spreadsheet.owner);
    const session = new PreviewSession(harness, statePath, dir);
    session.prepareDayOne();
    session.openSpreadsheet();
    if (seeded) session.persist();
    return session;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
