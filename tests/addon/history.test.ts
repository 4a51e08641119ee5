// History on the built bundle in the emulator: Tutup Periode archives the year (regency, OPDs,
// innovations by their stable id), refuses or replaces instead of duplicating, counts re-reports
// against the next rubric's limit and window, and draws the trend as charts on the Tren tab.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import type { ChartSpec } from '../../src/emulator/state';
import { HISTORY_LAYOUT } from '../../src/server/history/layout';
import { HISTORY_TEXT } from '../../src/shared/messages/history';
import { DASHBOARD_TEXT } from '../../src/shared/messages/recalc';
import { completeInnovation, draftInnovation, saveAs, setSetting, values, verify } from './admin-tools';
import { ADMIN, DINKES_OP, DINSOS_OP, directEditor, PROTECTED, setUp } from './support';

const H = HISTORY_TEXT.headers;
const col = (header: (typeof H)[number]) => H.indexOf(header);

/** Closes the period answering every confirmation with `answer`. */
function close(h: Harness, answer: 'YES' | 'NO' = 'YES'): string[] {
  const before = h.ui.alerts.length;
  h.ui.respond(() => answer);
  h.setUser(ADMIN);
  h.runMenu('closePeriod');
  return h.ui.alerts.slice(before).map((a) => a.message);
}

function history(h: Harness): unknown[][] {
  return values(h, 'Riwayat').slice(2);
}

function charts(h: Harness, tab: string): ChartSpec[] {
  return h.state.spreadsheet.sheets.find((s) => s.name === tab)?.charts ?? [];
}

/** A 2025 archive as an earlier closing left it (the rows Tutup Periode writes). */
function seedArchive2025(h: Harness, ids: { a: string }): void {
  const sheet = h.spreadsheet.insertSheet('Riwayat');
  const width = HISTORY_LAYOUT.columns.length;
  const row = (cells: Record<number, unknown>) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  sheet.getRange(1, 1, width === 0 ? 1 : 4, width).setValues([
    row({ 0: HISTORY_LAYOUT.description }),
    [...H],
    row({
      [col('Tahun')]: 2025,
      [col('Jenis')]: 'Kabupaten',
      [col('Rubrik')]: 'iid-2026',
      [col('Nama OPD / daerah')]: 'Kabupaten Majene',
      [col('Jumlah inovasi')]: 1,
      [col('Dihitung (klaim)')]: 1,
      [col('Dihitung (terverifikasi)')]: 1,
      [col('IID (klaim)')]: 25.39,
      [col('IID (terverifikasi)')]: 25.39,
      [col('Predikat (terverifikasi)')]: 'Kurang Inovatif',
      [col('Ditutup pada')]: '2026-01-10T01:00:00.000Z',
    }),
    row({
      [col('Tahun')]: 2025,
      [col('Jenis')]: 'Inovasi',
      [col('Kode OPD')]: 'DINKES',
      [col('Nama OPD / daerah')]: 'Dinas Kesehatan',
      [col('ID inovasi')]: ids.a,
      [col('Nama inovasi')]: 'Posyandu Digital',
      [col('Dihitung (klaim)')]: 1,
      [col('Dihitung (terverifikasi)')]: 1,
      [col('Ditutup pada')]: '2026-01-10T01:00:00.000Z',
    }),
  ]);
}

