// Bulk import of the lists OPDs already keep: the Impor dialog (source, column mapping, the check
// of every row, the outcome), the reasons a row is rejected or skipped, and the header names the
// mapping recognises by itself.
import { formatNumber, INNOVATION_FIELD_NAMES } from './common';
import { formatSimilarity } from './duplicates';

export const IMPORT_TEXT = {
  menuItem: 'Impor inovasi…',
  dialogTitle: 'Impor inovasi',
  adminAction: 'Impor inovasi',
  failed:
    'Impor gagal karena kesalahan tak terduga. Tidak ada yang diimpor; rinciannya ada di log eksekusi Apps Script.',
  dialog: {
    intro:
      'Tempel tabel (salin dari spreadsheet lain: baris pertama berisi judul kolom) atau pilih tab di spreadsheet ini. Setiap baris diperiksa dulu; yang lolos masuk sebagai draf ke tab OPD-nya.',
    sourceLegend: 'Sumber data',
    sourcePaste: 'Tempel tabel (TSV/CSV)',
    sourceTab: 'Tab di spreadsheet ini',
    pasteLabel: 'Tabel yang ditempel',
    pastePlaceholder: 'Nama inovasi\tOPD\tTahapan\t…',
    tabLabel: 'Tab',
    noTabs: '(tidak ada tab lain)',
    defaultOpdLabel: 'OPD untuk baris tanpa OPD',
    defaultOpdNone: '(ambil dari kolom OPD)',
    read: 'Baca dan periksa',
    mappingTitle: 'Pemetaan kolom',
    mappingHint:
      'Pilih isian untuk setiap kolom sumber. Usulan diambil dari judul kolom dan dari pemetaan impor sebelumnya.',
    sourceColumn: 'Kolom sumber',
    sample: 'Contoh isi',
    field: 'Isian',
    ignore: '(abaikan)',
    suggestedSaved: 'dari impor sebelumnya',
    suggestedAuto: 'dari judul kolom',
    recheck: 'Periksa ulang',
    resultTitle: 'Hasil pemeriksaan',
    willImport: 'Akan diimpor',
    rejected: 'Ditolak',
    skipped: 'Dilewati (sudah ada)',
    rowLine: (row: number, text: string) => `Baris ${row}: ${text}`,
    importButton: (n: number) => (n > 0 ? `Impor ${formatNumber(n, 0)} baris` : 'Impor'),
    close: 'Tutup',
    reading: 'Membaca dan memeriksa…',
    importing: 'Mengimpor… jangan tutup jendela ini.',
    checked: (ok: number, rejected: number, skipped: number) =>
      `${formatNumber(ok, 0)} baris siap diimpor, ${formatNumber(rejected, 0)} ditolak, ${formatNumber(skipped, 0)} dilewati karena sudah ada.`,
    nothingToImport: 'Tidak ada baris yang dapat diimpor.',
    emptyPaste: 'Tempel tabelnya dulu (dengan baris judul kolom).',
    changed: 'Sumber data berubah. Klik "Baca dan periksa" lagi sebelum mengimpor.',
    column: (n: number) => `Kolom ${n}`,
    requiredMark: ' (wajib)',
    sourceSummary: (rows: number, columns: number) =>
      `${formatNumber(rows, 0)} baris data, ${formatNumber(columns, 0)} kolom.`,
    outcomeTitle: 'Hasil impor',
    failedCall: (detail: string) => `Gagal menghubungi server: ${detail}`,
  },
  fieldLabels: {
    ...INNOVATION_FIELD_NAMES,
    stage: 'Tahapan',
    otherAffairs: 'Urusan lain',
    trialDate: 'Tanggal uji coba',
    implementationDate: 'Tanggal penerapan',
    developmentDate: 'Tanggal pengembangan',
    goal: 'Tujuan',
    benefit: 'Manfaat',
    result: 'Hasil',
    'origin.kind': 'Asal inovasi',
    'origin.title': 'Judul proyek/program asal',
    'origin.participant': 'Peserta pelatihan',
    'origin.year': 'Tahun asal',
  },
  /** Header names (lower case, single spaces, no punctuation) recognised for each field. */
  headerAliases: {
    opd: ['opd', 'kode opd', 'nama opd', 'perangkat daerah', 'skpd', 'instansi', 'unit kerja', 'dinas'],
    name: ['nama inovasi', 'nama', 'judul inovasi', 'inovasi', 'nama inovasi daerah'],
    stage: ['tahapan', 'tahap', 'tahapan inovasi'],
    initiator: ['inisiator', 'inisiator inovasi', 'inisiator inovasi daerah'],
    initiatorName: ['nama inisiator', 'penggagas'],
    kind: ['jenis', 'jenis inovasi'],
    form: ['bentuk', 'bentuk inovasi', 'bentuk inovasi daerah'],
    theme: ['tematik', 'tema', 'asta cita', 'tematik asta cita'],
    classification: ['klasifikasi', 'klasifikasi inovasi'],
    pkpnCluster: ['klaster pkpn', 'pkpn'],
    mainAffair: ['urusan', 'urusan utama', 'urusan pemerintahan', 'urusan pemerintahan utama'],
    otherAffairs: ['urusan lain', 'urusan lain yang beririsan', 'urusan beririsan'],
    trialDate: ['tanggal uji coba', 'waktu uji coba', 'uji coba', 'waktu uji coba inovasi daerah'],
    implementationDate: [
      'tanggal penerapan',
      'waktu penerapan',
      'penerapan',
      'tgl penerapan',
      'waktu penerapan inovasi daerah',
    ],
    developmentDate: ['tanggal pengembangan', 'waktu pengembangan', 'pengembangan'],
    design: ['rancang bangun', 'deskripsi', 'uraian', 'rancang bangun dan pokok perubahan yang dilakukan'],
    goal: ['tujuan', 'tujuan inovasi', 'tujuan inovasi daerah'],
    benefit: ['manfaat', 'manfaat yang diperoleh', 'manfaat inovasi'],
    result: ['hasil', 'hasil inovasi'],
    'origin.kind': ['asal', 'asal inovasi', 'sumber inovasi', 'asal usul'],
    'origin.title': ['judul proyek', 'judul proyek perubahan', 'proyek perubahan', 'aksi perubahan'],
    'origin.participant': ['peserta', 'nama peserta', 'peserta pelatihan'],
    'origin.year': ['tahun', 'tahun pelatihan', 'tahun asal', 'angkatan tahun'],
  } as Record<string, readonly string[]>,
  mapping: {
    required: (label: string) => `Kolom untuk "${label}" belum dipilih.`,
    requiredOpd: 'Pilih kolom OPD, atau pilih satu OPD untuk semua baris.',
    twice: (label: string) => `"${label}" dipilih untuk lebih dari satu kolom.`,
  },
  source: {
    empty: 'Tidak ada data: sumber kosong atau hanya berisi judul kolom.',
    tooLong: (max: number) =>
      `Tabel terlalu besar (lebih dari ${formatNumber(max, 0)} karakter). Bagi menjadi beberapa impor.`,
    tooManyRows: (max: number) =>
      `Terlalu banyak baris (lebih dari ${formatNumber(max, 0)}). Bagi menjadi beberapa impor.`,
    unknownTab: (name: string) => `Tab "${name}" tidak ada.`,
    productTab: (name: string) => `Tab "${name}" adalah tab aplikasi ini, bukan daftar untuk diimpor.`,
    badRequest: 'Permintaan impor tidak lengkap atau rusak. Tutup dialog lalu buka lagi.',
    unknownDefaultOpd: (code: string) => `OPD "${code}" tidak ada di tab OPD.`,
  },
  row: {
    unknownOpd: (text: string) => `OPD "${text}" tidak dikenal (isi kode atau nama OPD dari tab OPD).`,
    missingOpd: 'OPD kosong.',
    inactiveOpd: (code: string) => `OPD ${code} dinonaktifkan di tab OPD.`,
    unknownOption: (label: string, text: string, options: readonly string[]) =>
      `${label} "${text}" tidak dikenal (pilih: ${options.join(', ')}).`,
    unknownUrusan: (label: string, text: string) =>
      `${label} "${text}" bukan urusan yang dikenal (isi kode atau nama urusan).`,
    badDate: (label: string, text: string) =>
      `${label} "${text}" bukan tanggal (gunakan TTTT-BB-HH atau HH/BB/TTTT, mis. 2025-03-17).`,
    badYear: (label: string, text: string) => `${label} "${text}" bukan tahun (mis. 2024).`,
    sameName: (name: string, opd: string) => `sudah ada inovasi bernama "${name}" di ${opd}.`,
    alreadyImported: (id: string) => `sudah diimpor sebelumnya (ID ${id}).`,
    similar: (name: string, opd: string, similarity: number) =>
      `mirip ${formatSimilarity(similarity)} dengan "${name}" (${opd}) yang sudah ada.`,
    sameAsRow: (row: number) => `sama dengan baris ${row} pada data ini.`,
    similarToRow: (row: number, similarity: number) =>
      `mirip ${formatSimilarity(similarity)} dengan baris ${row} pada data ini.`,
    willImport: (name: string, opd: string) => `${name} → ${opd} (draf)`,
  },
  outcome: {
    done: (n: number, opds: number) =>
      n === 0
        ? 'Tidak ada yang diimpor: semua baris ditolak atau sudah ada.'
        : `${formatNumber(n, 0)} inovasi diimpor sebagai draf ke ${formatNumber(opds, 0)} tab OPD. Operator OPD dapat melengkapinya di sidebar.`,
    tabNeedsRepair: (tab: string) =>
      `Kolom tab "${tab}" tidak sesuai tata letak. Tidak ada yang diimpor; jalankan Admin › Siapkan/perbaiki spreadsheet dulu.`,
    tabMissing: (tab: string) =>
      `Tab "${tab}" belum ada. Tidak ada yang diimpor; jalankan Admin › Siapkan/perbaiki spreadsheet dulu.`,
    writeFailed: (tab: string, detail: string) =>
      `Impor dibatalkan: tab "${tab}" tidak dapat ditulis (${detail}). Semua yang sempat ditulis sudah dikembalikan; tidak ada yang diimpor.`,
    protectedDetail: 'tab masih terkunci untuk akun Anda; minta admin menjalankan Admin › Sinkronkan akses',
    rollbackFailed: (tabs: string[]) =>
      `Perhatian: pengembalian tab ${tabs.join(', ')} gagal; periksa baris terakhir tab tersebut.`,
  },
} as const;
