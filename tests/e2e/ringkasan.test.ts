// The Ringkasan tab as a regent's secretary sees it, in a real Chromium at 1366×768 on the Majene
// demo: everything that matters on the first screen without scrolling and without a cut word, the
// footnote's link to the Rincian, and (after Tutup Periode) the Tren tab's charts readable with a
// single year. Screenshots go to test-output/ (ringkasan-1366x768.png is the one in docs/img).
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/preview/demo/seed';
import { HISTORY_TEXT } from '../../src/shared/messages/history';
import { DASHBOARD_TEXT } from '../../src/shared/messages/recalc';
import { MENU } from '../../src/shared/messages/server';
import { chooseMenu, poll, readTab, settle, shoot, switchUser, usePreview } from './support';

const e2e = usePreview(seedDemo, { width: 1366, height: 768 });

/** The text of a cell as drawn (0-based row and column). */
function cellText(row: number, col: number) {
  return e2e.page.locator(`table.grid td[data-row="${row}"][data-col="${col}"]`).textContent();
}

describe('Ringkasan at 1366×768', { timeout: 60_000 }, () => {
  it('shows the verified IID, predikat, potential, next predikat, three actions, trend and ranking without scrolling', async () => {
    const { page } = e2e;
    await readTab(page, 'Ringkasan');
    expect(await cellText(2, 0)).toBe(DASHBOARD_TEXT.iidVerified);
    expect(await cellText(3, 0)).toMatch(/^\d{1,3},\d\d$/);
    expect(await cellText(9, 0)).toBe(DASHBOARD_TEXT.iidClaimed);
    expect(await cellText(8, 0)).toMatch(/^Naik ke .+: perlu \+\d+,\d\d poin lagi/);
    expect(await cellText(2, 4)).toBe(DASHBOARD_TEXT.actionsHeader);
    expect(await cellText(2, 8)).toBe(DASHBOARD_TEXT.rankingShort);
    // The first screen (rows 1–20 and the trend chart) lies inside the window.
    const view = page.viewportSize()!;
    const boxes = await page.evaluate(() => {
      const out: { what: string; right: number; bottom: number }[] = [];
      for (const td of Array.from(document.querySelectorAll<HTMLElement>('table.grid td'))) {
        if (Number(td.dataset.row) >= 20 || !td.textContent) continue;
        const r = td.getBoundingClientRect();
        out.push({ what: td.textContent, right: r.right, bottom: r.bottom });
      }
      const chart = document.querySelector('.chart')!.getBoundingClientRect();
      out.push({ what: 'grafik tren', right: chart.right, bottom: chart.bottom });
      return out;
    });
    expect(boxes.length).toBeGreaterThan(40);
    expect(boxes.filter((b) => b.right > view.width || b.bottom > view.height)).toEqual([]);
    // No text of the first screen is cut off ("Terverifikas…", "Bad…").
    const cut = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('table.grid td'))
        .filter((td) => Number(td.dataset.row) < 20 && td.scrollWidth > td.clientWidth + 1)
        .map((td) => td.textContent),
    );
    expect(cut).toEqual([]);
    // The trend of a first year is a visible point per series, not an empty plot.
    await poll(() => page.locator('.chart').first().locator('circle.point').count()).toBe(2);
    await shoot(page, 'ringkasan-1366x768');
  });

  it('links the footnote to the Rincian below the fold', async () => {
    const { page } = e2e;
    await readTab(page, 'Ringkasan');
    const link = page.locator('table.grid td[data-row="19"] a.cell-link');
    await expect(link.textContent()).resolves.toContain(DASHBOARD_TEXT.footPrognosis);
    const detail = page.locator('table.grid td', { hasText: DASHBOARD_TEXT.detailHeader }).first();
    expect(await detail.isVisible()).toBe(true);
    const before = (await detail.boundingBox())!.y;
    // Below the first screen (rows 1–20); the click brings it to the top of the grid.
    expect(before).toBeGreaterThan(450);
    await link.click();
    await poll(async () => (await detail.boundingBox())!.y).toBeLessThan(200);
  });

  it('after Tutup Periode, the Tren line chart shows the single year and the OPD names are readable', async () => {
    const { page } = e2e;
    await switchUser(page, 'admin@majene.example');
    await chooseMenu(page, HISTORY_TEXT.menuClose, MENU.admin);
    const yes = page.locator('#modal-buttons button[data-value="YES"]');
    await yes.click();
    await poll(() => page.locator('#modal-title').textContent()).not.toBe(HISTORY_TEXT.confirmTitle(2027));
    await page.locator('#modal-buttons button').first().click();
    await settle(page);
    await readTab(page, HISTORY_TEXT.trendTab);
    const charts = page.locator('.chart');
    await poll(() => charts.count()).toBe(2);
    // One closed year: a point per series (klaim, terverifikasi) where the line would be.
    expect(await charts.nth(0).locator('circle.point').count()).toBe(2);
    // Category labels are the OPD names, slanted when they do not fit: never cut to a few letters.
    const labels = await charts.nth(1).evaluate((box) =>
      Array.from(box.querySelectorAll('text'))
        .filter((t) => t.querySelector('title'))
        .map((t) => {
          const full = t.querySelector('title')!.textContent ?? '';
          return { full, shown: (t.textContent ?? '').slice(full.length) };
        }),
    );
    expect(labels.length).toBeGreaterThan(3);
    for (const { full, shown } of labels)
      expect(shown.replace(/…$/, '').length, full).toBeGreaterThanOrEqual(Math.min(full.length, 20));
    await shoot(page, 'tren-satu-tahun');
  });
});
