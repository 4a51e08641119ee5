// Bulk import through the built bundle in the emulator: the mapping suggested from headers and
// remembered between imports, every row checked (rejections with their reasons), duplicates of
// existing innovations and of earlier rows skipped, valid rows written as drafts into their OPD
// tabs exactly as saves write them, a second import of the same list a no-op, formula-like text
// inert, and a failed write leaving nothing behind.
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint';
import { getRubric } from '../../src/core/rubric';
import type { Harness } from '../../src/emulator/harness';
import { headerIndex, suggestMapping } from '../../src/server/import/fields';
import { detectDelimiter, parseDelimited, tableFromGrid } from '../../src/server/import/parse';
import { layoutInput } from '../../src/server/rubric';
import type { InnovationDetail, Result } from '../../src/shared/api';
import type { ImportOutcome, ImportPreview, ImportRequest, ImportSetup } from '../../src/shared/import-api';
import { IMPORT_TEXT } from '../../src/shared/messages/import';
import { ACCESS_MESSAGES, SAVE_MESSAGES } from '../../src/shared/messages/server';
import { saveRegister } from './duplicates-fixtures';
import { ADMIN, addUsers, DINKES_OP, seedInnovations, setUp, tabValues } from './support';

type Preview = Result<{ preview: ImportPreview }>;
type Outcome = Result<{ outcome: ImportOutcome }>;

const ADMIN2 = 'admin2@majenekab.go.id';
const DESIGN =
  'Kader mendata balita setiap bulan dan mengirim hasil penimbangan ke puskesmas lewat aplikasi.';
const HEADER = [
  'Nama Inovasi',
  'OPD',
  'Tahapan',
  'Urusan',
  'Tanggal Penerapan',
  'Rancang Bangun',
  'Keterangan',
];
const ROWS: string[][] = [
  ['Posyandu Digital Majene', 'DINKES', 'Penerapan', 'Kesehatan', '17/03/2025', DESIGN, 'lama'],
  ['Sekolah Ramah Anak Pesisir', 'Dinas Pendidikan', 'Uji coba', 'pendidikan', '2025-02-01', '', ''],
  ['', 'DINKES', 'Inisiatif', '', '', '', ''],
  ['Jalan Mulus Desa', 'DINAS ANTAH', 'Penerapan', 'Jalan Rusak', '', '', ''],
  ['Layanan KTP Keliling', 'DISDUKCAPIL', 'Pelaksanaan', 'Adminduk', '31/02/2025', '', ''],
  ['Antrean Online Puskesmas', 'DINSOS', 'Inisiatif', 'Kesehatan', '', '', ''],
  ['Bank Sampah Digital Kelurahan', 'DINSOS', 'Inisiatif', 'Sosial', '', '', ''],
  ['Posyandu Digital Majene', 'DINKES', 'Penerapan', 'Kesehatan', '', '', ''],
  ['=IMPORTXML("http://contoh.example","//a")', 'DINKES', 'Inisiatif', '', '', "+cmd|' /C calc'!A0", ''],
  ['Kios Layanan Terpadu', 'DPMPTSP', '', '', '', '"baris satu\nbaris ""dua"""', ''],
];

/** TSV as Sheets puts it on the clipboard (the last row's design is already quoted). */
function tsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

const PASTE = tsv(HEADER, ROWS);

function preview(h: Harness, request: ImportRequest, user = ADMIN): ImportPreview {
  h.setUser(user);
  const r = h.call<Preview>('previewImport', request);
  if (!r.ok) throw new Error(r.message);
  return r.preview;
}

function run(h: Harness, request: ImportRequest, user = ADMIN): Outcome {
  h.setUser(user);
  return h.call<Outcome>('runImport', request);
}

function outcome(r: Outcome): ImportOutcome {
  if (!r.ok) throw new Error(r.message);
  return r.outcome;
}

function row(p: { rows: ImportPreview['rows'] }, n: number) {
  const r = p.rows.find((x) => x.row === n);
  if (!r) throw new Error(`no row ${n}`);
  return r;
}

/** Data rows of an OPD tab by header. */
function records(h: Harness, opd: string): Record<string, unknown>[] {
  const values = tabValues(h, `Inovasi ${opd}`);
  const header = values[1]!.map(String);
  return values
    .slice(2)
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]])));
}

