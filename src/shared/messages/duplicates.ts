// Near-duplicate innovations: the sidebar warning while an operator types, and the
// "Kemungkinan Duplikat" table of the recalculation.
import type { DuplicateKind } from '../../core/duplicates/types';

export const DUPLICATE_KIND_LABELS: Record<DuplicateKind, string> = {
  nama: 'Nama mirip',
  isi: 'Isi mirip',
  keduanya: 'Nama dan isi mirip',
};

/** 0.874 → "87%". */
export function formatSimilarity(similarity: number): string {
  return `${Math.round(Math.min(1, Math.max(0, similarity)) * 100)}%`;
}

export const DUPLICATES_TABLE = {
  title: 'Kemungkinan Duplikat',
  intro:
    'Pasangan inovasi yang nama atau isinya sangat mirip, dari OPD mana pun. Periksa setiap pasangan, lalu gabungkan bila keduanya inovasi yang sama, atau biarkan bila memang berbeda.',
  headers: ['Inovasi A', 'OPD A', 'Inovasi B', 'OPD B', 'Kemiripan', 'Yang mirip', 'Frasa yang sama'],
  none: 'Tidak ada pasangan inovasi yang mirip.',
} as const;

/** The sidebar's heading above the list of similar innovations. */
export function similarWarning(count: number): string {
  return count === 1
    ? 'Ada 1 inovasi lain yang mirip dengan isian Anda. Periksa dulu sebelum menyimpan, agar inovasi yang sama tidak tercatat dua kali.'
    : `Ada ${count} inovasi lain yang mirip dengan isian Anda. Periksa dulu sebelum menyimpan, agar inovasi yang sama tidak tercatat dua kali.`;
}

/** One line of that list: "SIPINTAR (DISDIK) — 87% mirip, nama dan isi". */
export function similarItemLine(item: {
  name: string;
  opd: string;
  similarity: number;
  kind?: DuplicateKind;
}): string {
  const kind = item.kind ? `, ${DUPLICATE_KIND_LABELS[item.kind].replace(' mirip', '').toLowerCase()}` : '';
  return `${item.name} (${item.opd}) — ${formatSimilarity(item.similarity)} mirip${kind}`;
}

/** Shared phrases joined for one table cell or one sidebar line. */
export function sharedPhrasesText(phrases: string[]): string {
  return phrases.map((p) => `“${p}”`).join('; ');
}
