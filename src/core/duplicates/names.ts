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
  /** Information of the key in this name: 2 coined, 1 ordinary word, ½ a common name word, 0 a join, pair or boilerplate. */
  units: number;
  /**
   * Shared, it identifies even where contents differ: a coined word, a join ("sipraja" from
   * "Si Praja") or two adjacent words ("smart kampung").
   */
  strong: boolean;
  /** Where in the name it first occurs (the span of its words), to tell head from tail. */
  start: number;
  end: number;
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

/**
 * Words of innovation names that the stemmer's roots lack but that name nothing by themselves: the
 * places and means of a service ("Posyandu Keliling", "Puskesmas Digital", "Smart Center").
 */
const COMMON_NAME_WORDS = new Set(
  `posyandu puskesmas pustu polindes poskesdes posbindu klinik sekolah madrasah kelurahan kecamatan
  mobile online daring luring aplikasi sistem informasi terpadu cerdas smart center gerakan
  portal website elektronik kartu kios gerai loket dusun rakyat warga kader mitra`.split(/\s+/),
);

/** A word no dictionary has: an acronym or a coined name ("sipraja", "tonggo"), never affixed. */
function isCoined(word: string): boolean {
  return (
    word.length >= 5 &&
    /^[a-z]+$/.test(word) &&
    !isRootWord(word) &&
    !COMMON_NAME_WORDS.has(word) &&
    stem(word) === word
  );
}

/** Short parts of coined names that say nothing alone ("Si Praja", "e-KTP"); "KB" or "TB" do. */
const PARTICLES = new Set(['e', 'i', 'm', 'si', 'ku', 'mu', 'ya', 'ok']);

function unitsOf(t: Token): number {
  if (t.stop === 'boilerplate' || t.stop === 'number' || t.word.length < 2 || PARTICLES.has(t.word)) return 0;
  if (COMMON_NAME_WORDS.has(t.word)) return 0.5;
  // Names repeat their words across a register: whether a word is coined is worked out once.
  let coined = coinedWords.get(t.word);
  if (coined === undefined) {
    if (coinedWords.size >= 50_000) coinedWords.clear();
    coined = isCoined(t.word);
    coinedWords.set(t.word, coined);
  }
  return coined ? 2 : 1;
}

const coinedWords = new Map<string, boolean>();

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
    // The first two words give at most four letters each ("SIPA…" is not read from one word).
    for (let j = 1; j <= 4 && j < t.length; j++) {
      for (let k = j + 1; k <= j + 4 && k < t.length; k++) keys.add(t[0]! + t[j]! + t[k]!);
    }
  }
  return [...keys];
}

/**
 * Written as an acronym: in capitals ("SIPRAJA"), with a capital inside ("SiPraja", "ePakLadi"), or
 * hyphened to a short part ("e-Pak", "Si-Pintar"). Ordinary words in a name are not looked up as one.
 */
