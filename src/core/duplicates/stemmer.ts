// A compact Indonesian stemmer in the manner of Nazief–Adriani: inflectional suffixes, then one
// derivational suffix (-kan, -an, -i), then up to three prefixes with the nasal variants of meN-/peN-.
// sastrawijs was considered and not used: it inlines a 300 KB dictionary into a bundle Apps Script
// evaluates on every call, and it drags a Babel plugin in as a runtime dependency. Here a small
// root list (roots.ts) arbitrates between candidates; without a hit the default path still maps a
// word and its affixed forms onto the same stem, which is all similarity needs.
import { isRootWord } from './roots';

const MIN_STEM = 3;
const MAX_PREFIXES = 3;
const DERIVATIONAL = ['kan', 'an', 'i'] as const;
type Suffix = (typeof DERIVATIONAL)[number] | '';
/** Stripped only when that reaches a root word: "sekolah", "masalah", "ilmu" end like particles. */
const PARTICLES = ['lah', 'kah', 'tah', 'pun', 'ku', 'mu'] as const;

type PrefixKind = 'di' | 'ke' | 'se' | 'be' | 'te' | 'me' | 'pe';
interface PrefixStrip {
  rest: string;
  kind: PrefixKind;
}

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aiueo'.includes(c);
const plausible = (stem: string): boolean => stem.length >= MIN_STEM && /[aiueo]/.test(stem);

/** Nazief's forbidden confixes: the pair cannot occur, so such a split is wrong. */
function confixAllowed(first: PrefixKind | undefined, suffix: Suffix): boolean {
  if (!first || !suffix) return true;
  if (suffix === 'i') return first !== 'be' && first !== 'ke' && first !== 'se';
  if (suffix === 'an') return first !== 'di' && first !== 'me' && first !== 'te';
  return first !== 'ke' && first !== 'se';
}

/** The ways one prefix can come off `w`, the most likely first (meN-/peN- restore the dropped consonant). */
function prefixStrips(w: string): PrefixStrip[] {
  const out: PrefixStrip[] = [];
  const add = (rest: string, kind: PrefixKind) => {
    if (plausible(rest)) out.push({ rest, kind });
  };
  const head = w.slice(0, 2);
  const x = w.slice(2);
  if (head === 'di' || head === 'ke' || head === 'se') {
    add(x, head);
  } else if (head === 'be' || head === 'te') {
    const kind = head;
    if (x.startsWith('r')) {
      const rest = x.slice(1);
      add(rest, kind); // berobat → obat, terpadu → padu
      if (isVowel(rest[0])) add(x, kind); // berencana → rencana
    } else if (!isVowel(x[0]) && x.slice(1, 3) === 'er') {
      add(x, kind); // bekerja → kerja, beternak → ternak
    } else if (x === 'lajar') {
      add('ajar', kind);
    }
  } else if (head === 'me' || head === 'pe') {
    const kind = head;
    if (x.startsWith('ng')) {
      const rest = x.slice(2);
      add(rest, kind); // mengambil → ambil, menggunakan → guna
      if (isVowel(rest[0])) add(`k${rest}`, kind); // mengirim → kirim
    } else if (x.startsWith('ny')) {
      add(`s${x.slice(2)}`, kind); // menyusun → susun
    } else if (x.startsWith('m')) {
      const rest = x.slice(1);
      if (isVowel(rest[0])) {
        add(`p${rest}`, kind); // memantau → pantau
        add(`m${rest}`, kind); // memasak → masak
      } else add(rest, kind); // membantu → bantu
    } else if (x.startsWith('n')) {
      const rest = x.slice(1);
      if (isVowel(rest[0])) {
        add(`t${rest}`, kind); // menulis → tulis
        add(`n${rest}`, kind); // menilai → nilai
      } else add(rest, kind); // mendata → data
    } else if (kind === 'pe' && x.startsWith('r')) {
      const rest = x.slice(1);
      add(rest, kind); // perizinan → izin, pertanian → tani
      if (isVowel(rest[0])) add(x, kind); // perencanaan → rencana
    } else if (x === 'lajar') {
      add('ajar', kind);
    } else if (/^[lrwy]/.test(x) || (kind === 'pe' && x.length > 0 && !isVowel(x[0]))) {
      add(x, kind); // melayani → layan, petugas → tugas
    }
  }
  return out;
}

/** Every stem reachable by stripping 0..MAX_PREFIXES prefixes, shallowest first, with the outermost prefix. */
function prefixChains(w: string): { stem: string; first: PrefixKind | undefined }[] {
  const out: { stem: string; first: PrefixKind | undefined }[] = [{ stem: w, first: undefined }];
  let frontier = out.slice();
  for (let depth = 0; depth < MAX_PREFIXES && frontier.length > 0; depth++) {
    const next: typeof out = [];
    for (const { stem, first } of frontier) {
      for (const s of prefixStrips(stem)) next.push({ stem: s.rest, first: first ?? s.kind });
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

function suffixOptions(w: string): { base: string; suffix: Suffix }[] {
  const out: { base: string; suffix: Suffix }[] = [];
  for (const s of DERIVATIONAL) {
    if (w.endsWith(s) && plausible(w.slice(0, -s.length)))
      out.push({ base: w.slice(0, -s.length), suffix: s });
  }
  out.push({ base: w, suffix: '' });
  return out;
}

/** First candidate that is a known root, trying the likeliest splits first. */
function rootCandidate(words: string[]): string | null {
  for (const w of words) {
    for (const { base, suffix } of suffixOptions(w)) {
      for (const { stem, first } of prefixChains(base)) {
        if (isRootWord(stem) && confixAllowed(first, suffix)) return stem;
      }
    }
  }
  return null;
}

/**
 * The path taken when no candidate is a known root: -nya off, the first fitting derivational suffix
 * ("-i" never after "si": informasi, lokasi…), then the first variant of each prefix. "ke-" comes
 * off only as the ke-…-an confix and "se-" never, since most words that start so are roots.
 */
function defaultStem(word: string): string {
  let w = word;
  if (w.endsWith('nya') && w.length - 3 > MIN_STEM && plausible(w.slice(0, -3))) w = w.slice(0, -3);
  for (const { base, suffix } of suffixOptions(w)) {
    if (suffix === 'i' && w.endsWith('si')) continue;
    let current = base;
    let first: PrefixKind | undefined;
    for (let depth = 0; depth < MAX_PREFIXES; depth++) {
      if (depth > 0 && isRootWord(current)) break;
      const strip = prefixStrips(current)[0];
      if (!strip || strip.kind === 'se' || (strip.kind === 'ke' && (depth > 0 || suffix !== 'an'))) break;
      first ??= strip.kind;
      current = strip.rest;
    }
    if (confixAllowed(first, suffix)) return current;
  }
  return w;
}

const CACHE_LIMIT = 50_000;
let cache: Map<string, string> | null = null;

/** Stem of one lower-case word. Words with digits or other characters come back unchanged. */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word) || isRootWord(word)) return word;
  cache ??= new Map();
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const inflected = [word];
  for (const p of ['nya', ...PARTICLES]) {
    if (word.endsWith(p) && plausible(word.slice(0, -p.length))) inflected.push(word.slice(0, -p.length));
  }
  const result = rootCandidate(inflected) ?? defaultStem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
