// The provincial rollup on the built bundle: Sulawesi Barat's six regency spreadsheets and one
// provincial spreadsheet in one emulated drive, joined only by IMPORTRANGE. One regency has not
// been allowed yet, one uses another rubric, one has stale data, one publishes another contract
// version: each is reported in Bahasa Indonesia with its step, and none is ranked.
import { beforeAll, describe, expect, it } from 'vitest';
import { REKAP_VERSION, readRekap } from '../../src/core/rekap';
import { createDrive, type Drive } from '../../src/emulator/drive';
import { createHarness, type Harness } from '../../src/emulator/harness';
import { REGENCY_PROBLEM_TEXT } from '../../src/shared/messages/province';
import { bundlePath, seedInnovations, tabValues } from './support';

const DAY = 86_400_000;
const PROVINCE_ADMIN = 'balitbangda@sulbarprov.go.id';
const NOW = Date.UTC(2027, 2, 10, 2, 0);

interface Regency {
  id: string;
  name: string;
  code: string;
  admin: string;
  innovations: number;
  rubric?: string;
  /** Days before NOW that its recalculation ran. */
  age?: number;
}

const REGENCIES: Regency[] = [
  {
    id: 'key_majene_000000000001',
    name: 'Kabupaten Majene',
    code: '76.01',
    admin: 'admin@majenekab.go.id',
    innovations: 6,
  },
  {
    id: 'key_polman_000000000002',
    name: 'Kabupaten Polewali Mandar',
    code: '76.02',
    admin: 'admin@polmankab.go.id',
    innovations: 3,
  },
  {
    id: 'key_mamasa_000000000003',
    name: 'Kabupaten Mamasa',
    code: '76.03',
    admin: 'admin@mamasakab.go.id',
    innovations: 2,
    rubric: 'iid-2026',
  },
  {
    id: 'key_mamuju_000000000004',
    name: 'Kabupaten Mamuju',
    code: '76.04',
    admin: 'admin@mamujukab.go.id',
    innovations: 4,
    age: 60,
  },
  {
    id: 'key_pasangkayu_0000005',
    name: 'Kabupaten Pasangkayu',
    code: '76.05',
    admin: 'admin@pasangkayukab.go.id',
    innovations: 1,
  },
  {
    id: 'key_mateng_000000000006',
    name: 'Kabupaten Mamuju Tengah',
    code: '76.06',
    admin: 'admin@matengkab.go.id',
    innovations: 2,
  },
];
const NOT_ALLOWED = '76.06';
const NEWER_CONTRACT = '76.05';
const PROVINCE_ID = 'key_sulbarprov_00000000';

