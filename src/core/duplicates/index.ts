// Near-duplicate innovations: the whole regency's pairs for the recalculation, and the innovations
// like a draft for the sidebar while an operator types. Pure: no Apps Script, no I/O.
import type { SimilarInnovation } from '../../shared/api';
import { type SearchLimits, searcherOf } from './candidates';
import { contentText, type InnovationText, type PreparedCorpus, prepareCorpus } from './corpus';
import type { NormalizeOptions } from './normalize';
import { type PhraseSide, phraseSide, phrasesBetween, sharedPhrases } from './phrases';
import { hasContent, hasName, type PairScore, scorePair, type Vectors } from './score';
import {
  CROWDED_BUDGET_PER_PARTNER,
  DEFAULT_DUPLICATE_THRESHOLD,
  DEFAULT_MAX_PARTNERS,
  SEARCH_BUDGET,
} from './tuning';
import type { DuplicateOptions, DuplicatePair, DuplicateReport, SimilarToOptions } from './types';

export type { InnovationText, PreparedCorpus } from './corpus';
export { prepareCorpus } from './corpus';
export { normalizeText, normalizeWord, regionStopWords, tokenize } from './normalize';
export { stem } from './stemmer';
export { DEFAULT_DUPLICATE_THRESHOLD, DEFAULT_MAX_PARTNERS } from './tuning';
export type * from './types';

const DEFAULT_MAX_PHRASES = 3;
const DEFAULT_LIMIT = 5;

function asCorpus(
  input: readonly InnovationText[] | PreparedCorpus,
  options: DuplicateOptions,
): PreparedCorpus {
  return isPrepared(input) ? input : prepareCorpus(input, options);
}

function isPrepared(input: readonly InnovationText[] | PreparedCorpus): input is PreparedCorpus {
  return !Array.isArray(input);
}

/** Shared content passages, or shared name words when the likeness is in the name. */
function phrasesOf(
  a: { name: string; side: () => PhraseSide },
  b: { name: string; side: () => PhraseSide },
  score: PairScore,
  normalize: NormalizeOptions,
  max: number,
): string[] {
  // A pair alike by name shows the words of the names first (and costs no pass over both texts).
  if (score.kind === 'nama') {
    const fromName = sharedPhrases(a.name, b.name, normalize, max, 1);
    if (fromName.length > 0) return fromName;
  }
  const fromContent = score.contentSimilarity > 0 ? phrasesBetween(a.side(), b.side(), max) : [];
  if (fromContent.length > 0 || score.kind === 'isi') return fromContent;
  return sharedPhrases(a.name, b.name, normalize, max, 1);
}

/** How far one innovation's search may go: all the way when every pair is asked for. */
function pairLimits(threshold: number, k: number): SearchLimits {
  return Number.isFinite(k)
    ? { threshold, k, budget: SEARCH_BUDGET, crowdedBudget: CROWDED_BUDGET_PER_PARTNER * k }
    : { threshold, k, budget: Number.POSITIVE_INFINITY };
}

/**
 * The pairs of innovations at or above the threshold, most similar first, each innovation with at
 * most `maxPartners` of its most similar partners (all of them in any register where no text is
 * pasted into more than a few innovations). Innovations with the same id (the same record listed
 * twice) are never paired. Shared phrases are found for the first `phrasesFor` pairs only.
 */
