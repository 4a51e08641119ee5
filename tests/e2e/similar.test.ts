import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { SIMILAR_TEXT } from '../../src/shared/messages/similar';
import { saveAsOperator, saveRegister } from '../addon/duplicates-fixtures';
import { draftInnovation } from '../addon/fixtures';
import { DINKES_OP, DINSOS_OP, setUp } from '../addon/support';
import { launchChromium, poll, SIDEBAR_URL, screenshotPath, sidebarPage } from './support';

describe('duplicate warning in the sidebar', () => {
  let browser: Browser;
  let h: Harness;
  let page: Page;
  const calls: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    h = setUp();
    saveRegister(h);
    // A name that would be markup if the page used innerHTML.
    h.setUser(DINKES_OP);
    saveAsOperator(h, draftInnovation('DINKES', 'Antrean Online <b>Puskesmas</b>'));
    h.setUser(DINSOS_OP);
    browser = await launchChromium();
    const opened = await sidebarPage(browser, h, { onCall: (name) => calls.push(name) });
    page = opened.page;
    errors = opened.errors;
    await page.goto(SIDEBAR_URL);
    await page.locator('#home-title').waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const similarCalls = () => calls.filter((c) => c === 'findSimilar').length;

  it('shows "Mirip dengan …" under the name field once typing stops, after one call', async () => {
    await page.locator('#btn-new').click();
    const name = page.locator('#f-name');
    await name.waitFor();
    await name.pressSequentially('Antrean Online Puskesmas', { delay: 40 });
    const notice = page.locator('#similar-notice');
    await poll(() => notice.locator('li').allTextContents()).toContainEqual(
      expect.stringMatching(
        /^Mirip dengan: Sistem Antrean Online Puskesmas \(SIANTRE\) \(Dinas Kesehatan\) — \d+% — frasa sama: “Antrean Online Puskesmas”$/,
      ),
    );
    expect(similarCalls()).toBe(1);
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    expect(await notice.locator('strong').textContent()).toBe(SIMILAR_TEXT.title);
    // The notice sits right under the name field.
    const field = await name.boundingBox();
    const box = await notice.boundingBox();
    expect(box!.y).toBeGreaterThan(field!.y);
    expect(box!.y - (field!.y + field!.height)).toBeLessThan(80);
    await page.screenshot({ path: screenshotPath('similar-notice.png'), fullPage: false });
  });

  it('shows other OPDs’ names as text, never as markup', async () => {
    const texts = await page.locator('#similar-notice li').allTextContents();
    expect(texts.some((t) => t.includes('Antrean Online <b>Puskesmas</b> (Dinas Kesehatan)'))).toBe(true);
    expect(await page.locator('#similar-notice li b').count()).toBe(0);
  });

  it('repeats the warning on Tinjau & Ajukan without asking again', async () => {
    await page.locator('#step-tab-tinjau').click();
    await poll(() => page.locator('#similar-review li').allTextContents()).toEqual(
      await page.locator('#similar-notice li').allTextContents(),
    );
    expect(await page.locator('#similar-review li').count()).toBeGreaterThan(0);
    expect(similarCalls()).toBe(1);
  });

  it('clears the warning when the name no longer resembles anything', async () => {
    await page.locator('#step-tab-profil').click();
    const name = page.locator('#f-name');
    await name.fill('');
    await name.pressSequentially('Gerakan Literasi Desa Terpencil', { delay: 20 });
    await poll(similarCalls).toBe(2);
    await poll(() => page.locator('#similar-notice li').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
