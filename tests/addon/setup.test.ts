// Menu, setup and sync access, through dist/Code.js in the emulator.
import { describe, expect, it } from 'vitest';
import { getRubric } from '../../src/core';
import { serializeState } from '../../src/emulator/state';
import { completeInnovation } from './fixtures';
import {
  ADMIN,
  addUsers,
  BOSS,
  columnValues,
  DINKES_OP,
  DINSOS_OP,
  directEditor,
  newSpreadsheet,
  PROTECTED,
  STRANGER,
  save,
  setUp,
  tabValues,
  VERIFIER,
} from './support';

const rubric = getRubric('iid-2027');
const KECAMATAN = [
  'Banggae',
  'Banggae Timur',
  'Pamboang',
  'Sendana',
  'Tammerodo Sendana',
  'Tubo Sendana',
  'Malunda',
  'Ulumanda',
];

describe('onOpen', () => {
  it('builds the menu in a simple trigger without reading the spreadsheet', () => {
    const h = newSpreadsheet();
    const counts = h.measure(() => h.runTrigger('onOpen'));
    expect(Object.keys(counts).filter((k) => /Range|Sheet\.|getSheet|Session/.test(k))).toEqual([]);
    const menu = h.ui.menus.at(-1)!;
    expect(menu.name).toBe('Inovasi Daerah');
    const captions = menu.items.map((i) => (i.kind === 'item' ? i.caption : i.kind));
    expect(captions).toEqual([
      'Buka sidebar',
      'Verifikasi',
      'Hitung ulang skor',
      'Pengaturan',
      'Bantuan',
      'separator',
      'submenu',
    ]);
    const admin = menu.items.find((i) => i.kind === 'submenu');
    expect(
      admin?.kind === 'submenu' && admin.menu.items.map((i) => (i.kind === 'item' ? i.functionName : '')),
    ).toEqual(expect.arrayContaining(['setupSpreadsheet', 'syncAccess']));
  });

  it('explains in an alert why a role may not use an item', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    h.runMenu('showVerification');
    h.runMenu('showSettings');
    h.runMenu('setupSpreadsheet');
    h.runMenu('syncAccess');
    expect(h.ui.alerts.map((a) => a.message)).toEqual([
      expect.stringContaining('Verifikasi hanya untuk verifikator dan admin'),
      expect.stringContaining('"Pengaturan" hanya untuk admin'),
      expect.stringContaining('"Siapkan/perbaiki spreadsheet" hanya untuk admin'),
      expect.stringContaining('"Sinkronkan akses" hanya untuk admin'),
    ]);
    expect(h.ui.sidebars).toHaveLength(0);
    h.runMenu('showSidebar');
    h.setUser(VERIFIER);
    h.runMenu('showVerification');
    expect(h.ui.sidebars.map((s) => [s.title, s.file])).toEqual([
      ['Inovasi Daerah', 'Sidebar'],
      ['Inovasi Daerah', 'Sidebar'],
    ]);
    // The verification item opens the same sidebar; getContext tells it to start on the queue, once.
    expect(h.call<{ mode: string }>('getContext').mode).toBe('verification');
    expect(h.call<{ mode: string }>('getContext').mode).toBe('edit');
    h.runMenu('showHelp');
    expect(h.ui.alerts.at(-1)?.message).toContain('Operator OPD');
  });
});

