// The whole life of one innovation, in a real Chromium on the preview: an operator types it into
// the sidebar (keyboard and mouse) and meets the messages for bad input; an operator of another
// OPD neither sees it nor can write into its tab; the verifikator returns it with a note; the
// operator reads the note, fixes and submits again; it is verified; the admin recalculates and the
// dashboard shows the IID and predikat that the core's score() gives for the same data.
import { describe, expect, it } from 'vitest';
import { getRubric, type Innovation, type Level, type ScoringInput, score } from '../../src/core';
import { seedAccess } from '../../src/preview/demo/seed';
import { DEMO_SPD } from '../../src/preview/demo/spd';
import { EXAMPLE_OPDS } from '../../src/server/defaults';
import { formatNumber } from '../../src/shared/messages/common';
import { PREVIEW } from '../../src/shared/messages/preview';
import { DASHBOARD_TEXT } from '../../src/shared/messages/recalc';
import { MENU } from '../../src/shared/messages/server';
import { SIDEBAR_STATUS, SIDEBAR_TEXT } from '../../src/shared/messages/sidebar';
import { chooseMenu, openSidebar, poll, readTab, shoot, switchUser, usePreview } from './support';

const OPERATOR = 'operator.dinkes@majene.example';
const OTHER_OPERATOR = 'operator.dinsos@majene.example';
const VERIFIKATOR = 'verifikator@majene.example';
const ADMIN = 'admin@majene.example';
const TAB = 'Inovasi DINKES';

const NAME = 'Klinik Remaja Pesisir Banggae';
const LEVELS: Record<string, Level> = {
  '16': 2,
  '17': 2,
  '18': 2,
  '19': 3,
  '20': 2,
  '21': 1,
  '22': 3,
  '23': 2,
  '24': 2,
  '25': 3,
  '26': 2,
  '27': 3,
  '28': 2,
  '29': 2,
  '30': 1,
  '31': 0,
  '32': 2,
  '33': 2,
  '34': 2,
  '35': 3,
};
const evidence = (id: string, fixed = false) =>
  `https://bukti.majene.example/dinkes/klinik-remaja/indikator-${id}${fixed ? '-perbaikan' : ''}.pdf`;
const DESIGN = Array.from(
  { length: 32 },
  (_, i) =>
    `Langkah ${i + 1}: petugas puskesmas dan konselor sebaya menjangkau remaja di sekolah dan dermaga, mencatat keluhan, lalu merujuk bila perlu.`,
).join(' ');

/** The innovation as the operator means it; the oracle below scores exactly this. */
const TYPED: Innovation = {
  id: '',
  opd: 'DINKES',
  name: NAME,
  stage: 'penerapan',
  mainAffair: 'kesehatan',
  otherAffairs: ['pendidikan'],
  trialDate: '2025-02-03',
  implementationDate: '2025-06-16',
  developmentDate: null,
  design: DESIGN,
  goal: 'Remaja pesisir mendapat layanan kesehatan reproduksi dan gizi yang ramah.',
  benefit: 'Keluhan remaja tertangani lebih awal tanpa harus ke kota.',
  result: 'Pada 2025 tercatat 640 kunjungan remaja di tiga puskesmas.',
  indicators: Object.fromEntries(
    Object.entries(LEVELS).map(([id, level]) => [id, level ? { level, evidence: evidence(id) } : { level }]),
  ),
  initiator: 'opd',
  initiatorName: 'Dinas Kesehatan',
  kind: 'non_digital',
  form: 'pelayanan_publik',
  theme: 'asta_cita_4',
  classification: 'perangkat_daerah',
  origin: { kind: 'program_opd' },
  benefitBasis: 'a',
};

const e2e = usePreview((h) => {
  seedAccess(h);
  return 'akses dan SPD';
});

