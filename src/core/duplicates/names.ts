// What an innovation's name says about its identity, beyond its character trigrams (vectors.ts):
// the name's keys with how informative each is, the acronyms it may contain, and the words it may
// spell out. Real registers name one programme "Kios e-Pak Ladi" in one report and "Pelayanan
// Kependudukan Langsung Jadi secara Elektronik" in the next, write "SIPRAJA", "SiPraja" and
// "Si Praja", and give distinct programmes generic names ("Pelayanan Terpadu"). A rare name shared
// by two texts is strong evidence, a generic one is weak: see score.ts.
import type { Token } from './normalize';
import { isRootWord } from './roots';
import { stem } from './stemmer';

/** Connectives say nothing in a name; other function words may ("Satu Data", "Kampung Baru"). */
const CONNECTIVES = new Set(
  'dan di ke dari untuk bagi yang dengan oleh pada melalui lewat atau serta secara dalam tentang terhadap sebagai kepada antara the of and for'.split(
    ' ',
  ),
);

/** Words written differently for one thing in names ("Antrean Online … RSUD" is "Antrean Daring … Rumah Sakit"). */
const NAME_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  online: ['daring'],
  offline: ['luring'],
  antrian: ['antrean'],
  rsud: ['rumah', 'sakit', 'umum', 'daerah'],
  rs: ['rumah', 'sakit'],
  app: ['aplikasi'],
  apps: ['aplikasi'],
  apk: ['aplikasi'],
};

/** Words an "e-" or "e" at the start of an acronym stands for, skipped when spelled out. */
const E_WORDS = new Set(['e', 'elektronik', 'digital', 'daring', 'online']);

export interface NameKey {
  key: string;
  /** Information of the key in this name: 2 coined, 1 ordinary word, 0 a join or boilerplate. */
  units: number;
}

export interface NameFeatures {
  keys: NameKey[];
  /** Letters that may be an acronym ("sipraja", "epakladi"), 4–10 letters. */
  acronyms: string[];
  /** The name's words in order when it may spell an acronym out (three meaningful words or more). */
  expansion: ExpansionWord[] | null;
  /** Initials of three consecutive meaningful words from the first or second: how acronyms find it. */
  expansionKeys: string[];
}

export interface ExpansionWord {
  word: string;
  /** Skipping it costs nothing (a connective, or the word an "e-" stands for). */
  free: boolean;
}

/** A word no dictionary has: an acronym or a coined name ("sipraja", "posyandu"), never affixed. */
function isCoined(word: string): boolean {
  return word.length >= 5 && /^[a-z]+$/.test(word) && !isRootWord(word) && stem(word) === word;
}

/** Short parts of coined names that say nothing alone ("Si Praja", "e-KTP"); "KB" or "TB" do. */
const PARTICLES = new Set(['e', 'i', 'm', 'si', 'ku', 'mu', 'ya', 'ok']);

function unitsOf(t: Token): number {
  if (t.stop === 'boilerplate' || t.stop === 'number' || t.word.length < 2 || PARTICLES.has(t.word)) return 0;
  return isCoined(t.word) ? 2 : 1;
}

function withSynonyms(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const synonyms = NAME_SYNONYMS[t.word];
    if (!synonyms) out.push(t);
    else for (const w of synonyms) out.push({ ...t, word: w, stem: stem(w) });
  }
  return out;
}

/** The acronym side's blocking keys: its first letter and any two later ones, in order. */
export function acronymKeys(acronym: string): string[] {
  const keys = new Set<string>();
  for (const t of acronym.startsWith('e') ? [acronym, acronym.slice(1)] : [acronym]) {
    for (let j = 1; j < t.length; j++) for (let k = j + 1; k < t.length; k++) keys.add(t[0]! + t[j]! + t[k]!);
  }
  return [...keys];
}

