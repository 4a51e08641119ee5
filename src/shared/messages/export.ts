// Texts of the IGA export: the column headers in the wording of the national IID application's
// form (methodology §2), the Ekspor IGA tab and its download dialog.

export const EXPORT_TEXT = {
  headers: {
    name: 'Nama Inovasi',
    stage: 'Tahapan Inovasi',
    initiator: 'Inisiator Inovasi Daerah',
    initiatorName: 'Nama Inisiator',
    kind: 'Jenis Inovasi',
    form: 'Bentuk Inovasi Daerah',
    theme: 'Tematik / Asta Cita',
    pkpnCluster: 'Klaster PKPN',
    classification: 'Klasifikasi Inovasi',
    mainAffair: 'Urusan Pemerintahan Utama',
    otherAffairs: 'Urusan Lain yang Beririsan',
    trialDate: 'Waktu Uji Coba Inovasi Daerah',
    implementationDate: 'Waktu Penerapan Inovasi Daerah',
    developmentDate: 'Waktu Pengembangan Inovasi Daerah',
    design: 'Rancang Bangun dan Pokok Perubahan yang Dilakukan',
    goal: 'Tujuan Inovasi Daerah',
    benefit: 'Manfaat yang Diperoleh',
    result: 'Hasil Inovasi',
    parameter: (id: string, name: string) => `${id}. ${name}: Parameter`,
    letterNumber: (id: string) => `${id}. Nomor Surat`,
    letterDate: (id: string) => `${id}. Tanggal Surat`,
    evidence: (id: string) => `${id}. Link Bukti Dukung`,
    opd: 'Perangkat Daerah (bantu)',
    id: 'ID Inovasi (bantu)',
    verifiedSidScore: 'Skor SID Terverifikasi (bantu)',
    note: 'Catatan Ekspor (bantu)',
  },
  stages: { inisiatif: 'Inisiatif', uji_coba: 'Uji Coba', penerapan: 'Penerapan' },
  basis: (id: string, measure: string) => `basis ${id}: ${measure}`,
  rejectedNote: (ids: string[]) => `Indikator ${ids.join(', ')} ditolak verifikator dan tidak diisikan.`,
  noEvidenceNote: (ids: string[]) => `Indikator ${ids.join(', ')} belum punya link bukti dukung.`,
  tab: 'Ekspor IGA',
  tabNote: (count: number, at: string) =>
    `${count} inovasi terverifikasi yang dihitung, siap disalin ke aplikasi IID nasional. Kolom bertanda "(bantu)" bukan isian formulir. Dibuat ${at}; dibuat ulang setiap kali menu Ekspor IGA dijalankan, jangan diubah manual.`,
  tabProtection: 'Tab Ekspor IGA dibuat ulang oleh menu Ekspor IGA; hanya admin yang dapat mengubah.',
  menuItem: 'Ekspor IGA…',
  dialogTitle: 'Ekspor IGA',
  nothing:
    'Belum ada inovasi terverifikasi yang dihitung, jadi tab Ekspor IGA masih kosong. Verifikasi inovasi dulu, lalu ekspor lagi.',
  failed:
    'Ekspor gagal karena kesalahan tak terduga. Coba lagi; bila berulang, laporkan ke admin (rincian ada di log eksekusi Apps Script).',
  written: (count: number) => `Tab Ekspor IGA diperbarui: ${count} inovasi.`,
  dialog: {
    intro:
      'Tab Ekspor IGA sudah diperbarui dan siap disalin. Unduh isi yang sama sebagai CSV untuk diarsipkan atau dibuka di program lain.',
    separator: 'Pemisah kolom',
    comma: 'Koma (CSV standar, Google Sheets, LibreOffice)',
    semicolon: 'Titik koma (Microsoft Excel berbahasa Indonesia)',
    download: 'Unduh CSV',
    preparing: 'Menyiapkan CSV…',
    ready: (count: number, file: string) =>
      `${count} inovasi. Unduhan ${file} dimulai; bila tidak, klik tautan di bawah.`,
    link: (file: string) => `Unduh ${file}`,
    close: 'Tutup',
    failed: (message: string) => `Gagal: ${message}`,
  },
  csvName: (regency: string, date: string) =>
    `ekspor-iga-${regency
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${date}.csv`,
} as const;
