// The similarity of two prepared texts: name, content, their blend, and what kind of likeness it is.
import type { PreparedDoc } from './corpus';
import { TUNING } from './tuning';
import type { DuplicateKind } from './types';
import { dot } from './vectors';

export type Vectors = Omit<PreparedDoc, 'ref' | 'text'>;

// Called for every candidate pair: local aliases, not global lookups (see vectors.ts).
const { max, round: roundHalfUp } = Math;

export interface PairScore {
  similarity: number;
  nameSimilarity: number;
  contentSimilarity: number;
  kind: DuplicateKind;
}

/**
 * Name similarity: whole names, heads ("SIPINTAR (Sistem Informasi …)" meets "Si-Pintar") and
 * stems in any order ("Jemput Sampah" meets "Sampahku Dijemput").
 */
export function nameSimilarity(a: Vectors, b: Vectors): number {
  if (a.name.ids.length === 0 || b.name.ids.length === 0) return 0;
  const whole = max(dot(a.name, b.name), dot(a.bag, b.bag));
  if (!a.head && !b.head) return whole;
  return max(whole, dot(a.head ?? a.name, b.head ?? b.name));
}

const round = (x: number) => roundHalfUp(x * 1000) / 1000;

export const hasName = (v: Vectors): boolean => v.name.ids.length > 0;
export const hasContent = (v: Vectors): boolean => v.contentWords >= TUNING.minContentWords;

/**
 * The overall similarity from its parts; `names`/`contents` say whether both sides have one. Never
 * below content alone: a renamed copy is a duplicate whatever its new name.
 */
export function blend(n: number, c: number, names: boolean, contents: boolean): number {
  if (names && contents) return max(c, TUNING.contentWeight * c + (1 - TUNING.contentWeight) * n);
  return contents ? c : names ? n : 0;
}

export function scorePair(a: Vectors, b: Vectors): PairScore {
  const names = hasName(a) && hasName(b);
  const contents = hasContent(a) && hasContent(b);
  const n = names ? nameSimilarity(a, b) : 0;
  const c = contents ? dot(a.content, b.content) : 0;
  return {
    similarity: round(blend(n, c, names, contents)),
    nameSimilarity: round(n),
    contentSimilarity: round(c),
    kind: kindOf(n, c, names, contents),
  };
}

function kindOf(n: number, c: number, names: boolean, contents: boolean): DuplicateKind {
  if (!contents) return 'nama';
  if (!names) return 'isi';
  const nameHigh = n >= TUNING.nameKind;
  const contentHigh = c >= TUNING.contentKind;
  if (nameHigh && contentHigh) return 'keduanya';
  if (nameHigh) return 'nama';
  if (contentHigh) return 'isi';
  return n / TUNING.nameKind >= c / TUNING.contentKind ? 'nama' : 'isi';
}
