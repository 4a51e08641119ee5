// Texts of the reminders to OPDs (e-mail subject and body), their preview dialog and their log.
// The e-mail goes to operators who may not know the IID rules: it says what to do, per innovation.
import { APP_NAME, formatDateId, formatDateLongId, formatNumber, statusLabel, zoneLabel } from './common';

export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 1) return `${daysLeft} hari lagi`;
  if (daysLeft === 1) return 'besok';
  if (daysLeft === 0) return 'hari ini';
  return `sudah lewat ${-daysLeft} hari`;
}

export interface WordedIndicatorIssue {
  label: string;
  gap: 'not_filled' | 'no_evidence';
}

export type WordedIssue =
  | { kind: 'draft' }
  | { kind: 'returned'; note: string; indicatorNotes: { label: string; note: string }[] }
  | { kind: 'mandatory'; indicators: WordedIndicatorIssue[] }
  | { kind: 'evidence'; indicators: string[] }
  | { kind: 'design_words'; words: number; minimum: number };

export interface WordedInnovation {
  name: string;
  status: string;
  issues: WordedIssue[];
}

export interface ReminderWording {
  regencyName: string;
  opdName: string;
  noInnovation: boolean;
  itemCount: number;
  deadline: { date: string; daysLeft: number } | null;
  timeZone: string;
  innovations: WordedInnovation[];
  spreadsheetUrl?: string;
}

export function reminderSubject(w: ReminderWording): string {
  const what = `${w.itemCount} hal perlu dilengkapi`;
  if (!w.deadline) return `[${APP_NAME}] ${w.opdName}: ${what}`;
  const when =
    w.deadline.daysLeft < 0
      ? 'batas waktu sudah lewat'
      : `batas ${formatDateId(w.deadline.date)} (${daysLeftText(w.deadline.daysLeft)})`;
  return `[${APP_NAME}] ${w.opdName}: ${what}, ${when}`;
}

export function reminderBody(w: ReminderWording): string {
  const lines: string[] = [
    `Yth. Operator Inovasi Daerah ${w.opdName},`,
    '',
    `Berikut hal yang masih perlu dilengkapi untuk penilaian Indeks Inovasi Daerah (IID) ${w.regencyName}.`,
  ];
  if (w.deadline) {
    lines.push(
      '',
      `Batas waktu pengajuan: ${formatDateLongId(w.deadline.date)} (${zoneLabel(w.timeZone)}), ${daysLeftText(w.deadline.daysLeft)}.`,
    );
  }
  if (w.noInnovation) {
    lines.push(
      '',
      `- ${w.opdName} belum mencatat satu pun inovasi. Catat inovasi yang sudah berjalan melalui sidebar, lalu ajukan untuk verifikasi.`,
    );
  }
  w.innovations.forEach((inn, i) => {
    lines.push('', `${i + 1}. ${inn.name} (${statusLabel(inn.status)})`);
    for (const issue of inn.issues) lines.push(...issueLines(issue));
  });
  lines.push(
    '',
    'Cara melengkapi: buka spreadsheet Inovasi Daerah, pilih menu Inovasi Daerah › Buka sidebar, lalu perbaiki inovasi di atas.',
  );
  if (w.spreadsheetUrl) lines.push(w.spreadsheetUrl);
  lines.push(
    '',
    `Pesan ini dikirim otomatis oleh aplikasi ${APP_NAME} ${w.regencyName}. Jika Anda bukan lagi operator OPD ini, beri tahu admin agar daftar Pengguna diperbarui.`,
  );
  return lines.join('\n');
}

function issueLines(issue: WordedIssue): string[] {
  switch (issue.kind) {
    case 'draft':
      return ['   - Masih draf, belum diajukan: periksa, lalu pilih "Ajukan" di sidebar.'];
    case 'returned': {
      const out = [
        issue.note
          ? `   - Dikembalikan verifikator untuk diperbaiki. Catatan: "${issue.note}"`
          : '   - Dikembalikan verifikator untuk diperbaiki.',
      ];
      for (const n of issue.indicatorNotes) out.push(`       * ${n.label}: "${n.note}"`);
      out.push('     Setelah diperbaiki, ajukan kembali.');
      return out;
    }
    case 'mandatory':
      return [
        '   - Indikator wajib belum lengkap (tanpa ini inovasi tidak dihitung):',
        ...issue.indicators.map(
          (i) =>
            `       * ${i.label}: ${i.gap === 'not_filled' ? 'tingkat belum dipilih' : 'tautan bukti belum diisi'}`,
        ),
      ];
    case 'evidence':
      return [
        `   - Tingkat sudah dipilih tetapi tautan bukti belum diisi (nilainya masih 0): ${issue.indicators.join('; ')}`,
      ];
    case 'design_words':
      return [
        `   - Rancang bangun baru ${formatNumber(issue.words, 0)} kata; minimal ${formatNumber(issue.minimum, 0)} kata.`,
      ];
  }
}