describe('the life of an innovation in the browser', { timeout: 60_000 }, () => {
  it('an operator fills a complete innovation, sees the messages for bad input, and submits it', async () => {
    const { page } = e2e;
    await switchUser(page, OPERATOR);
    const sb = await openSidebar(page);
    await sb.locator('#btn-new').click();

    // Profil, mostly with the keyboard: type, Tab to the next field, arrows in selects.
    await sb.locator('#f-name').click();
    await page.keyboard.type(NAME);
    await sb.locator('#f-stage').selectOption('penerapan');
    await sb.locator('#f-initiator').selectOption(TYPED.initiator as string);
    await sb.locator('#f-initiatorName').fill(TYPED.initiatorName as string);
    await sb.locator('#f-kind').selectOption(TYPED.kind as string);
    await sb.locator('#f-form').selectOption(TYPED.form as string);
    await sb.locator('#f-theme').selectOption(TYPED.theme as string);
    await sb.locator('#f-classification').selectOption(TYPED.classification as string);
    await sb.locator('#f-mainAffair').selectOption(TYPED.mainAffair);
    await sb.locator('#f-otherAffairs').selectOption('pendidikan');
    await sb.locator('#f-originKind').selectOption('program_opd');

    // Bad input: a trial after the implementation is refused at the field.
    await sb.locator('#f-trialDate').fill('01/09/2025');
    await sb.locator('#f-implementationDate').fill('16/06/2025');
    await sb.locator('#f-implementationDate').press('Tab');
    await poll(() => sb.locator('#f-trialDate-error').textContent()).not.toBe('');
    await poll(() => sb.locator('#f-trialDate').getAttribute('aria-invalid')).toBe('true');
    await sb.locator('#f-trialDate').fill('03/02/2025');
    await sb.locator('#f-trialDate').press('Tab');
    await poll(() => sb.locator('#f-trialDate-error').textContent()).toBe('');

    // Rancang bangun: too short first (the counter says so), then complete.
    // On to the next step with the keyboard.
    await sb.locator('#btn-next').focus();
    await page.keyboard.press('Enter');
    await sb.locator('#step-rancang').waitFor();
    await sb.locator('#f-design').fill('Terlalu pendek.');
    await poll(() => sb.locator('#design-counter').getAttribute('data-ok')).toBe('false');
    await sb.locator('#f-design').fill(DESIGN);
    await poll(() => sb.locator('#design-counter').getAttribute('data-ok')).toBe('true');
    await sb.locator('#f-goal').fill(TYPED.goal as string);
    await sb.locator('#f-benefit').fill(TYPED.benefit as string);
    await sb.locator('#f-result').fill(TYPED.result as string);

    // Indikator: a level with the mouse, the evidence link typed.
    await sb.locator('#btn-next').click();
    for (const [id, level] of Object.entries(LEVELS)) {
      await sb.locator(`label[for="f-indicators-${id}-level-${level}"]`).click();
      if (!level) continue;
      const field = sb.locator(`#f-indicators-${id}-evidence`);
      if (id === '16') {
        // Bad input: not a link.
        await field.fill('bukti ada di lemari arsip');
        await field.press('Tab');
        await poll(() => sb.locator('#f-indicators-16-evidence-error').textContent()).not.toBe('');
      }
      await field.fill(evidence(id));
    }
    await sb.locator('#f-benefitBasis').selectOption('a');
    await sb.locator('#ind-16').scrollIntoViewIfNeeded();
    await shoot(page, 'sidebar-indikator', 'sidebar');
    await sb.locator('#f-indicators-16-evidence').press('Tab');
    await poll(() => sb.locator('#f-indicators-16-evidence-error').textContent()).toBe('');

    // Tinjau: nothing left to fix, the live score is the core's.
    await sb.locator('#step-tab-tinjau').click();
    await poll(() => sb.locator('#problem-list').textContent()).toBe(SIDEBAR_TEXT.readyToSubmit);
    const claimed = score({ rubric: 'iid-2027', spd: {}, innovations: [{ ...TYPED, id: 'x' }] })
      .innovations[0];
    await poll(() => sb.locator('#score-value').textContent()).toContain(
      formatNumber(claimed?.sidScore ?? -1),
    );
    await shoot(page, 'sidebar-tinjau', 'sidebar');
    await sb.locator('#btn-submit').click();
    await sb.locator('#status[data-tone="ok"]').waitFor();

    // The row is in the OPD's tab, as the operator typed it.
    await sb.locator('#btn-back').click();
    await poll(() => sb.locator('#innovation-list').textContent()).toContain(NAME);
    await poll(() => sb.locator('#innovation-list').textContent()).toContain(SIDEBAR_STATUS.submitted);
    const grid = await readTab(page, TAB);
    expect(grid.some((row) => row.includes(NAME))).toBe(true);
  });

  it('an operator of another OPD neither sees it in the sidebar nor can write into that tab', async () => {
    const { page } = e2e;
    await switchUser(page, OTHER_OPERATOR);
    const sb = await openSidebar(page);
    await sb.locator('#home-title').waitFor();
    await poll(() => sb.locator('#app').textContent()).not.toContain(NAME);

    const grid = await readTab(page, TAB);
    const row = grid.findIndex((r) => r.includes(NAME));
    const column = (grid[row] ?? []).indexOf(NAME);
    expect(row).toBeGreaterThan(0);
    const cell = page.locator(`table.grid td[data-row="${row}"][data-col="${column}"]`);
    await poll(() => cell.getAttribute('class')).toMatch(/locked/);
    await cell.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Diubah oleh OPD lain');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#modal-body').textContent()).toBe(PREVIEW.protectedEdit);
    await shoot(page, 'tab-opd-lain-terkunci');
    await page.locator('#modal-buttons button').click();
    const after = await readTab(page, TAB);
    expect(after[row]?.[column]).toBe(NAME);
  });

  it('the verifikator returns it with a note', async () => {
    const { page } = e2e;
    await switchUser(page, VERIFIKATOR);
    const sb = await openSidebar(page, MENU.verification);
    await sb.locator('#queue-list button.item', { hasText: NAME }).click();
    await sb.locator('#review-title').waitFor();
    await sb.locator('#btn-accept-all').click();
    await sb.locator('label[for="rv-35-verdict-rejected"]').click();
    await sb.locator('#f-verdict-35-note').fill('Video belum memuat unsur dampak; unggah versi lengkap.');
    await sb.locator('#f-review-note').fill('Perbaiki bukti indikator 35 lalu ajukan kembali.');
    await sb.locator('#rv-35').scrollIntoViewIfNeeded();
    await shoot(page, 'sidebar-verifikasi', 'sidebar');
    await sb.locator('#btn-return').click();
    await sb.locator('#status[data-tone="ok"]').waitFor();
  });

  it('the operator sees the note, fixes the evidence and submits again', async () => {
    const { page } = e2e;
    await switchUser(page, OPERATOR);
    const sb = await openSidebar(page);
    const item = sb.locator('#innovation-list button.item', { hasText: NAME });
    await poll(() => item.textContent()).toContain(SIDEBAR_STATUS.returned);
    await item.click();
    await poll(() => sb.locator('#verifier-banner').textContent()).toContain('Perbaiki bukti indikator 35');
    await shoot(page, 'sidebar-perlu-perbaikan', 'sidebar');
    await sb.locator('#step-tab-indikator').click();
    await poll(() => sb.locator('#ind-35').textContent()).toContain('unsur dampak');
    await sb.locator('#f-indicators-35-evidence').fill(evidence('35', true));
    await sb.locator('#step-tab-tinjau').click();
    await sb.locator('#btn-submit').click();
    await sb.locator('#status[data-tone="ok"]').waitFor();
    await sb.locator('#btn-back').click();
    // Submitted again after a verification: it waits for the verifikator to look again.
    await poll(() => sb.locator('#innovation-list button.item', { hasText: NAME }).textContent()).toContain(
      SIDEBAR_STATUS.reverify,
    );
  });

  it('the verifikator verifies it', async () => {
    const { page } = e2e;
    await switchUser(page, VERIFIKATOR);
    const sb = await openSidebar(page, MENU.verification);
    await sb.locator('#queue-list button.item', { hasText: NAME }).click();
    await sb.locator('#btn-accept-all').click();
    // The fixed indicator was rejected last time: the verifikator looks at it again and accepts it.
    await sb.locator('label[for="rv-35-verdict-accepted"]').click();
    // One indicator's evidence does not hold: verified, but without its points.
    await sb.locator('label[for="rv-34-verdict-rejected"]').click();
    await sb.locator('#f-verdict-34-note').fill('Laporan monev belum ditandatangani.');
    await sb.locator('#btn-verify').click();
    await sb.locator('#status[data-tone="ok"]').waitFor();
  });

  it('the admin recalculates and the dashboard shows the IID and predikat of score()', async () => {
    const { page } = e2e;
    await switchUser(page, ADMIN);
    await chooseMenu(page, MENU.recalculate);
    await page.locator('.toast').last().waitFor();

    const accepted = Object.fromEntries(
      Object.entries(LEVELS)
        .filter(([, level]) => level > 0)
        .map(([id]) => [id, id === '34' ? 'rejected' : 'accepted'] as const),
    );
    const innovation: Innovation = {
      ...TYPED,
      id: 'oracle',
      indicators: { ...TYPED.indicators, '35': { level: 3, evidence: evidence('35', true) } },
      verification: { status: 'verified', indicators: accepted },
    };
    const input: ScoringInput = {
      rubric: getRubric('iid-2027').id,
      spd: DEMO_SPD,
      innovations: [innovation],
      opds: EXAMPLE_OPDS.map((o) => ({ code: o.code, name: o.name })),
    };
    const expected = score(input);
    expect(expected.claimed.iid).not.toBe(expected.verified.iid);

    const grid = await readTab(page, 'Ringkasan');
    // The verified IID leads (A4, its predikat in A7); the claimed one sits beside as potensi (row 10).
    expect(grid[2]?.[0]).toBe(DASHBOARD_TEXT.iidVerified);
    expect(grid[3]?.[0]).toBe(formatNumber(expected.verified.iid));
    expect(grid[6]?.[0]).toBe(expected.verified.predikat);
    expect(grid[9]?.[0]).toBe(DASHBOARD_TEXT.iidClaimed);
    expect(grid[9]?.[1]).toBe(formatNumber(expected.claimed.iid));
    expect(grid[9]?.[2]).toBe(expected.claimed.predikat);
    await page.locator('#grid-scroll').evaluate((el) => el.scrollTo(0, 0));
    await shoot(page, 'ringkasan-setelah-hitung-ulang');
  });
});
