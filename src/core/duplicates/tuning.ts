// The numbers of the method, tuned on the labelled pairs in tests/duplicates/fixtures with
// tests/duplicates/tune.ts, which prints the grid it searched. Change them only with that script.
// Chosen: the setting whose band of perfect thresholds (no missed duplicate, no false pair in the
// whole set) was widest, 0.47–0.59, and the middle of that band as the default threshold.
// Stem bigrams in the content vector were tried too (weights 0.5–1.5): they narrowed that band,
// because a paraphrase keeps the words of a text but not their pairs, so content is single stems.

export const TUNING = {
  /**
   * Weight of content against name in the blended score, which is never below content alone.
   * 0.6–0.9 tied; 0.7 keeps two different innovations with the same acronym (two "SEHATI") far
   * below the threshold while a matching name still lifts a paraphrase.
   */
  contentWeight: 0.7,
  /** IDF raised to this power: the words of an OPD's standard opening paragraph weigh less. */
  idfPower: 1.5,
  /** Fewer meaningful content words than this on either side: compare by name only. */
  minContentWords: 8,
  /** A name or content similarity at least this high names the kind of a pair. */
  nameKind: 0.6,
  contentKind: 0.4,
};

/** Pairs at or above this similarity are reported. */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.53;

/**
 * Each innovation keeps at most this many partners, its most similar (a pair is listed when it is
 * among either side's). More are never a finding of their own: they are one text pasted into many
 * innovations, which the first ten show, and listing them all grows with the square of the copies.
 */
export const DEFAULT_MAX_PARTNERS = 10;

/**
 * Work one innovation's search may spend, in exact scores of content pairs (a name-only pair counts
 * a tenth). Ordinary registers need a few per innovation; this is reached only when bounds are loose
 * for hundreds of texts at once (short texts made only of words that a quarter of the register uses).
 */
export const SEARCH_BUDGET = 500;
/** Once an innovation has maxPartners partners, its search may spend this many scores per partner. */
export const CROWDED_BUDGET_PER_PARTNER = 4;