/** Texts of the server side of reminders: menu, preview dialog, quota, trigger, log. */
export const REMINDER_TEXT = {
  menuItem: 'Kirim Pengingat…',
  dialogTitle: 'Kirim Pengingat ke OPD',
  openFailed:
    'Dialog pengingat tidak dapat dibuka karena kesalahan tak terduga; rinciannya ada di log eksekusi Apps Script.',
  logTab: 'Log Pengingat',
  logDescription:
    'Dicatat otomatis setiap kali pengingat dikirim (menu Inovasi Daerah › Admin › Kirim Pengingat atau pengingat mingguan). Jangan diubah manual.',
  logHeaders: ['Waktu', 'Kepada', 'OPD', 'Subjek', 'Hasil', 'Dikirim oleh', 'Cara'] as const,
  resultSent: 'Terkirim',
  resultFailed: (message: string) => `Gagal: ${message}`,
  resultQuota: (remaining: number, needed: number) =>
    `Tidak dikirim: sisa kuota email harian ${remaining}, dibutuhkan ${needed}`,
  resultNoRecipient: 'Tidak dikirim: OPD tidak punya operator aktif',
  modeManual: 'Manual',
  modeWeekly: 'Mingguan (otomatis)',
  nothingToSend: 'Semua OPD sudah lengkap: tidak ada pengingat yang perlu dikirim.',
  quotaShort: (remaining: number, needed: number) =>
    `Sisa kuota email harian Google hanya ${remaining}, sedangkan pengingat ini perlu ${needed} penerima. Tidak ada email yang dikirim. Coba lagi besok atau kurangi penerima.`,
  changedSincePreview:
    'Data berubah sejak pratinjau dibuat (ada inovasi atau pengguna yang diperbarui). Tidak ada email yang dikirim; periksa pratinjau terbaru lalu kirim lagi.',
  alreadySent: (at: string) =>
    `Pengingat yang sama persis sudah dikirim pada ${at}; tidak dikirim dua kali. Pengingat berikutnya berisi keadaan terbaru.`,
  sent: (sent: number, failed: number) =>
    failed
      ? `${sent} pengingat terkirim, ${failed} gagal. Lihat tab Log Pengingat.`
      : `${sent} pengingat terkirim. Rinciannya ada di tab Log Pengingat.`,
  unreachable: (names: string[]) =>
    `OPD tanpa operator aktif (tidak bisa diingatkan, tambahkan operatornya di tab Pengguna): ${names.join(', ')}`,
  weeklyOn: 'Pengingat mingguan aktif: setiap Senin sekitar pukul 08.00.',
  weeklyOff: 'Pengingat mingguan nonaktif.',
  weeklyOwnedByOther: (owner: string) =>
    `Pengingat mingguan dipasang oleh ${owner}. Hanya ${owner} yang dapat menonaktifkannya (aturan Google: pemicu milik pemasangnya).`,
  weeklyOwner: (owner: string) => `Dipasang oleh ${owner}.`,
  weeklyNotAdmin:
    'Pengingat mingguan dimatikan: pemasangnya bukan admin aktif lagi di tab Pengguna. Admin lain dapat memasangnya kembali.',
  weeklyNotInstalled: 'Pengingat mingguan belum diaktifkan oleh admin.',
  quotaLine: (remaining: number, needed: number) =>
    `Sisa kuota email harian: ${remaining}. Dibutuhkan: ${needed} penerima.`,
} as const;

/** Texts of the Pengingat preview dialog. */
export const REMINDER_DIALOG = {
  loading: 'Menyusun pratinjau pengingat…',
  reload: 'Muat ulang pratinjau',
  sentAlready: 'Sudah dikirim',
  close: 'Tutup',
  send: (n: number) => (n === 1 ? 'Kirim 1 pengingat' : `Kirim ${n} pengingat`),
  sending: 'Mengirim…',
  summary: (opds: number, recipients: number) =>
    opds === 0
      ? 'Tidak ada OPD yang perlu diingatkan.'
      : `${opds} OPD akan menerima pengingat, ${recipients} penerima seluruhnya.`,
  deadline: (text: string) => `Batas waktu pengajuan: ${text}.`,
  noDeadline: 'Batas waktu belum diisi di tab Pengaturan; pengingat dikirim tanpa tanggal.',
  quota: (remaining: number) => `Sisa kuota email harian: ${remaining}.`,
  quotaShort: (remaining: number, needed: number) =>
    `Kuota tidak cukup (${remaining} tersisa, ${needed} dibutuhkan): tidak ada email yang akan dikirim.`,
  problems: 'Ada masalah saat membaca data (pengingat tetap bisa dikirim):',
  recipients: 'Kepada',
  items: (n: number) => `${n} hal`,
  unreachableTitle: 'Tanpa operator aktif (tidak bisa diingatkan; tambahkan operatornya di tab Pengguna):',
  completeTitle: 'Sudah lengkap (tidak dikirimi):',
  weeklyTitle: 'Pengingat mingguan',
  weeklyLabel: 'Kirim otomatis setiap Senin sekitar pukul 08.00',
  failed: (message: string) => `Gagal: ${message}`,
} as const;
