// Turns innovations into weighted vectors once (name trigrams, content stems), with the
// document frequencies of the whole corpus, so that all-pairs search and repeated sidebar queries
// reuse the work.
import type { Innovation } from '../model';
import { acronymKeys, type ExpansionWord, type NameKey, nameFeatures } from './names';
import {
  type NormalizeOptions,
  nameTokens,
  normalizeWord,
  stemCounter,
  type Token,
  tokenize,
} from './normalize';
import { TUNING } from './tuning';
import type { InnovationRef } from './types';
import { Counter, type Counts, idf, nameTrigrams, type Resolve, type SparseVector, weigh } from './vectors';

export type InnovationText = Partial<
  Pick<Innovation, 'id' | 'opd' | 'name' | 'design' | 'goal' | 'benefit'>
> & {
  /**
   * The year of an earlier period this innovation was archived in (the Riwayat tab): it is compared
   * with the current innovations, never with other archived ones.
   */
  archivedYear?: number;
};

export interface PreparedDoc {
  ref: InnovationRef;
  /** Whether it has a name at all (a draft's name may share no feature with the corpus). */
  named: boolean;
  /** Every word of the name in order, without spaces: equal for "SiPraja" and "Si Praja". */
  nameCompact: string;
  /** Name vector; `head` is the part before "(", ":" or " - " when the name has one ("SIPINTAR (Sistem …)"). */
  name: SparseVector;
  head: SparseVector | null;
  /** The name's stems in alphabetical order, so "Jemput Sampah" meets "Sampahku Dijemput". */
  bag: SparseVector;
  content: SparseVector;
  /** Meaningful words in rancang bangun + tujuan + manfaat; below TUNING.minContentWords content is not compared. */
  contentWords: number;
  /** The content as written, for shared phrases. */
  text: string;
  /** The name's keys (ids, ascending) and their information, weighed by rarity (see names.ts). */
  nameKeys: Int32Array;
  nameUnits: Float64Array;
  /** Per key, 1 when sharing it identifies even where contents differ (NameKey.strong, if rare enough). */
  nameStrong: Uint8Array;
  /** The name's information relative to a fully identifying name, 0..1. */
  nameInfo: number;
  /** The whole name, and its head and tail when it has both ("SIPALIN CERIA (Sistem …)"), by key. */
  nameSegments: readonly NameSegment[];
  /** Acronyms the name may contain, by their blocking keys. */
  acronyms: ReadonlyMap<string, readonly string[]>;
  /** The name's words when it may spell an acronym out, and their blocking keys. */
  expansion: readonly ExpansionWord[] | null;
  expansionKeys: readonly string[];
}

interface KeyedCounts {
  ids: Int32Array;
  units: Float64Array;
  strong: Uint8Array;
}

/** Part of a name: its keys (ids, ascending), their rarity-weighed information, and its sum. */
export interface NameSegment {
  keys: Int32Array;
  units: Float64Array;
  info: number;
}

/** Features (strings, or codes: nameTrigrams) → ids, with each feature's document frequency. */
class Vocabulary<K = string> {
  readonly ids = new Map<K, number>();
  readonly df: number[] = [];

  /** The id of `feature`, new if need be (while the corpus is counted). */
  readonly intern: Resolve<K> = (feature) => {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(feature, id);
      this.df.push(0);
    }
    return id;
  };

  /** For a query: known features keep their id, each unknown one gets its own negative id. */
  lookup(): Resolve<K> {
    const unknown = new Map<K, number>();
    return (feature) => {
      const id = this.ids.get(feature);
      if (id !== undefined) return id;
      let temp = unknown.get(feature);
      if (temp === undefined) {
        temp = -1 - unknown.size;
        unknown.set(feature, temp);
      }
      return temp;
    };
  }

  private lastDocument: number[] = [];

  /** Counts document `doc`'s features once each, however many of `counts` hold them. */
  addDocument(doc: number, ...counts: ({ ids: Int32Array } | null)[]): void {
    for (const c of counts) {
      for (const id of c?.ids ?? []) {
        if (this.lastDocument[id] === doc + 1) continue;
        this.lastDocument[id] = doc + 1;
        this.df[id]!++;
      }
    }
  }
}

/**
 * Innovations made ready for comparison. Callers treat it as opaque: make it with prepareCorpus,
 * pass it to findDuplicatePairs or findSimilarTo (as often as needed within one execution).
 */
