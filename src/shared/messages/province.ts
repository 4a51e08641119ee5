// Texts of the published Data Rekap tab and of the provincial rollup (menu "Hitung rekap
// provinsi"): the Kabupaten tab, the import tabs, the Ringkasan Provinsi dashboard and every
// reason a regency is not ranked, each with what to do about it.
import { formatNumber } from './common';

export const REKAP_TAB_NAME = 'Data Rekap';

export const REKAP_TEXT = {
  description:
    'Data Rekap: ringkasan mesin-baca untuk rekap provinsi/nasional (docs/kontrak-data-rekap.md). Ditulis oleh Hitung ulang skor. Jangan diubah manual.',
} as const;

export const PROVINCE_TABS = {
  regencies: 'Kabupaten',
  dashboard: 'Ringkasan Provinsi',
  importPrefix: 'Impor ',
} as const;

export const REGENCY_HEADERS = {
  name: 'Nama kabupaten/kota',
  code: 'Kode wilayah (Kemendagri)',
  url: 'URL spreadsheet kabupaten/kota',
} as const;

export const PROVINCE_TEXT = {
  menu: 'Hitung rekap provinsi',
  toastTitle: 'Rekap provinsi',
  regenciesDescription:
    'Daftar kabupaten/kota yang direkap: nama, kode wilayah Kemendagri (mis. 76.01), dan URL spreadsheet Inovasi Daerah-nya. Lalu jalankan menu Inovasi Daerah › Hitung rekap provinsi. Kode bawaan Sulawesi Barat adalah CONTOH: cocokkan dengan Permendagri kode wilayah yang berlaku.',
  importDescription: (name: string) =>
    `Salinan tab Data Rekap ${name} melalui IMPORTRANGE. Dibuat otomatis; jangan diubah.`,
  dashboardDescription:
    'Rekap provinsi, dihitung otomatis oleh menu Inovasi Daerah › Hitung rekap provinsi. Jangan diubah manual.',
  notProvince:
    'Spreadsheet ini bertingkat Kabupaten. Untuk rekap provinsi, ubah "Tingkat" di tab Pengaturan menjadi Provinsi, lalu jalankan menu ini lagi.',
  regenciesCreated:
    'Tab Kabupaten sudah dibuat. Isi nama, kode wilayah, dan URL spreadsheet setiap kabupaten/kota, lalu jalankan Hitung rekap provinsi lagi.',
  noRegencies:
    'Tab Kabupaten masih kosong: isi nama, kode wilayah, dan URL spreadsheet setiap kabupaten/kota.',
  adminOnly: 'Hanya admin yang dapat menghitung rekap provinsi.',
  busy: 'Hitung rekap lain sedang berjalan. Coba lagi sebentar lagi.',
  failed: (detail: string) => `Hitung rekap provinsi gagal: ${detail}`,
  done: (ranked: number, excluded: number) =>
    excluded
      ? `Selesai. ${ranked} kabupaten/kota diperingkat; ${excluded} belum dapat diperingkat: lihat bagian "Belum diperingkat" di tab Ringkasan Provinsi.`
      : `Selesai. ${ranked} kabupaten/kota diperingkat. Lihat tab Ringkasan Provinsi.`,
} as const;

export const PROVINCE_DASHBOARD = {
  title: (province: string) => `Rekap Indeks Inovasi Daerah — Provinsi ${province}`,
  subtitle: (rubric: string, period: number, at: string) =>
    `Rubrik ${rubric}, periode ${period}. Dihitung ${at}. Hanya kabupaten/kota dengan data yang lolos pemeriksaan yang diperingkat.`,
  rankingHeader: 'Peringkat kabupaten/kota (menurut IID terverifikasi)',
  rankingColumns: [
    'Peringkat terverifikasi',
    'Kabupaten/kota',
    'Kode',
    'IID terverifikasi',
    'Predikat terverifikasi',
    'Peringkat klaim',
    'IID klaim',
    'Predikat klaim',
    'Data dihitung',
  ],
  componentsHeader: 'Komponen skor (terverifikasi | klaim)',
  componentsColumns: [
    'Kabupaten/kota',
    'SPD',
    'SPD klaim',
    'SID rata-rata',
    'SID rata-rata klaim',
    'Skor jumlah inovasi',
    'Skor jumlah inovasi klaim',
  ],
  countsHeader: 'Jumlah inovasi per kabupaten/kota',
  countsColumns: [
    'Kabupaten/kota',
    'Inovasi tercatat',
    'Dihitung (klaim)',
    'Dihitung (terverifikasi)',
    'OPD',
  ],
  yandasHeader: 'Urusan pelayanan dasar yang belum punya inovasi terverifikasi yang dihitung',
  yandasCovered: 'ada',
  yandasMissing: 'BELUM',
  actionsHeader: 'Langkah teratas setiap kabupaten/kota dan nilainya',
  actionsColumns: ['Kabupaten/kota', 'Kenaikan IID', 'Proyeksi', 'Langkah'],
  projection: { claimed: 'klaim', verified: 'terverifikasi' } as Record<string, string>,
  noAction: 'Tidak ada langkah yang menaikkan skor.',
  trendHeader: 'Tren IID terverifikasi (periode yang sudah ditutup, lalu periode ini)',
  trendFirstColumn: 'Kabupaten/kota',
  trendNoData: '—',
  excludedHeader: 'Belum diperingkat (perlu tindakan)',
  excludedColumns: ['Kabupaten/kota', 'Kode', 'Masalah dan langkahnya'],
  noneRanked: 'Belum ada kabupaten/kota yang dapat diperingkat.',
  noneExcluded: 'Semua kabupaten/kota lolos pemeriksaan.',
} as const;

