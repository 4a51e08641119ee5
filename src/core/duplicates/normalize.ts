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

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics, letters and digits only: "Pelayanan," → "pelayanan", "Café" → "cafe". */
export function normalizeWord(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

interface Analysis {
  word: string;
  stem: string;
  stop: StopKind;
}

const CACHE_LIMIT = 50_000;
/** Per written form and expansion mode: what normalisation makes of it (the texts repeat their words). */
const analyses = new Map<string, readonly Analysis[]>();

function stopKind(word: string, stemmed: string): StopKind {
  if (/^[0-9]+$/.test(word)) return 'number';
  if (isFunctionWord(word)) return 'function';
  if (isBoilerplate(word) || isBoilerplate(stemmed)) return 'boilerplate';
  return null;
}

function analyse(raw: string, expand: boolean): readonly Analysis[] {
  const key = expand ? raw : `\u0000${raw}`;
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const found = analyse(m[0], expand);
    const first = found[0];
    if (!first) continue;
    // "anak-anak": a reduplicated word counts once.
    const reduplicated =
      first.word === previousWord && previousEnd === start - 1 && text[previousEnd] === '-';
    previousWord = first.word;
    previousEnd = end;
    if (reduplicated) continue;
    for (const a of found) {
      const stop =
        a.stop === null && extra && (extra.has(a.word) || extra.has(a.stem)) ? 'boilerplate' : a.stop;
      visit(a.word, a.stem, stop, start, end);
    }
  }
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
export function nameTokens(name: string, options: NormalizeOptions = {}): Token[] {
  const tokens = tokenize(name, { ...options, expand: false });
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
