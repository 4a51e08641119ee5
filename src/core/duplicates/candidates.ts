// Candidate search: the partners of one innovation (or of a draft) at or above a threshold, most
// similar first, without comparing it with every other innovation, and with bounded work however
// alike the texts are.
//
// Bounds. An inverted index accumulates the exact product with every text that shares one of the
// query's rare features (in at most a few percent of the texts); on the common features the product
// is at most ‖a_common‖·‖b_common‖ (Cauchy–Schwarz). So every text has an upper bound on its
// similarity to the query, exact but for the common part. That bound is loose for a "heavy" query,
// one made mostly of common features (a short generic tujuan, a name of common syllables): hundreds
// of texts could then reach the threshold. When more than a few could, the query also accumulates
// the features of middling frequency (up to a quarter of the texts), which leaves only the very
// common ones to the norms; the other queries, most of them, skip those long lists. (Bayardo's
// All-Pairs prefix filter was tried: with IDF^1.5 common words weigh so little each that it can
// leave out only a handful.)
//
// Order. Candidates are scored most promising first: the texts met in the index from a heap, the
// others (which only their common part can bring close) from a list sorted by that part's norm.
// The search ends when the bound falls below the threshold (every partner found), or once `k`
// partners are found that no remaining candidate can beat (the top k, exact up to ties), or when
// its work budget is spent. The last two keep degenerate registers cheap: when 2,000 innovations
// share one rancang bangun word for word, each stops after its first k equal partners instead of
// scoring two million pairs.
//
// Kinds. With content on both sides, a pair's similarity is the most of three parts (score.ts):
// content, content lifted by the name (bounded as if the names were equal), and the name's identity
// scaled by content support; the identity is at most the rare name keys both share or an acronym read
// from the other name, so the texts met through those are candidates too. Where a side lacks content
// the name decides alone, also by its trigram likeness: names are searched in three forms (whole,
// head, stems in any order).
import type { PreparedCorpus } from './corpus';
import {
  acronymMatch,
  hasContent,
  hasName,
  type PairScore,
  shareCoined,
  sharedName,
  type Vectors,
} from './score';
import { TUNING } from './tuning';
import type { SparseVector } from './vectors';

// Called in loops over every candidate: local aliases, not global lookups (see vectors.ts).
const { ceil, max, min, sqrt } = Math;

/** Rounding of reported scores (3 decimals) may lift a score by this much. */
const ROUNDING = 0.0005;
/** Floating-point room when a threshold on the blend is turned into one on the content bound. */
const SLACK = 1e-9;
/** Features in at most this share of the indexed texts (or MIN_RARE_DF) are rare: always accumulated. */
const RARE_SHARE = 0.05;
const MIN_RARE_DF = 20;
/** Features in at most this share (or MIN_MIDDLING_DF) are accumulated for heavy queries too. */
const MIDDLING_SHARE = 0.25;
const MIN_MIDDLING_DF = 50;
/** A query goes deep when its common part alone could bring more than this many texts to the threshold. */
const DEEP_AFTER = 16;
/** A name-only pair costs about this share of a content pair to score (three dots of short vectors). */
const NAME_SCORE_SHARE = 10;

/** One way to split features: those in at most `maxDf` texts are accumulated, the rest bounded by norms. */
class Tier {
  /** The indexed texts by their norm, largest first (ties in input order). */
  readonly order: Int32Array;

  constructor(
    readonly maxDf: number,
    /** Per text, the norm of its vector on the features above maxDf. */
    readonly norm: Float64Array,
    indexed: number[],
  ) {
    this.order = Int32Array.from(indexed.sort((a, b) => norm[b]! - norm[a]! || a - b));
  }

