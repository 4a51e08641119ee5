// Texts of the server side: tab headers and descriptions, dropdown labels, menu items, and every
// message a save, a verification or the setup can return. Bahasa Indonesia, official terms kept.
import { INNOVATION_FIELD_NAMES } from './common';

/** Labels shown in the sheet's dropdowns; the sheets layer maps them to the model's codes and back. */
export { STAGE_LABELS } from './core';

export const INITIATOR_LABELS = {
  kepala_daerah: 'Kepala Daerah',
  anggota_dprd: 'Anggota DPRD',
  opd: 'Perangkat Daerah',
  asn: 'ASN',
  masyarakat: 'Masyarakat',
} as const;

export const KIND_LABELS = {
  digital: 'Digital (daring)',
  non_digital: 'Non digital (luring)',
} as const;

export const FORM_LABELS = {
  tata_kelola: 'Inovasi tata kelola pemerintahan daerah',
  pelayanan_publik: 'Inovasi pelayanan publik',
  lainnya: 'Inovasi daerah lainnya sesuai urusan',
} as const;

export const ORIGIN_LABELS = {
  program_opd: 'Program OPD',
  latpim: 'Proyek perubahan Latpim/PKN',
  pka: 'Aksi perubahan PKA',
  pkp: 'Aksi perubahan PKP',
  latsar: 'Aktualisasi Latsar CPNS',
  masyarakat: 'Usulan masyarakat',
  lainnya: 'Lainnya',
} as const;

export { STATUS_LABELS } from './common';

export const ROLE_LABELS = {
  admin: 'Admin',
  verifikator: 'Verifikator',
  operator: 'Operator',
  pimpinan: 'Pimpinan',
} as const;

export const VERDICT_LABELS = {
  accepted: 'Diterima',
  rejected: 'Ditolak',
} as const;

export const DECISION_LABELS = {
  verified: 'Terverifikasi',
  returned: 'Perlu Perbaikan',
} as const;

/** Tab names. OPD input tabs are `${OPD_TAB_PREFIX}${code}` (see sheets/layout.ts for the rule). */
export const TAB_NAMES = {
  dashboard: 'Ringkasan',
  opdSummary: 'Ringkasan OPD',
  scores: 'Skor Inovasi',
  verification: 'Verifikasi',
  spd: 'SPD',
  settings: 'Pengaturan',
  users: 'Pengguna',
  opds: 'OPD',
} as const;

export const OPD_TAB_PREFIX = 'Inovasi ';

/** The first row of every table tab: what the tab is and who writes it. */
export const TAB_DESCRIPTIONS = {
  opdSummary: 'Dihitung otomatis oleh menu Inovasi Daerah › Hitung ulang skor. Jangan diubah manual.',
  scores: 'Dihitung otomatis oleh menu Inovasi Daerah › Hitung ulang skor. Jangan diubah manual.',
  verification:
    'Diisi verifikator melalui sidebar (menu Inovasi Daerah › Verifikasi). Satu baris per inovasi yang diperiksa.',
  spd: 'Indikator Satuan Pemerintahan Daerah (SPD), diisi admin sekali untuk seluruh daerah. Pilih tingkat 0–3 dan isi bukti.',
  settings: 'Pengaturan daerah. Hanya admin yang dapat mengubah.',
  users:
    'Daftar pengguna: email, peran, dan OPD (untuk operator). Setelah mengubah, jalankan menu Inovasi Daerah › Admin › Sinkronkan akses.',
  opds: 'CONTOH yang dapat diubah, bukan daftar resmi perangkat daerah Kabupaten Majene. Sesuaikan dengan daftar OPD yang berlaku, lalu jalankan Siapkan/perbaiki spreadsheet.',
  opdTab: (name: string) =>
    `Inovasi ${name}. Isi melalui sidebar (menu Inovasi Daerah › Buka sidebar); kolom ID sampai Diubah pada diisi otomatis.`,
} as const;

