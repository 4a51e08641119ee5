// Near-duplicates as people meet them: the calm notice in the sidebar while an operator types
// (findSimilar), and the Kemungkinan Duplikat tab the recalculation writes for Balitbang, with the
// decision column Balitbang fills and every recalculation keeps.
import { formatNumber } from './common';
import { formatSimilarity } from './duplicates';

/** "“a”, “b”" for a list of shared phrases. */
function quoted(phrases: readonly string[]): string {
  return phrases.map((p) => `“${p}”`).join(', ');
}

export const SIMILAR_TEXT = {
  /** Heading of the notice under the name field and on Tinjau & Ajukan. */
  title: 'Mungkin sudah tercatat',
  /** One line per similar innovation: "Mirip dengan: SIPINTAR (DISDIK) — 87% — frasa sama: …". */
  line: (name: string, opd: string, similarity: number, phrases: readonly string[]) =>
    `Mirip dengan: ${name} (${opd}) — ${formatSimilarity(similarity)}${
      phrases.length ? ` — frasa sama: ${quoted(phrases)}` : ''
    }`,
  hint: 'Bila ini inovasi yang sama, jangan dicatat dua kali: bicarakan dengan OPD tersebut atau Balitbang. Bila memang berbeda, lanjutkan saja.',
  /** Accessible name of the notice region. */
  regionLabel: 'Inovasi lain yang mirip',
  /** Where an innovation of an earlier period stands in the line: "(Dinas Kesehatan, Riwayat 2025)". */
  archived: (opdName: string, year: number) => `${opdName}, Riwayat ${year}`,
  badRequest: 'Isian terlalu panjang atau rusak untuk diperiksa kemiripannya.',
  refused: 'Pemeriksaan kemiripan hanya untuk pengguna yang terdaftar di tab Pengguna.',
} as const;

/** Keputusan Balitbang on a pair; the codes are stable, the labels are what the dropdown shows. */
export const DUPLICATE_DECISIONS = {
  merge: 'Gabungkan',
  keep: 'Pertahankan keduanya',
  open: 'Belum diputuskan',
} as const;
export type DuplicateDecision = keyof typeof DUPLICATE_DECISIONS;

export const DUPLICATE_TAB_TEXT = {
  tab: 'Kemungkinan Duplikat',
  description:
    'Pasangan inovasi yang nama atau isinya sangat mirip (semua OPD), dibuat ulang oleh Hitung ulang skor. Admin Balitbang mengisi kolom "Keputusan Balitbang" dan "Catatan Balitbang"; isinya dipertahankan pada setiap hitung ulang.',
  headers: {
    idA: 'ID A',
    opdA: 'OPD A',
    nameA: 'Inovasi A',
    idB: 'ID B',
    opdB: 'OPD B',
    nameB: 'Inovasi B',
    similarity: 'Kemiripan',
    nameSimilarity: 'Kemiripan nama',
    contentSimilarity: 'Kemiripan isi',
    kind: 'Yang mirip',
    phrases: 'Frasa yang sama',
    decision: 'Keputusan Balitbang',
    note: 'Catatan Balitbang',
    remark: 'Keterangan',
  },
  none: 'Tidak ada pasangan inovasi yang mirip.',
  /** An innovation of an earlier period in the Inovasi B column: "Satu Data Majene (Riwayat 2025)". */
  archivedName: (name: string, year: number) => `${name} (Riwayat ${year})`,
  dashboardHeader: 'Inovasi ganda dan proyek pelatihan',
  failed:
    'Kemungkinan duplikat belum dapat dihitung karena kesalahan tak terduga (rinciannya di log eksekusi Apps Script). Skor di atas tidak terpengaruh.',
  belowThreshold: 'Tidak lagi di atas ambang kemiripan; keputusan disimpan.',
  notShown: (count: number) =>
    `${formatNumber(count, 0)} pasangan lain dengan kemiripan lebih rendah tidak ditampilkan.`,
  /** Some innovations have more similar partners than are kept (one text pasted into many innovations). */
  crowded: (innovations: number, partners: number) =>
    `${formatNumber(innovations, 0)} inovasi mirip dengan ${formatNumber(partners, 0)} inovasi lain atau lebih (teks yang sama dipakai berulang kali?); untuk setiap inovasi hanya ${formatNumber(partners, 0)} pasangan yang paling mirip dicantumkan.`,
  dashboardLine: (pairs: number, open: number) =>
    pairs === 0
      ? 'Kemungkinan duplikat: tidak ada pasangan inovasi yang mirip.'
      : `Kemungkinan duplikat: ${formatNumber(pairs, 0)} pasangan, ${formatNumber(open, 0)} belum diputuskan Balitbang (lihat tab Kemungkinan Duplikat).`,
} as const;
