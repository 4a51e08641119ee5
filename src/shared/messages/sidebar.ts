// Everything the sidebar shows. Operators have mostly never heard of SPD or SID, so the wording
// says what to do next rather than naming rules.
import type { OriginKind, Stage } from '../../core/model';
import type { InnovationStatus } from '../api';
import { formatNumber, INNOVATION_FIELD_NAMES, STATUS_LABELS } from './common';
import { STAGE_LABELS } from './core';

export const SIDEBAR_STATUS: Record<InnovationStatus, string> = STATUS_LABELS;

export const SIDEBAR_STAGE: Record<Stage, string> = STAGE_LABELS;

export const SIDEBAR_ORIGIN: Record<OriginKind, string> = {
  program_opd: 'Program/kegiatan OPD',
  latpim: 'Proyek perubahan Latpim/PKN',
  pka: 'Proyek perubahan PKA',
  pkp: 'Aksi perubahan PKP',
  latsar: 'Aktualisasi Latsar CPNS',
  masyarakat: 'Usulan masyarakat',
  lainnya: 'Lainnya',
};

export const SIDEBAR_STEPS = {
  profil: 'Profil',
  rancang: 'Rancang bangun',
  indikator: 'Indikator',
  tinjau: 'Tinjau & Ajukan',
} as const;

/** Short step names for the step buttons (a 300 px row holds four short words). */
export const SIDEBAR_STEP_TABS = {
  profil: 'Profil',
  rancang: 'Rancang',
  indikator: 'Indikator',
  tinjau: 'Tinjau',
} as const;

export const SIDEBAR_FIELDS = {
  ...INNOVATION_FIELD_NAMES,
  mainAffair: 'Urusan pemerintahan utama',
  developmentDate: 'Waktu pengembangan terbaru',
  origin: 'Asal-usul inovasi',
  originKind: 'Berasal dari',
  originTitle: 'Judul proyek/program',
  originParticipant: 'Nama peserta',
  originYear: 'Tahun',
  design: 'Rancang bangun dan pokok perubahan',
  goal: 'Tujuan inovasi',
  benefit: 'Manfaat yang diperoleh',
  result: 'Hasil inovasi',
  benefitBasis: 'Dasar pengukuran kemanfaatan',
  level: 'Tingkat yang dicapai',
  evidence: 'Tautan bukti dukung',
  letterNumber: 'Nomor surat',
  letterDate: 'Tanggal surat',
  note: 'Catatan',
} as const;

export const SIDEBAR_TEXT = {
  loading: 'Memuat…',
  choose: '— pilih —',
  datePlaceholder: 'hh/bb/tttt',
  badDate: (label: string) =>
    `${label} harus tanggal yang ada, dengan format hh/bb/tttt (misalnya 17/03/2025).`,
  none: '—',
  required: 'wajib diisi',
  requiredMark: '*',
  mandatory: 'Wajib',
  mandatoryTitle: 'Indikator wajib: tanpa isian, inovasi tidak dihitung',
  levelNone: 'Belum ada',
  noStage: 'Tahapan belum dipilih',
  help: 'Petunjuk',
  evidenceHint: 'Satu tautan per baris (Google Drive, situs resmi, YouTube).',
  otherAffairsHint: 'Boleh lebih dari satu.',
  developmentHint: 'Isi bila penerapan pertama sebelum periode penilaian.',
  originTrainingHint: 'Untuk proyek perubahan pelatihan: judul, peserta, dan tahun.',
  readOnlyTitle: 'Hanya baca',
  listTitle: 'Inovasi',
  addInnovation: 'Tambah inovasi',
  refresh: 'Muat ulang',
  emptyList: 'Belum ada inovasi. Tekan “Tambah inovasi” untuk mulai mencatat.',
  emptyListReadOnly: 'Belum ada inovasi yang tercatat.',
  newInnovation: 'Inovasi baru',
  untitled: '(tanpa nama)',
  back: 'Kembali ke daftar',
  prev: 'Sebelumnya',
  next: 'Berikutnya',
  saveDraft: 'Simpan draf',
  submit: 'Ajukan',
  saveChanges: 'Simpan perubahan',
  withdraw: 'Tarik ke draf',
  withdrawConfirm:
    'Tarik pengajuan? Inovasi kembali menjadi Draf: keluar dari antrean verifikasi dan dari IID terverifikasi sampai diajukan dan diverifikasi lagi.',
  withdrawYes: 'Ya, tarik ke draf',
  reverifyConfirm:
    'Simpan perubahan sekarang? Status menjadi Perlu verifikasi ulang; sampai diverifikasi lagi, skornya tidak masuk IID terverifikasi.',
  reverifyYes: 'Ya, simpan perubahan',
  cancel: 'Batal',
  stepsLabel: 'Langkah pengisian',
  willCount: 'akan dihitung',
  readyToSubmit: 'Isian sudah lengkap dan dapat diajukan.',
  problemsTitle: 'Yang perlu diperbaiki',
  reasonsTitle: 'Mengapa belum dihitung',
  indicatorsSummary: 'Ringkasan indikator',
  verifierNotesTitle: 'Catatan verifikator',
  rubricWarningsTitle: 'Catatan aturan penilaian',
  unsavedTitle: 'Perubahan belum disimpan.',
  unsavedLeave: 'Tinggalkan tanpa menyimpan',
  unsavedStay: 'Tetap di sini',
  conflictReload: 'Muat versi terbaru',
  conflictHint: 'Memuat versi terbaru akan mengganti isian Anda di layar ini.',
  retryHint: 'Isian Anda tetap ada. Tekan tombol yang sama untuk mencoba lagi.',
  tabsLabel: 'Bagian',
  tabMine: 'Inovasi',
  tabQueue: 'Verifikasi',
  queueTitle: 'Menunggu verifikasi',
  queueEmpty: 'Tidak ada inovasi yang menunggu verifikasi.',
  reviewTitle: 'Verifikasi inovasi',
  accept: 'Terima',
  reject: 'Tolak',
  verdictLabel: 'Keputusan',
  indicatorNote: 'Catatan untuk operator',
  generalNote: 'Catatan umum',
  markVerified: 'Terverifikasi',
  markReturned: 'Kembalikan (Perlu Perbaikan)',
  noEvidence: 'Tidak ada tautan bukti.',
  profileTitle: 'Profil',
  levelChosen: 'Tingkat dipilih',
  verdictMissing: 'Pilih Terima atau Tolak untuk setiap indikator yang diisi.',
  returnNeedsNote: 'Tulis catatan umum atau catatan indikator agar operator tahu yang harus diperbaiki.',
} as const;