  /** How many indexed texts have a norm of at least `x`. */
  countAtLeast(x: number): number {
    const { order, norm } = this;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (norm[order[mid]!]! >= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Per-text sums of one probe, and the texts it met, cleared for the next probe. */
class Accumulator {
  readonly acc: Float64Array;
  readonly seen: Uint8Array;
  readonly touched: number[] = [];

  constructor(texts: number) {
    this.acc = new Float64Array(texts);
    this.seen = new Uint8Array(texts);
  }

  reset(): void {
    for (const j of this.touched) {
      this.acc[j] = 0;
      this.seen[j] = 0;
    }
    this.touched.length = 0;
  }
}

/** The features of some texts → the texts that have them (CSR layout), with two tiers of bounds. */
class Index extends Accumulator {
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float64Array;
  /** Per feature, in how many of the indexed texts it occurs. */
  private readonly df: Int32Array;
  readonly light: Tier;
  readonly deep: Tier;

  /** `features`: the size of the corpus's vocabulary for this kind of vector. */
  constructor(vectors: readonly (SparseVector | null)[], features: number) {
    super(vectors.length);
    const n = vectors.length;
    const df = new Int32Array(features);
    const indexed: number[] = [];
    vectors.forEach((v, doc) => {
      if (!v) return;
      indexed.push(doc);
      for (const id of v.ids) df[id]!++;
    });
    this.df = df;
    const lightMax = max(MIN_RARE_DF, ceil(RARE_SHARE * indexed.length));
    const deepMax = max(lightMax, MIN_MIDDLING_DF, ceil(MIDDLING_SHARE * indexed.length));
    // Features of one text only are indexed too: a draft may share them with that text.
    this.offsets = new Int32Array(features + 1);
    for (let id = 0; id < features; id++)
      this.offsets[id + 1] = this.offsets[id]! + (df[id]! <= deepMax ? df[id]! : 0);
    const next = this.offsets.slice(0, features);
    this.docs = new Int32Array(this.offsets[features]!);
    this.weights = new Float64Array(this.offsets[features]!);
    const lightNorm = new Float64Array(n);
    const deepNorm = new Float64Array(n);
    for (const doc of indexed) {
      const v = vectors[doc]!;
      let light = 0;
      let deep = 0;
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k]!;
        const w = v.weights[k]!;
        const f = df[id]!;
        if (f <= deepMax) {
          const at = next[id]!++;
          this.docs[at] = doc;
          this.weights[at] = w;
        } else deep += w * w;
        if (f > lightMax) light += w * w;
      }
      lightNorm[doc] = sqrt(light);
      deepNorm[doc] = sqrt(deep);
    }
    this.light = new Tier(lightMax, lightNorm, indexed.slice());
    this.deep = new Tier(deepMax, deepNorm, indexed);
  }

  /** The norm of a query's vector on the tier's common features. */
  normOf(v: SparseVector, tier: Tier): number {
    let common = 0;
    for (let k = 0; k < v.ids.length; k++) {
      // A draft's ids are the corpus's features (its unknown words only count toward its norm).
      if (this.df[v.ids[k]!]! > tier.maxDf) common += v.weights[k]! ** 2;
    }
    return sqrt(common);
  }

  /** Accumulates `v`'s products on the tier's indexed features with every text that shares one. */
  probe(v: SparseVector, tier: Tier): void {
    const { acc, seen, touched, offsets, docs, weights, df } = this;
    const maxDf = tier.maxDf;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (df[id]! > maxDf) continue;
      const w = v.weights[k]!;
      const end = offsets[id + 1]!;
      for (let m = offsets[id]!; m < end; m++) {
        const j = docs[m]!;
        acc[j]! += w * weights[m]!;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
  }
}

/**
 * Name keys → the named texts that have them, with their information (rarity-weighed units): a
 * query's probe sums, per text met, the information both names share (names.ts, score.ts).
 * Keys of no rarity share nothing and are left out.
 */
class KeyIndex extends Accumulator {
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly units: Float64Array;
  private readonly strong: Uint8Array;

  constructor(corpus: PreparedCorpus) {
    super(corpus.docs.length);
    const keys = corpus.keyRarity.length;
    const count = new Int32Array(keys);
    for (const d of corpus.docs) for (const id of d.nameKeys) if (corpus.keyRarity[id]! > 0) count[id]!++;
    this.offsets = new Int32Array(keys + 1);
    for (let id = 0; id < keys; id++) this.offsets[id + 1] = this.offsets[id]! + count[id]!;
    const next = this.offsets.slice(0, keys);
    this.docs = new Int32Array(this.offsets[keys]!);
    this.units = new Float64Array(this.offsets[keys]!);
    this.strong = new Uint8Array(this.offsets[keys]!);
    corpus.docs.forEach((d, doc) => {
      d.nameKeys.forEach((id, k) => {
        if (corpus.keyRarity[id]! <= 0) return;
        const at = next[id]!++;
        this.docs[at] = doc;
        this.units[at] = d.nameUnits[k]!;
        this.strong[at] = d.nameStrong[k]!;
      });
    });
  }

  /**
   * Sums, per text met, the information its name shares with the query's. `wide`: through every
   * key (a query without content); otherwise through strong keys (NameKey.strong) for every text,
   * and through ordinary ones only for texts that lack content (`contentful`).
   */
  probe(query: Vectors, wide: boolean, contentful: Uint8Array): void {
    const { acc, seen, touched, offsets, docs, units, strong } = this;
    const keys = offsets.length - 1;
    query.nameKeys.forEach((id, k) => {
      if (id < 0 || id >= keys) return;
      const mine = query.nameUnits[k]!;
      const mineStrong = query.nameStrong[k] === 1;
      for (let m = offsets[id]!; m < offsets[id + 1]!; m++) {
        const j = docs[m]!;
        if (!wide && !mineStrong && strong[m] === 0 && contentful[j] === 1) continue;
        const shared = max(mine, units[m]!);
        acc[j]! += shared;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    });
  }
}

/** Candidates met on rare features: a binary max-heap by (bound, then input order). */
class Heap {
  private keys = new Float64Array(64);
  private ids = new Int32Array(64);
  size = 0;

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka > kb || (ka === kb && this.ids[a]! < this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const i = this.ids[a]!;
    this.ids[a] = this.ids[b]!;
    this.ids[b] = i;
  }

  push(key: number, id: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    let at = this.size++;
    this.keys[at] = key;
    this.ids[at] = id;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!this.before(at, up)) break;
      this.swap(at, up);
      at = up;
    }
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topId(): number {
    return this.ids[0]!;
  }

  pop(): void {
    this.size--;
    if (this.size === 0) return;
    this.keys[0] = this.keys[this.size]!;
    this.ids[0] = this.ids[this.size]!;
    let at = 0;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let best = at;
      if (l < this.size && this.before(l, best)) best = l;
      if (r < this.size && this.before(r, best)) best = r;
      if (best === at) return;
      this.swap(at, best);
      at = best;
    }
  }
}

/** Texts that only an index's common part can bring close, in bound order. */
interface Stream {
  index: Index;
  tier: Tier;
  /** The query's norm on the tier's common features. */
  norm: number;
  at: number;
  content: boolean;
}

/** What one search found: partners in order, and why it stopped before running out of candidates. */
export interface Partners {
  found: { j: number; score: PairScore }[];
  /** It had `k` partners and candidates remained: the text has at least k, maybe more. */
  crowded: boolean;
  /** Its budget ran out before `k` partners were found: a partner may have been missed. */
  unfinished: boolean;
}

export interface SearchLimits {
  threshold: number;
  /** At most this many partners, the most similar (Infinity: all). */
  k: number;
  /**
   * At most this many exact scores of content pairs (Infinity: no limit). A name-only pair, three
   * dots of short vectors, counts as a tenth.
   */
  budget: number;
  /**
   * Once `k` partners are found, at most this much work in all: the search then only decides which
   * k of many partners are listed, not whether the text has any (default: budget).
   */
  crowdedBudget?: number;
  /**
   * Settle a tie with the k-th partner by input order, as a scan of every text would (the search
   * then goes on while a remaining text could still tie). Default: the first found stays.
   */
  inputOrderTies?: boolean;
  /** Leave out the texts of earlier periods (InnovationText.archivedYear). */
  currentOnly?: boolean;
}

type NameForm = (d: Vectors) => SparseVector;
const NAME_FORMS: readonly NameForm[] = [(d) => d.name, (d) => d.head ?? d.name, (d) => d.bag];

/**
 * The indexes of one prepared corpus, built once and reused for every search on it (the pairs of
 * a recalculation, the drafts of a sidebar session, the titles of the training projects).
 */
export class Searcher {
  private readonly named: Uint8Array;
  private readonly contentful: Uint8Array;
  private readonly content: Index;
  /** Name forms of every named text (for queries without content) and of those without content. */
  private namesOfAll: Index[] | null = null;
  private namesOfLacking: Index[] | null = null;
  private readonly anyLacking: boolean;
  private keys: KeyIndex | null = null;
  private acronymSide: Map<string, number[]> | null = null;
  private expansionSide: Map<string, number[]> | null = null;
  private readonly archived: Int32Array;
  private readonly heap = new Heap();
  private readonly visited: Uint8Array;
  private readonly visitedList: number[] = [];
  /** Per text, the best name bound over the three forms while a search runs (-1: none). */
  private readonly nameBound: Float64Array;
  /** Texts whose acronym match with the query was checked in this search. */
  private readonly acronymChecked: Uint8Array;
  private readonly checkedList: number[] = [];

