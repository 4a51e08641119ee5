// The similarity of two prepared texts: name, content, their blend, and what kind of likeness it is.
import type { NameSegment, PreparedDoc } from './corpus';
import { spellsOut } from './names';
import { TUNING } from './tuning';
import type { DuplicateKind } from './types';
import { dot } from './vectors';

export type Vectors = Omit<PreparedDoc, 'ref' | 'text'>;

// Called for every candidate pair: local aliases, not global lookups (see vectors.ts).
const { max, min, round: roundHalfUp } = Math;

/** Name information two name segments share (their common keys, the more informative side of each). */
function sharedUnits(a: NameSegment, b: NameSegment): number {
  const ai = a.keys;
  const bi = b.keys;
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) sum += max(a.units[i++]!, b.units[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Whether two names share a key that identifies even where contents differ (NameKey.strong). */
export function shareCoined(a: Vectors, b: Vectors): boolean {
  const ai = a.nameKeys;
  const bi = b.nameKeys;
  let i = 0;
  let j = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      if (a.nameStrong[i++] === 1 || b.nameStrong[j++] === 1) return true;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * How far two names are one name by their keys: the information they share, as far as it identifies
 * an innovation at all and covers the less informative name (or its head or tail: "SIPALIN CERIA
 * (Sistem …)" is "Quick … (Si Palin Ceria)"). Two long names sharing "Sistem Informasi" are not one.
 */
export function sharedName(a: Vectors, b: Vectors, atLeast = 0): number {
  // The head and tail are parts of the whole name: what the wholes share bounds every pair of parts,
  // so a search that wants `atLeast` skips the rest when the wholes fall short (0 is then returned).
  const wholes = sharedUnits(a.nameSegments[0]!, b.nameSegments[0]!);
  if (min(1, wholes / TUNING.nameUnitsFull) < atLeast) return 0;
  let best = 0;
  for (const x of a.nameSegments) {
    for (const y of b.nameSegments) {
      const shared = sharedUnits(x, y);
      if (shared <= 0) continue;
      const cover = min(1, shared / max(1e-9, min(x.info, y.info)));
      best = max(best, min(1, shared / TUNING.nameUnitsFull) * cover);
    }
  }
  return best;
}

/** Whether one name holds an acronym the other spells out (found by the same keys the search uses). */
export function acronymMatch(a: Vectors, b: Vectors): boolean {
  const oneWay = (x: Vectors, y: Vectors) => {
    if (!y.expansion) return false;
    for (const key of y.expansionKeys) {
      for (const acronym of x.acronyms.get(key) ?? []) if (spellsOut(acronym, y.expansion)) return true;
    }
    return false;
  };
  return oneWay(a, b) || oneWay(b, a);
}

/**
 * Name evidence: `identity`, what identifies an innovation even where the contents differ (a shared
 * coined name, an acronym and its expansion); `full` adds ordinary shared words, the same name and
 * the names' likeness, and decides alone where a side has no content.
 */
export interface NameEvidence {
  identity: number;
  full: number;
}

/**
 * What the names say about two innovations being one, 0..1: a shared rare name, by how much it
 * identifies ("Kios e-Pak Ladi" in both, not "Pelayanan" in both); an acronym and its expansion;
 * the same name; or the names' character likeness as far as the less informative name identifies
 * anything. Ordinary words alone ("Satu Data") identify a name typed without content, not a text.
 */
export function nameEvidence(a: Vectors, b: Vectors, n: number): NameEvidence {
  const shared = sharedName(a, b);
  const acronym = acronymMatch(a, b) ? TUNING.acronymMatch : 0;
  const identity = max(shareCoined(a, b) ? shared : 0, acronym);
  if (a.nameCompact !== '' && a.nameCompact === b.nameCompact) return { identity, full: 1 };
  return { identity, full: max(n * min(a.nameInfo, b.nameInfo), shared, acronym) };
}

export interface PairScore {
  similarity: number;
  nameSimilarity: number;
  contentSimilarity: number;
  kind: DuplicateKind;
}

/**
 * Name similarity: whole names, heads ("SIPINTAR (Sistem Informasi …)" meets "Si-Pintar") and
 * stems in any order ("Jemput Sampah" meets "Sampahku Dijemput").
 */
export function nameSimilarity(a: Vectors, b: Vectors): number {
  if (a.name.ids.length === 0 || b.name.ids.length === 0) return 0;
  const whole = max(dot(a.name, b.name), dot(a.bag, b.bag));
  if (!a.head && !b.head) return whole;
  return max(whole, dot(a.head ?? a.name, b.head ?? b.name));
}

const round = (x: number) => roundHalfUp(x * 1000) / 1000;

export const hasName = (v: Vectors): boolean => v.named;
export const hasContent = (v: Vectors): boolean => v.contentWords >= TUNING.minContentWords;

/**
 * The overall similarity from name evidence and content similarity `c`; `names`/`contents` say
 * whether both sides have one. Never below content alone: a renamed copy is a duplicate whatever its
 * new name. Never below an identifying name, scaled by how far the contents support it.
 */
export function blend(e: NameEvidence, c: number, names: boolean, contents: boolean): number {
  if (names && contents) {
    const w = TUNING.contentWeight;
    const support = TUNING.nameAlone + (1 - TUNING.nameAlone) * min(1, c / TUNING.contentSupport);
    return max(c, w * c + (1 - w) * e.full, e.identity * support);
  }
  return contents ? c : names ? e.full : 0;
}

const NO_NAME: NameEvidence = { identity: 0, full: 0 };

export function scorePair(a: Vectors, b: Vectors): PairScore {
  const names = hasName(a) && hasName(b);
  const contents = hasContent(a) && hasContent(b);
  const e = names ? nameEvidence(a, b, nameSimilarity(a, b)) : NO_NAME;
  const c = contents ? dot(a.content, b.content) : 0;
  const n = e.full;
  return {
    similarity: round(blend(e, c, names, contents)),
    nameSimilarity: round(n),
    contentSimilarity: round(c),
    kind: kindOf(n, c, names, contents),
  };
}

function kindOf(n: number, c: number, names: boolean, contents: boolean): DuplicateKind {
  if (!contents) return 'nama';
  if (!names) return 'isi';
  const nameHigh = n >= TUNING.nameKind;
  const contentHigh = c >= TUNING.contentKind;
  if (nameHigh && contentHigh) return 'keduanya';
  if (nameHigh) return 'nama';
  if (contentHigh) return 'isi';
  return n / TUNING.nameKind >= c / TUNING.contentKind ? 'nama' : 'isi';
}
