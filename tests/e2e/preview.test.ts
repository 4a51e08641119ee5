// The preview page on the full Majene demo, in a real Chromium: the add-on menu as onOpen built it,
// the dashboard in the Indonesian locale with its charts, the user switcher (every role, an unknown
// email, no identity), a question answered in the page, a refusal explained, a dialog with its own
// google.script.run, and the .xlsx download.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/preview/demo/seed';
import { NO_IDENTITY, UNKNOWN_EMAIL } from '../../src/preview/users';
import { ADMIN_ITEMS, MAIN_ITEMS } from '../../src/server/ui/menu';
import { HISTORY_TEXT } from '../../src/shared/messages/history';
import { PREVIEW } from '../../src/shared/messages/preview';
import { DASHBOARD_TEXT, RECALC_TEXT } from '../../src/shared/messages/recalc';
import { REMINDER_TEXT } from '../../src/shared/messages/reminders';
import { MENU } from '../../src/shared/messages/server';
import {
  allowConsent,
  chooseMenu,
  openSidebar,
  poll,
  readTab,
  screenshotPath,
  settle,
  shoot,
  switchUser,
  usePreview,
} from './support';

const e2e = usePreview(seedDemo);

afterEach(async () => {
  // Leave no modal open for the next test.
  if (await e2e.page.locator('#modal').isVisible()) await e2e.page.locator('#modal-x').click();
});