  constructor(private readonly corpus: PreparedCorpus) {
    const docs = corpus.docs;
    const n = docs.length;
    this.named = Uint8Array.from(docs, (d) => (hasName(d) ? 1 : 0));
    this.contentful = Uint8Array.from(docs, (d) => (hasContent(d) ? 1 : 0));
    this.content = new Index(
      docs.map((d, i) => (this.contentful[i] ? d.content : null)),
      corpus.contentDf.length,
    );
    this.archived = corpus.archived;
    this.anyLacking = docs.some((_, i) => this.named[i] === 1 && this.contentful[i] === 0);
    this.visited = new Uint8Array(n);
    this.nameBound = new Float64Array(n).fill(-1);
    this.acronymChecked = new Uint8Array(n);
  }

  private nameIndexes(which: (i: number) => boolean): Index[] {
    return NAME_FORMS.map(
      (form) =>
        new Index(
          this.corpus.docs.map((d, i) => (which(i) ? form(d) : null)),
          this.corpus.nameDf.length,
        ),
    );
  }

  /** The name indexes a query searches: every named text when it lacks content, else those lacking it. */
  private namesFor(queryContent: boolean): Index[] | null {
    if (!queryContent) {
      this.namesOfAll ??= this.nameIndexes((i) => this.named[i] === 1);
      return this.namesOfAll;
    }
    if (!this.anyLacking) return null;
    this.namesOfLacking ??= this.nameIndexes((i) => this.named[i] === 1 && this.contentful[i] === 0);
    return this.namesOfLacking;
  }

