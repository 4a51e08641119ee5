// The Impor dialog in headless Chromium (dist/Impor.html), its google.script.run served by the
// built bundle in the emulator: paste, read the suggested mapping, change it, see what is rejected
// and skipped and why, import, and find the rows in the OPD tab.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { GOOGLE_SCRIPT_RUN_CLIENT, handleScriptRun } from '../../src/emulator/script-run';
import { IMPORT_TEXT } from '../../src/shared/messages/import';
import { screenshotPath } from '../e2e/support';
import { launchChromium } from './admin-tools';
import { saveRegister } from './duplicates-fixtures';
import { ADMIN, setUp, tabValues } from './support';

const T = IMPORT_TEXT.dialog;
const URL = 'http://dialog.test/';
const PASTE = [
  ['Nama Inovasi', 'Perangkat Daerah', 'Keterangan'],
  ['Klinik Remaja Pesisir', 'DINKES', 'Layanan kesehatan reproduksi remaja'],
  ['Jalan Mulus Desa', 'DINAS ANTAH', ''],
  ['Bank Sampah Digital Kelurahan', 'DINSOS', ''],
]
  .map((r) => r.join('\t'))
  .join('\n');

describe('Impor dialog', () => {
  let browser: Browser;
  let h: Harness;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    h = setUp();
    saveRegister(h);
    h.setUser(ADMIN);
    h.runMenu('showImportDialog');
    expect(h.ui.dialogs.at(-1)).toMatchObject({ title: IMPORT_TEXT.dialogTitle, file: 'Impor', modal: true });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 640, height: 600 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.exposeFunction('__gasTransport', (name: string, args: string) =>
      handleScriptRun(h, name, args),
    );
    await page.addInitScript(GOOGLE_SCRIPT_RUN_CLIENT);
    const html = readFileSync('dist/Impor.html', 'utf8');
    await page.route('**/*', (route) =>
      route.request().url() === URL
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto(URL);
    await page.locator('#paste').waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the paste, suggests the mapping and lists what will happen to each row', async () => {
    await page.locator('#paste').fill(PASTE);
    await page.locator('#read').click();
    await expect.poll(() => page.locator('#summary').textContent()).toBe(T.checked(1, 1, 1));
    expect(await page.locator('#map-0').inputValue()).toBe('name');
    expect(await page.locator('#map-1').inputValue()).toBe('opd');
    expect(await page.locator('#map-2').inputValue()).toBe('');
    expect(await page.locator('#list-rejected li').allTextContents()).toEqual([
      T.rowLine(3, IMPORT_TEXT.row.unknownOpd('DINAS ANTAH')),
    ]);
    expect(await page.locator('#list-duplicate li').allTextContents()).toEqual([
      T.rowLine(
        4,
        `Bank Sampah Digital Kelurahan: ${IMPORT_TEXT.row.sameName('Bank Sampah Digital Kelurahan', 'DINSOS')}`,
      ),
    ]);
    expect(await page.locator('#import').textContent()).toBe(T.importButton(1));
    expect(await page.locator('#import').isDisabled()).toBe(false);
  });

  it('re-checks when the admin changes the mapping, and holds the import while the source differs', async () => {
    await page.locator('#map-2').selectOption('goal');
    await expect.poll(() => page.locator('#status').textContent()).toBe(T.checked(1, 1, 1));
    await page.locator('#paste').press('End');
    await page.locator('#paste').type(' ');
    await expect.poll(() => page.locator('#import').isDisabled()).toBe(true);
    expect(await page.locator('#status').textContent()).toBe(T.changed);
    await page.locator('#paste').press('Backspace');
    await expect.poll(() => page.locator('#import').isDisabled()).toBe(false);
    expect(await page.locator('#status').textContent()).toBe(T.checked(1, 1, 1));
    // Only the chosen source's input is shown.
    expect(await page.locator('#tab').isVisible()).toBe(false);
    await page.locator('#source-tab').check();
    expect(await page.locator('#tab').isVisible()).toBe(true);
    expect(await page.locator('#paste').isVisible()).toBe(false);
    expect(await page.locator('#import').isDisabled()).toBe(true);
    await page.locator('#source-paste').check();
    await expect.poll(() => page.locator('#import').isDisabled()).toBe(false);
    await page.screenshot({ path: screenshotPath('impor-dialog.png'), fullPage: true });
  });

  it('imports the valid row into its OPD tab and says so', async () => {
    await page.locator('#import').click();
    await expect
      .poll(() => page.locator('#status[data-tone="ok"]').textContent())
      .toBe(IMPORT_TEXT.outcome.done(1, 1));
    expect(await page.locator('#outcome').textContent()).toContain(IMPORT_TEXT.outcome.done(1, 1));
    expect(await page.locator('#import').isDisabled()).toBe(true);
    const values = tabValues(h, 'Inovasi DINKES');
    const header = values[1]!.map(String);
    const row = values.find((r) => r[header.indexOf('Nama inovasi')] === 'Klinik Remaja Pesisir')!;
    expect(row[header.indexOf('Tujuan')]).toBe('Layanan kesehatan reproduksi remaja');
    expect(row[header.indexOf('Status')]).toBe('Draf');
    expect(errors).toEqual([]);
  });
});
