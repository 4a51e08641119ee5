// Turns innovations into weighted vectors once (name trigrams, content stems), with the
// document frequencies of the whole corpus, so that all-pairs search and repeated sidebar queries
// reuse the work.
import type { Innovation } from '../model';
import { type NormalizeOptions, nameTokens, normalizeWord, stemCounter, type Token } from './normalize';
import { TUNING } from './tuning';
import type { InnovationRef } from './types';
import { Counter, type Counts, idf, nameTrigrams, type Resolve, type SparseVector, weigh } from './vectors';

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

  private lastDocument: number[] = [];

  /** Counts document `doc`'s features once each, however many of `counts` hold them. */
  addDocument(doc: number, ...counts: (Counts | null)[]): void {
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
  const tokens = nameTokens(name, options);
  const words = (ts: Token[]) => ts.map((t) => t.word);
  return {
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
  const names = new Vocabulary();
  const content = new Vocabulary();
  const interning = {
    name: names.intern,
    content: stemCounter(normalize, content.intern),
    counter: new Counter(),
  };
  const counted = innovations.map((inn) => countDoc(inn, normalize, interning));
  counted.forEach((c, doc) => {
    // The name's three forms share one document count, so a name's trigrams are not counted twice.
    names.addDocument(doc, c.name, c.head, c.bag);
    content.addDocument(doc, c.content);
  });
  const n = innovations.length;
  const nameIdf = Float64Array.from(names.df, (df) => idf(n, df));
  const contentIdf = Float64Array.from(content.df, (df) => idf(n, df) ** TUNING.idfPower);
  const unknownIdf = idf(n, 0);
  const unknownContentIdf = unknownIdf ** TUNING.idfPower;
  const weighCounts = (c: DocCounts) => ({
    name: weigh(c.name, nameIdf, unknownIdf),
    head: c.head ? weigh(c.head, nameIdf, unknownIdf) : null,
    bag: weigh(c.bag, nameIdf, unknownIdf),
    content: weigh(c.content, contentIdf, unknownContentIdf),
    contentWords: c.contentWords,
  });
  const vectorize = (inn: InnovationText) =>
    weighCounts(
      countDoc(inn, normalize, {
        name: names.lookup(),
        content: stemCounter(normalize, content.lookup()),
        counter: new Counter(),
      }),
    );
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
