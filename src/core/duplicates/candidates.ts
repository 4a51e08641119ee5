// Blocking: which pairs are worth scoring, without comparing all n² of them, and without losing any.
//
// Features are split into rare ones (in at most a few percent of the texts) and common ones. An
// inverted index over the rare features accumulates each pair's dot product on them; on the common
// features the product is at most ‖a_common‖·‖b_common‖ (Cauchy–Schwarz). A pair is scored when
// that upper bound can reach the threshold. Pairs that share no rare feature are bounded by the
// norms alone: only texts with heavy common parts can reach it that way, and those few are paired
// with each other directly. (Bayardo's All-Pairs prefix filter was tried: with IDF^1.5 common words
// weigh so little each that it can leave out only a handful, and probing their long lists is slow.)
//
// Content decides most pairs. When both texts have content, a name only lifts the blend, so content
// is searched at the least similarity a perfect name could lift over the threshold, and names are
// searched only for pairs where one side has no content (then the name is all there is).
import type { PreparedCorpus } from './corpus';
import { blend, hasContent, hasName, type Vectors } from './score';
import { TUNING } from './tuning';
import type { SparseVector } from './vectors';

/** Rounding of reported scores (3 decimals) may lift a score by this much. */
const ROUNDING = 0.0005;
/** A feature in more than this share of the texts (and more than MIN_COMMON_DF) is common. */
const COMMON_SHARE = 0.05;
const MIN_COMMON_DF = 20;

class Index {
  private readonly postings = new Map<number, { docs: Int32Array; weights: Float64Array }>();
  /** Per text: the norm of its vector on common features. */
  readonly commonNorm: Float64Array;
  readonly acc: Float64Array;
  readonly seen: Uint8Array;
  readonly touched: number[] = [];

  constructor(
    readonly vectors: readonly (SparseVector | null)[],
    df: readonly number[],
  ) {
    const n = vectors.length;
    const maxDf = Math.max(MIN_COMMON_DF, Math.ceil(COMMON_SHARE * n));
    this.commonNorm = new Float64Array(n);
    this.acc = new Float64Array(n);
    this.seen = new Uint8Array(n);
    const lists = new Map<number, { docs: number[]; weights: number[] }>();
    vectors.forEach((v, doc) => {
      if (!v) return;
      let common = 0;
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k]!;
        const w = v.weights[k]!;
        const f = df[id] ?? 0;
        if (f > maxDf) common += w * w;
        else if (f >= 2) {
          const list = lists.get(id);
          if (list) {
            list.docs.push(doc);
            list.weights.push(w);
          } else lists.set(id, { docs: [doc], weights: [w] });
        }
      }
      this.commonNorm[doc] = Math.sqrt(common);
    });
    for (const [id, l] of lists) {
      this.postings.set(id, { docs: Int32Array.from(l.docs), weights: Float64Array.from(l.weights) });
    }
  }

  /** Accumulates text i's rare-feature products with every indexed text after `after`. */
  probe(i: number, after: number): void {
    const v = this.vectors[i];
    if (!v) return;
    const { acc, seen, touched, postings } = this;
    for (let k = 0; k < v.ids.length; k++) {
      const p = postings.get(v.ids[k]!);
      if (!p) continue;
      const w = v.weights[k]!;
      const { docs, weights } = p;
      let lo = 0;
      let hi = docs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (docs[mid]! <= after) lo = mid + 1;
        else hi = mid;
      }
      for (let m = lo; m < docs.length; m++) {
        const j = docs[m]!;
        acc[j]! += w * weights[m]!;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
  }

  bound(i: number, j: number): number {
    return Math.min(1, this.acc[j]! + this.commonNorm[i]! * this.commonNorm[j]!);
  }

  /** Texts whose common part alone could bring a pair to `threshold` with some other text. */
  heavy(threshold: number): Set<number> {
    const max = Math.max(0, ...this.commonNorm);
    const heavy = new Set<number>();
    this.commonNorm.forEach((norm, doc) => {
      if (this.vectors[doc] && norm * max >= threshold) heavy.add(doc);
    });
    return heavy;
  }

  reset(): void {
    for (const j of this.touched) {
      this.acc[j] = 0;
      this.seen[j] = 0;
    }
    this.touched.length = 0;
  }
}

/** Calls `visit(i, j)` (i < j) once for every pair whose similarity may reach `threshold`. */
export function forEachCandidate(
  corpus: PreparedCorpus,
  threshold: number,
  visit: (i: number, j: number) => void,
): void {
  const docs: readonly Vectors[] = corpus.docs;
  const n = docs.length;
  const named = docs.map(hasName);
  const contentful = docs.map(hasContent);
  const t = threshold - ROUNDING;
  const reaches = (i: number, j: number, contentBound: number) =>
    blend(1, contentBound, named[i]! && named[j]!, true) >= t;

  // Both with content: a perfect name is assumed, the exact score decides later.
  const content = new Index(
    docs.map((d, i) => (contentful[i] ? d.content : null)),
    corpus.contentDf,
  );
  // The least content bound that can still reach t: with a perfect name on both sides.
  const liftable = Math.max(0, Math.min(t, (t - (1 - TUNING.contentWeight)) / TUNING.contentWeight));
  const heavyContent = content.heavy(liftable);
  for (let i = 0; i < n; i++) {
    if (!contentful[i]) continue;
    content.probe(i, i);
    for (const j of content.touched) if (reaches(i, j, content.bound(i, j))) visit(i, j);
    if (heavyContent.has(i)) {
      for (const j of heavyContent) {
        if (j > i && !content.seen[j] && reaches(i, j, content.bound(i, j))) visit(i, j);
      }
    }
    content.reset();
  }

  // One side without content: the name alone, by whole name, head or stems in any order.
  const lacking = docs.map((_, i) => named[i]! && !contentful[i]!);
  if (!lacking.some(Boolean)) return;
  const forms = [(d: Vectors) => d.name, (d: Vectors) => d.head ?? d.name, (d: Vectors) => d.bag].map(
    (form) =>
      new Index(
        docs.map((d, i) => (named[i] ? form(d) : null)),
        corpus.nameDf,
      ),
  );
  const heavyNames = forms.map((f) => f.heavy(t));
  const found = new Set<number>();
  const consider = (l: number, j: number, bound: number) => {
    if (j === l || (lacking[j] && j < l) || bound < t) return;
    const key = Math.min(l, j) * n + Math.max(l, j);
    if (found.has(key)) return;
    found.add(key);
    visit(Math.min(l, j), Math.max(l, j));
  };
  for (let l = 0; l < n; l++) {
    if (!lacking[l]) continue;
    forms.forEach((f, k) => {
      f.probe(l, -1);
      for (const j of f.touched) consider(l, j, f.bound(l, j));
      if (heavyNames[k]!.has(l))
        for (const j of heavyNames[k]!) if (!f.seen[j]) consider(l, j, f.bound(l, j));
      f.reset();
    });
  }
}