function writtenAsAcronym(source: string, t: Token): boolean {
  const raw = source.slice(t.start, t.end);
  if (raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return true;
  if (/\p{Ll}\p{Lu}/u.test(raw)) return true;
  return source[t.start - 1] === '-' || source[t.end] === '-';
}

/**
 * `tokens`: the name tokenized without abbreviation expansion (stop kinds as in normalize.ts);
 * `source`: the name as written, which the tokens' spans point into.
 */
export function nameFeatures(tokens: readonly Token[], source: string): NameFeatures {
  const all = withSynonyms(tokens).filter((t) => t.stop !== 'number' && /^[a-z]+$/.test(t.word));
  const kept = all.filter((t) => !(t.stop === 'function' && CONNECTIVES.has(t.word)));
  const keys = new Map<string, NameKey>();
  const put = (key: string, units: number, strong: boolean, from: Token, to: Token) => {
    const before = keys.get(key);
    if (!before) keys.set(key, { key, units, strong, start: from.start, end: to.end });
    else {
      before.units = Math.max(units, before.units);
      before.strong ||= strong;
    }
  };
  const keyOf = (t: Token) => (t.stop === 'function' ? t.word : t.stem);
  // In a name written in mixed case, a word in capitals is an acronym even if it looks affixed
  // ("BERDIHAT (Produk …)", "SIPALIN CERIA (Sistem …)"); a name all in capitals says nothing.
  const mixed = source !== source.toUpperCase();
  const units = kept.map((t) => {
    const u = unitsOf(t);
    if (u !== 1 || !mixed || t.word.length < 4 || isRootWord(t.word)) return u;
    const raw = source.slice(t.start, t.end);
    return raw === raw.toUpperCase() && raw.toLowerCase() === t.word ? 2 : u;
  });
  kept.forEach((t, i) => {
    const u = units[i]!;
    if (u <= 0) return;
    put(keyOf(t), u, u >= 2, t, t);
    const next = kept[i + 1];
    if (next && (units[i + 1] ?? 0) > 0) put(`${keyOf(t)} ${keyOf(next)}`, 0, true, t, next);
  });
  // "Si Praja" meets "SIPRAJA" through the join of adjacent words.
  const acronyms = new Set<string>();
  const asAcronym = kept.map((t) => writtenAsAcronym(source, t));
  for (let i = 0; i < kept.length; i++) {
    let joined = kept[i]!.word;
    let written = asAcronym[i]!;
    const single = joined.length >= 4 && joined.length <= 10 && !isRootWord(joined);
    if (written && single && kept[i]!.stop !== 'boilerplate') acronyms.add(joined);
    let short = kept[i]!.word.length <= 3;
    for (let j = i + 1; j < Math.min(kept.length, i + 3); j++) {
      joined += kept[j]!.word;
      written &&= asAcronym[j]! || kept[j]!.word.length <= 4;
      short ||= kept[j]!.word.length <= 3;
      if (joined.length > 20) break;
      // Only a run with a short part is written apart one time and together another.
      if (!short || units.slice(i, j + 1).every((u) => u === 0)) continue;
      put(joined, 0, true, kept[i]!, kept[j]!);
      if (written && joined.length >= 4 && joined.length <= 10) acronyms.add(joined);
    }
  }
  const keyList = [...keys.values()];
  // Spelled out as written: "Online" gives the O-L-E of SAKPOLE before it becomes "daring".
  const raw = tokens.filter((t) => t.stop !== 'number' && /^[a-z]+$/.test(t.word));
  const words: ExpansionWord[] = raw.map((t) => ({
    word: t.word,
    free: (t.stop === 'function' && CONNECTIVES.has(t.word)) || E_WORDS.has(t.word),
  }));
  const meaningful = words.filter((w) => !w.free);
  // Acronyms have at most ten letters, each word used gives one, and most words must be used.
  const expansion = meaningful.length >= 3 && meaningful.length <= 16 ? words : null;
  const expansionKeys: string[] = [];
  if (expansion) {
    for (let i = 0; i < 2 && i + 2 < meaningful.length; i++)
      expansionKeys.push(meaningful[i]!.word[0]! + meaningful[i + 1]!.word[0]! + meaningful[i + 2]!.word[0]!);
  }
  return {
    keys: keyList,
    acronyms: [...acronyms],
    expansion,
    expansionKeys,
  };
}

/**
 * How many letters of `t` from `i` on `word` holds in order, matched greedily from its start (a run
 * that begins with the word's first letter is the same run). Any shorter run is held too.
 */
function reach(t: string, i: number, word: string): number {
  let k = i;
  for (let w = 0; w < word.length && k < t.length; w++) if (word[w] === t[k]) k++;
  return k - i;
}

/**
 * Whether `acronym` can be read from `words`: each word used gives letters in order, from its first
 * letter (free) or from inside (a cost), skipped meaningful words cost one, connectives nothing; a
 * leading "e" may stand for "elektronik" anywhere. At least three words and most of the meaningful
 * ones must be used: "pakladi" reads "PelAyanan Kependudukan LAngsung jaDI".
 */
export function spellsOut(acronym: string, words: readonly ExpansionWord[]): boolean {
  // A pair is checked while searching and again when scored, from both sides: remember the answer.
  let known = checked.get(words);
  if (!known) {
    known = new Map();
    checked.set(words, known);
  }
  let answer = known.get(acronym);
  if (answer === undefined) {
    answer = readable(acronym, words);
    known.set(acronym, answer);
  }
  return answer;
}

const checked = new WeakMap<readonly ExpansionWord[], Map<string, boolean>>();

function readable(acronym: string, words: readonly ExpansionWord[]): boolean {
  let meaningful = 0;
  for (const w of words) if (!w.free) meaningful++;
  // Every word used gives a letter: a long name cannot be most of a short acronym's words.
  if (Math.ceil(0.6 * meaningful) > acronym.length) return false;
  if (best(acronym, words, meaningful)) return true;
  return acronym.startsWith('e') && best(acronym.slice(1), words, meaningful);
}

/** Cost and words used, packed: cost × 64 − used, so that less is better (at most 63 words). */
const INF = 1 << 30;

/**
 * Whether the letters of `t` occur in order in the words' letters, all read: every reading takes
 * the acronym's letters in order from the words in order, so a name where they do not occur cannot
 * spell it (most of the names an acronym's blocking keys meet), and the table below is not filled.
 */
function inOrder(t: string, words: readonly ExpansionWord[], m: number): boolean {
  let i = 0;
  for (let j = 0; j < m && i < t.length; j++) {
    const w = words[j]!.word;
    for (let k = 0; k < w.length && i < t.length; k++) if (w.charCodeAt(k) === t.charCodeAt(i)) i++;
  }
  return i === t.length;
}

/** The table of `best`, reused (a pair is checked in microseconds, many thousand times a search). */
let scratch = new Int32Array(1024);

function best(t: string, words: readonly ExpansionWord[], meaningful: number): boolean {
  const n = t.length;
  const m = Math.min(words.length, 63);
  if (!inOrder(t, words, m)) return false;
  // table[j * (n + 1) + i]: best packed state after j words with i letters read.
  const size = (m + 1) * (n + 1);
  if (scratch.length < size) scratch = new Int32Array(size);
  const table = scratch.fill(INF, 0, size);
  table[0] = 0;
  for (let j = 0; j < m; j++) {
    const w = words[j]!;
    const row = j * (n + 1);
    const next = row + n + 1;
    for (let i = 0; i <= n; i++) {
      const here = table[row + i]!;
      if (here === INF) continue;
      const skip = here + (w.free ? 0 : 64);
      if (skip < table[next + i]!) table[next + i] = skip;
      if (i === n) continue;
      const used = w.free ? 0 : 1;
      // Read greedily from the word's start, a run from its first letter is the same run.
      const any = reach(t, i, w.word);
      const free = w.word[0] === t[i] ? any : 0;
      for (let k = 1; k <= any; k++) {
        const v = here + (k <= free ? 0 : 64) - used;
        if (v < table[next + i + k]!) table[next + i + k] = v;
      }
    }
  }
  const end = table[m * (n + 1) + n]!;
  if (end === INF) return false;
  const cost = Math.ceil(end / 64);
  const usedWords = cost * 64 - end;
  if (usedWords < 3 || usedWords < Math.ceil(0.6 * meaningful)) return false;
  // Words left out before or after count as skips: allow one in four.
  return cost <= 1 + Math.floor(usedWords / 4);
}
