// The provincial demo (`npm start -- --provinsi`): Sulawesi Barat's six regencies as six emulated
// spreadsheets in one drive, each seeded through the real bundle (Majene with the whole demo, the
// other five with different parts of it, so every figure differs and every one is fictional), and
// the province's spreadsheet that pulls their Data Rekap with IMPORTRANGE, as a province would:
// setup, Tingkat = Provinsi, the URLs in the Kabupaten tab, Hitung rekap provinsi, "Allow access"
// on each import tab, Hitung rekap provinsi again.
import { createDrive } from '../../emulator/drive';
import { createHarness, type Harness } from '../../emulator/harness';
import { PREVIEW_PROVINCE } from '../../shared/messages/preview';
import { SETTING_LABELS } from '../../shared/messages/server';
import { DEMO_OWNER, seedDemo } from './seed';

export const PROVINCE_OWNER = 'balitbangda@sulbar.example';
const PROVINCE_ID = 'demo_sulbar_provinsi_0000';

/** Each regency keeps the demo innovations whose index passes `keep`; every name says fictional. */
const REGENCIES: readonly { name: string; code: string; keep: (i: number) => boolean }[] = [
  { name: 'Kabupaten Majene', code: '76.01', keep: () => true },
  { name: 'Kabupaten Polewali Mandar', code: '76.02', keep: (i) => i % 3 !== 0 },
  { name: 'Kabupaten Mamasa', code: '76.03', keep: (i) => i % 4 === 1 },
  { name: 'Kabupaten Mamuju', code: '76.04', keep: (i) => i % 2 === 0 },
  { name: 'Kabupaten Pasangkayu', code: '76.05', keep: (i) => i < 9 },
  { name: 'Kabupaten Mamuju Tengah', code: '76.06', keep: (i) => i % 5 === 2 },
];

function setSetting(h: Harness, key: keyof typeof SETTING_LABELS, value: string): void {
  const sheet = h.spreadsheet.getSheetByName('Pengaturan');
  if (!sheet) throw new Error('tab Pengaturan belum ada setelah setup');
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const row = labels.findIndex((r) => r[0] === SETTING_LABELS[key]);
  if (row < 0) throw new Error(`baris ${SETTING_LABELS[key]} tidak ada di Pengaturan`);
  sheet.getRange(row + 1, 2).setValue(value);
}

/** Builds the drive and returns the province's spreadsheet, rolled up, and a console line. */
export function seedProvinceDemo(bundlePath: string): { harness: Harness; line: string } {
  const t0 = performance.now();
  const drive = createDrive({ refreshDelayMs: 0 });
  const regional = { bundlePath, locale: 'id_ID', timeZone: 'Asia/Makassar' };
  const urls = REGENCIES.map((r, k) => {
    const h = createHarness({ ...regional, owner: DEMO_OWNER, user: DEMO_OWNER });
    const url = drive.add(`demo_sulbar_${r.code.replace('.', '_')}_${k}`, h);
    h.state.spreadsheet.name = PREVIEW_PROVINCE.regencyFile(r.name);
    seedDemo(h, (_, i) => r.keep(i));
    setSetting(h, 'regencyName', PREVIEW_PROVINCE.fictional(r.name));
    setSetting(h, 'regionCode', r.code);
    h.runMenu('recalculate');
    h.share(PROVINCE_OWNER, 'viewer');
    return url;
  });

  const province = createHarness({ ...regional, owner: PROVINCE_OWNER, user: PROVINCE_OWNER });
  drive.add(PROVINCE_ID, province);
  province.state.spreadsheet.name = PREVIEW_PROVINCE.provinceFile;
  province.ui.respond((req) => (req.kind === 'prompt' ? { button: 'OK', text: '' } : 'OK'));
  province.runMenu('setupSpreadsheet');
  setSetting(province, 'regencyName', 'Provinsi Sulawesi Barat');
  setSetting(province, 'level', 'Provinsi');
  province.runMenu('recalculateProvince');
  const list = province.spreadsheet.getSheetByName('Kabupaten');
  if (!list) throw new Error('tab Kabupaten belum ada');
  list
    .getRange(3, 1, REGENCIES.length, 3)
    .setValues(REGENCIES.map((r, k) => [PREVIEW_PROVINCE.fictional(r.name), r.code, urls[k]!]));
  province.runMenu('recalculateProvince');
  for (const id of drive.ids()) if (id !== PROVINCE_ID) drive.allowAccess(PROVINCE_ID, id, PROVINCE_OWNER);
  province.runMenu('recalculateProvince');
  province.ui.alerts.length = 0;
  province.ui.toasts.length = 0;
  return {
    harness: province,
    line: PREVIEW_PROVINCE.consoleSeeded(REGENCIES.length, Math.round(performance.now() - t0)),
  };
}
