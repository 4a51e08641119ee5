// The provincial demo in the browser (`npm start -- --provinsi`): six fictional regency
// spreadsheets rolled up with IMPORTRANGE into the province's Ringkasan Provinsi tab.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPreview, startPreview } from '../../src/preview/server';
import { PROVINCE_DASHBOARD } from '../../src/shared/messages/province';
import { MENU } from '../../src/shared/messages/server';
import { launchChromium, readTab, shoot } from './support';

const NAMES = ['Majene', 'Polewali Mandar', 'Mamasa', 'Mamuju', 'Pasangkayu', 'Mamuju Tengah'];

describe('provincial dashboard in the preview', () => {
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'inovasi-e2e-prov-'));
    [preview, browser] = await Promise.all([
      startPreview({ port: 0, statePath: path.join(dir, 'state.json'), reset: true, province: true }),
      launchChromium(),
    ]);
    const context = await browser.newContext({
      viewport: { width: 1360, height: 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'localhost' && url.port === String(preview.port)) return route.continue();
      return route.abort();
    });
    page = await context.newPage();
    await page.goto(preview.url);
    await page.locator('#menubar button', { hasText: MENU.title }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks the six fictional regencies, each labelled fictional, with nothing left unranked', async () => {
    const grid = await readTab(page, 'Ringkasan Provinsi');
    const text = grid.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('Provinsi Sulawesi Barat');
    const header = grid.findIndex((r) => r[0] === PROVINCE_DASHBOARD.rankingColumns[0]);
    expect(header).toBeGreaterThan(0);
    const ranked = grid.slice(header + 1, header + 7);
    expect(ranked.map((r) => r[1]).sort()).toEqual(NAMES.map((n) => `Kabupaten ${n} (fiktif)`).sort());
    // Ranks run from 1, in the order of the verified IID shown beside them (decimal comma).
    const iids = ranked.map((r) => Number(r[3]!.replace(/\./g, '').replace(',', '.')));
    expect([...iids].sort((a, b) => b - a)).toEqual(iids);
    expect(ranked[0]![0]).toBe('1');
    expect(text).toContain(PROVINCE_DASHBOARD.noneExcluded);
    expect(text).toContain(PROVINCE_DASHBOARD.yandasHeader);
    await shoot(page, 'provinsi-ringkasan');
  });

  it("shows a regency's Data Rekap as IMPORTRANGE brought it", async () => {
    const grid = await readTab(page, 'Impor 76.01');
    expect(grid[0]?.[1]).toBe('inovasi-daerah/data-rekap');
    expect(grid.find((r) => r[0] === 'pemda')?.[1]).toBe('Kabupaten Majene (fiktif)');
  });
});
