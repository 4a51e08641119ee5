// The numbers of the method, tuned on the labelled tuning pairs in tests/duplicates/fixtures (the
// written set and the tuning half of the public descriptions) with tests/duplicates/tune.ts, which
// prints the grid it searched. Change them only with that script. Chosen: the setting with the best
// F2 (recall weighs more: a missed duplicate costs more than a glance), perfect on both tuning sets
// for thresholds 0.49–0.54, and the middle of that band as the default threshold. idfPower and
// minContentWords were chosen by the same script before names had their own evidence.
// Stem bigrams in the content vector were tried too (weights 0.5–1.5): they narrowed that band,
// because a paraphrase keeps the words of a text but not their pairs, so content is single stems.

export const TUNING = {
  /**
   * Weight of content against the name's likeness in the lifted blend, which is never below content
   * alone. 0.7–1 tied once names have their own evidence (nameAlone); 0.9 keeps the content bound of
   * the search tight, so fewer pairs are scored.
   */
  contentWeight: 0.9,
  /** IDF raised to this power: the words of an OPD's standard opening paragraph weigh less. */
  idfPower: 1.5,
  /** Fewer meaningful content words than this on either side: compare by name only. */
  minContentWords: 8,
  /**
   * Name information (names.ts units, weighed by rarity) that identifies an innovation fully: one
   * coined word ("SIPRAJA") or two ordinary ones ("Satu Data"). A name with less counts in part.
   */
  nameUnitsFull: 2,
  /** A name key in at most this many names (or 0.5 %) is rare; from commonNameDf (or 2 %) it says nothing. */
  rareNameDf: 3,
  commonNameDf: 10,
  /** Name evidence of an acronym read from the other name's words ("e-Pak Ladi" ↔ "Pelayanan … Langsung Jadi"). */
  acronymMatch: 0.9,
  /**
   * Both with content: a name that identifies the innovation counts for this much of itself even
   * when the contents share nothing, and fully once they are `contentSupport` alike (two reports of
   * one programme on different aspects still share its subject; two programmes with one acronym don't).
   */
  nameAlone: 0.5,
  contentSupport: 0.2,
  /** A name or content similarity at least this high names the kind of a pair. */
  nameKind: 0.6,
  contentKind: 0.4,
};

/** Pairs at or above this similarity are reported. */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.52;

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
