// Texts of the year-over-year history: the Riwayat and Tren tabs, the Tutup Periode dialogs, and
// why an innovation can or cannot be reported again next year.
import type { IneligibleReason } from '../../core/history';
import { formatDateId, formatNumber } from './common';

export const HISTORY_TEXT = {
  menuClose: 'Tutup Periode…',
  menuTrend: 'Perbarui Tren',
  historyTab: 'Riwayat',
  trendTab: 'Tren',
  historyDescription:
    'Arsip hasil setiap periode yang ditutup (menu Inovasi Daerah › Admin › Tutup Periode). Satu baris kabupaten, satu baris per OPD, dan satu baris per inovasi dengan ID tetapnya. Jangan diubah manual.',
  kinds: { kabupaten: 'Kabupaten', opd: 'OPD', inovasi: 'Inovasi' } as Record<string, string>,
  headers: [
    'Tahun',
    'Jenis',
    'Rubrik',
    'Kode OPD',
    'Nama OPD / daerah',
    'ID inovasi',
    'Nama inovasi',
    'Tahapan',
    'Status',
    'Jumlah inovasi',
    'Dihitung (klaim)',
    'Dihitung (terverifikasi)',
    'Skor SID (klaim)',
    'Skor SID (terverifikasi)',
    'Kontribusi (klaim)',
    'Kontribusi (terverifikasi)',
    'SPD',
    'IID (klaim)',
    'IID (terverifikasi)',
    'Predikat (klaim)',
    'Predikat (terverifikasi)',
    'Ditutup pada',
    'Ditutup oleh',
  ] as const,
  confirmTitle: (year: number) => `Tutup periode IID ${year}`,
  confirm: (p: {
    year: number;
    regency: string;
    iid: number;
    verifiedIid: number;
    predikat: string;
    verifiedPredikat: string;
    opds: number;
    innovations: number;
    verifiedCounted: number;
  }) =>
    [
      `Hasil ${p.regency} tahun ${p.year} akan diarsipkan ke tab Riwayat:`,
      `IID klaim ${formatNumber(p.iid)} (${p.predikat}), IID terverifikasi ${formatNumber(p.verifiedIid)} (${p.verifiedPredikat});`,
      `${p.opds} OPD dan ${p.innovations} inovasi, ${p.verifiedCounted} di antaranya dihitung terverifikasi.`,
      '',
      'Data inovasi tidak dihapus dan ID-nya tetap. Lanjutkan?',
    ].join('\n'),
  alreadyClosedTitle: (year: number) => `Periode ${year} sudah ditutup`,
  alreadyClosed: (year: number, at: string) =>
    `Periode ${year} sudah diarsipkan pada ${at}. Ganti arsip lama dengan hasil saat ini? Pilih Tidak untuk membiarkan arsip lama.`,
  cancelled: 'Tutup periode dibatalkan; tidak ada yang diubah.',
  closedMeanwhile: (year: number) =>
    `Periode ${year} baru saja ditutup oleh admin lain. Tidak ada yang ditulis dua kali; lihat tab Riwayat.`,
  failed:
    'Terjadi kesalahan tak terduga; tidak semua perubahan mungkin tersimpan. Coba lagi, dan bila berulang, laporkan ke admin (rincian ada di log eksekusi Apps Script).',
  closed: (year: number, rows: number, next: string) =>
    `Periode ${year} ditutup: ${rows} baris ditambahkan ke tab Riwayat, tab Tren diperbarui. ${next}`,
  nextRubric: (nextYear: number, hasPreset: boolean) =>
    hasPreset
      ? `Untuk mulai menilai ${nextYear}, ganti "Rubrik penilaian" di tab Pengaturan ke iid-${nextYear}.`
      : `Rubrik ${nextYear} belum tersedia di aplikasi; kelayakan tahun depan belum bisa dinilai.`,
  trendUpdated: (years: number) => `Tab Tren diperbarui (${years} tahun terarsip).`,
  noHistory: 'Belum ada periode yang ditutup. Tab Tren akan terisi setelah Tutup Periode pertama.',
  trendTitle: (regency: string) => `Tren Indeks Inovasi Daerah ${regency}`,
  trendProtection:
    'Tab Tren dibuat ulang oleh menu Tutup Periode dan Perbarui Tren; hanya admin yang dapat mengubah.',
  trendNote: (at: string) =>
    `Dari tab Riwayat (periode yang sudah ditutup). Diperbarui ${at} oleh menu Tutup Periode atau Perbarui Tren; jangan diubah manual.`,
  iidTableTitle: 'IID per tahun',
  iidHeaders: [
    'Tahun',
    'IID (klaim)',
    'IID (terverifikasi)',
    'Predikat (terverifikasi)',
    'Jumlah inovasi',
    'Dihitung (terverifikasi)',
  ] as const,
  opdTableTitle: 'Inovasi dihitung (terverifikasi) per OPD per tahun',
  opdHeader: 'OPD',
  eligibilityTitle: (year: number) => `Pelaporan ulang: kelayakan inovasi untuk IID ${year}`,
  eligibilityRule: (max: number | null, rubric: string | null) =>
    rubric === null
      ? 'Rubrik tahun itu belum tersedia; kelayakan belum bisa dinilai.'
      : max === null
        ? `Rubrik ${rubric} tidak membatasi berapa kali inovasi boleh dilaporkan; hanya jendela waktu penerapan/pengembangan yang diperiksa.`
        : `Rubrik ${rubric}: satu inovasi paling banyak dilaporkan ${max} kali, dan penerapan atau pengembangannya harus di dalam jendela waktu.`,
  eligibilityHeaders: [
    'ID inovasi',
    'OPD',
    'Nama inovasi',
    'Kali dilaporkan',
    'Tahun dilaporkan',
    'Layak tahun depan',
    'Alasan',
  ] as const,
  yes: 'Ya',
  no: 'Tidak',
  unknown: 'Belum diketahui',
  chartIid: 'IID per tahun',
  chartOpd: 'Inovasi dihitung per OPD',
  dashboardPointer: 'Tren IID dan jumlah inovasi per OPD antartahun: lihat tab Tren.',
} as const;

export function ineligibleText(reason: IneligibleReason): string {
  switch (reason.code) {
    case 'window':
      return `penerapan dan pengembangan di luar jendela ${formatDateId(reason.start)} – ${formatDateId(reason.end)}`;
    case 'limit':
      return `sudah dilaporkan ${reason.times} kali (batas ${reason.max} kali)`;
    case 'no_rules':
      return `rubrik ${reason.year} belum tersedia`;
  }
}

/** Shared by the admin operations of reminders, history and export. */
export const ADMIN_TEXT = {
  busy: 'Operasi admin lain (kirim pengingat, tutup periode, ekspor, atau hitung ulang) sedang berjalan. Tidak ada yang berubah; coba lagi sebentar lagi.',
} as const;
