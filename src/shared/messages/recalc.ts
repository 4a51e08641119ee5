// Texts of the recalculation: the progress toasts, the three generated tabs (Skor Inovasi,
// Ringkasan OPD, the Ringkasan dashboard read by the Bupati and Sekda) and the "most valuable
// actions" list. Numbers inside sentences are worded with formatNumber (decimal comma); numbers in
// their own cells stay numbers with a number format, so they sort and chart.
import { formatDateLongId, formatNumber } from './common';

/** Number formats of numeric cells; the spreadsheet locale decides the separators (id_ID: 1.234,56). */
export const RECALC_FORMATS = {
  score: '#,##0.00',
  count: '#,##0',
  gain: '+#,##0.00;-#,##0.00;0',
  text: '@',
} as const;

const listOf = (items: readonly string[]): string => {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
};

/** Codes separated by commas, at most `max` then "dan N lainnya", so one action stays one line. */
export function shortList(items: readonly string[], max = 3): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} dan ${items.length - max} lainnya`;
}

export const RECALC_TEXT = {
  toastTitle: 'Hitung ulang skor',
  progress: (step: number, of: number) => `Menghitung ulang… ${step}/${of}`,
  stepRead: 'membaca data',
  stepScore: 'menghitung skor',
  stepWrite: 'menulis Ringkasan',
  done: (verifiedIid: number, verifiedPredikat: string, claimedIid: number) =>
    `Selesai. IID terverifikasi ${formatNumber(verifiedIid)}, ${verifiedPredikat} (potensi ${formatNumber(claimedIid)}). Lihat tab Ringkasan.`,
  rowProblems: (count: number) =>
    `${formatNumber(count, 0)} inovasi punya masalah data: lihat kolom "Masalah data" di tab Skor Inovasi.`,
  dashboardDescription:
    'Ringkasan IID, dihitung otomatis oleh menu Inovasi Daerah › Hitung ulang skor. Jangan diubah manual.',
  failed: (detail: string) => `Hitung ulang gagal: ${detail}`,
  busy: 'Hitung ulang lain sedang berjalan. Coba lagi sebentar lagi.',
  adminOnly:
    'Hanya admin (Balitbang) yang dapat menghitung ulang skor. Hasil hitungan terakhir dapat dibaca di tab Ringkasan, Ringkasan OPD, dan Skor Inovasi.',
} as const;

export const SCORES_TEXT = {
  none: '(belum ada inovasi)',
  counted: 'Dihitung',
  reasonSeparator: ' ',
  verifiedPrefix: 'Terverifikasi: ',
} as const;

export const OPD_SUMMARY_TEXT = {
  nothing: 'Belum melaporkan inovasi',
  noneCounted: 'Belum ada inovasi yang dihitung',
  inactive: 'OPD nonaktif',
  unknownOpd: 'Tidak ada di tab OPD',
  none: '(belum ada OPD)',
} as const;

/** Which projection a number or a statement belongs to, as the dashboard names it. */
const PROJECTION = { verified: 'terverifikasi', claimed: 'potensi' } as const;

export const DASHBOARD_TEXT = {
  title: (regency: string) => `Indeks Inovasi Daerah ${regency}`.trim(),
  rubric: (title: string) => `Rubrik: ${title}`,
  statusPrognosis: 'PROGNOSIS: bukan pedoman resmi.',
  statusPartial: 'SEBAGIAN: sebagian aturan tahun ini tidak diketahui.',
  calculatedAt: (when: string) => `Dihitung pada ${when}`,
  deadline: (date: string) => `Batas pengajuan OPD: ${formatDateLongId(date)}`,
  /** The line under the title: rubric (with its status), time of calculation, deadline. */
  meta: (parts: readonly string[]) => parts.join(' · '),
  rubricPrognosis: (title: string) => `Rubrik: ${title}, bukan pedoman resmi`,
  rubricPartial: (title: string) => `Rubrik: ${title} — SEBAGIAN aturannya tidak diketahui`,
  iidVerified: 'IID terverifikasi',
  iidClaimed: 'Potensi (klaim OPD)',
  iidHelp:
    'Terverifikasi: hanya indikator yang diterima verifikator; inilah yang paling dekat dengan penilaian nasional. Potensi: bila semua isian OPD diterima.',
  potentialHelp: 'Potensi = bila semua isian OPD diterima verifikator.',
  nextPredikat: (name: string, points: number, min: number) =>
    `Naik ke ${name}: perlu +${formatNumber(points)} poin lagi (mulai ${formatNumber(min)}).`,
  topPredikat: (name: string) => `Sudah di predikat tertinggi: ${name}.`,
  componentsHeader: 'Komponen skor',
  component: 'Komponen',
  claimed: 'Potensi (klaim)',
  /** Column header where the width is short; the label beside the big number says "klaim OPD". */
  potential: 'Potensi',
  verified: 'Terverifikasi',
  spd: (max: string) => `SPD (maks. ${max})`,
  sidAverage: (max: string) => `Rata-rata SID (maks. ${max})`,
  jumlahInovasi: (max: string) => `Jumlah inovasi (maks. ${max})`,
  total: (max: string) => `Skor total (maks. ${max})`,
  iid: 'IID',
  predikat: 'Predikat',
  counted: 'Inovasi dihitung (n)',
  divisor: (minimum: number) => `Pembagi = MAKS(${minimum}; n)`,
  emptySeats: 'Kursi kosong (pembagi − n)',
  yandasCovered: (required: number) => `Urusan pelayanan dasar (wajib ${required} dari 6)`,
  yandasCount: (covered: number) => `${covered} dari 6`,
  yandasShort: 'Urusan pelayanan dasar',
  /** Whether the jumlah-inovasi score counts, said for each projection (verified ⊆ claimed). */
  yandasRule: (verifiedMet: boolean, claimedMet: boolean, required: number) => {
    const rule = `Syarat ${required} dari 6 urusan pelayanan dasar`;
    if (verifiedMet && claimedMet)
      return `${rule} terpenuhi (terverifikasi dan potensi): skor jumlah inovasi dihitung.`;
    if (claimedMet) return `${rule} terpenuhi pada potensi saja: skor jumlah inovasi terverifikasi masih 0.`;
    if (verifiedMet) return `${rule} terpenuhi pada terverifikasi saja: skor jumlah inovasi potensi masih 0.`;
    return `${rule} belum terpenuhi (terverifikasi maupun potensi): skor jumlah inovasi masih 0.`;
  },
  yandasMissing: (projection: 'claimed' | 'verified', names: string) =>
    `Urusan pelayanan dasar yang belum tercakup (${PROJECTION[projection]}): ${names}.`,
  yandasAll: 'semua tercakup',
  jumlahUnknown: 'Aturan skor jumlah inovasi tahun ini tidak diketahui; dipakai aturan tahun lain.',
  actionsHeader: 'Langkah yang paling menaikkan skor',
  allActionsHeader: 'Semua langkah yang menaikkan skor',
  actionsNote:
    'Tiap langkah dihitung terpisah dari keadaan sekarang (tidak dijumlahkan). Poin = kenaikan IID terverifikasi, atau kenaikan potensi bila tertulis "potensi" (baru menaikkan IID terverifikasi setelah diverifikasi).',
  /** Under a gain: which IID it raises. */
  gainOf: (projection: 'claimed' | 'verified') => PROJECTION[projection],
  /** After an action's text in the full list. */
  gainSuffix: (projection: 'claimed' | 'verified') =>
    ` — menaikkan ${projection === 'verified' ? 'IID terverifikasi' : 'potensi (klaim)'}`,
  noActions: 'Tidak ada langkah yang menaikkan skor dari data saat ini.',
  rankingHeader: 'Peringkat OPD (kontribusi pada rata-rata SID)',
  rankingShort: 'Peringkat OPD (kontribusi SID)',
  rank: 'No',
  opd: 'OPD',
  rankingMore: (count: number) => `… dan ${formatNumber(count, 0)} OPD lain di Rincian.`,
  /** Beside the first screen's ranking, when a verified contribution is larger than the claimed one. */
  foldContributionNote: (verifiedDivisor: number, claimedDivisor: number) =>
    `Terverifikasi > potensi karena pembagi lebih kecil (${formatNumber(verifiedDivisor, 0)} < ${formatNumber(claimedDivisor, 0)}).`,
  /** What a contribution is, with both divisors. */
  contributionRule: (verifiedDivisor: number, claimedDivisor: number) =>
    `Kontribusi = jumlah skor SID inovasi OPD yang dihitung ÷ pembagi kabupaten (terverifikasi ${formatNumber(verifiedDivisor, 0)}, potensi ${formatNumber(claimedDivisor, 0)}).`,
  /** Why a verified contribution can exceed the claimed one: the smaller verified divisor. */
  contributionLarger: (opds: string) =>
    ` Karena pembagi terverifikasi lebih kecil, kontribusi terverifikasi ${opds} lebih besar daripada potensinya.`,
  nothingHeader: 'OPD yang belum melaporkan inovasi',
  nothingNone: 'Semua OPD sudah melaporkan paling sedikit satu inovasi.',
  problemsHeader: 'Masalah data',
  problemsNone: 'Tidak ada masalah data.',
  problemsMore: (count: number) => `… dan ${count} masalah lain (lihat tab Skor Inovasi).`,
  detailHeader: 'Rincian',
  caveatsHeader: 'Catatan aturan',
  /** The one footnote line of the first screen; a link to the Rincian below. */
  footnote: (parts: readonly string[], row: number) =>
    `${parts.length ? `Catatan: ${parts.join(' · ')}. ` : ''}Rincian, semua langkah, dan peringkat lengkap: baris ${row} ke bawah ↓`,
  footPrognosis: 'rubrik PROGNOSIS, bukan pedoman resmi',
  footPartial: 'sebagian aturan tahun ini tidak diketahui',
  footWarnings: (count: number) => `${formatNumber(count, 0)} catatan aturan`,
  footProblems: 'ada masalah data',
  footNothing: (count: number) => `${formatNumber(count, 0)} OPD belum melapor`,
  trendHeader: 'IID per tahun',
  trendYear: 'Tahun',
  trendCurrent: (year: number) => `${year} (berjalan)`,
  chartTrend: 'Tren IID per tahun',
  chartTrendFirst: (year: number) => `Tren IID (baru tahun ${year})`,
  chartContribution: 'Kontribusi OPD pada rata-rata SID',
  chartComposition: 'Komposisi skor (SPD + rata-rata SID + jumlah inovasi)',
  seats: (counted: number, divisor: number) => `${formatNumber(counted, 0)} dari ${formatNumber(divisor, 0)}`,
} as const;

// --- "Langkah yang paling menaikkan skor" --------------------------------------------------------

/** Everyday short names of the six urusan pelayanan dasar, for one-line actions. */
export const YANDAS_SHORT_NAMES: Record<string, string> = {
  pendidikan: 'Pendidikan',
  kesehatan: 'Kesehatan',
  pupr: 'PUPR',
  perkim: 'Perkim',
  trantibum_linmas: 'Trantibumlinmas',
  sosial: 'Sosial',
};

/** One thing to complete on an innovation so that it scores or is counted. */
export type FixItemText =
  | { kind: 'evidence'; indicator: string }
  | { kind: 'fill'; indicator: string }
  | { kind: 'design'; minimum: number };

/** The innovation an "add" action copies: the median counted one, or a minimal one when none counts. */
export interface TemplateText {
  median: boolean;
  score: number;
}

function fixItemsText(items: readonly FixItemText[]): string {
  const evidence: string[] = [];
  const fill: string[] = [];
  let design: number | null = null;
  for (const item of items) {
    if (item.kind === 'evidence') evidence.push(item.indicator);
    else if (item.kind === 'fill') fill.push(item.indicator);
    else design = item.minimum;
  }
  const parts: string[] = [];
  if (evidence.length) parts.push(`bukti indikator ${listOf(evidence)}`);
  if (fill.length) parts.push(`indikator wajib ${listOf(fill)} (minimal tingkat 1, dengan bukti)`);
  if (design !== null) parts.push(`rancang bangun hingga ${design} kata`);
  return listOf(parts);
}

const innovations = (count: number) => `${formatNumber(count, 0)} inovasi`;
const who = (opds: readonly string[], max = 3) => (opds.length ? ` (${shortList(opds, max)})` : '');
const template = (t: TemplateText) =>
  t.median
    ? `setara inovasi median yang dihitung (skor SID ${formatNumber(t.score, 0)})`
    : `dengan semua indikator wajib tingkat 1 (skor SID ${formatNumber(t.score, 0)})`;

export const ACTION_TEXT = {
  /** "Lengkapi bukti indikator 16 pada 4 inovasi (DINKES, DISDIK)". */
  fix: (items: readonly FixItemText[], count: number, opds: readonly string[], becomesCounted: boolean) =>
    `Lengkapi ${fixItemsText(items)} pada ${innovations(count)}${who(opds)}${becomesCounted ? ' agar dihitung' : ''}`,
  submit: (count: number, opds: readonly string[]) =>
    `Ajukan ${innovations(count)} yang masih draf untuk diverifikasi${who(opds)}`,
  verify: (count: number, opds: readonly string[]) =>
    `Verifikator: periksa ${innovations(count)} yang sudah diajukan${who(opds)}`,
  reverify: (count: number, opds: readonly string[]) =>
    `Verifikator: periksa ulang ${innovations(count)} yang diubah setelah diverifikasi${who(opds)}`,
  returned: (count: number, opds: readonly string[]) =>
    `Perbaiki dan ajukan lagi ${innovations(count)} yang dikembalikan verifikator${who(opds)}`,
  /** "Tambah inovasi penerapan pada urusan Sosial (tanyakan DINSOS), setara …". */
  yandas: (affairs: readonly string[], needed: number, owners: readonly string[], t: TemplateText) => {
    const names = affairs.map((a) => YANDAS_SHORT_NAMES[a] ?? a);
    const where =
      needed < names.length ? `${needed} dari urusan ${listOf(names)}` : `urusan ${listOf(names)}`;
    return `Tambah inovasi penerapan pada ${where}${owners.length ? ` (tanyakan ${shortList(owners, 4)})` : ''} agar skor jumlah inovasi dihitung; ${template(t)}`;
  },
  seats: (count: number, counted: number, divisor: number, opds: readonly string[], t: TemplateText) =>
    `Tambah ${innovations(count)} penerapan untuk mengisi kursi kosong (baru ${formatNumber(counted, 0)} dihitung, pembagi minimal ${divisor})${
      opds.length ? `, misalnya dari OPD yang belum melapor (${shortList(opds, 4)})` : ''
    }, ${template(t)}`,
  spdEvidence: (missing: readonly string[], badLinks: readonly string[] = []) => {
    const parts = [
      missing.length ? `lengkapi bukti SPD ${shortList(missing, 6)}` : '',
      badLinks.length
        ? `perbaiki link tidak valid SPD ${shortList(badLinks, 6)} (tautan harus diawali http:// atau https://)`
        : '',
    ].filter(Boolean);
    return `Admin: ${parts.join('; ')}`;
  },
  spdFill: (rows: readonly string[]) =>
    `Admin: isi SPD yang masih kosong (${shortList(rows, 6)}), minimal tingkat 1 dengan bukti`,
  spdRaise: (row: string, name: string, from: number, to: number) =>
    `Admin: naikkan SPD ${row} (${name}) dari tingkat ${from} ke ${to}, dengan bukti`,
  /** "Lengkapi bukti indikator 16 pada 4 inovasi (DINKES, DISDIK): +2,10 poin". */
  line: (summary: string, gain: number, verified: boolean) =>
    `${summary}: ${gain >= 0 ? '+' : ''}${formatNumber(gain)} poin${verified ? ' (IID terverifikasi)' : ''}`,
} as const;