export const HEADERS = {
  id: 'ID',
  revision: 'Revisi',
  status: 'Status',
  idempotencyKey: 'Kunci pengajuan terakhir',
  fingerprint: 'Sidik jari',
  seal: 'Segel',
  createdBy: 'Dibuat oleh',
  createdAt: 'Dibuat pada',
  updatedBy: 'Diubah oleh',
  updatedAt: 'Diubah pada',
  ...INNOVATION_FIELD_NAMES,
  stage: 'Tahapan',
  kind: 'Jenis',
  form: 'Bentuk',
  developmentDate: 'Waktu pengembangan terbaru',
  goal: 'Tujuan',
  benefit: 'Manfaat',
  result: 'Hasil',
  benefitBasis: 'Basis indikator 33',
  originKind: 'Asal inovasi',
  originTitle: 'Judul proyek/program',
  originParticipant: 'Peserta pelatihan',
  originYear: 'Tahun asal',
  level: (id: string) => `${id} Tingkat`,
  evidence: (id: string) => `${id} Bukti (tautan)`,
  letterNumber: (id: string) => `${id} Nomor surat`,
  letterDate: (id: string) => `${id} Tanggal surat`,
  note: (id: string) => `${id} Catatan`,
  verdict: (id: string) => `${id} Putusan`,
  verdictNote: (id: string) => `${id} Catatan verifikator`,
  opdName: 'Nama OPD',
  checkedRevision: 'Revisi diperiksa',
  checkedFingerprint: 'Sidik jari diperiksa',
  decision: 'Keputusan',
  generalNote: 'Catatan umum',
  verifiedBy: 'Diverifikasi oleh',
  verifiedAt: 'Diverifikasi pada',
  spdRow: 'Baris',
  spdNumber: 'No',
  variable: 'Variabel',
  indicator: 'Indikator',
  weight: 'Bobot',
  levelPlain: 'Tingkat',
  evidencePlain: 'Bukti (tautan)',
  letterNumberPlain: 'Nomor surat',
  letterDatePlain: 'Tanggal surat',
  notePlain: 'Catatan',
  settingKey: 'Pengaturan',
  settingValue: 'Nilai',
  settingHelp: 'Keterangan',
  email: 'Email',
  userName: 'Nama',
  role: 'Peran',
  active: 'Aktif',
  opdCode: 'Kode',
  stageLabel: 'Tahapan',
  statusLabel: 'Status',
  counted: 'Dihitung (klaim)',
  sidScore: 'Skor SID (klaim)',
  verifiedCounted: 'Dihitung (terverifikasi)',
  verifiedSidScore: 'Skor SID (terverifikasi)',
  reasons: 'Alasan tidak dihitung',
  problems: 'Masalah data',
  rank: 'Peringkat',
  total: 'Jumlah inovasi',
  stageInisiatif: 'Inisiatif',
  stageUjiCoba: 'Uji coba',
  stagePenerapan: 'Penerapan',
  meanSid: 'Rata-rata SID',
  contribution: 'Kontribusi (klaim)',
  verifiedContribution: 'Kontribusi (terverifikasi)',
  remark: 'Keterangan',
} as const;

/** Labels of the Pengaturan rows (column "Pengaturan"), matched by text when read. */
export const SETTING_LABELS = {
  regencyName: 'Nama pemerintah daerah',
  province: 'Provinsi',
  rubricId: 'Rubrik penilaian',
  deadline: 'Batas pengajuan OPD',
  timeZone: 'Zona waktu',
  separationOfDuties: 'Pemisahan tugas verifikasi',
  layoutVersion: 'Versi tata letak',
  regionCode: 'Kode wilayah (Kemendagri)',
  level: 'Tingkat',
} as const;

/** The choices of the Tingkat setting, by code. */
export const LEVEL_LABELS = { kabupaten: 'Kabupaten', provinsi: 'Provinsi' } as const;