export function findDuplicates(
  innovations: readonly InnovationText[] | PreparedCorpus,
  options: DuplicateOptions = {},
): DuplicateReport {
  const corpus = asCorpus(innovations, options);
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const k = options.maxPartners ?? DEFAULT_MAX_PARTNERS;
  const limits = pairLimits(threshold, k);
  const docs = corpus.docs;
  const n = docs.length;
  const searcher = searcherOf(corpus);
  // Each pair once, whichever side found it; a pair the other side already scored is not scored again.
  const pairs = new Map<number, { i: number; j: number; score: PairScore }>();
  let crowded = 0;
  let unfinished = 0;
  let scored = 0;
  for (let i = 0; i < n; i++) {
    const a = docs[i]!;
    // An archived innovation is met by the current ones' searches, never searched itself.
    if (corpus.archived[i]! > 0 || (!hasName(a) && !hasContent(a))) continue;
    const partners = searcher.search(a, i, a.ref.id, limits, (j) => {
      const known = j < i ? pairs.get(j * n + i) : undefined;
      if (known) return known.score;
      scored++;
      return scorePair(a, docs[j]!);
    });
    if (partners.crowded) crowded++;
    if (partners.unfinished) unfinished++;
    const found = partners.found;
    for (const { j, score } of found) {
      const key = i < j ? i * n + j : j * n + i;
      if (!pairs.has(key)) pairs.set(key, { i: Math.min(i, j), j: Math.max(i, j), score });
    }
  }
  const found = [...pairs.values()];
  found.sort((x, y) => y.score.similarity - x.score.similarity || x.i - y.i || x.j - y.j);
  const normalize = { extraStopWords: corpus.stopWords };
  const maxPhrases = options.maxPhrases ?? DEFAULT_MAX_PHRASES;
  const phrasesFor = options.phrasesFor ?? found.length;
  // Tokens of a text, once per call: one innovation copied many times is in many pairs.
  const sides = new Map<number, PhraseSide>();
  const text = (i: number) => ({
    name: docs[i]!.ref.name,
    side: () => {
      let side = sides.get(i);
      if (!side) {
        side = phraseSide(docs[i]!.text, normalize);
        sides.set(i, side);
      }
      return side;
    },
  });
  const listed = found.slice(0, options.limit ?? found.length).map(({ i, j, score }, rank): DuplicatePair => {
    return {
      a: { ...docs[i]!.ref },
      b: { ...docs[j]!.ref },
      ...score,
      sharedPhrases: rank < phrasesFor ? phrasesOf(text(i), text(j), score, normalize, maxPhrases) : [],
    };
  });
  return { pairs: listed, crowded, unfinished, maxPartners: k, scored };
}

/** findDuplicates' pairs alone. */
export function findDuplicatePairs(
  innovations: readonly InnovationText[] | PreparedCorpus,
  options: DuplicateOptions = {},
): DuplicatePair[] {
  return findDuplicates(innovations, options).pairs;
}

/**
 * Existing innovations like a draft (any field may still be empty), most similar first (ties in
 * input order). Pass a corpus from prepareCorpus to query the same innovations many times; the
 * draft's own id is skipped.
 */
export function findSimilarTo(
  draft: InnovationText,
  corpus: readonly InnovationText[] | PreparedCorpus,
  options: SimilarToOptions = {},
): SimilarInnovation[] {
  const prepared = asCorpus(corpus, options);
  const normalize = { extraStopWords: prepared.stopWords };
  const query: Vectors = prepared.vectorize(draft);
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const k = options.limit ?? DEFAULT_LIMIT;
  const docs = prepared.docs;
  // One draft: no budget, so the answer is the one a scan of every innovation gives.
  const { found } = searcherOf(prepared).search(
    query,
    -1,
    draft.id ?? '',
    {
      threshold,
      k,
      budget: Number.POSITIVE_INFINITY,
      inputOrderTies: true,
      currentOnly: options.currentOnly === true,
    },
    (j) => scorePair(query, docs[j]!),
  );
  let draftSide: PhraseSide | undefined;
  const draftText = {
    name: draft.name ?? '',
    side: () => (draftSide ??= phraseSide(contentText(draft), normalize)),
  };
  return found.map(({ j, score }) => {
    const doc = docs[j]!;
    return {
      ...doc.ref,
      similarity: score.similarity,
      kind: score.kind,
      sharedPhrases: phrasesOf(
        { name: doc.ref.name, side: () => phraseSide(doc.text, normalize) },
        draftText,
        score,
        normalize,
        options.maxPhrases ?? DEFAULT_MAX_PHRASES,
      ),
    };
  });
}
