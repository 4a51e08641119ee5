// Shared by the browser tests: Debian's Chromium through playwright-core, the preview server
// started in this process on a free port with a throw-away state file, and the moves a person
// makes in the page (switch user, pick a menu item, use the sidebar, read a tab).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { type RunningPreview, startPreview } from '../../src/preview/server';
import { MENU } from '../../src/shared/messages/server';

export const CHROMIUM = '/usr/bin/chromium';
export const OUTPUT_DIR = path.resolve('test-output');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails (never skips) when the browser is missing, saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM}. Tes browser membutuhkannya: jalankan "apt-get install -y chromium" (dilakukan otomatis oleh .ci/run).`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface E2e {
  preview: RunningPreview;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Starts the preview (seeded by `seed`, or the provincial demo of `npm start -- --provinsi`) and
 * opens its page in a fresh browser.
 */
export async function openPreview(seed: ((h: Harness) => string) | 'provinsi'): Promise<E2e> {
  const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-e2e-'));
  const demo = seed === 'provinsi' ? { province: true } : { seed };
  const [preview, browser] = await Promise.all([
    startPreview({ port: 0, statePath: path.join(dir, 'state.json'), reset: true, ...demo }),
    launchChromium(),
  ]);
  // An Indonesian browser in WITA, like the people who use the product (date fields show dd/mm/yyyy).
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });
  // Nothing leaves this machine: only the preview server answers.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' && url.port === String(preview.port)) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  await page.locator('#menubar button', { hasText: MENU.title }).waitFor();
  return {
    preview,
    browser,
    context,
    page,
    close: async () => {
      await browser.close();
      await preview.close();
      rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`kesalahan JavaScript di halaman: ${errors.join('; ')}`);
    },
  };
}

/** Chooses the identity in the user switcher and waits until the page has reopened as that user. */
export async function switchUser(page: Page, email: string): Promise<void> {
  await page.locator('#user-select').selectOption(email);
  await page.waitForFunction(
    (e) => (document.getElementById('user-select') as HTMLSelectElement).value === e,
    email,
  );
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
  await page.locator('body[data-busy="true"]').waitFor({ state: 'detached' });
}

/**
 * Clicks a menu item of the add-on menu (in the Admin submenu when `submenu` is given). A user's
 * first run shows the consent step first: `consent: 'allow'` (default) allows every permission,
 * 'keep' leaves the consent screen open for the test to look at.
 */
export async function chooseMenu(
  page: Page,
  caption: string,
  submenu?: string,
  consent: 'allow' | 'keep' = 'allow',
): Promise<void> {
  const needed = (await page.locator('body').getAttribute('data-consent')) === 'needed';
  await page.locator('#menubar button', { hasText: MENU.title }).click();
  if (submenu) await page.getByRole('menuitem', { name: submenu, exact: true }).click();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
  if (needed && consent === 'allow') await allowConsent(page);
}

/** Waits for the consent step and allows every permission it lists. */
export async function allowConsent(page: Page): Promise<void> {
  const allow = page.locator('#modal[data-kind="consent"] #modal-buttons button[data-value="ALLOW"]');
  await allow.waitFor();
  await allow.click();
}

/** Opens the sidebar from the menu and waits until it has loaded the user's context. */
export async function openSidebar(page: Page, caption: string = MENU.openSidebar): Promise<FrameLocator> {
  await chooseMenu(page, caption);
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#app[aria-busy="false"] #home-title, #app #home-title').first().waitFor();
  return frame;
}

/** Waits for the sidebar's status line to settle and returns its text. */
export async function sidebarStatus(frame: FrameLocator, tone: 'ok' | 'error' | 'info'): Promise<string> {
  const status = frame.locator(`#status[data-tone="${tone}"]`);
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/** Waits until the page shows the server's latest state and nothing is loading or running. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const state = (await (await fetch('/api/state')).json()) as { version: number };
      return (
        document.body.dataset.version === String(state.version) &&
        document.body.dataset.busy !== 'true' &&
        !document.getElementById('grid-scroll')?.dataset.loading
      );
    },
    undefined,
    { polling: 100 },
  );
}

/** Shows a tab and returns the texts of its grid, row by row (0-based, as drawn). */
export async function readTab(page: Page, tab: string): Promise<string[][]> {
  await settle(page);
  await page.locator('#tabbar button', { hasText: tab }).first().click();
  await page.locator(`table.grid[data-sheet="${tab}"]`).waitFor();
  await settle(page);
  return page.evaluate(() => {
    const rows: string[][] = [];
    for (const td of Array.from(document.querySelectorAll<HTMLTableCellElement>('table.grid td'))) {
      const r = Number(td.dataset.row);
      const c = Number(td.dataset.col);
      rows[r] ??= [];
      (rows[r] as string[])[c] = td.textContent ?? '';
    }
    return rows.map((row) => Array.from(row, (t) => t ?? ''));
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}

/** Saves a picture to test-output/: the sidebar panel alone, or the whole page. */
export async function shoot(page: Page, name: string, what: 'page' | 'sidebar' = 'page'): Promise<void> {
  const file = screenshotPath(`${name}.png`);
  if (what === 'sidebar') await page.locator('#sidebar').screenshot({ path: file });
  else await page.screenshot({ path: file });
}

/** expect.poll with a patience that suits a browser driving a server (vitest's default is 1 s). */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 10_000, interval: 50 });
}

/** What a test uses of the preview opened by `usePreview` (available once the tests run). */
export type OpenPreview = Pick<E2e, 'preview' | 'browser' | 'context' | 'page'>;

/**
 * One preview for a whole test file: opened (seeded by `seed`) before the tests, a screenshot
 * "gagal-…" of any failing test, closed after.
 */
export function usePreview(
  seed: (h: Harness) => string,
  viewport?: { width: number; height: number },
): OpenPreview {
  let e2e: E2e | undefined;
  beforeAll(async () => {
    e2e = await openPreview(seed);
    if (viewport) await e2e.page.setViewportSize(viewport);
  }, 90_000);
  afterEach(async (ctx) => {
    // A failed step leaves a picture of the page behind, for the person reading the CI log.
    if (ctx.task.result?.state === 'fail') {
      await e2e?.page.screenshot({
        path: screenshotPath(`gagal-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}.png`),
      });
    }
  });
  afterAll(async () => {
    await e2e?.close();
  });
  const open = (): E2e => {
    if (!e2e) throw new Error('pratinjau belum terbuka');
    return e2e;
  };
  return {
    get preview() {
      return open().preview;
    },
    get browser() {
      return open().browser;
    },
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
  };
}