describe('setupSpreadsheet', () => {
  it('creates every tab with headers, frozen rows, text formats, dropdowns and seeds', () => {
    const h = newSpreadsheet();
    h.runMenu('setupSpreadsheet');
    const names = h.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.slice(names.indexOf('Ringkasan'))).toEqual([
      'Ringkasan',
      'Ringkasan OPD',
      'Skor Inovasi',
      ...names.filter((n) => n.startsWith('Inovasi ')),
      'Verifikasi',
      'SPD',
      'Pengaturan',
      'Pengguna',
      'OPD',
    ]);
    expect(names.filter((n) => n.startsWith('Inovasi '))).toHaveLength(25);

    const dinkes = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    expect(dinkes.getFrozenRows()).toBe(2);
    // The innovation's name and status first; the technical columns grouped, collapsed, at the end.
    expect(dinkes.getRange('A2:C2').getValues()[0]).toEqual(['Nama inovasi', 'Status', 'Tahapan']);
    const header = dinkes.getRange(2, 1, 1, dinkes.getLastColumn()).getValues()[0]!;
    expect(header.slice(-9)).toEqual([
      'ID',
      'Revisi',
      'Kunci pengajuan terakhir',
      'Sidik jari',
      'Segel',
      'Dibuat oleh',
      'Dibuat pada',
      'Diubah oleh',
      'Diubah pada',
    ]);
    const idColumn = header.indexOf('ID') + 1;
    expect(dinkes.getColumnGroup(idColumn, 1)?.isCollapsed()).toBe(true);
    expect(dinkes.isColumnHiddenByUser(idColumn)).toBe(true);
    expect(dinkes.isColumnHiddenByUser(idColumn - 1)).toBe(false);
    expect(dinkes.getRange(3, header.indexOf('Diubah pada') + 1).getNumberFormat()).toBe('dd/mm/yyyy hh:mm');
    const col = (h: string) => header.indexOf(h) + 1;
    expect(dinkes.getRange(3, col('Nama inovasi')).getNumberFormat()).toBe('@');
    expect(dinkes.getRange(50, col('16 Tanggal surat')).getNumberFormat()).toBe('@');
    const stage = dinkes.getRange(3, col('Tahapan')).getDataValidation()!;
    expect(stage.getCriteriaValues()[0]).toEqual(['Inisiatif', 'Uji coba', 'Penerapan']);
    const level = dinkes.getRange(3, col('35 Tingkat')).getDataValidation()!;
    expect(level.getCriteriaValues()[0]).toEqual(['0', '1', '2', '3']);
    expect(dinkes.getRange(2, col('35 Tingkat')).getNote()).toContain('Video inovasi daerah');

    const settings = tabValues(h, 'Pengaturan');
    const setting = (label: string) => settings.find((r) => r[0] === label);
    expect(setting('Nama pemerintah daerah')?.[1]).toBe('Kabupaten Majene');
    expect(setting('Provinsi')?.[1]).toBe('Sulawesi Barat');
    expect(setting('Rubrik penilaian')?.[1]).toBe('iid-2027');
    expect(setting('Rubrik penilaian')?.[2]).toContain(rubric.warnings[0]);
    expect(setting('Zona waktu')?.[1]).toBe('Asia/Makassar');
    expect(setting('Versi tata letak')?.[1]).toBe('2');
    expect(setting('Pemisahan tugas verifikasi')?.[1]).toBe('Ya');
    expect(h.ui.alerts.at(-1)?.message).toContain(rubric.warnings[0]);

    const opds = tabValues(h, 'OPD');
    expect(String(opds[0]?.[0])).toMatch(/CONTOH.*bukan daftar resmi/);
    const opdNames = opds.slice(2).map((r) => r[1]);
    expect(opdNames).toEqual(
      expect.arrayContaining(['Dinas Kesehatan', 'Sekretariat Daerah', 'Rumah Sakit Umum Daerah']),
    );
    for (const k of KECAMATAN) expect(opdNames).toContain(`Kecamatan ${k}`);

    const spd = tabValues(h, 'SPD').slice(2);
    expect(spd.map((r) => r[0])).toEqual(rubric.spd.rows.map((r) => r.id));
    expect(
      h.spreadsheet.getSheetByName('SPD')!.getRange('F3').getDataValidation()?.getCriteriaValues()[0],
    ).toEqual(['0', '1', '2', '3']);
    expect(tabValues(h, 'Pengguna').slice(2)).toEqual([[ADMIN, 'admin', 'Admin', '', true]]);
  });

  it('gives the same spreadsheet when run twice, and keeps the data', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    expect(save(h, completeInnovation('DINKES'), { submit: true }).ok).toBe(true);
    h.setUser(ADMIN);
    h.spreadsheet.getSheetByName('SPD')!.getRange('F3').setValue(2);
    h.runMenu('setupSpreadsheet');
    const once = serializeState(h.state);
    h.runMenu('setupSpreadsheet');
    expect(serializeState(h.state)).toBe(once);
    expect(columnValues(h, 'Inovasi DINKES', 'ID')[0]).toMatch(/^DINKES-/);
    expect(tabValues(h, 'SPD')[2]?.[5]).toBe(2);
    expect(
      tabValues(h, 'Pengguna')
        .slice(2)
        .map((r) => r[0]),
    ).toContain(DINSOS_OP);
  });

  it('repairs a moved column and a deleted tab without losing data', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const saved = save(h, completeInnovation('DINKES', 'Inovasi yang dipindah'));
    expect(saved.ok).toBe(true);
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    // Someone swaps the name and ID columns by hand and adds a column of their own.
    const width = sheet.getLastColumn();
    sheet.insertColumnAfter(width);
    const values = sheet.getRange(1, 1, 3, width).getValues();
    const idAt = values[1]!.indexOf('ID');
    const swapped = values.map((r) => [
      r[idAt],
      ...r.slice(1, idAt),
      r[0],
      ...r.slice(idAt + 1),
      r === values[1] ? 'Catatan pribadi' : r === values[2] ? 'ok' : '',
    ]);
    sheet.getRange(1, 1, 3, width + 1).setValues(swapped);
    h.spreadsheet.deleteSheet(h.spreadsheet.getSheetByName('Verifikasi')!);
    h.setUser(ADMIN);
    h.runMenu('setupSpreadsheet');
    expect(h.ui.alerts.at(-1)?.message).toContain('disusun ulang');
    const after = tabValues(h, 'Inovasi DINKES');
    expect(after[1]?.slice(0, 2)).toEqual(['Nama inovasi', 'Status']);
    expect(after[1]?.at(-1)).toBe('Catatan pribadi');
    expect(after[2]?.at(-1)).toBe('ok');
    h.setUser(DINKES_OP);
    const detail = h.call<{ ok: boolean; detail: { innovation: { name: string }; revision: number } }>(
      'getInnovation',
      saved.ok ? saved.id : '',
    );
    expect(detail.ok && [detail.detail.innovation.name, detail.detail.revision]).toEqual([
      'Inovasi yang dipindah',
      1,
    ]);
    expect(h.spreadsheet.getSheetByName('Verifikasi')).not.toBeNull();
    // Once repaired, the next setup has nothing to rearrange.
    h.setUser(ADMIN);
    h.runMenu('setupSpreadsheet');
    expect(h.ui.alerts.at(-1)?.message).not.toContain('disusun ulang');
    expect(tabValues(h, 'Inovasi DINKES')[2]?.at(-1)).toBe('ok');
  });

  it('refuses a non-admin and changes nothing', () => {
    const h = setUp();
    const before = serializeState(h.state);
    for (const user of [DINKES_OP, VERIFIER, BOSS, STRANGER, '']) {
      h.setUser(user);
      h.runMenu('setupSpreadsheet');
    }
    expect(h.ui.alerts).toHaveLength(5);
    expect(serializeState(h.state)).toBe(before);
  });
});

