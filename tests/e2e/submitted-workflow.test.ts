import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import {
  SIDEBAR_FORM_TEXT as FT,
  SIDEBAR_STATUS,
  SIDEBAR_TEXT as T,
} from '../../src/shared/messages/sidebar';
import { completeInnovation, saveAs, verify } from '../addon/admin-tools';
import { DINKES_OP, STRANGER, setUp, VERIFIER } from '../addon/support';
import { launchChromium, poll, SIDEBAR_URL, screenshotPath, sidebarPage } from './support';

describe('submitted innovations, dates and the review, in the sidebar', () => {
  let browser: Browser;
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  const ids: Record<'verified' | 'submitted' | 'rereview' | 'outside', string> = {
    verified: '',
    submitted: '',
    rereview: '',
    outside: '',
  };

  /** Opens the sidebar afresh as `user` (the harness answers as whoever is set). */
  async function openAs(user: string): Promise<void> {
    h.setUser(user);
    await page.goto(SIDEBAR_URL);
    await page.locator('#home-title').waitFor();
    await page.locator('#status[data-tone="ok"], #status[data-tone="error"]').waitFor();
  }

  async function openItem(id: string): Promise<void> {
    await page.locator(`#item-${id}`).click();
    await page.locator('#form-title, #review-title').first().waitFor();
  }

  beforeAll(async () => {
    h = setUp();
    const verified = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital Majene'), true);
    verify(h, verified, 'verified');
    const submitted = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Apotek Keliling'), true);
    const rereview = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Si Cantik Sehat'), true);
    verify(h, rereview, 'returned', { note: 'Lengkapi SK.' });
    const fixed = { ...completeInnovation('DINKES', 'Si Cantik Sehat Terpadu'), id: rereview.id };
    fixed.trialDate = '2025-02-01';
    h.setUser(DINKES_OP);
    const resubmitted = h.call<{ ok: boolean }>('saveInnovation', {
      idempotencyKey: 'k-rereview-1',
      baseRevision: rereview.revision,
      submit: true,
      innovation: fixed,
    });
    expect(resubmitted.ok).toBe(true);
    const outsideInv = completeInnovation('DINKES', 'Kios Layanan Lama');
    outsideInv.trialDate = '2019-01-07';
    outsideInv.implementationDate = '2019-03-04';
    const outside = saveAs(h, DINKES_OP, outsideInv, true);
    Object.assign(ids, {
      verified: verified.id,
      submitted: submitted.id,
      rereview: rereview.id,
      outside: outside.id,
    });

    browser = await launchChromium();
    // An English browser: a native date input would show mm/dd/yyyy here.
    const opened = await sidebarPage(browser, h, { locale: 'en-US' });
    page = opened.page;
    errors = opened.errors;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('a verified innovation offers "Simpan perubahan" (asks first) and becomes Perlu verifikasi ulang', async () => {
    await openAs(DINKES_OP);
    await openItem(ids.verified);
    expect(await page.locator('#btn-save').textContent()).toBe(T.saveChanges);
    expect(await page.locator('#btn-withdraw').textContent()).toBe(T.withdraw);
    expect(await page.locator('#btn-submit').count()).toBe(0);
    expect(await page.locator('#submitted-note').isVisible()).toBe(true);
    // The stored date shows as dd/mm/yyyy although the browser speaks English.
    expect(await page.locator('#f-implementationDate').inputValue()).toBe('01/06/2025');

    await page.locator('#f-name').fill('Posyandu Digital Majene (ejaan diperbaiki)');
    await page.locator('#btn-save').click();
    const confirm = page.locator('#save-confirm');
    await poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.textContent()).toContain(T.reverifyConfirm);
    await page.screenshot({ path: screenshotPath('sidebar-simpan-perubahan.png') });
    await page.locator('#btn-confirm').click();
    await page.locator('#status[data-tone="ok"]').waitFor();
    await poll(() => page.locator('#form-status').textContent()).toBe(SIDEBAR_STATUS.reverify);
    // Still submitted: the buttons stay "Simpan perubahan" / "Tarik ke draf".
    expect(await page.locator('#btn-save').textContent()).toBe(T.saveChanges);
  });

  it('"Tarik ke draf" is explicit and confirmed, and only then is the innovation a Draf', async () => {
    await openAs(DINKES_OP);
    await openItem(ids.submitted);
    await page.locator('#btn-withdraw').click();
    await poll(() => page.locator('#save-confirm').textContent()).toContain(T.withdrawConfirm);
    await page.locator('#btn-cancel').click();
    expect(await page.locator('#form-status').textContent()).toBe(SIDEBAR_STATUS.submitted);
    await page.locator('#btn-withdraw').click();
    await page.locator('#btn-confirm').click();
    await poll(() => page.locator('#form-status').textContent()).toBe(SIDEBAR_STATUS.draft);
    expect(await page.locator('#btn-submit').textContent()).toBe(T.submit);
    expect(await page.locator('#btn-save').textContent()).toBe(T.saveDraft);
  });

  it('dates are typed as dd/mm/yyyy; a date in the future and a bad evidence line are named', async () => {
    await openAs(DINKES_OP);
    await page.locator('#btn-new').click();
    await page.locator('#f-name').fill('Layanan Baru');
    const trial = page.locator('#f-trialDate');
    expect(await trial.getAttribute('type')).toBe('text');
    expect(await trial.getAttribute('placeholder')).toBe(T.datePlaceholder);
    await trial.fill('17/03/2025');
    await trial.press('Tab');
    expect(await trial.inputValue()).toBe('17/03/2025');
    await poll(() => page.locator('#f-trialDate-error').textContent()).toBe('');
    await trial.fill('03/17/2025');
    await trial.press('Tab');
    await poll(() => page.locator('#f-trialDate-error').textContent()).toContain('hh/bb/tttt');
    await trial.fill('17/03/2025');
    const implementation = page.locator('#f-implementationDate');
    await implementation.fill('01/02/2030');
    await implementation.press('Tab');
    await poll(() => page.locator('#f-implementationDate-error').textContent()).toMatch(
      /1 Februari 2030 belum terjadi/,
    );

    await page.locator('#step-tab-indikator').click();
    await page.locator('label[for="f-indicators-18-level-2"]').click();
    const evidence = page.locator('#f-indicators-18-evidence');
    await evidence.fill('https://drive.google.com/file/d/sk\nlemari arsip');
    await evidence.press('Tab');
    await poll(() => page.locator('#f-indicators-18-evidence-error').textContent()).toContain('baris 2');
  });

  it('indicator 33 assumes no basis: it looks empty, and choosing a level asks for the basis at once', async () => {
    const basis = page.locator('#f-benefitBasis');
    expect(await basis.inputValue()).toBe('');
    expect(await basis.locator('option[value=""]').textContent()).toBe(FT.chooseBasis);
    const levelText = page.locator('label[for="f-indicators-33-level-1"] .radio-detail');
    expect(await levelText.textContent()).toBe(FT.levelNeedsBasis);
    await page.locator('label[for="f-indicators-33-level-1"]').click();
    await poll(() => page.locator('#f-benefitBasis-error').textContent()).toMatch(/dasar pengukuran/);
    await page.locator('#ind-33').screenshot({ path: screenshotPath('sidebar-indikator-33.png') });
    expect(await page.locator('#step-indikator').isVisible()).toBe(true);
    await basis.selectOption('a');
    await poll(() => page.locator('#f-benefitBasis-error').textContent()).toBe('');
    expect(await levelText.textContent()).not.toBe(FT.levelNeedsBasis);
  });

  it('the review says up front when an innovation cannot count', async () => {
    await openAs(VERIFIER);
    await page.locator(`#item-${ids.outside}`).click();
    await page.locator('#review-title').waitFor();
    const block = page.locator('#review-eligibility');
    expect(await block.getAttribute('data-eligible')).toBe('false');
    expect(await block.textContent()).toContain('Waktu penerapan');
    // It is the first thing under the title.
    const title = await page.locator('#review-title').boundingBox();
    const box = await block.boundingBox();
    expect(box!.y).toBeGreaterThan(title!.y);
    expect(box!.y).toBeLessThan(title!.y + 120);
  });

  it('Terverifikasi with undecided indicators says so once and goes to the first undecided one', async () => {
    await page.locator('#btn-verify').click();
    const problems = page.locator('#review-problems');
    await poll(() => problems.isVisible()).toBe(true);
    const text = (await problems.textContent()) ?? '';
    expect(text.match(/Pilih Terima atau Tolak/g)).toHaveLength(1);
    expect(text).toContain('20 belum diputus, mulai dari indikator 16');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('rv-16-verdict-accepted');
    expect(await page.locator('#rv-16').getAttribute('data-undecided')).toBe('');
    await page.locator('label[for="rv-16-verdict-accepted"]').click();
    expect(await page.locator('#rv-16').getAttribute('data-undecided')).toBeNull();
  });

  it('a re-review lists what changed since the last verdict, field by field', async () => {
    await openAs(VERIFIER);
    await page.locator(`#item-${ids.rereview}`).click();
    await page.locator('#review-title').waitFor();
    expect(await page.locator('#review-eligibility').getAttribute('data-eligible')).toBe('true');
    const changes = page.locator('#review-changes li');
    await poll(() => changes.allTextContents()).toEqual([
      'Nama inovasi: “Si Cantik Sehat” → “Si Cantik Sehat Terpadu”',
      'Waktu uji coba: 15 Jan 2025 → 1 Feb 2025',
    ]);
    await page.screenshot({ path: screenshotPath('sidebar-verifikasi-ulang.png') });
  });

  it('a guest is not told to press a button they do not have', async () => {
    await openAs(STRANGER);
    expect(await page.locator('#btn-new').count()).toBe(0);
    await poll(() => page.locator('#innovation-list li.empty').textContent()).toBe(T.emptyListReadOnly);
    expect(await page.locator('#app').textContent()).not.toContain(T.addInnovation);
    expect(errors).toEqual([]);
  });
});
