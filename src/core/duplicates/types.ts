// Public types of near-duplicate detection. JSON-safe, so results can cross google.script.run.

/** What two innovations have in common: the name, the content (rancang bangun, tujuan, manfaat), or both. */
export type DuplicateKind = 'nama' | 'isi' | 'keduanya';

export interface InnovationRef {
  id: string;
  opd: string;
  name: string;
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
  /** At most this many results, most similar first. Default: all pairs; 5 for findSimilarTo. */
  limit?: number;
}

export type SimilarToOptions = DuplicateOptions;
