import { describe, expect, it } from 'vitest';
import { buildIgaTable, neutraliseCell, toCsv } from '../../src/core/export-iga';
import type { Innovation, InnovationResult } from '../../src/core/model';
import { IID_2026 } from '../../src/core/rubric/iid-2026';
import { IGA_FORM_HEADERS, parseCsv } from '../support/iga';
import { innovationResult } from './support';

function result(id: string, verifiedCounted: boolean, score = 80.5): InnovationResult {
  return innovationResult({ id, sidScore: score, verifiedSidScore: score, counted: true, verifiedCounted });
}

const full: Innovation = {
  id: 'inv-1',
  opd: 'DINKES',
  name: 'Posyandu Digital',
  stage: 'penerapan',
  initiator: 'opd',
  initiatorName: 'dr. Andi',
  kind: 'digital',
  form: 'pelayanan_publik',
  theme: 'asta_cita_4',
  classification: 'perangkat_daerah',
  pkpnCluster: 'kesehatan',
  mainAffair: 'kesehatan',
  otherAffairs: ['kominfo', 'sosial'],
  trialDate: '2024-02-01',
  implementationDate: '2024-06-01',
  developmentDate: null,
  design: 'Rancang bangun, dengan "kutipan"\nbaris dua',
  goal: '=HYPERLINK("http://evil")',
  benefit: '+62 811',
  result: '@SUM(A1)',
  indicators: {
    '16': {
      level: 2,
      evidence: 'https://drive.example/16',
      letterNumber: '100/12/2024',
      letterDate: '2024-05-02',
    },
    '17': { level: 1, evidence: 'https://drive.example/17' },
    '18': { level: 3 },
    '33': { level: 2, evidence: 'https://drive.example/33' },
    '35': { level: 3, evidence: 'https://youtu.be/x' },
  },
  benefitBasis: 'a',
  verification: { status: 'verified', indicators: { '17': 'rejected', '16': 'accepted' } },
};

const input = {
  rubric: IID_2026,
  // The core's results, in the order of `innovations`.
  scoring: { innovations: [result('inv-2', true, 70), result('inv-3', false), result('inv-1', true)] },
  innovations: [
    { innovation: { ...full, id: 'inv-2', opd: 'DISDIK', name: 'Sekolah Ramah', indicators: {} } },
    { innovation: { ...full, id: 'inv-3', name: 'Belum Terverifikasi' } },
    { innovation: full },
  ],
  opds: [
    { code: 'DISDIK', name: 'Dinas Pendidikan' },
    { code: 'DINKES', name: 'Dinas Kesehatan' },
  ],
};