describe('the preview page on the Majene demo', { timeout: 60_000 }, () => {
  it('shows the add-on menu exactly as onOpen built it', async () => {
    const { page } = e2e;
    await page.locator('#menubar button', { hasText: MENU.title }).click();
    const top = await page.locator('#menubar .menu-list:visible > li > button').allTextContents();
    expect(top).toEqual([...MAIN_ITEMS.map((i) => i.caption), MENU.admin]);
    await page.getByRole('menuitem', { name: MENU.admin, exact: true }).click();
    const admin = await page
      .locator('#menubar .menu-list .menu-list:visible > li > button')
      .allTextContents();
    expect(admin).toEqual(ADMIN_ITEMS.map((i) => i.caption));
    await shoot(page, 'menu-admin');
    await page.keyboard.press('Escape');
  });

  it('shows the dashboard in the Indonesian locale, with its charts drawn', async () => {
    const { page } = e2e;
    const grid = await readTab(page, 'Ringkasan');
    const iidRow = grid.findIndex((r) => r.includes(DASHBOARD_TEXT.iidClaimed));
    expect(iidRow).toBeGreaterThanOrEqual(0);
    // A decimal comma, as Sheets shows numbers in an Indonesian spreadsheet.
    expect((grid[iidRow] ?? []).some((t) => /^\d{1,3},\d\d$/.test(t))).toBe(true);
    expect(await page.locator('.chart svg').count()).toBeGreaterThanOrEqual(1);
    await shoot(page, 'pratinjau-ringkasan');
    // The whole dashboard in one tall picture, as a phone would scroll through it.
    await page.setViewportSize({ width: 1360, height: 4000 });
    await settle(page);
    const box = await page.locator('table.grid').boundingBox();
    if (box) await page.screenshot({ path: screenshotPath('ringkasan-lengkap.png'), clip: box });
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('offers every role in the user switcher, plus an unknown email and no identity', async () => {
    const { page } = e2e;
    const values = await page
      .locator('#user-select option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const email of [
      'admin@majene.example',
      'verifikator@majene.example',
      'operator.dinkes@majene.example',
      'operator.disdik@majene.example',
      'pimpinan@majene.example',
      UNKNOWN_EMAIL,
      NO_IDENTITY,
    ]) {
      expect(values).toContain(email);
    }
    for (const email of [UNKNOWN_EMAIL, NO_IDENTITY]) {
      await switchUser(page, email);
      const sidebar = await openSidebar(page);
      await sidebar.locator('#readonly-banner').waitFor();
      await poll(() => sidebar.locator('#btn-new').count()).toBe(0);
    }
  });

  it("shows an operator only their OPD's innovations", async () => {
    const { page } = e2e;
    await switchUser(page, 'operator.disdik@majene.example');
    await readTab(page, 'Inovasi DISDIK');
    const sidebar = await openSidebar(page);
    const items = sidebar.locator('#innovation-list button.item');
    await poll(() => items.count()).toBe(3);
    await poll(() => sidebar.locator('#innovation-list').textContent()).toContain('Guru Kunjung Ulumanda');
    await poll(() => sidebar.locator('#innovation-list').textContent()).not.toContain('SIPANDU');
    // The tab bar shows the product's tabs only: setup removed the empty "Sheet1" a new file has.
    const tabs = await page.locator('#tabbar button').allTextContents();
    expect(tabs).toContain('Ringkasan');
    expect(tabs.filter((t) => /^(Sheet|Lembar) ?1$/.test(t))).toEqual([]);
    await page.locator('#grid-scroll').evaluate((el) => el.scrollTo(0, 0));
    await shoot(page, 'pratinjau-operator');
    await shoot(page, 'sidebar-daftar', 'sidebar');
  });

  it('explains why a role may not use a menu item', async () => {
    const { page } = e2e;
    await switchUser(page, 'verifikator@majene.example');
    await chooseMenu(page, MENU.recalculate);
    await poll(() => page.locator('#modal-body').textContent()).toBe(RECALC_TEXT.adminOnly);
    await page.locator('#modal-buttons button').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
  });

  it('asks a question in the page and runs the script with the answer', async () => {
    const { page } = e2e;
    await switchUser(page, 'admin@majene.example');
    await chooseMenu(page, HISTORY_TEXT.menuClose, MENU.admin);
    const no = page.locator('#modal-buttons button[data-value="NO"]');
    await no.waitFor();
    expect(await page.locator('#modal-buttons button').allTextContents()).toEqual([PREVIEW.yes, PREVIEW.no]);
    await no.click();
    await poll(() => page.locator('#modal-body').textContent()).toBe(HISTORY_TEXT.cancelled);
    await page.locator('#modal-buttons button').click();
  });

  it('opens a dialog whose google.script.run reaches the bundle', async () => {
    const { page } = e2e;
    await switchUser(page, 'admin@majene.example');
    await chooseMenu(page, REMINDER_TEXT.menuItem, MENU.admin);
    await poll(() => page.locator('#modal-title').textContent()).toBe(REMINDER_TEXT.dialogTitle);
    const dialog = page.frameLocator('#modal-body iframe');
    await dialog.locator('#app[aria-busy="false"]').waitFor();
    await poll(() => dialog.locator('#app').textContent()).not.toBe('');
    await dialog.locator('#close').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
  });

  it('lets the admin add a user in the Pengguna tab by typing, picking and ticking', async () => {
    const { page } = e2e;
    await switchUser(page, 'admin@majene.example');
    const grid = await readTab(page, 'Pengguna');
    const row = grid.findIndex((r, i) => i >= 2 && (r[0] ?? '') === '');
    const cell = (col: number) => page.locator(`table.grid td[data-row="${row}"][data-col="${col}"]`);
    await cell(0).dblclick();
    await page.keyboard.type('operator.baru@majene.example');
    await page.keyboard.press('Enter');
    await settle(page);
    await cell(1).dblclick();
    await page.keyboard.type('Operator Baru');
    await page.keyboard.press('Enter');
    await settle(page);
    await cell(2).dblclick();
    await cell(2).locator('select').selectOption('Operator');
    await settle(page);
    await poll(() => cell(2).textContent()).toBe('Operator');
    await cell(3).dblclick();
    await cell(3).locator('select').selectOption('DINKES');
    await settle(page);
    await poll(() => cell(3).textContent()).toBe('DINKES');
    await cell(4).locator('.cb').click();
    await settle(page);
    await poll(() => cell(4).getAttribute('data-checked')).toBe('true');
    expect(await cell(0).textContent()).toBe('operator.baru@majene.example');
    expect(await cell(1).textContent()).toBe('Operator Baru');
    await shoot(page, 'tab-pengguna');
    const values = await page
      .locator('#user-select option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toContain('operator.baru@majene.example');
  });

  // Day one on Google: a user's first run asks for consent (guides/services/authorization), and a
  // viewer gets no simple trigger, so no menu (guides/triggers#restrictions).
  it("shows a newcomer's first run as the consent step listing the manifest's permissions", async () => {
    const { page } = e2e;
    await switchUser(page, 'operator.dpupr@majene.example');
    await poll(() => page.locator('#user-role').textContent()).toBe(
      `${PREVIEW.roleLabel}: ${PREVIEW.roleEditor}`,
    );
    await poll(() => page.locator('#role-hint').textContent()).toBe(PREVIEW.consentPending);
    await chooseMenu(page, MENU.openSidebar, undefined, 'keep');
    await page.locator('#modal[data-kind="consent"]').waitFor();
    expect(await page.locator('#modal-title').textContent()).toBe(PREVIEW.consentTitle);
    const listed = (await page.locator('#modal-body .consent-list li').allTextContents()).map((t) =>
      t.trim(),
    );
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(listed).toEqual(manifest.oauthScopes.map((scope) => PREVIEW.scopes[scope]));
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await shoot(page, 'izinkan-akses');
    await allowConsent(page);
    await page.locator('#sidebar').waitFor({ state: 'visible' });
    await poll(() => page.locator('#role-hint').isVisible()).toBe(false);
  });

  it('opens the file for the leadership as Viewer: no menu, no sidebar, no typing', async () => {
    const { page } = e2e;
    const option = page.locator('#user-select option[value="pimpinan@majene.example"]');
    expect(await option.getAttribute('data-role')).toBe('viewer');
    expect(await option.textContent()).toContain(PREVIEW.roleViewer);
    await switchUser(page, 'pimpinan@majene.example');
    await poll(() => page.locator('#user-role').textContent()).toBe(
      `${PREVIEW.roleLabel}: ${PREVIEW.roleViewer}`,
    );
    await poll(() => page.locator('#role-hint').textContent()).toBe(PREVIEW.viewerHint);
    expect(await page.locator('#menubar button', { hasText: MENU.title }).count()).toBe(0);
    const grid = await readTab(page, 'Ringkasan');
    const before = grid[0]?.[0] ?? '';
    await page.locator('table.grid td[data-row="0"][data-col="0"]').dblclick();
    await poll(() => page.locator('#modal-body').textContent()).toBe(PREVIEW.viewerEdit);
    expect(await page.locator('table.grid .cell-editor').count()).toBe(0);
    await page.locator('#modal-buttons button').click();
    expect((await readTab(page, 'Ringkasan'))[0]?.[0] ?? '').toBe(before);
    await shoot(page, 'pimpinan-pelihat');
    await switchUser(page, 'admin@majene.example');
  });

  it('downloads the workbook as .xlsx', async () => {
    const { page } = e2e;
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(['Ringkasan', 'Skor Inovasi', 'Inovasi DINKES', 'Pengguna']),
    );
    // The dropdowns survive: the Peran column of Pengguna offers the roles, as in the sheet.
    const users = book.getWorksheet('Pengguna')!;
    const roles = users.getCell('C3').dataValidation;
    expect(roles?.type).toBe('list');
    expect(String(roles?.formulae?.[0])).toContain('Operator');
    // Nothing in English from the emulator: no "Proteksi (emulator)" sheet, no "Protected …" note.
    expect(names.filter((n) => /emulator/i.test(n))).toEqual([]);
    const notes: string[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => {
        row.eachCell((c) => {
          if (c.note) notes.push(String(c.note));
        });
      });
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((n) => /protected|sheet|editors/i.test(n))).toEqual([]);
  });
});
