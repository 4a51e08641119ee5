// Helpers of the reminders, history, export and import tests: a Majene spreadsheet with innovations
// in every state a reminder or an archive must tell apart, built through the real entry points, and
// the built admin dialogs in headless Chromium.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Innovation } from '../../src/core/model';
import type { Harness } from '../../src/emulator/harness';
import { GOOGLE_SCRIPT_RUN_CLIENT, handleScriptRun } from '../../src/emulator/script-run';
import type { SaveResult, VerificationRequest } from '../../src/shared/api';
import { SETTING_LABELS } from '../../src/shared/messages/server';
import { launchChromium } from '../e2e/support';
import { completeInnovation, draftInnovation } from './fixtures';
import { ADMIN, save, VERIFIER } from './support';

/** Sets a Pengaturan value as the owner would type it. */
export function setSetting(h: Harness, key: keyof typeof SETTING_LABELS, value: string): void {
  const sheet = h.spreadsheet.getSheetByName('Pengaturan')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === SETTING_LABELS[key]);
  if (row < 0) throw new Error(`no setting ${key}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

/** Calendar date in Asia/Makassar, `days` from today. */
export function witaDate(days = 0, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(
    new Date(now.getTime() + days * 86_400_000),
  );
}

export function saveAs(
  h: Harness,
  user: string,
  innovation: Innovation,
  submit: boolean,
): { id: string; revision: number } {
  h.setUser(user);
  const r = save(h, innovation, { submit });
  if (!r.ok) throw new Error(`save failed: ${r.message} ${JSON.stringify(r.fieldErrors ?? [])}`);
  return { id: r.id, revision: r.revision };
}

/** The verifikator's verdict: every indicator accepted unless listed in `rejected`. */
export function verify(
  h: Harness,
  saved: { id: string; revision: number },
  decision: 'verified' | 'returned',
  extra: { rejected?: string[]; notes?: Record<string, string>; note?: string } = {},
): void {
  h.setUser(VERIFIER);
  const indicators: Record<string, 'accepted' | 'rejected'> = {};
  for (let id = 16; id <= 35; id++)
    indicators[String(id)] = extra.rejected?.includes(String(id)) ? 'rejected' : 'accepted';
  const request: VerificationRequest = {
    id: saved.id,
    revision: saved.revision,
    decision,
    indicators,
    notes: extra.notes ?? {},
    note: extra.note ?? '',
  };
  const r = h.call<SaveResult>('saveVerification', request);
  expect(r.ok, JSON.stringify(r)).toBe(true);
  h.setUser(ADMIN);
}

/** A complete innovation with some indicators left without evidence or level, and a short design. */
export function incompleteInnovation(opd: string, name: string): Innovation {
  const inn = completeInnovation(opd, name);
  inn.indicators['16'] = { level: 2 };
  inn.indicators['35'] = { level: 0 };
  inn.indicators['20'] = { level: 1 };
  inn.design = 'Rancang bangun yang masih terlalu pendek.';
  return inn;
}

export { completeInnovation, draftInnovation };

/** Every value of a tab as the owner sees it ([] when the tab does not exist). */
export function values(h: Harness, tab: string): unknown[][] {
  const sheet = h.spreadsheet.getSheetByName(tab);
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]) : [];
}

/** A built dialog page (dist/NAME.html) in headless Chromium, its google.script.run served by `h`. */
export async function openDialog(
  browser: Browser,
  h: Harness,
  page: 'Pengingat' | 'Ekspor' | 'Impor',
  viewport = { width: 760, height: 620 },
) {
  const html = await readBuilt(`dist/${page}.html`);
  const context = await browser.newContext({ acceptDownloads: true, viewport });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.exposeFunction('__gasTransport', (name: string, args: string) => handleScriptRun(h, name, args));
  await tab.addInitScript(GOOGLE_SCRIPT_RUN_CLIENT);
  await tab.route('**/*', (route) =>
    route.request().url() === 'http://dialog.test/'
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await tab.goto('http://dialog.test/');
  return { page: tab, errors, close: () => context.close() };
}

// Another vitest run in the same tree rebuilds dist/ (rm, then write): wait for the file briefly.
async function readBuilt(file: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** One headless Chromium for the tests of a describe block: launched before them, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium belum dijalankan');
    return browser;
  };
}
