// Public types of near-duplicate detection. JSON-safe, so results can cross google.script.run.

/** What two innovations have in common: the name, the content (rancang bangun, tujuan, manfaat), or both. */
export type DuplicateKind = 'nama' | 'isi' | 'keduanya';

export interface InnovationRef {
  id: string;
  opd: string;
  name: string;
  /** Set for an innovation of an earlier period (the Riwayat tab): the year it was archived. */
  year?: number;
}

export interface DuplicatePair {
  /** The one that comes first in the input. */
  a: InnovationRef;
  b: InnovationRef;
  /** Overall similarity 0..1, the figure compared with the threshold. */
  similarity: number;
  nameSimilarity: number;
  /** 0 when either side has too little rancang bangun/tujuan/manfaat text to compare. */
  contentSimilarity: number;
  /** Longest passages both share, longest first, in `a`'s original wording. */
  sharedPhrases: string[];
  kind: DuplicateKind;
}

export interface DuplicateOptions {
  /** Pairs at or above this similarity are reported. Default DEFAULT_DUPLICATE_THRESHOLD. */
  threshold?: number;
  /**
   * Words that say nothing about an innovation here, e.g. regionStopWords('Kabupaten Majene').
   * Used when the innovations are given as a list; a PreparedCorpus keeps the ones it was made with.
   */
  extraStopWords?: readonly string[];
  /** Shared phrases per result. Default 3. */
  maxPhrases?: number;
  /**
   * Shared phrases only for the first this many results (the costly part); the others get none.
   * Default: all. For findDuplicatePairs.
   */
  phrasesFor?: number;
  /** At most this many results, most similar first. Default: all pairs; 5 for findSimilarTo. */
  limit?: number;
  /**
   * findDuplicatePairs: an innovation with at most this many partners keeps them all; one with more
   * keeps this many, the most similar first (exactly its closest when the bounds tell them apart).
   * A pair is listed when it is kept by either side. Default DEFAULT_MAX_PARTNERS; Infinity lists
   * every pair (then the work grows with the square of the number of copies of one text).
   */
  maxPartners?: number;
}

/** The pairs of a register, and how many innovations had more partners than were kept. */
export interface DuplicateReport {
  pairs: DuplicatePair[];
  /** Innovations with `maxPartners` partners and more in sight, of which only that many are kept. */
  crowded: number;
  /**
   * Innovations whose search spent its work budget before finding maxPartners partners, so that a
   * pair may be missing. Only texts made of words a quarter of the register uses, by the hundred.
   */
  unfinished: number;
  /** The maxPartners that applied. */
  maxPartners: number;
  /** Pairs whose similarity was computed exactly: the work done, a few per innovation in ordinary registers. */
  scored: number;
}

export interface SimilarToOptions extends DuplicateOptions {
  /** Leave out innovations of earlier periods (InnovationText.archivedYear). */
  currentOnly?: boolean;
}