describe('reading a pasted table', () => {
  it('splits TSV from a spreadsheet, with quoted cells holding tabs, line breaks and quotes', () => {
    const text = 'a\tb\tc\r\n1\t"x\ty"\t"baris\nkedua ""kutip"""\r\n\t\t\n2\tz\t\n';
    expect(detectDelimiter(text)).toBe('\t');
    expect(parseDelimited(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x\ty', 'baris\nkedua "kutip"'],
      ['', '', ''],
      ['2', 'z', ''],
    ]);
    const table = tableFromGrid(parseDelimited(text));
    expect(table.headers).toEqual(['a', 'b', 'c']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('reads CSV with commas or semicolons (Excel in an Indonesian locale)', () => {
    expect(detectDelimiter('nama;opd;urusan\nA;B;C')).toBe(';');
    expect(parseDelimited('nama;opd\n"Satu; dua";DINKES')).toEqual([
      ['nama', 'opd'],
      ['Satu; dua', 'DINKES'],
    ]);
    expect(parseDelimited('nama,opd\nA,"B, C"\n')).toEqual([
      ['nama', 'opd'],
      ['A', 'B, C'],
    ]);
  });

  it('suggests fields from header names, saved choices first', () => {
    const index = headerIndex(layoutInput(getRubric('iid-2027')));
    const headers = [
      'No',
      'Nama Inovasi Daerah',
      'Perangkat Daerah',
      'Waktu Penerapan',
      'Judul Proyek Perubahan',
      'Catatan',
    ];
    expect(suggestMapping(headers, {}, index).mapping).toEqual([
      '',
      'name',
      'opd',
      'implementationDate',
      'origin.title',
      '',
    ]);
    const saved = suggestMapping(headers, { catatan: 'goal', 'waktu penerapan': '' }, index);
    expect(saved.mapping).toEqual(['', 'name', 'opd', '', 'origin.title', 'goal']);
    expect(saved.suggested).toEqual(['', 'auto', 'auto', '', 'auto', 'saved']);
  });
});

describe('import: check, write, and the second time', () => {
  let h: Harness;
  let first: ImportPreview;
  beforeAll(() => {
    h = setUp();
    saveRegister(h);
    first = preview(h, { source: { kind: 'paste', text: PASTE } });
  });

  it('suggests the mapping from the headers and reads every row', () => {
    expect(first.headers).toEqual(HEADER);
    expect(first.mapping).toEqual(['name', 'opd', 'stage', 'mainAffair', 'implementationDate', 'design', '']);
    expect(first.suggested.slice(0, 6)).toEqual(['auto', 'auto', 'auto', 'auto', 'auto', 'auto']);
    expect(first.mappingProblems).toEqual([]);
    expect(first.samples[0]!.slice(0, 2)).toEqual(['Posyandu Digital Majene', 'Sekolah Ramah Anak Pesisir']);
    expect(first.counts).toEqual({ total: 10, ok: 4, rejected: 3, duplicate: 3 });
  });

  it('rejects rows with the reason, in Bahasa Indonesia, with their row number', () => {
    expect(row(first, 4).status).toBe('rejected');
    expect(row(first, 4).messages.join(' ')).toMatch(/Nama inovasi.*wajib/i);
    expect(row(first, 5).messages).toEqual([
      IMPORT_TEXT.row.unknownUrusan('Urusan utama', 'Jalan Rusak'),
      IMPORT_TEXT.row.unknownOpd('DINAS ANTAH'),
    ]);
    const ktp = row(first, 6).messages;
    expect(ktp[0]).toBe(
      IMPORT_TEXT.row.unknownOption('Tahapan', 'Pelaksanaan', ['Inisiatif', 'Uji coba', 'Penerapan']),
    );
    expect(ktp[1]).toBe(IMPORT_TEXT.row.badDate('Tanggal penerapan', '31/02/2025'));
  });

  it('skips duplicates of existing innovations (same name in the OPD, or similar in any OPD) and of earlier rows', () => {
    const similar = row(first, 7);
    expect(similar.status).toBe('duplicate');
    expect(similar.messages[0]).toMatch(
      /^mirip \d+% dengan "Sistem Antrean Online Puskesmas \(SIANTRE\)" \(DINKES\)/,
    );
    expect(row(first, 8).messages).toEqual([
      IMPORT_TEXT.row.sameName('Bank Sampah Digital Kelurahan', 'DINSOS'),
    ]);
    expect(row(first, 9).messages).toEqual([IMPORT_TEXT.row.sameAsRow(2)]);
    expect([2, 3, 10, 11].map((n) => row(first, n).status)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(row(first, 3).opd).toBe('DISDIK');
  });

  it('writes nothing while checking', () => {
    expect(records(h, 'DINKES').map((r) => r['Nama inovasi'])).toEqual([
      'Sistem Antrean Online Puskesmas (SIANTRE)',
      'Posyandu Keliling Pesisir',
    ]);
  });

  it('imports the valid rows as drafts into their OPD tabs, written as saves write them', () => {
    const o = outcome(run(h, { source: { kind: 'paste', text: PASTE }, mapping: first.mapping }));
    expect([o.imported, o.rejected, o.duplicate]).toEqual([4, 3, 3]);
    expect(o.byOpd).toEqual([
      { opd: 'DISDIK', count: 1 },
      { opd: 'DINKES', count: 2 },
      { opd: 'DPMPTSP', count: 1 },
    ]);
    expect(o.message).toBe(IMPORT_TEXT.outcome.done(4, 3));
    const dinkes = records(h, 'DINKES');
    const posyandu = dinkes.find((r) => r['Nama inovasi'] === 'Posyandu Digital Majene')!;
    expect(String(posyandu.ID)).toMatch(/^DINKES-[0-9A-F]{10}$/);
    expect(posyandu.Revisi).toBe(1);
    expect(posyandu.Status).toBe('Draf');
    expect(posyandu['Dibuat oleh']).toBe(ADMIN);
    expect(posyandu['Waktu penerapan']).toBe('2025-03-17');
    expect(posyandu.Tahapan).toBe('Penerapan');
    h.setUser(ADMIN);
    const got = h.call<Result<{ detail: InnovationDetail }>>('getInnovation', posyandu.ID);
    if (!got.ok) throw new Error(got.message);
    expect(got.detail.status).toBe('draft');
    expect(got.detail.revision).toBe(1);
    expect(got.detail.problems).toBeUndefined();
    expect(posyandu['Sidik jari']).toBe(fingerprint(got.detail.innovation));
    expect(got.detail.innovation.design).toBe(DESIGN);
    const kios = records(h, 'DPMPTSP')[0]!;
    expect(kios['Rancang bangun']).toBe('baris satu\nbaris "dua"');
    expect(kios.Tahapan).toBe('Inisiatif');
    // The operators see them in their list and may complete them.
    h.setUser(DINKES_OP);
    const list = h.call<Result<{ items: { name: string; status: string }[] }>>('listInnovations', {});
    if (!list.ok) throw new Error(list.message);
    expect(list.items.filter((i) => i.status === 'draft').map((i) => i.name)).toContain(
      'Posyandu Digital Majene',
    );
  });

  it('keeps formula-like text inert', () => {
    const tab = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    const values = tab.getDataRange().getValues();
    const r = values.findIndex((line) => String(line[0]).startsWith('=IMPORTXML'));
    expect(r).toBeGreaterThan(1);
    const header = values[1]!.map(String);
    const name = header.indexOf('Nama inovasi') + 1;
    const design = header.indexOf('Rancang bangun') + 1;
    expect(tab.getRange(r + 1, name).getFormula()).toBe('');
    expect(tab.getRange(r + 1, name).getValue()).toBe('=IMPORTXML("http://contoh.example","//a")');
    expect(tab.getRange(r + 1, design).getFormula()).toBe('');
    expect(tab.getRange(r + 1, design).getValue()).toBe("+cmd|' /C calc'!A0");
  });

  it('imports nothing the second time, saying why for each row', () => {
    const before = ['DINKES', 'DISDIK', 'DPMPTSP'].map((o) => tabValues(h, `Inovasi ${o}`));
    const o = outcome(run(h, { source: { kind: 'paste', text: PASTE }, mapping: first.mapping }));
    expect([o.imported, o.rejected, o.duplicate]).toEqual([0, 3, 7]);
    expect(o.message).toBe(IMPORT_TEXT.outcome.done(0, 0));
    expect(row(o, 2).messages).toEqual([expect.stringMatching(/^sudah diimpor sebelumnya \(ID DINKES-/)]);
    expect(['DINKES', 'DISDIK', 'DPMPTSP'].map((x) => tabValues(h, `Inovasi ${x}`))).toEqual(before);
  });

  it('remembers the admin’s mapping for the next import', () => {
    const mapping = [...first.mapping];
    mapping[6] = 'goal';
    const list = tsv(HEADER, [
      ['Gerai Perizinan Malam', 'DPMPTSP', 'Inisiatif', '', '', '', 'Melayani pedagang malam'],
    ]);
    outcome(run(h, { source: { kind: 'paste', text: list }, mapping }));
    const next = preview(h, {
      source: { kind: 'paste', text: tsv(['Keterangan', 'Nama Inovasi'], [['x', 'y']]) },
    });
    expect(next.mapping).toEqual(['goal', 'name']);
    expect(next.suggested).toEqual(['saved', 'saved']);
    expect(next.mappingProblems).toEqual([IMPORT_TEXT.mapping.requiredOpd]);
    expect(records(h, 'DPMPTSP').find((r) => r['Nama inovasi'] === 'Gerai Perizinan Malam')!.Tujuan).toBe(
      'Melayani pedagang malam',
    );
  });
});

describe('import: sources, options and refusals', () => {
  let h: Harness;
  beforeAll(() => {
    h = setUp();
  });

  it('reads another tab of the spreadsheet, dates included, but not the product’s own tabs', () => {
    const sheet = h.spreadsheet.insertSheet('Daftar Dinkes 2025');
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Nama inovasi', 'Waktu uji coba', 'Urusan utama'],
      ['Klinik Remaja', new Date(Date.UTC(2025, 0, 15, 4)), 'Kesehatan'],
      ['Sahabat Lansia', '', 'sosial'],
    ]);
    h.setUser(ADMIN);
    const setup = h.call<Result<{ setup: ImportSetup }>>('getImportSetup');
    if (!setup.ok) throw new Error(setup.message);
    expect(setup.setup.tabs).toContain('Daftar Dinkes 2025');
    expect(setup.setup.tabs).not.toContain('Inovasi DINKES');
    expect(setup.setup.tabs).not.toContain('Pengguna');
    expect(setup.setup.opds.map((o) => o.code)).toContain('DINKES');
    const request: ImportRequest = {
      source: { kind: 'tab', tab: 'Daftar Dinkes 2025' },
      defaultOpd: 'DINKES',
    };
    const p = preview(h, request);
    expect(p.counts).toEqual({ total: 2, ok: 2, rejected: 0, duplicate: 0 });
    const o = outcome(run(h, { ...request, mapping: p.mapping }));
    expect(o.imported).toBe(2);
    const klinik = records(h, 'DINKES').find((r) => r['Nama inovasi'] === 'Klinik Remaja')!;
    expect(klinik['Waktu uji coba']).toBe('2025-01-15');
    expect(klinik['Urusan utama']).toBe('Kesehatan');
    h.setUser(ADMIN);
    const product = h.call<Preview>('previewImport', { source: { kind: 'tab', tab: 'Inovasi DINKES' } });
    expect(product).toEqual({ ok: false, message: IMPORT_TEXT.source.productTab('Inovasi DINKES') });
  });

  it('stops at a mapping without a name column, and refuses to run it', () => {
    const text = tsv(['Judul', 'OPD'], [['Satu', 'DINKES']]);
    const p = preview(h, { source: { kind: 'paste', text } });
    expect(p.mapping).toEqual(['', 'opd']);
    expect(p.mappingProblems).toEqual([IMPORT_TEXT.mapping.required('Nama inovasi')]);
    expect(p.rows).toEqual([]);
    expect(run(h, { source: { kind: 'paste', text }, mapping: ['opd', 'opd'] })).toEqual({
      ok: false,
      message: [IMPORT_TEXT.mapping.required('Nama inovasi'), IMPORT_TEXT.mapping.twice('OPD')].join(' '),
    });
  });

  it('refuses empty, oversized and malformed requests', () => {
    h.setUser(ADMIN);
    expect(h.call<Preview>('previewImport', { source: { kind: 'paste', text: 'Nama inovasi\n' } })).toEqual({
      ok: false,
      message: IMPORT_TEXT.source.empty,
    });
    const big = ['Nama inovasi', ...Array.from({ length: 1001 }, (_, i) => `Inovasi ${i}`)].join('\n');
    expect(h.call<Preview>('previewImport', { source: { kind: 'paste', text: big } })).toEqual({
      ok: false,
      message: IMPORT_TEXT.source.tooManyRows(1000),
    });
    for (const bad of [
      null,
      'teks',
      { source: { kind: 'url', url: 'x' } },
      { source: { kind: 'paste', text: 'a' }, mapping: 'name' },
    ])
      expect(h.call<Preview>('previewImport', bad)).toEqual({
        ok: false,
        message: IMPORT_TEXT.source.badRequest,
      });
  });

  it('is for admins only', () => {
    h.setUser(DINKES_OP);
    const r = h.call<Preview>('previewImport', { source: { kind: 'paste', text: PASTE } });
    expect(r).toEqual({ ok: false, message: ACCESS_MESSAGES.adminOnly(IMPORT_TEXT.adminAction) });
    expect(
      h.call<Outcome>('runImport', { source: { kind: 'paste', text: PASTE }, mapping: ['name'] }).ok,
    ).toBe(false);
    h.ui.alerts.length = 0;
    h.runMenu('showImportDialog');
    expect(h.ui.alerts.map((a) => a.message)).toEqual([ACCESS_MESSAGES.adminOnly(IMPORT_TEXT.adminAction)]);
    h.setUser(ADMIN);
    h.runMenu('showImportDialog');
    expect(h.ui.dialogs.at(-1)?.title).toBe(IMPORT_TEXT.dialogTitle);
  });

  it('waits for the document lock and changes nothing when it cannot get it', () => {
    const text = tsv(['Nama inovasi', 'OPD'], [['Warung Literasi', 'DISDIK']]);
    const release = h.holdLock('document');
    try {
      expect(run(h, { source: { kind: 'paste', text }, mapping: ['name', 'opd'] })).toEqual({
        ok: false,
        message: SAVE_MESSAGES.lockTimeout,
      });
    } finally {
      release();
    }
    expect(records(h, 'DISDIK')).toEqual([]);
  });
});

describe('import: all or nothing', () => {
  it('undoes the tabs already written when a later tab refuses, rows added for room included', () => {
    const h = setUp();
    addUsers(h, [[ADMIN2, 'Admin kedua', 'Admin', '', true]]);
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    // DINKES is nearly full (one spare row): the import must add rows to it.
    seedInnovations(h, { code: 'DINKES', name: 'Dinas Kesehatan' }, 100);
    // The owner locks DPMPTSP's tab for the second admin (as a sync that has not run yet would).
    const locked = h.spreadsheet.getSheetByName('Inovasi DPMPTSP')!;
    const protection = locked.getProtections('SHEET')[0]!;
    protection.removeEditor(ADMIN2);
    const tabs = ['DISDIK', 'DINKES', 'DPMPTSP'].map((o) => h.spreadsheet.getSheetByName(`Inovasi ${o}`)!);
    const snapshot = () => tabs.map((t) => ({ values: t.getDataRange().getValues(), rows: t.getMaxRows() }));
    const before = snapshot();
    const text = tsv(
      ['Nama inovasi', 'OPD'],
      [
        ['Warung Literasi Desa', 'DISDIK'],
        ['Ambulans Laut Pesisir', 'DINKES'],
        ['Donor Darah Keliling', 'DINKES'],
        ['Izin Usaha Sehari Jadi', 'DPMPTSP'],
      ],
    );
    let r: Outcome | null = null;
    const calls = h.measure(() => {
      r = run(h, { source: { kind: 'paste', text }, mapping: ['name', 'opd'] }, ADMIN2);
    });
    // DISDIK and DINKES were written (DINKES after adding a row), DPMPTSP refused, then the two
    // were put back and the added row removed.
    expect(calls['Range.setValues']).toBe(5);
    expect(calls['Sheet.insertRowsAfter']).toBe(1);
    expect(calls['Sheet.deleteRows']).toBe(1);
    expect(r).toEqual({
      ok: false,
      message: IMPORT_TEXT.outcome.writeFailed('Inovasi DPMPTSP', IMPORT_TEXT.outcome.protectedDetail),
    });
    expect(snapshot()).toEqual(before);
    // Once access is synced, the same import goes through whole.
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    const o = outcome(run(h, { source: { kind: 'paste', text }, mapping: ['name', 'opd'] }, ADMIN2));
    expect(o.imported).toBe(4);
    expect(records(h, 'DINKES')).toHaveLength(102);
  });
});
