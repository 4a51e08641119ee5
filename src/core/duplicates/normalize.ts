// Indonesian text normalisation: case, diacritics, punctuation, numbers, reduplication,
// abbreviations, stop words and stems. Every token keeps its span in the original text so that a
// shared phrase can be shown the way the operator wrote it.
import { expandAbbreviation, isBoilerplate, isFunctionWord } from './lexicon';
import { stem } from './stemmer';

/** Why a token carries no meaning for similarity; null when it does. */
export type StopKind = 'function' | 'boilerplate' | 'number' | null;

export interface Token {
  /** The word as written: lower case, without diacritics or punctuation. */
  word: string;
  /** Stem of the word (after abbreviation expansion, one token per expanded word). */
  stem: string;
  stop: StopKind;
  /** Span of the written word in the original text; expanded words share their abbreviation's span. */
  start: number;
  end: number;
}

export interface NormalizeOptions {
  /** More words to drop as boilerplate, e.g. the regency's own name ("majene"): lower case. */
  extraStopWords?: ReadonlySet<string>;
  /** Expand abbreviations (default true). Names keep theirs: "E-PERPUS" is a name, not "elektronik perpus". */
  expand?: boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics, letters and digits only: "Pelayanan," → "pelayanan", "Café" → "cafe". */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[^a-z0-9]/g, '');
}

interface Analysis {
  word: string;
  stem: string;
  stop: StopKind;
}

const CACHE_LIMIT = 50_000;
/** Per written form and expansion mode: what normalisation makes of it (the texts repeat their words). */
let analyses: Map<string, readonly Analysis[]> | null = null;

function stopKind(word: string, stemmed: string): StopKind {
  if (/^[0-9]+$/.test(word)) return 'number';
  if (isFunctionWord(word)) return 'function';
  if (isBoilerplate(word) || isBoilerplate(stemmed)) return 'boilerplate';
  return null;
}

function analyse(raw: string, expand: boolean): readonly Analysis[] {
  const key = expand ? raw : `\u0000${raw}`;
  analyses ??= new Map();
  const hit = analyses.get(key);
  if (hit) return hit;
  const word = normalizeWord(raw);
  const words = word ? (expand && expandAbbreviation(word)) || [word] : [];
  const result = words.map((w) => {
    const stemmed = stem(w);
    return { word: w, stem: stemmed, stop: stopKind(w, stemmed) };
  });
  if (analyses.size >= CACHE_LIMIT) analyses.clear();
  analyses.set(key, result);
  return result;
}

const isAsciiWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Calls `visit` for every run of letters and digits (any script) with its span. A char-code scan:
 * about twice as fast as a Unicode regex on the corpus, and the texts are mostly ASCII.
 */
function scanWords(text: string, visit: (raw: string, start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    let word: boolean;
    let width = 1;
    if (c < 128) word = isAsciiWordChar(c);
    else {
      const point = text.codePointAt(i) ?? c;
      width = point > 0xffff ? 2 : 1;
      word = WORD_CHAR.test(String.fromCodePoint(point));
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i), start, i);
      start = -1;
    }
    i += width - 1;
  }
}

/**
 * Calls `visit` for every token of `text` in order. The allocation-free core of tokenize and
 * normalizeText: preparing a regency's corpus runs it over some 700,000 words.
 */
export function eachToken(
  text: string,
  options: NormalizeOptions,
  visit: (word: string, stem: string, stop: StopKind, start: number, end: number) => void,
): void {
  const expand = options.expand !== false;
  const extra = options.extraStopWords && options.extraStopWords.size > 0 ? options.extraStopWords : null;
  let previousWord = '';
  let previousEnd = -2;
  scanWords(text, (raw, start, end) => {
    const found = analyse(raw, expand);
    const first = found[0];
    if (!first) return;
    // "anak-anak": a reduplicated word counts once.
    const reduplicated =
      first.word === previousWord && previousEnd === start - 1 && text[previousEnd] === '-';
    previousWord = first.word;
    previousEnd = end;
    if (reduplicated) return;
    for (const a of found) {
      const stop =
        a.stop === null && extra && (extra.has(a.word) || extra.has(a.stem)) ? 'boilerplate' : a.stop;
      visit(a.word, a.stem, stop, start, end);
    }
  });
}

/**
 * A counter of meaningful stems for many texts, as ids from `resolve`: the hot path of corpus
 * preparation. It caches each written form's ids, so a repeated word costs one map lookup.
 * Returns the number of meaningful words counted.
 */
export function stemCounter(
  options: NormalizeOptions,
  resolve: (stem: string) => number,
): (text: string, count: (id: number) => void) => number {
  const cache = new Map<string, { word: string; ids: number[] }>();
  const extra = options.extraStopWords;
  const expand = options.expand !== false;
  return (text, count) => {
    let words = 0;
    let previousWord = '';
    let previousEnd = -2;
    scanWords(text, (raw, start, end) => {
      let entry = cache.get(raw);
      if (!entry) {
        const found = analyse(raw, expand);
        const ids = found
          .filter((a) => a.stop === null && !extra?.has(a.word) && !extra?.has(a.stem))
          .map((a) => resolve(a.stem));
        entry = { word: found[0]?.word ?? '', ids };
        cache.set(raw, entry);
      }
      if (!entry.word) return;
      const reduplicated =
        entry.word === previousWord && previousEnd === start - 1 && text[previousEnd] === '-';
      previousWord = entry.word;
      previousEnd = end;
      if (reduplicated) return;
      for (const id of entry.ids) {
        count(id);
        words++;
      }
    });
    return words;
  };
}

/** Splits `text` into tokens; "anak-anak" counts once, "yan" becomes "pelayanan". */
export function tokenize(text: string, options: NormalizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  eachToken(text, options, (word, stemmed, stop, start, end) => {
    tokens.push({ word, stem: stemmed, stop, start, end });
  });
  return tokens;
}

/** The stems that carry meaning, in order: what similarity is computed on. */
export function normalizeText(text: string, options: NormalizeOptions = {}): string[] {
  const stems: string[] = [];
  eachToken(text, options, (_word, stemmed, stop) => {
    if (stop === null) stems.push(stemmed);
  });
  return stems;
}

/**
 * The tokens of an innovation's name that identify it. Boilerplate goes only while something else
 * remains: "Inovasi Pelayanan Prima" → [prima], but "Pelayanan" alone stays [pelayanan].
 */
export function nameTokens(
  name: string,
  options: NormalizeOptions = {},
  tokens: Token[] = tokenize(name, { ...options, expand: false }),
): Token[] {
  const meaningful = tokens.filter((t) => t.stop === null);
  if (meaningful.length > 0) return meaningful;
  const notFunction = tokens.filter((t) => t.stop !== 'function' && t.stop !== 'number');
  return notFunction.length > 0 ? notFunction : tokens;
}

/** "Kabupaten Majene" → ["majene"]: the regency's own words, to pass as extra stop words. */
export function regionStopWords(...names: string[]): string[] {
  const words = new Set<string>();
  for (const n of names) {
    for (const t of tokenize(n)) if (t.stop === null) words.add(t.word);
  }
  return [...words];
}