describe('protections', () => {
  it('lets each role write only its tabs (Google protection error otherwise)', () => {
    const h = setUp();
    const edit = directEditor(h);
    const attempt = (user: string, tab: string) => {
      edit.setUser(user);
      try {
        return edit.call('directWrite', tab, 'A3', 'x');
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(attempt(DINKES_OP, 'Inovasi DINKES')).toBe('ok');
    expect(attempt(DINKES_OP, 'Inovasi DINSOS')).toMatch(PROTECTED);
    expect(attempt(DINSOS_OP, 'Inovasi DINKES')).toMatch(PROTECTED);
    for (const tab of [
      'Verifikasi',
      'Pengguna',
      'OPD',
      'Pengaturan',
      'SPD',
      'Skor Inovasi',
      'Ringkasan OPD',
      'Ringkasan',
    ])
      expect(attempt(DINKES_OP, tab), tab).toMatch(PROTECTED);
    expect(attempt(VERIFIER, 'Verifikasi')).toBe('ok');
    expect(attempt(VERIFIER, 'Inovasi DINKES')).toMatch(PROTECTED);
    expect(attempt(VERIFIER, 'Pengguna')).toMatch(PROTECTED);
    expect(attempt(BOSS, 'Ringkasan')).toMatch(PROTECTED);
    expect(attempt(STRANGER, 'Inovasi DINKES')).toMatch(PROTECTED);
    expect(attempt('', 'Inovasi DINKES')).toMatch(PROTECTED);
    for (const tab of ['Inovasi DINSOS', 'Verifikasi', 'Pengguna', 'Ringkasan'])
      expect(attempt(ADMIN, tab)).toBe('ok');
  });

  it('follows the Pengguna tab after Sinkronkan akses', () => {
    const h = setUp();
    const newcomer = 'baru.dinsos@majenekab.go.id';
    addUsers(h, [[newcomer, 'Operator baru', 'Operator', 'DINSOS', true]]);
    const edit = directEditor(h);
    edit.setUser(newcomer);
    expect(() => edit.call('directWrite', 'Inovasi DINSOS', 'A3', 'x')).toThrow(PROTECTED);
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    expect(h.ui.alerts.at(-1)?.message).toContain('Akses disinkronkan');
    expect(edit.call('directWrite', 'Inovasi DINSOS', 'A3', 'x')).toBe('ok');
    // Deactivating removes the access again.
    const users = h.spreadsheet.getSheetByName('Pengguna')!;
    const row = (users.getDataRange().getValues() as unknown[][]).findIndex((r) => r[0] === newcomer) + 1;
    users.getRange(row, 5).setValue(false);
    h.runMenu('syncAccess');
    expect(() => edit.call('directWrite', 'Inovasi DINSOS', 'A3', 'y')).toThrow(PROTECTED);
  });
});
