// Turns innovations into weighted vectors once (name trigrams, content stems), with the
// document frequencies of the whole corpus, so that all-pairs search and repeated sidebar queries
// reuse the work.
import type { Innovation } from '../model';
import { eachToken, type NormalizeOptions, nameTokens, normalizeWord } from './normalize';
import { TUNING } from './tuning';
import type { InnovationRef } from './types';
import {
  addCount,
  type Counts,
  EMPTY_VECTOR,
  idf,
  nameTrigrams,
  type Resolve,
  type SparseVector,
  weigh,
} from './vectors';

export type InnovationText = Partial<Pick<Innovation, 'id' | 'opd' | 'name' | 'design' | 'goal' | 'benefit'>>;

export interface PreparedDoc {
  ref: InnovationRef;
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
}

/** Feature strings → ids, with each feature's document frequency. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly df: number[] = [];

  /** The id of `feature`, new if need be (while the corpus is counted). */
  readonly intern: Resolve = (feature) => {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(feature, id);
      this.df.push(0);
    }
    return id;
  };

  /** For a query: known features keep their id, each unknown one gets its own negative id. */
  lookup(): Resolve {
    const unknown = new Map<string, number>();
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

  addDocument(features: Iterable<number>): void {
    for (const id of features) this.df[id]!++;
  }
}

export interface PreparedCorpus {
  readonly docs: readonly PreparedDoc[];
  /** Lower-case extra stop words the corpus was prepared with; queries use the same. */
  readonly stopWords: ReadonlySet<string>;
  /** Counts and weighs a query against this corpus (unknown features count toward the norm only). */
  vectorize(innovation: InnovationText): Omit<PreparedDoc, 'ref' | 'text'>;
  /** Document frequency of a content feature id, for blocking. */
  readonly contentDf: readonly number[];
  readonly nameDf: readonly number[];
}

interface DocCounts {
  name: Counts;
  head: Counts | null;
  bag: Counts;
  content: Counts;
  contentWords: number;
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
  name: Resolve;
  content: Resolve;
}

function countDoc(innovation: InnovationText, options: NormalizeOptions, resolve: Resolvers): DocCounts {
  const name = innovation.name ?? '';
  const head = nameHead(name);
  const content: Counts = new Map();
  let contentWords = 0;
  eachToken(contentText(innovation), options, (_word, stem, stop) => {
    if (stop !== null) return;
    addCount(content, resolve.content(stem));
    contentWords++;
  });
  const tokens = nameTokens(name, options);
  return {
    name: nameTrigrams(
      tokens.map((t) => t.word),
      resolve.name,
    ),
    head: head
      ? nameTrigrams(
          nameTokens(head, options).map((t) => t.word),
          resolve.name,
        )
      : null,
    bag: nameTrigrams([...new Set(tokens.map((t) => t.stem))].sort(), resolve.name),
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
  const names = new Vocabulary();
  const content = new Vocabulary();
  const interning = { name: names.intern, content: content.intern };
  const counted = innovations.map((inn) => countDoc(inn, normalize, interning));
  for (const c of counted) {
    // The name's three forms share one document count, so a name's trigrams are not counted twice.
    names.addDocument(new Set([...c.name.keys(), ...(c.head?.keys() ?? []), ...c.bag.keys()]));
    content.addDocument(c.content.keys());
  }
  const n = innovations.length;
  const nameIdf = names.df.map((df) => idf(n, df));
  const contentIdf = content.df.map((df) => idf(n, df) ** TUNING.idfPower);
  const unknownIdf = idf(n, 0);
  const unknownContentIdf = unknownIdf ** TUNING.idfPower;
  const nameWeight = (id: number) => nameIdf[id]!;
  const weighCounts = (c: DocCounts) => ({
    name: c.name.size ? weigh(c.name, nameWeight, unknownIdf) : EMPTY_VECTOR,
    head: c.head ? weigh(c.head, nameWeight, unknownIdf) : null,
    bag: c.bag.size ? weigh(c.bag, nameWeight, unknownIdf) : EMPTY_VECTOR,
    content: weigh(c.content, (id) => contentIdf[id]!, unknownContentIdf),
    contentWords: c.contentWords,
  });
  const vectorize = (inn: InnovationText) =>
    weighCounts(countDoc(inn, normalize, { name: names.lookup(), content: content.lookup() }));
  const docs = counted.map((c, i) => {
    const inn = innovations[i]!;
    return {
      ref: { id: inn.id ?? '', opd: inn.opd ?? '', name: inn.name ?? '' },
      text: contentText(inn),
      ...weighCounts(c),
    };
  });
  return { docs, stopWords, vectorize, contentDf: content.df, nameDf: names.df };
}