export const SETTING_HELP = {
  regencyName: 'Nama kabupaten/kota, tampil di Ringkasan.',
  province: 'Provinsi.',
  rubricId: 'Tahun penilaian IID yang dipakai untuk validasi dan skor.',
  deadline: 'Tanggal terakhir OPD mengajukan inovasi (format TTTT-BB-HH).',
  timeZone: 'Zona waktu IANA, mis. Asia/Makassar (WITA).',
  separationOfDuties:
    'Ya (bawaan): tidak ada yang memverifikasi inovasi yang ia buat atau terakhir ubah, atau inovasi OPD yang tercantum pada barisnya di tab Pengguna. Tidak: hanya untuk tim yang sangat kecil.',
  layoutVersion: 'Diisi otomatis oleh Siapkan/perbaiki spreadsheet. Jangan diubah.',
  regionCode:
    'Kode wilayah Kemendagri kabupaten/kota, mis. 76.01; diterbitkan di tab Data Rekap untuk rekap provinsi.',
  level:
    'Kabupaten: register inovasi satu kabupaten/kota. Provinsi: rekap kabupaten/kota dari tab Data Rekap masing-masing (menu Hitung rekap provinsi).',
} as const;

/** Settings that cannot be used: each names its cell; nothing is written until they are fixed. */
export const SETTINGS_PROBLEMS = {
  cell: (a1: string, label: string, detail: string) => `${a1} (${label}): ${detail}`,
  timeZone: (v: string) =>
    `"${v}" bukan zona waktu yang dikenal; tulis nama zona IANA, mis. Asia/Makassar (WITA), Asia/Jakarta (WIB), Asia/Jayapura (WIT)`,
  date: (v: string) => `"${v}" bukan tanggal (gunakan format TTTT-BB-HH, mis. 2026-03-31)`,
  rubric: (v: string, known: readonly string[]) =>
    `"${v}" bukan rubrik yang dikenal (pilih ${known.join(', ')})`,
  yesNo: (v: string) => `"${v}" bukan Ya atau Tidak`,
  yes: 'Ya',
  no: 'Tidak',
  refused: (problems: string[]) =>
    `Pengaturan perlu diperbaiki dulu; tidak ada yang diubah:\n- ${problems.join('\n- ')}`,
} as const;

/** A problem found reading one cell; the row is kept, the problem is shown next to it. */
export function cellProblem(row: number, header: string, detail: string): string {
  return `Baris ${row}, kolom "${header}": ${detail}`;
}

export const CELL_PROBLEMS = {
  notNumber: (v: string) => `"${v}" bukan angka`,
  notInteger: (v: number) => `${v} harus bilangan bulat`,
  notBoolean: (v: string) => `"${v}" bukan centang (TRUE/FALSE)`,
  notDate: (v: string) => `"${v}" bukan tanggal (gunakan format TTTT-BB-HH, mis. 2025-03-17)`,
  notTimestamp: (v: string) => `"${v}" bukan waktu yang dikenal`,
  unknownOption: (v: string) => `"${v}" bukan pilihan yang dikenal`,
  badLevel: (v: number) => `tingkat ${v} tidak dikenal (pilih 0, 1, 2, atau 3)`,
  badTingkat: (v: string) => `"${v}" bukan tingkat yang dikenal (pilih Kabupaten atau Provinsi)`,
  required: 'wajib diisi',
  badEmail: (v: string) => `"${v}" bukan alamat email`,
  duplicateEmail: (v: string) => `email ${v} sudah tercantum di baris sebelumnya; baris ini diabaikan`,
  badOpdCode: (v: string, suggestion: string) =>
    `kode "${v}" hanya boleh berisi huruf, angka, _ dan - (maks. 30 karakter), mis. "${suggestion}"`,
  duplicateOpd: (v: string) => `kode OPD ${v} sudah tercantum di baris sebelumnya; baris ini diabaikan`,
  unknownOpd: (v: string) => `OPD "${v}" tidak ada di tab OPD`,
  operatorWithoutOpd: 'operator harus punya OPD',
  duplicateId: (id: string) => `ID ${id} sudah dipakai baris lain; baris ini perlu diperbaiki`,
  missingId: 'ID kosong; baris ini diisi di luar sidebar',
} as const;

export const REGISTRY_PROBLEMS = {
  missingTab: (tab: string) =>
    `Tab "${tab}" tidak ada. Jalankan menu Inovasi Daerah › Admin › Siapkan/perbaiki spreadsheet.`,
  missingColumns: (tab: string, headers: string[]) =>
    `Tab "${tab}" tidak punya kolom ${headers.map((h) => `"${h}"`).join(', ')}. Jalankan Siapkan/perbaiki spreadsheet.`,
  unknownRubric: (id: string, fallback: string) =>
    `Rubrik "${id}" tidak dikenal; dipakai ${fallback}. Perbaiki di tab Pengaturan.`,
  unknownSpdRow: (row: number, id: string) => `SPD baris ${row}: "${id}" bukan baris SPD rubrik ini`,
} as const;