describe('buildIgaTable', () => {
  const table = buildIgaTable(input);

  it('never lends a row the verified score of another row with the same ID', () => {
    // A draft of DINSOS whose ID cell was typed to a verified DINKES innovation's ID.
    const draft: Innovation = {
      ...full,
      opd: 'DINSOS',
      name: 'Draf pinjam ID',
      stage: 'inisiatif',
      indicators: {},
    };
    const t = buildIgaTable({
      ...input,
      scoring: { innovations: [result('inv-1', true, 80.5), result('inv-1', false, 0)] },
      innovations: [{ innovation: full }, { innovation: draft }],
      opds: [...input.opds, { code: 'DINSOS', name: 'Dinas Sosial' }],
    });
    expect(t.rows.map((r) => r[0])).toEqual(['Posyandu Digital']);
  });

  it('has the national form fields in order, then 4 columns per indicator 16–35, then helpers', () => {
    expect(table.headers.slice(0, 18)).toEqual(IGA_FORM_HEADERS);
    expect(table.headers.slice(18, 22)).toEqual([
      '16. Regulasi inovasi daerah: Parameter',
      '16. Nomor Surat',
      '16. Tanggal Surat',
      '16. Link Bukti Dukung',
    ]);
    expect(table.formColumns).toBe(18 + 20 * 4);
    expect(table.headers[table.formColumns - 4]).toMatch(/^35\. /);
    expect(table.headers.slice(table.formColumns)).toEqual([
      'Perangkat Daerah (bantu)',
      'ID Inovasi (bantu)',
      'Skor SID Terverifikasi (bantu)',
      'Catatan Ekspor (bantu)',
    ]);
  });

  it('exports only verified, counted innovations, in OPD order', () => {
    expect(table.ids).toEqual(['inv-2', 'inv-1']);
    expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
  });

  it('words values as the national form does', () => {
    const row = table.rows[1]!;
    const cell = (header: string) => row[table.headers.indexOf(header)];
    expect(row.slice(0, 14)).toEqual([
      'Posyandu Digital',
      'Penerapan',
      'Perangkat Daerah (OPD)',
      'dr. Andi',
      'Digital (daring)',
      'Inovasi pelayanan publik',
      IID_2026.profile.themes!.find((t) => t.code === 'asta_cita_4')!.label,
      'Kesehatan',
      'Inovasi Perangkat Daerah',
      'Kesehatan',
      'Komunikasi dan Informatika; Sosial',
      '2024-02-01',
      '2024-06-01',
      '',
    ]);
    expect(cell('16. Regulasi inovasi daerah: Parameter')).toBe('Peraturan Kepala Daerah');
    expect(cell('16. Nomor Surat')).toBe('100/12/2024');
    expect(cell('16. Tanggal Surat')).toBe('2024-05-02');
    expect(cell('16. Link Bukti Dukung')).toBe('https://drive.example/16');
    // Rejected by the verifikator: left out, and the note says so.
    const i17 = table.headers.findIndex((h) => h.startsWith('17. '));
    expect(row.slice(i17, i17 + 4)).toEqual(['', '', '', '']);
    const i33 = table.headers.findIndex((h) => h.startsWith('33. '));
    expect(row[i33]).toBe('201–500 orang (basis a: Jumlah penerima manfaat (orang))');
    const basisC = buildIgaTable({
      ...input,
      scoring: { innovations: [result('inv-1', true)] },
      innovations: [{ innovation: { ...full, benefitBasis: 'c' } }],
    });
    expect(basisC.rows[0]![i33]).toBe(
      '10,01%–20,00% (basis c: Efisiensi belanja sebelum dan sesudah inovasi)',
    );
    const i19 = table.headers.findIndex((h) => h.startsWith('19. '));
    expect(row[i19]).toBe('');
    expect(cell('Perangkat Daerah (bantu)')).toBe('Dinas Kesehatan');
    expect(cell('ID Inovasi (bantu)')).toBe('inv-1');
    expect(cell('Skor SID Terverifikasi (bantu)')).toBe(80.5);
    expect(cell('Catatan Ekspor (bantu)')).toBe(
      'Indikator 17 ditolak verifikator dan tidak diisikan. Indikator 18 belum punya link bukti dukung.',
    );
  });
});

describe('CSV', () => {
  it('is RFC 4180 with CRLF, a BOM, quoting and doubled quotes', () => {
    const csv = toCsv({
      headers: ['a', 'b,c'],
      rows: [
        ['x "y"', 'line1\nline2'],
        ['plain', 1.5],
      ],
    });
    expect(csv).toBe('\uFEFFa,"b,c"\r\n"x ""y""","line1\nline2"\r\nplain,1.5\r\n');
  });

  it('uses ; with decimal commas for Indonesian Excel', () => {
    const csv = toCsv({ headers: ['a;b', 'n'], rows: [['1,5', 80.25]] }, { separator: ';' });
    expect(csv).toBe('\uFEFF"a;b";n\r\n1,5;80,25\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+62 811', '-2+3', '@SUM(A1)', '\t=x', '\r=x', ' =x', '＝1+1']) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
    for (const ok of ['Posyandu', '62 811', 'a=b', '', "'already"]) expect(neutraliseCell(ok)).toBe(ok);
    const csv = toCsv(buildIgaTable(input));
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil"")",'+62 811,'@SUM(A1),`);
    expect(csv).toContain('"Rancang bangun, dengan ""kutipan""\nbaris dua"');
    // Every record line (outside quotes) has as many fields as the header.
    const records = parseCsv(csv.slice(1));
    expect(records.length).toBe(3);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([records[0]!.length]));
  });
});