/** `tokens`: the name tokenized without abbreviation expansion (stop kinds as in normalize.ts). */
export function nameFeatures(tokens: readonly Token[]): NameFeatures {
  const all = withSynonyms(tokens).filter((t) => t.stop !== 'number' && /^[a-z]+$/.test(t.word));
  const kept = all.filter((t) => !(t.stop === 'function' && CONNECTIVES.has(t.word)));
  const keys = new Map<string, number>();
  const put = (key: string, units: number) => keys.set(key, Math.max(units, keys.get(key) ?? 0));
  for (const t of kept) {
    const units = unitsOf(t);
    if (units > 0) put(t.stop === 'function' ? t.word : t.stem, units);
  }
  // "Si Praja" meets "SIPRAJA" through the join of adjacent words.
  const acronyms = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    let joined = kept[i]!.word;
    let short = kept[i]!.word.length <= 3;
    if (isCoined(joined) && joined.length <= 10 && joined.length >= 4) acronyms.add(joined);
    for (let j = i + 1; j < Math.min(kept.length, i + 3); j++) {
      joined += kept[j]!.word;
      short ||= kept[j]!.word.length <= 3;
      if (joined.length > 20) break;
      if (kept.slice(i, j + 1).every((t) => t.stop === 'boilerplate')) continue;
      put(joined, 0);
      if (short && joined.length >= 4 && joined.length <= 10) acronyms.add(joined);
    }
  }
  // Spelled out as written: "Online" gives the O-L-E of SAKPOLE before it becomes "daring".
  const raw = tokens.filter((t) => t.stop !== 'number' && /^[a-z]+$/.test(t.word));
  const words: ExpansionWord[] = raw.map((t) => ({
    word: t.word,
    free: (t.stop === 'function' && CONNECTIVES.has(t.word)) || E_WORDS.has(t.word),
  }));
  const meaningful = words.filter((w) => !w.free);
  const expansion = meaningful.length >= 3 ? words : null;
  const expansionKeys: string[] = [];
  if (expansion) {
    for (let i = 0; i < 2 && i + 2 < meaningful.length; i++)
      expansionKeys.push(meaningful[i]!.word[0]! + meaningful[i + 1]!.word[0]! + meaningful[i + 2]!.word[0]!);
  }
  return {
    keys: [...keys].map(([key, units]) => ({ key, units })),
    acronyms: [...acronyms],
    expansion,
    expansionKeys,
  };
}

/** Whether `word` holds the letters `part` in order; first=true: starting with its first letter. */
function subsequence(part: string, word: string, first: boolean): boolean {
  if (first && part[0] !== word[0]) return false;
  let k = first ? 1 : 0;
  for (let i = first ? 1 : 0; i < word.length && k < part.length; i++) if (word[i] === part[k]) k++;
  return k === part.length;
}

/**
 * Whether `acronym` can be read from `words`: each word used gives letters in order, from its first
 * letter (free) or from inside (a cost), skipped meaningful words cost one, connectives nothing; a
 * leading "e" may stand for "elektronik" anywhere. At least three words and most of the meaningful
 * ones must be used: "pakladi" reads "PelAyanan Kependudukan LAngsung jaDI".
 */
export function spellsOut(acronym: string, words: readonly ExpansionWord[]): boolean {
  const meaningful = words.filter((w) => !w.free).length;
  const tries = acronym.startsWith('e') ? [acronym, acronym.slice(1)] : [acronym];
  return tries.some((t) => best(t, words, meaningful));
}

function best(t: string, words: readonly ExpansionWord[], meaningful: number): boolean {
  // State: letters read, word index → least cost and most words used at that cost.
  type Cell = { cost: number; used: number };
  const n = t.length;
  const m = words.length;
  const worse = (a: Cell | undefined, b: Cell) =>
    !a || b.cost < a.cost || (b.cost === a.cost && b.used > a.used);
  const table: (Cell | undefined)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1));
  table[0]![0] = { cost: 0, used: 0 };
  for (let j = 0; j < m; j++) {
    const w = words[j]!;
    for (let i = 0; i <= n; i++) {
      const here = table[i]![j];
      if (!here) continue;
      const skip = { cost: here.cost + (w.free ? 0 : 1), used: here.used };
      if (worse(table[i]![j + 1], skip)) table[i]![j + 1] = skip;
      for (let k = i + 1; k <= n; k++) {
        const part = t.slice(i, k);
        const initial = subsequence(part, w.word, true);
        if (!initial && !subsequence(part, w.word, false)) break;
        const take = { cost: here.cost + (initial ? 0 : 1), used: here.used + (w.free ? 0 : 1) };
        if (worse(table[k]![j + 1], take)) table[k]![j + 1] = take;
      }
    }
  }
  const end = table[n]![m];
  if (!end || end.used < 3 || end.used < Math.ceil(0.6 * meaningful)) return false;
  // Trailing or leading words left out were counted as skips: allow one in four.
  return end.cost <= 1 + Math.floor(end.used / 4);
}
