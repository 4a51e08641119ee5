// The Impor dialog in headless Chromium (dist/Impor.html), its google.script.run served by the
// built bundle in the emulator: paste, read the suggested mapping, change it, see what is rejected
// and skipped and why, import, and find the rows in the OPD tab.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { IMPORT_TEXT } from '../../src/shared/messages/import';
import { screenshotPath } from '../e2e/support';
import { openDialog, useChromium } from './admin-tools';
import { saveRegister } from './duplicates-fixtures';
import { ADMIN, setUp, tabValues } from './support';

const T = IMPORT_TEXT.dialog;
const PASTE = [
  ['Nama Inovasi', 'Perangkat Daerah', 'Keterangan'],
  ['Klinik Remaja Pesisir', 'DINKES', 'Layanan kesehatan reproduksi remaja'],
  ['Jalan Mulus Desa', 'DINAS ANTAH', ''],
  ['Bank Sampah Digital Kelurahan', 'DINSOS', ''],
]
  .map((r) => r.join('\t'))
  .join('\n');

describe('Impor dialog', () => {
  const browser = useChromium();
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    h = setUp();
    saveRegister(h);
    h.setUser(ADMIN);
    // A list kept in a tab of its own, so the dialog has a tab to offer as the source.
    h.spreadsheet
      .insertSheet('Daftar lama')
      .getRange('A1:B2')
      .setValues([
        ['Nama Inovasi', 'OPD'],
        ['Sekolah Pesisir', 'DISDIK'],
      ]);
    h.runMenu('showImportDialog');
    expect(h.ui.dialogs.at(-1)).toMatchObject({ title: IMPORT_TEXT.dialogTitle, file: 'Impor', modal: true });
    ({ page, errors } = await openDialog(browser(), h, 'Impor', { width: 640, height: 600 }));
    await page.locator('#paste').waitFor();
  }, 60_000);

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