  private keyIndex(): KeyIndex {
    this.keys ??= new KeyIndex(this.corpus);
    return this.keys;
  }

  /** Texts by the blocking keys of their acronyms, and by those of their spelled-out words. */
  private acronymIndexes(): { acronyms: Map<string, number[]>; expansions: Map<string, number[]> } {
    if (!this.acronymSide || !this.expansionSide) {
      const acronyms = new Map<string, number[]>();
      const expansions = new Map<string, number[]>();
      const add = (map: Map<string, number[]>, key: string, doc: number) => {
        const list = map.get(key);
        if (list) list.push(doc);
        else map.set(key, [doc]);
      };
      this.corpus.docs.forEach((d, doc) => {
        for (const key of d.acronyms.keys()) add(acronyms, key, doc);
        for (const key of d.expansionKeys) add(expansions, key, doc);
      });
      this.acronymSide = acronyms;
      this.expansionSide = expansions;
    }
    return { acronyms: this.acronymSide, expansions: this.expansionSide };
  }

  /**
   * The partners of `query` (text `self` of the corpus, or -1 for a draft) at or above the
   * threshold, most similar first (ties in input order). Texts with the id `selfId` are skipped.
   * `scoreOf(j)` gives the exact score of the query with text j.
   */
  search(
    query: Vectors,
    self: number,
    selfId: string,
    limits: SearchLimits,
    scoreOf: (j: number) => PairScore,
  ): Partners {
    const { named, contentful, heap, visited, visitedList, nameBound, acronymChecked, checkedList } = this;
    const docs = this.corpus.docs;
    const t = limits.threshold - ROUNDING;
    const queryNamed = hasName(query);
    const queryContent = hasContent(query);
    const streams: Stream[] = [];
    const probed: Index[] = [];
    /**
     * The light tier, unless its common part alone could bring more than DEEP_AFTER texts to the
     * threshold (`need`: the least common-part product that can): then scoring them would cost more
     * than accumulating the middling features.
     */
    const tierFor = (index: Index, v: SparseVector, need: number) => {
      const light = index.light;
      const norm = index.normOf(v, light);
      return norm > 0 && light.countAtLeast(need / norm) > DEEP_AFTER ? index.deep : light;
    };

    // Both with content: bounded as if both names were equal; the exact score decides later.
    // The content part of the blend, bounded as if the names were equal (the name's own evidence is
    // bounded by the name streams below).
    const w = TUNING.contentWeight;
    const contentKey = (bound: number, bothNamed: boolean) =>
      bothNamed ? max(bound, w * bound + 1 - w) : bound;
    // The content bound that can reach t, without and with equal names, so that the long list of
    // texts met is filtered without blending each.
    const needAlone = t - SLACK;
    const needNamed = min(t, (t - (1 - w)) / w) - SLACK;
    if (queryContent) {
      const index = this.content;
      const tier = tierFor(index, query.content, queryNamed ? needNamed : needAlone);
      const norm = index.normOf(query.content, tier);
      index.probe(query.content, tier);
      probed.push(index);
      const { acc, touched } = index;
      const tierNorm = tier.norm;
      for (let m = 0; m < touched.length; m++) {
        const j = touched[m]!;
        const bound = acc[j]! + norm * tierNorm[j]!;
        const bothNamed = queryNamed && named[j] === 1;
        if (bound < (bothNamed ? needNamed : needAlone) || j === self) continue;
        heap.push(contentKey(min(1, bound), bothNamed), j);
      }
      streams.push({ index, tier, norm, at: 0, content: true });
    }
    // One side without content: the name alone, by its best form.
    const names = queryNamed ? this.namesFor(queryContent) : null;
    if (names) {
      const met: number[] = [];
      names.forEach((index, f) => {
        const v = NAME_FORMS[f]!(query);
        const tier = tierFor(index, v, needAlone);
        const norm = index.normOf(v, tier);
        index.probe(v, tier);
        probed.push(index);
        for (const j of index.touched) {
          if (j === self) continue;
          const bound = min(1, index.acc[j]! + norm * tier.norm[j]!);
          if (nameBound[j]! < 0) met.push(j);
          if (bound > nameBound[j]!) nameBound[j] = bound;
        }
        streams.push({ index, tier, norm, at: 0, content: false });
      });
      for (const j of met) {
        if (nameBound[j]! >= t) heap.push(nameBound[j]!, j);
        nameBound[j] = -1;
      }
    }

    if (queryNamed) {
      const keys = this.keyIndex();
      keys.probe(query, !queryContent, contentful);
      for (const j of keys.touched) {
        // Scored exactly here (short key lists): the sum alone says little about segments and cover.
        // Both with content, a name counts by itself only with a coined key in common.
        if (j === self || named[j] === 0) continue;
        const both = queryContent && contentful[j] === 1;
        if (!both && keys.acc[j]! / TUNING.nameUnitsFull < t) continue;
        const shared = sharedName(query, docs[j]!, t);
        if (shared >= t && (!both || shareCoined(query, docs[j]!))) heap.push(shared, j);
      }
      keys.reset();
      if (TUNING.acronymMatch >= t) {
        const { acronyms, expansions } = this.acronymIndexes();
        // Checked before they are scored: an acronym key is met by many names that spell nothing.
        const pushAll = (list: number[] | undefined) => {
          for (const j of list ?? []) {
            if (j === self || named[j] === 0 || acronymChecked[j] === 1) continue;
            acronymChecked[j] = 1;
            checkedList.push(j);
            if (acronymMatch(query, docs[j]!)) heap.push(TUNING.acronymMatch, j);
          }
        };
        for (const key of query.acronyms.keys()) pushAll(expansions.get(key));
        for (const key of query.expansionKeys) pushAll(acronyms.get(key));
        for (const j of checkedList) acronymChecked[j] = 0;
        checkedList.length = 0;
      }
    }

    const streamKey = (s: Stream, j: number) =>
      s.content ? contentKey(s.norm * s.tier.norm[j]!, queryNamed) : s.norm * s.tier.norm[j]!;
    /** The stream's next candidate, skipping the texts its index met (they are in the heap). */
    const head = (s: Stream): number => {
      const order = s.tier.order;
      while (s.at < order.length) {
        const j = order[s.at]!;
        if (j !== self && visited[j] === 0 && s.index.seen[j] === 0) return j;
        s.at++;
      }
      return -1;
    };

    const found: { j: number; score: PairScore }[] = [];
    let work = 0;
    let stopped = false;
    const crowdedBudget = limits.crowdedBudget ?? limits.budget;
    for (;;) {
      let key = -1;
      let j = -1;
      let source: Stream | null = null;
      if (heap.size > 0) {
        key = heap.topKey();
        j = heap.topId();
      }
      for (const s of streams) {
        const sj = head(s);
        if (sj < 0) continue;
        const sk = streamKey(s, sj);
        if (sk > key || (sk === key && sj < j)) {
          key = sk;
          j = sj;
          source = s;
        }
      }
      if (j < 0 || key < t) break;
      const crowded = found.length >= limits.k;
      const kth = crowded ? found[limits.k - 1]!.score.similarity : 0;
      const reach = min(1, key + ROUNDING);
      if (crowded && (kth > reach || (kth === reach && !limits.inputOrderTies))) {
        stopped = true;
        break;
      }
      if (work >= limits.budget || (crowded && work >= crowdedBudget)) {
        stopped = true;
        break;
      }
      if (source) source.at++;
      else heap.pop();
      if (visited[j] === 1) continue;
      visited[j] = 1;
      visitedList.push(j);
      // A content stream's key assumed a named partner; the real bound may fall short.
      if (source?.content && contentKey(source.norm * source.tier.norm[j]!, queryNamed && named[j] === 1) < t)
        continue;
      if (selfId && docs[j]!.ref.id === selfId) continue;
      if (limits.currentOnly && this.archived[j]! > 0) continue;
      const score = scoreOf(j);
      work += queryContent && contentful[j] === 1 ? 1 : 1 / NAME_SCORE_SHARE;
      if (score.similarity < limits.threshold) continue;
      let at = found.length;
      while (at > 0) {
        const prev = found[at - 1]!;
        if (
          prev.score.similarity > score.similarity ||
          (prev.score.similarity === score.similarity && prev.j < j)
        )
          break;
        at--;
      }
      found.splice(at, 0, { j, score });
      if (found.length > limits.k) found.pop();
    }

    for (const index of probed) index.reset();
    for (const v of visitedList) visited[v] = 0;
    visitedList.length = 0;
    heap.clear();
    const crowded = stopped && found.length >= limits.k;
    return { found, crowded, unfinished: stopped && !crowded };
  }
}

const searchers = new WeakMap<PreparedCorpus, Searcher>();

/** The corpus's searcher, built on first use. */
export function searcherOf(corpus: PreparedCorpus): Searcher {
  let s = searchers.get(corpus);
  if (!s) {
    s = new Searcher(corpus);
    searchers.set(corpus, s);
  }
  return s;
}