export interface PreparedCorpus {
  readonly docs: readonly PreparedDoc[];
  /** Lower-case extra stop words the corpus was prepared with; queries use the same. */
  readonly stopWords: ReadonlySet<string>;
  /** Counts and weighs a query against this corpus (unknown features count toward the norm only). */
  vectorize(innovation: InnovationText): Omit<PreparedDoc, 'ref' | 'text'>;
  /** Document frequency of a content feature id, for blocking. */
  readonly contentDf: readonly number[];
  readonly nameDf: readonly number[];
  /** Per name key id, how rare it is among the names, 0..1 (0: too common to say anything). */
  readonly keyRarity: Float64Array;
  /** Per text, its archived year or 0 (a current innovation). */
  readonly archived: Int32Array;
}

interface DocCounts {
  compact: string;
  name: Counts;
  head: Counts | null;
  bag: Counts;
  content: Counts;
  contentWords: number;
  keys: KeyedCounts;
  /** Head and tail of the name, when it has both. */
  parts: KeyedCounts[];
  acronyms: Map<string, string[]>;
  expansion: ExpansionWord[] | null;
  expansionKeys: string[];
}

export function contentText(innovation: InnovationText): string {
  return [innovation.design, innovation.goal, innovation.benefit]
    .map((t) => (t ?? '').trim())
    .filter(Boolean)
    .join('\n\n');
}

