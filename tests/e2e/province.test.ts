// The provincial demo in the browser (`npm start -- --provinsi`): six fictional regency
// spreadsheets rolled up with IMPORTRANGE into the province's Ringkasan Provinsi tab.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_DASHBOARD } from '../../src/shared/messages/province';
import { type E2e, openPreview, readTab, shoot } from './support';

const NAMES = ['Majene', 'Polewali Mandar', 'Mamasa', 'Mamuju', 'Pasangkayu', 'Mamuju Tengah'];

describe('provincial dashboard in the preview', () => {
  let e2e: E2e;
  let page: Page;

  beforeAll(async () => {
    e2e = await openPreview('provinsi');
    page = e2e.page;
  }, 180_000);

  afterAll(async () => {
    await e2e?.close();
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
