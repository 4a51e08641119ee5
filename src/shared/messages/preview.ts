// Texts of the local preview (`npm start`): the page that stands in for Google Sheets, its console
// output, and the demo data's disclaimer.

export const PREVIEW = {
  pageTitle: 'Pratinjau Inovasi Daerah',
  banner: 'Pratinjau lokal — bukan Google Sheets. Data contoh, alamat email fiktif.',
  userLabel: 'Masuk sebagai',
  download: 'Unduh .xlsx',
  reopen: 'Buka ulang',
  reopenTitle: 'Buka ulang spreadsheet sebagai pengguna ini (menjalankan onOpen lagi)',
  sidebarClose: 'Tutup',
  dialogClose: 'Tutup',
  ok: 'OK',
  cancel: 'Batal',
  yes: 'Ya',
  no: 'Tidak',
  close: 'Tutup',
  working: 'Menjalankan skrip…',
  finished: 'Skrip selesai',
  errorTitle: 'Terjadi kesalahan',
  groupAdmin: 'Admin (Balitbang)',
  groupVerifikator: 'Verifikator',
  groupOperator: 'Operator OPD',
  groupPimpinan: 'Pimpinan',
  groupOther: 'Lainnya',
  unknownEmail: 'email tidak dikenal',
  noIdentity: 'tanpa identitas (email kosong)',
  protectedRange: 'Dilindungi',
  protectedSheet: 'Seluruh tab dilindungi',
  editableBy: 'dapat diedit oleh',
  onlyOwner: 'hanya pemilik',
  owner: 'pemilik',
  warningOnly: 'hanya peringatan',
  warnsEveryone: 'siapa pun yang boleh mengedit tab ini diminta mengonfirmasi dulu; skrip tidak terhalang',
  youCanEdit: 'Anda dapat mengedit',
  youCannotEdit: 'Anda tidak dapat mengedit',
  exceptRanges: 'kecuali',
  dropdown: 'Pilihan',
  formulaNotEvaluated: 'Rumus tidak dihitung di pratinjau',
  truncated: 'Hanya sebagian baris/kolom yang ditampilkan.',
  emptySheet: 'Tab ini kosong.',
  noSheets: 'Spreadsheet belum berisi tab. Pilih menu Inovasi Daerah → Siapkan spreadsheet.',
  editHint: 'Klik dua kali sel untuk mengetik; Enter menyimpan, Esc membatalkan.',
  protectedEdit:
    'Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus perlindungan jika Anda perlu mengeditnya.',
  warningEdit:
    'Anda akan mengedit bagian yang dilindungi. Jika tidak perlu mengubahnya, sebaiknya batalkan. Tetap edit?',
  invalidInput: (cell: string, detail: string) =>
    `Data yang Anda masukkan di sel ${cell} melanggar aturan validasi data yang ditetapkan pada sel ini. ${detail}`,
  mustBeOneOf: (values: string[]) => `Masukkan nilai dari daftar: ${values.join(', ')}.`,
  connectionLost: 'Koneksi ke server pratinjau terputus. Apakah `npm start` masih berjalan?',
  chartNoData: 'Tidak ada data untuk diagram ini.',
  consoleReady: (url: string, statePath: string) =>
    `Pratinjau Inovasi Daerah berjalan di ${url} (data: ${statePath})`,
  consoleSeeded: (innovations: number, ms: number) =>
    `Data contoh Kabupaten Majene dibuat: ${innovations} inovasi (${ms} ms).`,
  consoleLoaded: (statePath: string) => `Data dimuat dari ${statePath}.`,
  consoleStop: 'Tekan Ctrl+C untuk berhenti.',
  consoleUsage: [
    'pemakaian: npm start -- [--port N] [--state BERKAS.json] [--reset] [--provinsi]',
    '  --port N       port lokal (bawaan 8080)',
    '  --state BERKAS berkas data pratinjau (bawaan .preview-state.json)',
    '  --reset        buang data lama dan buat ulang data contoh Majene',
    '  --provinsi     buka spreadsheet rekap provinsi Sulawesi Barat (enam kabupaten fiktif; berkas bawaan .preview-provinsi.json)',
  ].join('\n'),
  consoleBadArgument: (arg: string) => `argumen tidak dikenal: ${arg}`,
  consolePortInUse: (port: number) =>
    `Port ${port} sudah dipakai. Jalankan dengan port lain, misalnya: npm start -- --port ${port + 1}`,
  consoleNoBundle: 'dist/Code.js belum ada: jalankan npm run build (npm start melakukannya otomatis).',
  roleLabel: 'Peran di file',
  roleOwner: 'Pemilik',
  roleEditor: 'Editor',
  roleViewer: 'Pelihat',
  viewerHint:
    'Anda hanya dapat melihat spreadsheet ini (Pelihat): Google tidak menjalankan skrip untuk Pelihat, jadi tidak ada menu Inovasi Daerah, tidak ada sidebar, dan sel tidak dapat diketik.',
  viewerEdit: 'Anda hanya memiliki akses lihat ke spreadsheet ini. Minta akses edit kepada pemiliknya.',
  consentTitle: 'Izinkan akses',
  consentIntro: (email: string) =>
    `Skrip yang terpasang di spreadsheet ini meminta izin Anda sebelum berjalan pertama kali. ${email || 'Akun Anda'} akan mengizinkan Inovasi Daerah untuk:`,
  consentGranular:
    'Anda boleh menghapus centang sebuah izin; fitur yang memerlukannya akan gagal sampai izin itu diberikan.',
  consentAllow: 'Izinkan',
  consentPending: 'Belum mengizinkan akses: skrip meminta izin pada pemakaian pertama.',
  /** What each OAuth scope of the manifest lets the script do, as Google's consent screen says it. */
  scopes: {
    'https://www.googleapis.com/auth/spreadsheets.currentonly':
      'Melihat dan mengelola spreadsheet tempat aplikasi ini dipasang',
    'https://www.googleapis.com/auth/spreadsheets':
      'Melihat, mengedit, membuat, dan menghapus semua spreadsheet Google Spreadsheet Anda',
    'https://www.googleapis.com/auth/script.container.ui':
      'Menampilkan dan menjalankan konten web pihak ketiga dalam perintah dan sidebar di dalam aplikasi Google',
    'https://www.googleapis.com/auth/userinfo.email': 'Melihat alamat email utama Akun Google Anda',
    'https://www.googleapis.com/auth/script.send_mail': 'Mengirim email atas nama Anda',
    'https://www.googleapis.com/auth/script.scriptapp':
      'Memungkinkan aplikasi ini berjalan saat Anda tidak ada',
  } as Record<string, string>,
  demoNotice:
    'Data contoh fiktif untuk pratinjau: nama inovasi, orang, dan alamat email (@majene.example) bukan data resmi Kabupaten Majene.',
} as const;

/** The provincial demo (`npm start -- --provinsi`): every regency and every figure is fictional. */
export const PREVIEW_PROVINCE = {
  fictional: (name: string) => `${name} (fiktif)`,
  regencyFile: (name: string) => `Inovasi Daerah ${name} (contoh fiktif)`,
  provinceFile: 'Rekap Inovasi Daerah Provinsi Sulawesi Barat (contoh: semua angka fiktif)',
  consoleSeeded: (regencies: number, ms: number) =>
    `Data contoh provinsi dibuat: ${regencies} kabupaten fiktif, masing-masing spreadsheet sendiri, direkap dengan IMPORTRANGE (${ms} ms).`,
} as const;
