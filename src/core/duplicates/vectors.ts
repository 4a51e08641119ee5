// Sparse TF-IDF vectors over integer feature ids, sorted so that a dot product is one merge pass.
// Features are interned to ids while a text is counted, so each word is hashed as a string once.

export interface SparseVector {
  ids: Int32Array; // ascending
  weights: Float64Array; // L2-normalised
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Feature id → count. Negative ids are features the corpus does not know (a draft's new words). */
export type Counts = Map<number, number>;

/** Gives a feature's id; see Vocabulary in corpus.ts. */
export type Resolve = (feature: string) => number;

export function addCount(counts: Counts, id: number): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

/** Character trigrams of a name written without spaces, so "Si-Pintar" and "SIPINTAR" coincide. */
export function nameTrigrams(words: string[], resolve: Resolve): Counts {
  const counts: Counts = new Map();
  const compact = words.join('');
  if (!compact) return counts;
  const padded = `_${compact}_`;
  for (let i = 0; i + 3 <= padded.length; i++) addCount(counts, resolve(padded.slice(i, i + 3)));
  return counts;
}

/** Smoothed inverse document frequency: never zero, so a word in every text still counts a little. */
export function idf(documents: number, df: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1;
}

const PACK = 8192;

/**
 * Weighs counts with sublinear TF × IDF and normalises. Unknown features (negative ids) count
 * toward the norm, so a draft's new words make it less like everything, but can match nothing.
 */
export function weigh(counts: Counts, idfOf: (id: number) => number, unknownIdf: number): SparseVector {
  const ids: number[] = [];
  const raw: number[] = [];
  let norm = 0;
  for (const [id, count] of counts) {
    const w = (1 + Math.log(count)) * (id < 0 ? unknownIdf : idfOf(id));
    norm += w * w;
    if (id >= 0) {
      ids.push(id);
      raw.push(w);
    }
  }
  if (norm === 0) return EMPTY_VECTOR;
  // Sort by id with a native numeric sort: each key packs the id and the entry's position.
  const m = ids.length;
  const order = new Int32Array(m);
  if (m < PACK) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = ids[k]! * PACK + k;
    keys.sort();
    for (let k = 0; k < m; k++) order[k] = keys[k]! % PACK;
  } else {
    for (let k = 0; k < m; k++) order[k] = k;
    order.sort((x, y) => ids[x]! - ids[y]!);
  }
  const scale = 1 / Math.sqrt(norm);
  const outIds = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    outIds[k] = ids[order[k]!]!;
    weights[k] = raw[order[k]!]! * scale;
  }
  return { ids: outIds, weights };
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, sum);
}
