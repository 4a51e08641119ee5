// Sparse TF-IDF vectors over integer feature ids, sorted so that a dot product is one merge pass.
// Features are interned to ids while a text is counted, so each word is hashed as a string once,
// and counted in a dense array that yields the ids already sorted.

// Local aliases: a global lookup such as `Math.min` inside a loop run millions of times costs
// ~100× more in a node:vm context (the emulator; nodejs/node#31658, #49283) than a local one.
const { log, min, sqrt } = Math;

export interface SparseVector {
  ids: Int32Array; // ascending
  weights: Float64Array; // L2-normalised
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Gives a feature's id; negative for a feature the corpus does not know (a draft's new words). */
export type Resolve<K = string> = (feature: K) => number;

/** Feature counts of one text: known ids ascending with their counts, and the unknown features' counts. */
export interface Counts {
  ids: Int32Array;
  counts: Float64Array;
  unknown: number[];
}

/** Counts features into a reusable dense array; `take` hands over one text's counts and resets. */
export class Counter {
  private acc = new Float64Array(4096);
  private readonly touched: number[] = [];
  private readonly unknown = new Map<number, number>();

  add(id: number): void {
    if (id < 0) {
      this.unknown.set(id, (this.unknown.get(id) ?? 0) + 1);
      return;
    }
    if (id >= this.acc.length) {
      const grown = new Float64Array(Math.max(id + 1, this.acc.length * 2));
      grown.set(this.acc);
      this.acc = grown;
    }
    if (this.acc[id] === 0) this.touched.push(id);
    this.acc[id]!++;
  }

  take(): Counts {
    // The array-like constructor, not Int32Array.from (the iterator protocol, ~5× slower here).
    const ids = new Int32Array(this.touched).sort();
    const counts = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = this.acc[ids[k]!]!;
      this.acc[ids[k]!] = 0;
    }
    this.touched.length = 0;
    const unknown = [...this.unknown.values()];
    this.unknown.clear();
    return { ids, counts, unknown };
  }
}

/**
 * Character trigrams of a name written without spaces, so "Si-Pintar" and "SIPINTAR" coincide.
 * A trigram is resolved by its code, three 7-bit characters in one small integer: the words come
 * from normalizeWord (a–z, 0–9), so no two trigrams share a code and no string is cut per trigram.
 */
export function nameTrigrams(words: string[], resolve: Resolve<number>, counter: Counter): Counts {
  const compact = words.join('');
  if (compact) {
    const padded = `_${compact}_`;
    let code = ((padded.charCodeAt(0) & 0x7f) << 7) | (padded.charCodeAt(1) & 0x7f);
    for (let i = 2; i < padded.length; i++) {
      code = ((code << 7) | (padded.charCodeAt(i) & 0x7f)) & 0x1fffff;
      counter.add(resolve(code));
    }
  }
  return counter.take();
}

/** Smoothed inverse document frequency: never zero, so a word in every text still counts a little. */
export function idf(documents: number, df: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1;
}

/**
 * Weighs counts with sublinear TF × IDF and normalises. Unknown features count toward the norm,
 * so a draft's new words make it less like everything, but they can match nothing.
 */
export function weigh(c: Counts, idfs: ArrayLike<number>, unknownIdf: number): SparseVector {
  const m = c.ids.length;
  const weights = new Float64Array(m);
  let norm = 0;
  for (let k = 0; k < m; k++) {
    const w = (1 + log(c.counts[k]!)) * idfs[c.ids[k]!]!;
    weights[k] = w;
    norm += w * w;
  }
  for (const count of c.unknown) norm += ((1 + log(count)) * unknownIdf) ** 2;
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / sqrt(norm);
  for (let k = 0; k < m; k++) weights[k]! *= scale;
  return { ids: c.ids, weights };
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
  return min(1, sum);
}