export const ACCESS_MESSAGES = {
  noIdentity:
    'Google tidak memberi tahu alamat email Anda, jadi Anda hanya dapat membaca. Pastikan hanya satu akun Google yang masuk di peramban ini (beberapa akun sekaligus membuat Apps Script gagal mengenali Anda), lalu buka ulang sidebar.',
  emailNotGranted:
    'Anda belum mengizinkan skrip melihat alamat email Anda (izin "Melihat alamat email utama Akun Google Anda"), jadi Anda hanya dapat membaca. Buka myaccount.google.com/connections, hapus akses skrip ini, lalu pilih lagi Inovasi Daerah › Buka sidebar dan izinkan semua yang diminta.',
  unknownUser: (email: string) =>
    `Email ${email} belum terdaftar di tab Pengguna, jadi Anda hanya dapat membaca. Minta admin menambahkan email Anda beserta peran dan OPD-nya.`,
  inactive: (email: string) => `Akun ${email} dinonaktifkan di tab Pengguna. Hubungi admin bila ini keliru.`,
  userProblems: (problems: string[]) =>
    `Data Anda di tab Pengguna perlu diperbaiki admin (${problems.join('; ')}). Sampai diperbaiki, Anda hanya dapat membaca.`,
  pimpinan: 'Peran Pimpinan hanya membaca. Skor daerah ada di tab Ringkasan.',
  verifikatorReadOnly: 'Verifikator memeriksa inovasi dan tidak mengubah isinya.',
  opdUnknown: (code: string) =>
    `OPD ${code} pada akun Anda tidak ada atau bermasalah di tab OPD, jadi Anda hanya dapat membaca. Hubungi admin.`,
  opdInactive: (code: string) => `OPD ${code} dinonaktifkan di tab OPD, jadi Anda hanya dapat membaca.`,
  notSetUp:
    'Spreadsheet belum disiapkan. Admin perlu menjalankan menu Inovasi Daerah › Admin › Siapkan/perbaiki spreadsheet.',
  readOnly: 'Anda hanya dapat membaca.',
  otherOpd: (own: string) =>
    `Anda operator ${own} dan hanya dapat membuka atau menyimpan inovasi OPD ${own}.`,
  adminOnly: (action: string) =>
    `"${action}" hanya untuk admin. Peran Anda tercatat di tab Pengguna; minta admin (Balitbang) bila Anda memerlukannya.`,
  verifierOnly: 'Verifikasi hanya untuk verifikator dan admin (lihat tab Pengguna).',
  notSynced:
    'Tab ini masih terkunci untuk akun Anda: proteksi belum disinkronkan sejak tab Pengguna diubah. Tidak ada yang disimpan; minta admin menjalankan Inovasi Daerah › Admin › Sinkronkan akses.',
  noLock: 'Kunci dokumen tidak tersedia: skrip ini harus dijalankan dari spreadsheet-nya.',
  setupFailed:
    'Terjadi kesalahan tak terduga saat menyiapkan spreadsheet. Data yang sudah ada tidak dihapus; jalankan lagi, dan bila berulang, periksa log eksekusi Apps Script.',
} as const;