function nameHead(name: string): string | null {
  const m = /^(.+?)\s*(?:[(:[]|\s[-–—]\s)/.exec(name);
  const head = m?.[1]?.trim();
  return head && head.length < name.trim().length ? head : null;
}

interface Resolvers {
  name: Resolve<number>;
  key: Resolve;
  /** Counts a text's meaningful stems as ids; see stemCounter. */
  content: (text: string, count: (id: number) => void) => number;
  counter: Counter;
}

function countDoc(innovation: InnovationText, options: NormalizeOptions, resolve: Resolvers): DocCounts {
  const { counter } = resolve;
  const name = innovation.name ?? '';
  const head = nameHead(name);
  const contentWords = resolve.content(contentText(innovation), (id) => counter.add(id));
  const content = counter.take();
  const written = tokenize(name, { ...options, expand: false });
  const tokens = nameTokens(name, options, written);
  const words = (ts: Token[]) => ts.map((t) => t.word);
  const features = nameFeatures(written, name);
  // Keys by id (ascending), and the head's and tail's keys as subsets by where they occur:
  // "SIPALIN CERIA" and "Sistem Pendaftaran … Online".
  const keys = features.keys;
  const ids = keys.map((k) => resolve.key(k.key));
  const order = ids.map((_, i) => i).sort((x, y) => ids[x]! - ids[y]!);
  const keyed = (take: (k: NameKey) => boolean): KeyedCounts => {
    let m = 0;
    for (const i of order) if (take(keys[i]!)) m++;
    const out = { ids: new Int32Array(m), units: new Float64Array(m), strong: new Uint8Array(m) };
    m = 0;
    for (const i of order) {
      const k = keys[i]!;
      if (!take(k)) continue;
      out.ids[m] = ids[i]!;
      out.units[m] = k.units;
      out.strong[m++] = k.strong ? 1 : 0;
    }
    return out;
  };
  const headEnd = head ? name.indexOf(head) + head.length : 0;
  const split =
    head !== null && written.some((t) => t.end <= headEnd) && written.some((t) => t.start >= headEnd);
  const parts = split ? [keyed((k) => k.end <= headEnd), keyed((k) => k.start >= headEnd)] : [];
  const acronyms = new Map<string, string[]>();
  for (const a of features.acronyms) {
    for (const key of acronymKeys(a)) {
      const list = acronyms.get(key);
      if (list) list.push(a);
      else acronyms.set(key, [a]);
    }
  }
  return {
    compact: written.map((t) => t.word).join(''),
    keys: keyed(() => true),
    parts,
    acronyms,
    expansion: features.expansion,
    expansionKeys: features.expansionKeys,
    name: nameTrigrams(words(tokens), resolve.name, counter),
    head: head ? nameTrigrams(words(nameTokens(head, options)), resolve.name, counter) : null,
    bag: nameTrigrams([...new Set(tokens.map((t) => t.stem))].sort(), resolve.name, counter),
    content,
    contentWords,
  };
}

export function prepareCorpus(
  innovations: readonly InnovationText[],
  options: { extraStopWords?: readonly string[] } = {},
): PreparedCorpus {
  const stopWords = new Set((options.extraStopWords ?? []).map(normalizeWord).filter(Boolean));
  const normalize: NormalizeOptions = { extraStopWords: stopWords };
  const names = new Vocabulary<number>();
  const content = new Vocabulary();
  const nameKeys = new Vocabulary();
  const interning = {
    name: names.intern,
    key: nameKeys.intern,
    content: stemCounter(normalize, content.intern),
    counter: new Counter(),
  };
  const counted = innovations.map((inn) => countDoc(inn, normalize, interning));
  counted.forEach((c, doc) => {
    // The name's three forms share one document count, so a name's trigrams are not counted twice.
    names.addDocument(doc, c.name, c.head, c.bag);
    content.addDocument(doc, c.content);
    nameKeys.addDocument(doc, c.keys);
  });
  const n = innovations.length;
  const nameIdf = Float64Array.from(names.df, (df) => idf(n, df));
  const contentIdf = Float64Array.from(content.df, (df) => idf(n, df) ** TUNING.idfPower);
  const unknownIdf = idf(n, 0);
  const unknownContentIdf = unknownIdf ** TUNING.idfPower;
  const keyStrings: string[] = [];
  for (const [key, id] of nameKeys.ids) keyStrings[id] = key;
  const named = innovations.filter((inn) => (inn.name ?? '').trim() !== '').length;
  const keyRarity = Float64Array.from(nameKeys.df, (df) => rarity(df, named));
  // A word coined for a name ("SIPRAJA") is written in the texts of its own innovation only; one that
  // many other texts use in their prose ("keliling", "posyandu") is an ordinary word after all.
  const slack = Math.max(1, Math.ceil(0.01 * n));
  const prose = Uint8Array.from(nameKeys.df, (df, id) => {
    const c = content.ids.get(keyStrings[id]!);
    return c !== undefined && content.df[c]! > df + slack ? 1 : 0;
  });
  const segment = (k: KeyedCounts): NameSegment => {
    // A draft's unknown keys (negative ids) are rare: they only count toward its own information.
    const units = k.units.map((u, i) => {
      const id = k.ids[i]!;
      return (u > 1 && prose[id] === 1 ? 1 : u) * (keyRarity[id] ?? 1);
    });
    let info = 0;
    for (const u of units) info += u;
    return { keys: k.ids, units, info };
  };
  const weighCounts = (c: DocCounts) => {
    const whole = segment(c.keys);
    return {
      named: c.name.ids.length + c.name.unknown.length > 0,
      nameCompact: c.compact,
      name: weigh(c.name, nameIdf, unknownIdf),
      head: c.head ? weigh(c.head, nameIdf, unknownIdf) : null,
      bag: weigh(c.bag, nameIdf, unknownIdf),
      content: weigh(c.content, contentIdf, unknownContentIdf),
      contentWords: c.contentWords,
      nameKeys: whole.keys,
      nameUnits: whole.units,
      nameStrong: c.keys.strong.map((strong, i) =>
        strong && (keyRarity[c.keys.ids[i]!] ?? 1) > 0.5 ? 1 : 0,
      ),
      nameInfo: Math.min(1, whole.info / TUNING.nameUnitsFull),
      nameSegments: [whole, ...c.parts.map(segment)],
      acronyms: c.acronyms,
      expansion: c.expansion,
      expansionKeys: c.expansionKeys,
    };
  };
  const vectorize = (inn: InnovationText) =>
    weighCounts(
      countDoc(inn, normalize, {
        key: nameKeys.lookup(),
        name: names.lookup(),
        content: stemCounter(normalize, content.lookup()),
        counter: new Counter(),
      }),
    );
  const docs = counted.map((c, i) => {
    const inn = innovations[i]!;
    return {
      ref: {
        id: inn.id ?? '',
        opd: inn.opd ?? '',
        name: inn.name ?? '',
        ...(inn.archivedYear ? { year: inn.archivedYear } : {}),
      },
      text: contentText(inn),
      ...weighCounts(c),
    };
  });
  const archived = Int32Array.from(innovations, (inn) => inn.archivedYear ?? 0);
  return { docs, stopWords, vectorize, contentDf: content.df, nameDf: names.df, keyRarity, archived };
}

/**
 * How much a name key shared by two names says, from how many names have it: fully up to a few
 * (or 0.5 %), nothing from 2 % on ("posyandu" in a regency's register), linearly between.
 */
function rarity(df: number, names: number): number {
  const rare = Math.max(TUNING.rareNameDf, Math.ceil(0.005 * names));
  const common = Math.max(rare + 1, TUNING.commonNameDf, Math.ceil(0.02 * names));
  if (df <= rare) return 1;
  if (df >= common) return 0;
  return (common - df) / (common - rare);
}