export function sidebarScore(score: number, max: number): string {
  return `Skor SID ${formatNumber(score)} / ${formatNumber(max, max % 1 === 0 ? 0 : 2)}`;
}

export function sidebarVerifiedScore(score: number, max: number): string {
  return `Skor terverifikasi ${formatNumber(score)} / ${formatNumber(max, max % 1 === 0 ? 0 : 2)}`;
}

/** "tidak dihitung karena tahapan masih inisiatif; rancang bangun baru 120 kata" from the core's sentences. */
export function sidebarNotCounted(reasons: readonly string[]): string {
  if (!reasons.length) return 'tidak dihitung';
  const clauses = reasons.map((r) => {
    const t = r.trim().replace(/[.;]+$/, '');
    return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  });
  return `tidak dihitung karena ${clauses.join('; ')}`;
}

export function sidebarWordCount(words: number, minimum: number): string {
  if (minimum <= 0) return `${words} kata`;
  return words >= minimum
    ? `${words} kata (minimal ${minimum}) — cukup`
    : `${words} kata dari minimal ${minimum} — kurang ${minimum - words}`;
}

export function sidebarWeight(weight: number): string {
  return `Bobot ${formatNumber(weight, weight % 1 === 0 ? 0 : 2)}`;
}

export function sidebarLevel(level: number): string {
  return `Tingkat ${level}`;
}

export function sidebarIndicatorTitle(id: string, name: string): string {
  return `${id}. ${name}`;
}

export function sidebarStepOf(index: number, total: number, name: string): string {
  return `Langkah ${index + 1} dari ${total}: ${name}`;
}

export function sidebarErrorCount(count: number): string {
  return count === 1 ? 'Ada 1 isian yang perlu diperbaiki.' : `Ada ${count} isian yang perlu diperbaiki.`;
}

export function sidebarDeadline(date: string): string {
  return `Batas pengajuan: ${date}`;
}

export function sidebarItemScore(score: string): string {
  return `Skor SID ${score}`;
}

export function sidebarListTitle(opdName: string | null): string {
  return opdName ? `Inovasi ${opdName}` : 'Inovasi';
}

export function sidebarUpdated(at: string, by: string): string {
  return by ? `Terakhir diubah ${at} oleh ${by}` : `Terakhir diubah ${at}`;
}

/** When google.script.run itself fails (the page runs outside Apps Script, or a function is missing). */
export const SCRIPT_RUN_TEXT = {
  unavailable: 'google.script.run tidak tersedia',
  missingFunction: (name: string) => `fungsi server ${name} tidak ada`,
  missingElement: (id: string) => `bagian halaman #${id} tidak ditemukan`,
} as const;

export const SIDEBAR_STATUS_LINE = {
  loadingContext: 'Memuat data pengguna…',
  loadingList: 'Memuat daftar inovasi…',
  loadedList: (n: number) => (n === 0 ? 'Daftar inovasi dimuat: kosong.' : `Daftar inovasi dimuat: ${n}.`),
  loadingInnovation: 'Memuat inovasi…',
  loadedInnovation: 'Inovasi dimuat.',
  loadingQueue: 'Memuat antrean verifikasi…',
  loadedQueue: (n: number) => `Antrean verifikasi dimuat: ${n}.`,
  saving: 'Menyimpan draf…',
  savingChanges: 'Menyimpan perubahan…',
  withdrawing: 'Menarik pengajuan…',
  submitting: 'Mengajukan…',
  verifying: 'Menyimpan hasil verifikasi…',
  fixFirst: (n: number) => `${sidebarErrorCount(n)} Perbaiki dulu, lalu coba lagi.`,
  failed: (detail: string) =>
    `Gagal: ${detail}. Isian Anda tetap ada. Tekan tombol yang sama untuk mencoba lagi.`,
  unreachable: (detail: string) => `Server tidak dapat dihubungi (${detail})`,
  conflict: (detail: string) => `${detail} Muat versi terbaru untuk melanjutkan.`,
  newForm: 'Formulir inovasi baru dibuka.',
};

