// Integrity of the register: rows whose status, ID or server-owned columns cannot be trusted, the
// "Temuan integritas" section of Ringkasan, protection drift, separation of duties.
import type { IntegrityCode } from '../../core/integrity';

export const INTEGRITY_TEXT = {
  problem: {
    missing_id: 'ID kosong: baris ini diisi di luar sidebar; diperlakukan sebagai draf',
    foreign_id: (id: string, opd: string) =>
      `ID ${id} bukan milik OPD ${opd} (diketik dari tab lain?); diperlakukan sebagai draf dan tidak memakai verifikasi mana pun`,
    repeated_id: (id: string) =>
      `ID ${id} sudah dipakai baris sebelumnya; baris ini diperlakukan sebagai draf sampai diperbaiki`,
    submit_rules: (n: number) =>
      `Status "Diajukan" tetapi isinya belum memenuhi syarat pengajuan (${n} isian); diperlakukan sebagai draf`,
    verdict_by_party: (by: string) =>
      `putusan verifikasi oleh ${by || 'pembuat'} tidak berlaku: ia pembuat, pengubah terakhir, atau tercatat untuk OPD ini (pemisahan tugas); perlu diverifikasi orang lain`,
  } satisfies Record<IntegrityCode, unknown>,
  /** A server-owned cell typed by hand (the seal no longer matches). */
  handEdit: (fields: string[]) =>
    `kolom ${fields.map((f) => `"${f}"`).join(', ')} diubah langsung di sheet (bukan lewat sidebar)`,
  contentEdit:
    'isi inovasi diubah langsung di sheet (bukan lewat sidebar); verifikasi, bila ada, perlu diulang',
  /** In a conflict message when "Diubah oleh/pada" were typed by hand. */
  unknownWhen: 'waktu yang tidak tercatat (kolom Diubah oleh/pada diubah langsung di sheet)',
  row: (tab: string, row: number, name: string) => `${tab} baris ${row}${name ? ` (${name})` : ''}`,
  dashboardHeader: 'Temuan integritas',
  dashboardNone: 'Tidak ada temuan: status, ID, dan kolom milik server sesuai isinya.',
  dashboardMore: (n: number) => `… dan ${n} temuan lain (lihat kolom Masalah di tab Skor Inovasi).`,
  restored: (tab: string, what: string) => `Proteksi tab ${tab} dipulihkan (${what}).`,
  restoreFailed: (tab: string) =>
    `Proteksi tab ${tab} berubah dan tidak dapat dipulihkan dengan akun ini: minta pemilik spreadsheet menjalankan Inovasi Daerah › Admin › Sinkronkan akses.`,
  drift: {
    missing: 'proteksi dihapus',
    warningOnly: 'proteksi diubah menjadi hanya peringatan',
    editors: (added: string[], removed: string[]) =>
      [
        added.length ? `editor ditambahkan: ${added.join(', ')}` : '',
        removed.length ? `editor dihapus: ${removed.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    domain: 'semua orang di domain boleh mengubah',
    serverColumns: 'peringatan kolom milik server dihapus',
  },
  serverColumnsDescription:
    'Kolom milik server (diisi sidebar). Ubahan manual terdeteksi dan dilaporkan di Ringkasan.',
  separation: {
    author:
      'Anda yang membuat atau terakhir mengubah inovasi ini, jadi tidak dapat memverifikasinya (pemisahan tugas). Minta verifikator lain.',
    ownOpd: (opd: string) =>
      `Akun Anda di tab Pengguna tercatat untuk OPD ${opd}, jadi Anda tidak dapat memverifikasi inovasi OPD itu (pemisahan tugas). Minta verifikator lain.`,
  },
  notEligible: (reasons: string[]) =>
    `Inovasi ini belum dapat diverifikasi: ${reasons.join('; ')}. Operator perlu memperbaikinya dan mengajukan lagi.`,
} as const;
