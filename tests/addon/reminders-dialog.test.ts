// The Pengingat dialog as an admin uses it: the built page in headless Chromium, its
// google.script.run answered by the bundle in the emulator.
import { describe, expect, it } from 'vitest';
import { REMINDER_DIALOG, REMINDER_TEXT } from '../../src/shared/messages/reminders';
import { incompleteInnovation, openDialog, saveAs, useChromium } from './admin-tools';
import { ADMIN, DINKES_OP, setUp } from './support';

describe('Pengingat dialog', () => {
  const browser = useChromium();

  it('shows every message before sending, switches the weekly reminder, and sends on confirmation', async () => {
    const h = setUp();
    saveAs(h, DINKES_OP, incompleteInnovation('DINKES', 'Posyandu Keliling'), false);
    h.setUser(ADMIN);
    const { page, errors, close } = await openDialog(browser(), h, 'Pengingat');
    try {
      const dinkes = page.locator('details', { hasText: 'Dinas Kesehatan' });
      await dinkes.waitFor();
      await expect.poll(() => page.locator('#send').textContent()).toBe(REMINDER_DIALOG.send(2));
      expect(await page.locator('#send').isEnabled()).toBe(true);
      await dinkes.locator('summary').click();
      const body = await dinkes.locator('pre').textContent();
      expect(body).toContain('1. Posyandu Keliling (Draf)');
      expect(await dinkes.textContent()).toContain('op.dinkes@majenekab.go.id');
      expect(await page.locator('main').textContent()).toContain(REMINDER_DIALOG.unreachableTitle);

      await page.locator('#weekly').check();
      await expect.poll(() => page.locator('#status').textContent()).toContain(REMINDER_TEXT.weeklyOn);
      expect(h.triggers).toHaveLength(1);

      await page.locator('#send').click();
      await expect.poll(() => page.locator('#status').textContent()).toBe(REMINDER_TEXT.sent(2, 0));
      expect(h.mail.map((m) => m.subject)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Dinas Kesehatan'),
          expect.stringContaining('Dinas Sosial'),
        ]),
      );
      expect(h.mail.find((m) => m.subject.includes('Dinas Kesehatan'))!.body).toBe(body);
      await expect.poll(() => page.locator('#send').textContent()).toBe(REMINDER_DIALOG.reload);
      // Reloaded, the same plan is not offered again: the dialog says it went out, no "Kirim 2".
      await page.locator('#send').click();
      await page.locator('#already-sent').waitFor();
      expect(await page.locator('#already-sent').textContent()).toMatch(/sudah dikirim pada/);
      expect(await page.locator('#send').textContent()).toBe(REMINDER_DIALOG.sentAlready);
      expect(await page.locator('#send').isDisabled()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('does not offer to send when the daily quota is too small', async () => {
    const h = setUp();
    h.runtime.mailSentToday = 100;
    h.setUser(ADMIN);
    const { page, errors, close } = await openDialog(browser(), h, 'Pengingat');
    try {
      await page.locator('.box.error').waitFor();
      expect(await page.locator('.box.error').textContent()).toMatch(
        /^Kuota tidak cukup \(0 tersisa, 3 dibutuhkan\)/,
      );
      expect(await page.locator('#send').isDisabled()).toBe(true);
      expect(h.mail).toHaveLength(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