export const SIDEBAR_FORM_TEXT = {
  requiredLegend: 'Isian bertanda * wajib diisi sebelum diajukan; draf boleh disimpan kapan saja.',
  stageHint: 'Hanya inovasi pada tahap Penerapan yang dihitung dalam IID.',
  mainAffairHint: 'Urusan pemerintahan yang paling terkait dengan inovasi ini.',
  addAffair: '+ tambah urusan…',
  removeAffair: (label: string) => `Hapus ${label}`,
  windowHint: (start: string, end: string) => `Periode penilaian: penerapan antara ${start} dan ${end}.`,
  designIntro: (min: number) =>
    min > 0
      ? `Jelaskan rancang bangun dan pokok perubahan inovasi, minimal ${min} kata. Penghitung di bawah kotak menunjukkan jumlah kata.`
      : 'Jelaskan rancang bangun dan pokok perubahan inovasi.',
  indicatorIntro:
    'Pilih tingkat yang sudah dicapai untuk tiap indikator. Setelah memilih tingkat, isi tautan bukti dukung dan nomor serta tanggal suratnya.',
  basisHint: 'Pilih satu dasar pengukuran; tingkat di bawah mengikuti dasar ini.',
  chooseBasis: '— pilih dasar pengukuran —',
  levelNeedsBasis: 'Pilih dasar pengukuran di atas untuk melihat uraian tingkat ini.',
  levelLegend: 'Tingkat indikator',
  rejected: 'Ditolak verifikator.',
  verifierSays: 'Catatan verifikator:',
  filledCount: (filled: number, total: number) => `${filled} dari ${total} indikator sudah diisi.`,
};

/** Above the form of an innovation that is already submitted: what saving does to it. */
export const SIDEBAR_SUBMITTED_NOTE: Partial<Record<InnovationStatus, string>> = {
  submitted:
    'Inovasi ini sudah diajukan. “Simpan perubahan” menyimpan isian dan inovasi tetap menunggu verifikasi; “Tarik ke draf” mengeluarkannya dari antrean.',
  reverify:
    'Inovasi ini menunggu verifikasi ulang. “Simpan perubahan” menyimpan isian dan inovasi tetap di antrean verifikator; “Tarik ke draf” mengeluarkannya.',
  verified:
    'Inovasi ini sudah Terverifikasi. Bila isinya diubah lalu disimpan, statusnya menjadi Perlu verifikasi ulang dan skornya keluar dari IID terverifikasi sampai verifikator memeriksanya lagi.',
};

export const SIDEBAR_REVIEW_TEXT = {
  acceptAll: 'Terima semua yang belum diputus',
  eligibilityTitle: 'Syarat dihitung',
  eligible: 'Memenuhi syarat dihitung: skornya masuk IID terverifikasi bila indikator wajibnya diterima.',
  notEligible: 'Tidak dapat dihitung walau semua indikatornya diterima:',
  changesTitle: (at: string, by: string) =>
    by ? `Berubah sejak putusan terakhir (${at}, ${by})` : `Berubah sejak putusan terakhir (${at})`,
  noChanges: 'Tidak ada isian yang berubah sejak putusan terakhir.',
  changesUnknown:
    'Isi berubah sejak putusan terakhir; rincian per kolom tidak tersedia karena putusan itu dibuat sebelum fitur ini ada.',
  changed: (label: string, before: string, after: string) => `${label}: ${before} → ${after}`,
  filled: (label: string, after: string) => `${label}: diisi ${after}`,
  filledLong: (label: string) => `${label}: diisi`,
  cleared: (label: string, before: string) => `${label}: dikosongkan (sebelumnya ${before})`,
  clearedLong: (label: string) => `${label}: dikosongkan`,
  changedLong: (label: string) => `${label}: diubah`,
  indicatorField: (id: string, field: string) => `Indikator ${id}, ${field.toLowerCase()}`,
  verdictMissingOnce: (n: number, first: string) =>
    n === 1
      ? `Pilih Terima atau Tolak untuk indikator ${first}; tidak ada lagi yang belum diputus.`
      : `Pilih Terima atau Tolak untuk setiap indikator yang diisi: ${n} belum diputus, mulai dari indikator ${first}.`,
};

export const SIDEBAR_INDICATOR_SCORE = {
  points: (score: string) => `+${score} poin`,
  noEvidence: '0 poin: belum ada tautan bukti',
  rejected: '0 poin: ditolak verifikator',
};

export const SIDEBAR_BOOT = {
  noServer: 'Sidebar ini harus dibuka dari menu Inovasi Daerah di Google Sheets.',
  badRubric: (detail: string) => `Aturan penilaian dari server tidak dapat dibaca: ${detail}`,
};