describe('Tutup Periode', () => {
  let h: Harness;
  const ids = { a: '', b: '', c: '', d: '' };
  let firstClose: string[];

  beforeAll(() => {
    h = setUp();
    setSetting(h, 'rubricId', 'iid-2026');
    const a = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, a, 'verified');
    // Applied in 2024, never developed: inside the 2026 window, outside the 2027 one.
    const old = {
      ...completeInnovation('DINKES', 'Apotek Keliling'),
      trialDate: '2023-11-01',
      implementationDate: '2024-03-01',
    };
    const b = saveAs(h, DINKES_OP, old, true);
    verify(h, b, 'verified');
    const c = saveAs(h, DINKES_OP, draftInnovation('DINKES', '=HYPERLINK("http://x","Gagasan")'), false);
    const d = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat Sasaran'), true);
    verify(h, d, 'verified');
    Object.assign(ids, { a: a.id, b: b.id, c: c.id, d: d.id });
    seedArchive2025(h, { a: a.id });
    firstClose = close(h);
  });

  it('asks before archiving, then says what was done', () => {
    expect(firstClose[0]).toMatch(/^Hasil Kabupaten Majene tahun 2026 akan diarsipkan/);
    expect(firstClose.at(-1)).toMatch(/^Periode 2026 ditutup: \d+ baris ditambahkan/);
    expect(firstClose.at(-1)).toContain('iid-2027');
  });

  it('archives the regency, each OPD and each innovation with its stable id', () => {
    const rows = history(h).filter((r) => r[0] === 2026);
    const kab = rows.filter((r) => r[col('Jenis')] === 'Kabupaten');
    expect(kab).toHaveLength(1);
    const inn = rows.filter((r) => r[col('Jenis')] === 'Inovasi');
    expect(inn.map((r) => r[col('ID inovasi')]).sort()).toEqual([ids.a, ids.b, ids.c, ids.d].sort());
    const opd = rows.filter((r) => r[col('Jenis')] === 'OPD');
    expect(opd.find((r) => r[col('Kode OPD')] === 'DINKES')).toBeDefined();
    const rowOf = (id: string) => inn.find((r) => r[col('ID inovasi')] === id)!;
    expect(rowOf(ids.a)[col('Dihitung (terverifikasi)')]).toBe(1);
    expect(rowOf(ids.c)[col('Dihitung (terverifikasi)')]).toBe(0);
    expect(rowOf(ids.c)[col('Nama inovasi')]).toBe('=HYPERLINK("http://x","Gagasan")');
    expect(rowOf(ids.c)[col('Status')]).toBe('Draf');
    expect(rowOf(ids.a)[col('Tahapan')]).toBe('Penerapan');
  });

  it('archives the same scores as the recalculation shows', () => {
    const kab = history(h).find((r) => r[0] === 2026 && r[col('Jenis')] === 'Kabupaten')!;
    expect(kab[col('Dihitung (terverifikasi)')]).toBe(3);
    expect(kab[col('Jumlah inovasi')]).toBe(4);
    expect(kab[col('Rubrik')]).toBe('iid-2026');
    expect(kab[col('Ditutup oleh')]).toBe(ADMIN);
    h.setUser(ADMIN);
    h.runMenu('recalculate');
    const scores = values(h, 'Skor Inovasi');
    const header = scores[1]!;
    const idCol = header.indexOf('ID');
    const sidCol = header.indexOf('Skor SID (terverifikasi)');
    const shown = new Map(scores.slice(2).map((r) => [r[idCol], r[sidCol]]));
    const archived = history(h).filter((r) => r[0] === 2026 && r[col('Jenis')] === 'Inovasi');
    expect(archived).toHaveLength(4);
    for (const r of archived) {
      expect(Number(shown.get(r[col('ID inovasi')]) || 0)).toBeCloseTo(
        Number(r[col('Skor SID (terverifikasi)')]),
        2,
      );
    }
    expect(
      Number(archived.find((r) => r[col('ID inovasi')] === ids.a)![col('Skor SID (terverifikasi)')]),
    ).toBeGreaterThan(0);
  });

  it('never archives the same year twice: it asks, and replaces only when told to', () => {
    const count = history(h).length;
    const no = close(h, 'NO');
    expect(no[0]).toMatch(/^Periode 2026 sudah diarsipkan pada \d{2}\/\d{2}\/\d{4}/);
    expect(no.at(-1)).toBe(HISTORY_TEXT.cancelled);
    expect(history(h)).toHaveLength(count);
    const yes = close(h, 'YES');
    expect(yes.at(-1)).toMatch(/^Periode 2026 ditutup/);
    expect(history(h)).toHaveLength(count);
    expect(history(h).filter((r) => r[0] === 2025)).toHaveLength(2);
    expect(history(h).filter((r) => r[0] === 2026 && r[col('Jenis')] === 'Kabupaten')).toHaveLength(1);
    // Years stay in order after a replacement.
    const years = history(h).map((r) => r[0] as number);
    expect([...years].sort((x, y) => x - y)).toEqual(years);
  });

  it('draws the trend of the IID and of each OPD on the Tren tab, with two charts', () => {
    const tren = values(h, 'Tren');
    const flat = tren.map((r) => r.filter((c) => c !== ''));
    const iidHeader = flat.findIndex((r) => r[0] === 'Tahun');
    expect(flat[iidHeader + 1]!.slice(0, 3)).toEqual(['2025', 25.39, 25.39]);
    expect(flat[iidHeader + 2]![0]).toBe('2026');
    const opdHeader = flat.findIndex((r) => r[0] === 'OPD');
    expect(flat[opdHeader]).toEqual(['OPD', '2025', '2026']);
    const dinkes = flat.find((r) => r[0] === 'Dinas Kesehatan')!;
    expect(dinkes).toEqual(['Dinas Kesehatan', 0, 2]);
    const specs = charts(h, 'Tren');
    expect(specs.map((c) => c.type).sort()).toEqual(['COLUMN', 'LINE']);
    const line = specs.find((c) => c.type === 'LINE')!;
    expect(line.options.title).toBe(HISTORY_TEXT.chartIid);
    // The line chart covers the header and both years, IID claimed and verified.
    expect(line.ranges[0]).toMatchObject({ r1: iidHeader + 1, r2: iidHeader + 3, c1: 1, c2: 3 });
    // Dots on the points: with a single closed year a line chart without them shows nothing.
    expect(Number(line.options.pointSize)).toBeGreaterThan(0);
    // The dashboard points to the trend once a period is closed (recalculate ran after closing).
    expect(values(h, 'Ringkasan').flat()).toContain(HISTORY_TEXT.dashboardPointer);
    // …and its own small trend starts with the archived years, the current year last.
    const dashboard = values(h, 'Ringkasan');
    const trend = dashboard.findIndex((r) => r[0] === DASHBOARD_TEXT.trendHeader) + 2;
    const years = dashboard.slice(trend).map((r) => String(r[0]));
    expect(years[0]).toBe('2025');
    expect(years.filter((y) => /^\d{4}$/.test(y)).length + 1).toBe(years.length);
    expect(years.at(-1)).toMatch(/^\d{4} \(berjalan\)$/);
  });

  it('counts re-reports by stable id and judges next year by its rubric (limit and window)', () => {
    const tren = values(h, 'Tren');
    const header = tren.findIndex((r) => r[0] === 'ID inovasi');
    const rows = tren.slice(header + 1).filter((r) => r[0] !== '');
    const byId = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(tren[header - 2]![0]).toBe(HISTORY_TEXT.eligibilityTitle(2027));
    // Reported in 2025 and 2026: the 2027 preset allows two reports.
    expect(byId[ids.a]!.slice(3, 7)).toEqual([
      2,
      '2025, 2026',
      'Tidak',
      'sudah dilaporkan 2 kali (batas 2 kali)',
    ]);
    expect(byId[ids.b]!.slice(3, 6)).toEqual([1, '2026', 'Tidak']);
    expect(byId[ids.b]![6]).toMatch(/di luar jendela 1 Januari 2025 – 31 Desember 2026/);
    expect(byId[ids.d]!.slice(3, 6)).toEqual([1, '2026', 'Ya']);
    // A draft without a penerapan date cannot be reported in any year's window.
    expect(byId[ids.c]!.slice(3, 6)).toEqual([0, '', 'Tidak']);
  });

  it('keeps Riwayat and Tren for admins only', () => {
    const edit = directEditor(h);
    edit.setUser(DINKES_OP);
    expect(() => edit.call('directWrite', 'Riwayat', 'A3', 2030)).toThrow(PROTECTED);
    expect(() => edit.call('directWrite', 'Tren', 'A1', 'x')).toThrow(PROTECTED);
  });

  it('refuses non-admins', () => {
    h.setUser(DINKES_OP);
    const before = history(h).length;
    h.ui.respond(() => 'YES');
    h.runMenu('closePeriod');
    expect(h.ui.alerts.at(-1)?.message).toMatch(/hanya untuk admin/);
    expect(history(h)).toHaveLength(before);
    h.setUser(ADMIN);
  });
});