export const SAVE_MESSAGES = {
  badRequest: 'Permintaan simpan tidak lengkap atau rusak. Muat ulang sidebar lalu coba lagi.',
  badField: (path: string, problem: string) => `Isian ${path}: ${problem}`,
  invalid: (n: number) =>
    n === 1
      ? 'Ada 1 isian yang perlu diperbaiki. Tidak ada yang disimpan.'
      : `Ada ${n} isian yang perlu diperbaiki. Tidak ada yang disimpan.`,
  tooLong: (max: number) => `terlalu panjang (maks. ${max.toLocaleString('id-ID')} karakter)`,
  unknownOpd: (code: string) => `OPD "${code}" tidak ada di tab OPD. Tidak ada yang disimpan.`,
  inactiveOpd: (code: string) => `OPD ${code} dinonaktifkan. Tidak ada yang disimpan.`,
  chooseOpd: 'Pilih OPD pemilik inovasi ini.',
  notFound: (id: string) =>
    `Inovasi ${id} tidak ditemukan (mungkin dihapus atau milik OPD lain). Muat ulang daftar.`,
  conflict: (by: string, at: string) =>
    `Inovasi ini sudah diubah oleh ${by || 'orang lain'} pada ${at} setelah Anda membukanya. Perubahan Anda belum disimpan: salin dulu yang perlu, muat ulang versi terbaru, lalu ulangi perubahan Anda.`,
  lockTimeout: 'Spreadsheet sedang dipakai banyak orang. Tidak ada yang berubah; coba lagi sebentar lagi.',
  tabNeedsRepair: (tab: string) =>
    `Kolom tab "${tab}" tidak sesuai tata letak. Tidak ada yang disimpan; minta admin menjalankan Siapkan/perbaiki spreadsheet.`,
  tabMissing: (tab: string) =>
    `Tab "${tab}" belum ada. Tidak ada yang disimpan; minta admin menjalankan Siapkan/perbaiki spreadsheet.`,
  savedDraft: 'Tersimpan sebagai draf.',
  submitted: 'Inovasi diajukan untuk verifikasi.',
  alreadySaved: 'Sudah tersimpan (permintaan yang sama diterima dua kali; tidak ada baris ganda).',
  unexpected:
    'Terjadi kesalahan tak terduga di server. Muat ulang lalu periksa apakah perubahan tersimpan; bila berulang, beri tahu admin.',
} as const;

export const VERIFY_MESSAGES = {
  badRequest: 'Permintaan verifikasi tidak lengkap atau rusak. Muat ulang sidebar lalu coba lagi.',
  notSubmitted: 'Inovasi ini masih draf (belum diajukan), jadi belum dapat diverifikasi.',
  unknownIndicator: (id: string) => `Indikator ${id} tidak ada di rubrik ini.`,
  returnedNeedsNote:
    'Tuliskan catatan (umum atau per indikator) agar operator tahu apa yang perlu diperbaiki.',
  conflict: (by: string, at: string) =>
    `Inovasi ini diubah oleh ${by || 'operator'} pada ${at} setelah Anda membukanya. Verifikasi belum disimpan: muat ulang dan periksa versi terbaru.`,
  verified: 'Inovasi ditandai Terverifikasi.',
  returned: 'Inovasi dikembalikan ke OPD dengan catatan (Perlu Perbaikan).',
} as const;

export const MENU = {
  title: 'Inovasi Daerah',
  openSidebar: 'Buka sidebar',
  verification: 'Verifikasi',
  recalculate: 'Hitung ulang skor',
  settings: 'Pengaturan',
  help: 'Bantuan',
  admin: 'Admin',
  setup: 'Siapkan/perbaiki spreadsheet',
  syncAccess: 'Sinkronkan akses',
  sidebarTitle: 'Inovasi Daerah',
} as const;

export const HELP_TEXT = [
  'Inovasi Daerah mencatat inovasi setiap OPD dan menghitung proyeksi Indeks Inovasi Daerah (IID).',
  '',
  '• Operator OPD: menu Inovasi Daerah › Buka sidebar. Tambah inovasi, isi profil, rancang bangun, dan 20 indikator SID beserta tautan bukti, lalu Ajukan.',
  '• Verifikator: menu Inovasi Daerah › Verifikasi. Terima atau tolak setiap indikator dengan catatan, lalu tandai Terverifikasi atau Perlu Perbaikan.',
  '• Admin: Admin › Siapkan/perbaiki spreadsheet (sekali di awal dan setelah mengubah tab OPD), isi tab Pengguna lalu Admin › Sinkronkan akses, isi tab SPD, lalu Hitung ulang skor.',
  '• Pimpinan: baca tab Ringkasan.',
  '',
  'Setiap OPD hanya dapat mengubah tab inovasinya sendiri. Bila sidebar gagal memuat, pastikan hanya satu akun Google yang masuk di peramban.',
].join('\n');