/** Why a regency is not ranked, with the exact step that fixes it. */
export const REGENCY_PROBLEM_TEXT = {
  ref: (tab: string) =>
    `Akses belum diizinkan (#REF!). Langkah: pastikan akun Anda dapat melihat spreadsheet kabupaten/kota ini (minta admin kabupaten/kota membagikannya kepada Anda sebagai Pelihat), lalu buka tab "${tab}", klik sel A1, dan klik tombol "Izinkan akses" (Allow access) pada kotak yang muncul. Setelah data tampil, jalankan Hitung rekap provinsi lagi. Bila kotak itu justru menyebut "Unable to parse range", spreadsheet tersebut belum punya tab Data Rekap: minta admin kabupaten/kota memperbarui add-on dan menjalankan Hitung ulang skor.`,
  loading: (tab: string) =>
    `Data dari tab "${tab}" belum selesai dimuat. Tunggu sebentar, lalu jalankan Hitung rekap provinsi lagi.`,
  linkedNow: (tab: string) =>
    `Tab "${tab}" baru dibuat dan disambungkan. Buka tab itu, klik sel A1, klik "Izinkan akses" (Allow access) bila diminta, lalu jalankan Hitung rekap provinsi lagi.`,
  empty:
    'Tab Data Rekap kabupaten/kota ini kosong. Minta admin kabupaten/kota menjalankan Hitung ulang skor.',
  notRekap:
    'Yang terimpor bukan tab Data Rekap Inovasi Daerah. Periksa URL di tab Kabupaten; kabupaten/kota perlu menjalankan Hitung ulang skor dengan versi add-on terbaru.',
  version: (found: string, expected: number) =>
    `Versi skema Data Rekap ${found || '(kosong)'}, sedangkan rekap ini membaca versi ${expected}. Minta kabupaten/kota memperbarui add-on Inovasi Daerah lalu menjalankan Hitung ulang skor.`,
  missing: (key: string) =>
    `Data Rekap tidak memuat "${key}". Minta kabupaten/kota menjalankan Hitung ulang skor.`,
  badNumber: (key: string, value: string) =>
    `Nilai "${value}" pada "${key}" di Data Rekap tidak dapat dibaca. Minta kabupaten/kota menjalankan Hitung ulang skor.`,
  noName: 'Nama kabupaten/kota di tab Kabupaten kosong.',
  badCode: (value: string) => `Kode wilayah "${value}" di tab Kabupaten tidak berformat NN.NN (mis. 76.01).`,
  duplicateCode: (value: string) => `Kode wilayah ${value} tercantum lebih dari sekali di tab Kabupaten.`,
  badUrl:
    'URL di tab Kabupaten bukan alamat spreadsheet Google (https://docs.google.com/spreadsheets/d/…). Salin URL dari bilah alamat spreadsheet kabupaten/kota.',
  codeMismatch: (found: string, expected: string) =>
    `Data Rekap berkode wilayah ${found || '(kosong)'}, padahal tab Kabupaten menyebut ${expected}. Periksa URL, atau minta kabupaten/kota mengisi "Kode wilayah" di Pengaturan-nya.`,
  rubric: (found: string, expected: string) =>
    `Kabupaten/kota ini memakai rubrik ${found}, sedangkan provinsi memakai ${expected}: skor tidak sebanding. Samakan "Rubrik penilaian" di Pengaturan salah satunya, lalu hitung ulang.`,
  period: (found: number, expected: number) =>
    `Data periode ${found}, sedangkan rekap ini periode ${expected}.`,
  stale: (days: number, maxDays: number) =>
    `Data Rekap terakhir dihitung ${formatNumber(days, 0)} hari lalu (batas ${maxDays} hari). Minta kabupaten/kota menjalankan Hitung ulang skor.`,
  future:
    'Waktu hitung di Data Rekap berada di masa depan: periksa jam dan zona waktu spreadsheet kabupaten/kota.',
} as const;