function setSetting(h: Harness, label: string, value: string): void {
  const sheet = h.spreadsheet.getSheetByName('Pengaturan')!;
  const keys = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const row = keys.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no setting ${label}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

function recalcRegency(drive: Drive, r: Regency, setClock: (t: number) => void): void {
  const h = drive.get(r.id);
  // Half a day earlier still: each emulated execution moves its own clock on by its modelled
  // seconds, which must not change a whole-day age.
  setClock(NOW - (r.age ?? 0) * DAY - (r.age ? DAY / 2 : 0));
  h.runMenu('recalculate');
  setClock(NOW);
}

describe('provincial rollup over six regency spreadsheets', () => {
  let clock = NOW;
  const setClock = (t: number) => {
    clock = t;
  };
  let drive: Drive;
  let province: Harness;

  beforeAll(() => {
    drive = createDrive({ refreshDelayMs: 0, now: () => clock });
    for (const r of REGENCIES) {
      const h = createHarness({
        owner: r.admin,
        user: r.admin,
        bundlePath: bundlePath(),
        now: () => new Date(clock),
      });
      drive.add(r.id, h);
      h.runMenu('setupSpreadsheet');
      setSetting(h, 'Nama pemerintah daerah', r.name);
      setSetting(h, 'Kode wilayah (Kemendagri)', r.code);
      if (r.rubric) setSetting(h, 'Rubrik penilaian', r.rubric);
      else seedInnovations(h, { code: 'DINKES', name: 'Dinas Kesehatan' }, r.innovations);
      recalcRegency(drive, r, setClock);
      // The province's admin may view each regency's file (Google: IMPORTRANGE needs that).
      h.share(PROVINCE_ADMIN, 'viewer');
    }
    const newer = drive.get(REGENCIES.find((r) => r.code === NEWER_CONTRACT)!.id);
    const rekap = newer.spreadsheet.getSheetByName('Data Rekap')!;
    rekap.getRange('B2').setValue(String(REKAP_VERSION + 1));

    province = createHarness({
      owner: PROVINCE_ADMIN,
      user: PROVINCE_ADMIN,
      bundlePath: bundlePath(),
      now: () => new Date(clock),
    });
    drive.add(PROVINCE_ID, province);
    province.runMenu('setupSpreadsheet');
    setSetting(province, 'Nama pemerintah daerah', 'Provinsi Sulawesi Barat');
    setSetting(province, 'Tingkat', 'Provinsi');
  });

  it('publishes a Data Rekap that the contract reader accepts', () => {
    const majene = drive.get(REGENCIES[0]!.id);
    const read = readRekap(tabValues(majene, 'Data Rekap'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data).toMatchObject({
      regencyName: 'Kabupaten Majene',
      regionCode: '76.01',
      rubric: 'iid-2027',
    });
    expect(read.data.innovations).toBe(6);
    expect(read.data.opds.find((o) => o.code === 'DINKES')?.total).toBe(6);
    expect(read.data.claimed.counted).toBeGreaterThan(0);
    // The recalculation ran at NOW on its own clock, moved on by the modelled seconds of the
    // executions before it (setup, the seeding, the recalculation itself).
    const computedAt = Date.parse(read.data.computedAt);
    expect(computedAt).toBeGreaterThanOrEqual(NOW);
    expect(computedAt).toBeLessThan(NOW + 10 * 60_000);
  });

  it('refuses to roll up on a regency spreadsheet', () => {
    const majene = drive.get(REGENCIES[0]!.id);
    majene.runMenu('recalculateProvince');
    expect(majene.ui.alerts.at(-1)?.message ?? JSON.stringify(majene.ui.alerts.at(-1))).toMatch(/Tingkat/);
    expect(majene.spreadsheet.getSheetByName('Ringkasan Provinsi')).toBeNull();
    // Setup offers Tingkat as a dropdown on Pengaturan, Kabupaten by default.
    const settings = majene.spreadsheet.getSheetByName('Pengaturan')!;
    const row =
      settings
        .getRange('A:A')
        .getValues()
        .findIndex((r) => r[0] === 'Tingkat') + 1;
    expect(settings.getRange(row, 2).getValue()).toBe('Kabupaten');
    expect(settings.getRange(row, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Kabupaten',
      'Provinsi',
    ]);
  });

  it('creates the Kabupaten tab with Sulawesi Barat, links each regency, and ranks only checked data', () => {
    province.runMenu('recalculateProvince');
    const listed = tabValues(province, 'Kabupaten').slice(2);
    expect(listed.map((r) => r[1])).toEqual(['76.01', '76.02', '76.03', '76.04', '76.05', '76.06']);
    const sheet = province.spreadsheet.getSheetByName('Kabupaten')!;
    sheet
      .getRange(3, 3, 6, 1)
      .setValues(
        listed.map((r) => [
          `https://docs.google.com/spreadsheets/d/${REGENCIES.find((x) => x.code === r[1])!.id}/edit`,
        ]),
      );

    province.runMenu('recalculateProvince');
    let text = tabValues(province, 'Ringkasan Provinsi').flat().join('\n');
    for (const r of REGENCIES) expect(text).toContain(REGENCY_PROBLEM_TEXT.linkedNow(`Impor ${r.code}`));

    for (const r of REGENCIES)
      if (r.code !== NOT_ALLOWED) drive.allowAccess(PROVINCE_ID, r.id, PROVINCE_ADMIN);
    province.runMenu('recalculateProvince');
    const grid = tabValues(province, 'Ringkasan Provinsi');
    text = grid.flat().join('\n');

    const excludedAt = grid.findIndex((r) => r[0] === 'Belum diperingkat (perlu tindakan)');
    const excluded = grid.slice(excludedAt + 2).filter((r) => r[1]);
    const reason = (code: string) => String(excluded.find((r) => r[1] === code)?.[2] ?? '');
    expect(excluded.map((r) => r[1]).sort()).toEqual(['76.03', '76.04', '76.05', '76.06']);
    expect(reason('76.06')).toBe(REGENCY_PROBLEM_TEXT.ref('Impor 76.06'));
    expect(reason('76.06')).toContain('Izinkan akses');
    expect(reason('76.03')).toContain(REGENCY_PROBLEM_TEXT.rubric('iid-2026', 'iid-2027'));
    expect(reason('76.04')).toBe(REGENCY_PROBLEM_TEXT.stale(60, 30));
    expect(reason('76.05')).toBe(REGENCY_PROBLEM_TEXT.version(String(REKAP_VERSION + 1), REKAP_VERSION));

    // The ranking holds exactly the two regencies whose data passed every check, best first.
    const rankingAt = grid.findIndex((r) => r[0] === 'Peringkat terverifikasi');
    const ranked = grid.slice(rankingAt + 1, rankingAt + 3);
    expect(ranked.map((r) => r[2])).toEqual(['76.01', '76.02']);
    // Nothing is verified yet: equal verified IIDs share rank 1, the claimed IID breaks the order.
    expect(ranked[0]![3]).toBe(ranked[1]![3]);
    expect(ranked.map((r) => r[0])).toEqual([1, 1]);
    expect(ranked.map((r) => r[5])).toEqual([1, 2]);
    expect(Number(ranked[0]![6])).toBeGreaterThan(Number(ranked[1]![6]));
    expect(grid[rankingAt + 3]![0]).toBe('Komponen skor (terverifikasi | klaim)');
    for (const code of ['76.03', '76.04', '76.05', '76.06'])
      expect(grid.slice(0, excludedAt).some((r) => r.includes(code))).toBe(false);
    expect(text).toContain('Urusan pelayanan dasar');
    expect(text).toContain('BELUM');
  });

  it('follows a regency that recalculates: fresh data gets ranked on the next rollup', () => {
    const mamuju = REGENCIES.find((r) => r.code === '76.04')!;
    recalcRegency(drive, { ...mamuju, age: 0 }, setClock);
    province.runMenu('recalculateProvince');
    const grid = tabValues(province, 'Ringkasan Provinsi');
    const rankingAt = grid.findIndex((r) => r[0] === 'Peringkat terverifikasi');
    expect(grid.slice(rankingAt + 1, rankingAt + 4).map((r) => r[2])).toContain('76.04');
  });

  it('refuses anyone but an admin, and changes nothing', () => {
    const before = tabValues(province, 'Ringkasan Provinsi');
    province.setUser('tamu@gmail.com');
    province.runMenu('recalculateProvince');
    province.setUser(PROVINCE_ADMIN);
    expect(JSON.stringify(province.ui.alerts.at(-1))).toContain('admin');
    expect(tabValues(province, 'Ringkasan Provinsi')).toEqual(before);
  });

  it('keeps the regency sheets out of reach of a typed formula in the Kabupaten tab', () => {
    const sheet = province.spreadsheet.getSheetByName('Kabupaten')!;
    sheet.getRange(4, 3).setValue('"),IMPORTXML("http://x');
    province.runMenu('recalculateProvince');
    const text = tabValues(province, 'Ringkasan Provinsi').flat().join('\n');
    expect(text).toContain(REGENCY_PROBLEM_TEXT.badUrl);
    expect(province.spreadsheet.getSheetByName('Impor 76.02')!.getRange('A1').getFormula()).toMatch(
      /^=IMPORTRANGE\("key_polman_000000000002",/,
    );
  });
});