export const SETUP_MESSAGES = {
  start: 'Menyiapkan tab…',
  progress: (done: number, total: number, tab: string) => `Menyiapkan ${done}/${total}: ${tab}`,
  protecting: 'Menerapkan proteksi dari tab Pengguna…',
  done: (created: number, repaired: number, total: number) =>
    `Spreadsheet siap: ${total} tab diperiksa, ${created} dibuat, ${repaired} diperbaiki. Tidak ada data yang dihapus.`,
  rubric: (title: string) => `Rubrik aktif: ${title}.`,
  rubricWarnings: 'Perhatian tentang rubrik ini:',
  firstAdmin: (email: string) => `${email} dicatat sebagai admin pertama di tab Pengguna.`,
  needsIdentity:
    'Google tidak memberi tahu alamat email Anda, jadi penyiapan tidak dapat mencatat admin pertama. Buka spreadsheet dengan satu akun Google saja, lalu coba lagi.',
  opdProblems: (n: number) =>
    `${n} baris di tab OPD bermasalah dan tabnya belum dibuat; lihat pesan di baris tersebut.`,
  migrated: (tab: string) =>
    `Kolom tab "${tab}" disusun ulang sesuai tata letak baru; kolom lama yang tidak dikenal dipindah ke kanan.`,
  busy: 'Spreadsheet sedang dipakai (ada yang menyimpan). Coba lagi sebentar lagi.',
  removedEmptyTab: (tab: string) => `Tab bawaan "${tab}" yang masih kosong dihapus.`,
  headerRebuilt: (tab: string) =>
    `Baris judul kolom tab "${tab}" hilang dan dibuat ulang; data di bawahnya dianggap mengikuti urutan kolom baku. Periksa beberapa baris pertama.`,
  headerMoved: (tab: string) => `Baris judul kolom tab "${tab}" tidak di baris 2 dan dipindahkan ke sana.`,
  tabFailed: (tab: string, reason: string) =>
    `Tab "${tab}" tidak dapat diperbaiki (${reason}); tab lain tetap disiapkan. Perbaiki tab itu (mis. pulihkan dari Riwayat versi) lalu jalankan lagi.`,
  usersMissing:
    'Tab Pengguna kosong atau tidak ada, padahal spreadsheet ini sudah pernah disiapkan: hanya pemilik spreadsheet yang dapat menjalankan penyiapan sekarang (atau pulihkan tab Pengguna dari File › Riwayat versi).',
} as const;

export const SYNC_MESSAGES = {
  progress: 'Menerapkan proteksi dari tab Pengguna…',
  done: (tabs: number) => `Akses disinkronkan: ${tabs} tab dilindungi sesuai tab Pengguna.`,
  failedEditors: (emails: string[]) =>
    `Email berikut tidak dapat ditambahkan sebagai editor (bukan akun Google?): ${emails.join(', ')}.`,
  missingTabs: (tabs: string[]) =>
    `Tab berikut belum ada sehingga belum dilindungi: ${tabs.join(', ')}. Jalankan Siapkan/perbaiki spreadsheet.`,
  description: (who: string) => `Inovasi Daerah: hanya ${who} yang dapat mengubah tab ini.`,
  whoOpd: (code: string) => `operator ${code} dan admin`,
  whoVerification: 'verifikator dan admin',
  whoAdmin: 'admin',
  notProtectionEditor: (tabs: string[], editors: string[]) =>
    `Proteksi tab berikut belum dapat diubah dengan akun Anda, karena Google hanya mengizinkan editor sebuah proteksi mengubahnya: ${tabs.join(', ')}. ` +
    (editors.length
      ? `Minta salah satu dari ${editors.join(', ')} (atau pemilik spreadsheet) menjalankan Inovasi Daerah › Admin › Sinkronkan akses sekali; sesudah itu Anda juga dapat melakukannya.`
      : 'Minta pemilik spreadsheet menjalankan Inovasi Daerah › Admin › Sinkronkan akses sekali; sesudah itu Anda juga dapat melakukannya.'),
} as const;

export const SETTINGS_MESSAGES = {
  opened: 'Tab Pengaturan dibuka. Ubah nilai di kolom "Nilai"; rubrik dipilih dari daftar.',
  missing: 'Tab Pengaturan belum ada. Jalankan Admin › Siapkan/perbaiki spreadsheet.',
} as const;