describe('year roll-over', () => {
  it('closes 2026, moves to the 2027 rubric with the same ids, and closes 2027', () => {
    const h = setUp();
    setSetting(h, 'rubricId', 'iid-2026');
    const a = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, a, 'verified');
    const b = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat Sasaran'), true);
    verify(h, b, 'verified');
    h.runMenu('recalculate');
    expect(values(h, 'Ringkasan').flat()).not.toContain(HISTORY_TEXT.dashboardPointer);
    close(h);
    setSetting(h, 'rubricId', 'iid-2027');
    // 2027: a new innovation, and the old ones still in the register under the same ids.
    const n = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Ambulans Desa'), true);
    verify(h, n, 'verified');
    const msgs = close(h);
    expect(msgs[0]).toMatch(/tahun 2027 akan diarsipkan/);
    expect(msgs.at(-1)).toMatch(/Rubrik 2028 belum tersedia/);
    const rows = history(h);
    expect([...new Set(rows.map((r) => r[0]))]).toEqual([2026, 2027]);
    const idsOf = (year: number) =>
      rows
        .filter((r) => r[0] === year && r[col('Jenis')] === 'Inovasi')
        .map((r) => r[col('ID inovasi')])
        .sort();
    expect(idsOf(2026)).toEqual([a.id, b.id].sort());
    expect(idsOf(2027)).toEqual([a.id, b.id, n.id].sort());
    const tren = values(h, 'Tren');
    const header = tren.findIndex((r) => r[0] === 'ID inovasi');
    const elig = Object.fromEntries(tren.slice(header + 1).map((r) => [r[0], r]));
    expect(elig[a.id]!.slice(3, 6)).toEqual([2, '2026, 2027', 'Belum diketahui']);
    expect(elig[n.id]!.slice(3, 6)).toEqual([1, '2027', 'Belum diketahui']);
    expect(charts(h, 'Tren')).toHaveLength(2);
    // Perbarui Tren rewrites the tab and its charts, never adding a third.
    h.runMenu('refreshTrend');
    expect(charts(h, 'Tren')).toHaveLength(2);
    expect(h.ui.toasts.at(-1)?.message).toBe(HISTORY_TEXT.trendUpdated(2));
  });
});
