// The passages two texts share: maximal runs of equal stems (stop words between them are free),
// shown as the first text wrote them, longest first, never across a sentence end.
import { type NormalizeOptions, type Token, tokenize } from './normalize';

/** Whether text[from, to) holds a sentence end: . ! ? ; : or a line break (no slice per token). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10) return true;
  }
  return false;
}
const MAX_PHRASE_CHARS = 120;

interface Run {
  a: number;
  b: number;
  length: number;
}

/** One text made ready for phrase matching; make it once when the text meets many others. */
export interface PhraseSide {
  text: string;
  tokens: Token[];
  /** joined[k]: token k continues the sentence of token k - 1. */
  joined: boolean[];
}

export function phraseSide(text: string, options: NormalizeOptions): PhraseSide {
  return { text, ...meaningful(text, options) };
}

function meaningful(text: string, options: NormalizeOptions): { tokens: Token[]; joined: boolean[] } {
  const tokens = tokenize(text, options).filter((t) => t.stop === null);
  // joined[k]: token k continues the sentence of token k - 1.
  const joined = tokens.map((t, k) => {
    const prev = tokens[k - 1];
    return prev !== undefined && !endsSentence(text, prev.end, t.start);
  });
  return { tokens, joined };
}

function shorten(phrase: string): string {
  const flat = phrase.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_PHRASE_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', MAX_PHRASE_CHARS);
  return `${flat.slice(0, cut > 0 ? cut : MAX_PHRASE_CHARS)} …`;
}

export function sharedPhrases(
  textA: string,
  textB: string,
  options: NormalizeOptions,
  max: number,
  minWords = 2,
): string[] {
  if (max <= 0 || !textA || !textB) return [];
  return phrasesBetween(phraseSide(textA, options), phraseSide(textB, options), max, minWords);
}

/** sharedPhrases of two prepared sides. */
export function phrasesBetween(A: PhraseSide, B: PhraseSide, max: number, minWords = 2): string[] {
  const textA = A.text;
  if (max <= 0 || !textA || !B.text) return [];
  // Runs are anchored on their first `minWords` stems (one sentence), so a stem that recurs all
  // over both texts does not start a run at every pair of its occurrences.
  const anchor = (side: PhraseSide, at: number): string | null => {
    let key = side.tokens[at]!.stem;
    for (let k = 1; k < minWords; k++) {
      if (!side.joined[at + k]) return null;
      key += ` ${side.tokens[at + k]!.stem}`;
    }
    return key;
  };
  const positions = new Map<string, number[]>();
  B.tokens.forEach((_, j) => {
    const key = anchor(B, j);
    if (key === null) return;
    const list = positions.get(key);
    if (list) list.push(j);
    else positions.set(key, [j]);
  });
  const runs: Run[] = [];
  A.tokens.forEach((_, i) => {
    const key = anchor(A, i);
    if (key === null) return;
    for (const j of positions.get(key) ?? []) {
      // Only runs that cannot be extended to the left, so each shared passage is found once.
      if (A.joined[i] && B.joined[j] && A.tokens[i - 1]?.stem === B.tokens[j - 1]?.stem) continue;
      let length = minWords;
      while (
        A.joined[i + length] &&
        B.joined[j + length] &&
        A.tokens[i + length]?.stem === B.tokens[j + length]?.stem
      ) {
        length++;
      }
      runs.push({ a: i, b: j, length });
    }
  });
  runs.sort((x, y) => y.length - x.length || x.a - y.a);
  const usedA = new Uint8Array(A.tokens.length);
  const usedB = new Uint8Array(B.tokens.length);
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    if (phrases.length >= max) break;
    let free = true;
    for (let k = 0; k < run.length && free; k++) free = !usedA[run.a + k] && !usedB[run.b + k];
    if (!free) continue;
    for (let k = 0; k < run.length; k++) {
      usedA[run.a + k] = 1;
      usedB[run.b + k] = 1;
    }
    const first = A.tokens[run.a]!;
    const last = A.tokens[run.a + run.length - 1]!;
    const phrase = shorten(textA.slice(first.start, last.end));
    if (!seen.has(phrase.toLowerCase())) {
      seen.add(phrase.toLowerCase());
      phrases.push(phrase);
    }
  }
  return phrases;
}
