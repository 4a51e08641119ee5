// The Ekspor IGA dialog in headless Chromium: the CSV arrives from the bundle in the emulator and
// downloads as a file, BOM and all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_TEXT } from '../../src/shared/messages/export';
import { completeInnovation, openDialog, saveAs, useChromium, verify } from './admin-tools';
import { ADMIN, DINKES_OP, setUp } from './support';

describe('Ekspor IGA dialog', () => {
  const browser = useChromium();

  it('downloads the CSV with the chosen separator', async () => {
    const h = setUp();
    const a = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, a, 'verified');
    h.setUser(ADMIN);
    h.runMenu('showIgaExport');
    const { page, errors, close } = await openDialog(browser(), h, 'Ekspor');
    try {
      await page.getByLabel(EXPORT_TEXT.dialog.semicolon).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^ekspor-iga-kabupaten-majene-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFFNama Inovasi;Tahapan Inovasi;')).toBe(true);
      expect(text.split('\r\n')[1]).toMatch(/^Posyandu Digital;Penerapan;/);
      await expect.poll(() => page.locator('#status').textContent()).toContain('1 inovasi.');
      expect(await page.locator('main a[download]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
