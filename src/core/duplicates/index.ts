// Near-duplicate innovations: the whole regency's pairs for the recalculation, and the innovations
// like a draft for the sidebar while an operator types. Pure: no Apps Script, no I/O.
import type { SimilarInnovation } from '../../shared/api';
import { forEachCandidate } from './candidates';
import {
  contentText,
  type InnovationText,
  type PreparedCorpus,
  type PreparedDoc,
  prepareCorpus,
} from './corpus';
import type { NormalizeOptions } from './normalize';
import { sharedPhrases } from './phrases';
import { type PairScore, scorePair, type Vectors } from './score';
import { DEFAULT_DUPLICATE_THRESHOLD } from './tuning';
import type { DuplicateOptions, DuplicatePair, SimilarToOptions } from './types';

export type { InnovationText, PreparedCorpus } from './corpus';
export { prepareCorpus } from './corpus';
export { normalizeText, normalizeWord, regionStopWords, tokenize } from './normalize';
export { stem } from './stemmer';
export { DEFAULT_DUPLICATE_THRESHOLD } from './tuning';
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

/** Shared content passages, or shared name words when the likeness is in the name alone. */
function phrasesOf(
  a: { name: string; text: string },
  b: { name: string; text: string },
  score: PairScore,
  normalize: NormalizeOptions,
  max: number,
): string[] {
  const fromContent = score.contentSimilarity > 0 ? sharedPhrases(a.text, b.text, normalize, max) : [];
  if (fromContent.length > 0 || score.kind === 'isi') return fromContent;
  return sharedPhrases(a.name, b.name, normalize, max, 1);
}

/**
 * Every pair of innovations at or above the threshold, most similar first. Innovations with the
 * same id (the same record listed twice) are never paired.
 */
export function findDuplicatePairs(
  innovations: readonly InnovationText[] | PreparedCorpus,
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const corpus = asCorpus(innovations, options);
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const found: { i: number; j: number; score: PairScore }[] = [];
  forEachCandidate(corpus, threshold, (i, j) => {
    const a = corpus.docs[i]!;
    const b = corpus.docs[j]!;
    if (a.ref.id && a.ref.id === b.ref.id) return;
    const score = scorePair(a, b);
    if (score.similarity >= threshold) found.push({ i, j, score });
  });
  found.sort((x, y) => y.score.similarity - x.score.similarity || x.i - y.i || x.j - y.j);
  const normalize = { extraStopWords: corpus.stopWords };
  const maxPhrases = options.maxPhrases ?? DEFAULT_MAX_PHRASES;
  return found.slice(0, options.limit ?? found.length).map(({ i, j, score }) => {
    const a = corpus.docs[i]!;
    const b = corpus.docs[j]!;
    return {
      a: { ...a.ref },
      b: { ...b.ref },
      ...score,
      sharedPhrases: phrasesOf(
        { name: a.ref.name, text: a.text },
        { name: b.ref.name, text: b.text },
        score,
        normalize,
        maxPhrases,
      ),
    };
  });
}

/**
 * Existing innovations like a draft (any field may still be empty), most similar first. Pass a
 * corpus from prepareCorpus to query the same innovations many times; the draft's own id is skipped.
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
  const hits: { doc: PreparedDoc; score: PairScore }[] = [];
  for (const doc of prepared.docs) {
    if (draft.id && doc.ref.id === draft.id) continue;
    const score = scorePair(query, doc);
    if (score.similarity >= threshold) hits.push({ doc, score });
  }
  hits.sort((x, y) => y.score.similarity - x.score.similarity);
  const draftText = { name: draft.name ?? '', text: contentText(draft) };
  return hits.slice(0, options.limit ?? DEFAULT_LIMIT).map(({ doc, score }) => ({
    ...doc.ref,
    similarity: score.similarity,
    kind: score.kind,
    sharedPhrases: phrasesOf(
      { name: doc.ref.name, text: doc.text },
      draftText,
      score,
      normalize,
      options.maxPhrases ?? DEFAULT_MAX_PHRASES,
    ),
  }));
}
