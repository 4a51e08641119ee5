// Blocking: which pairs are worth scoring, without comparing all n² of them. An inverted index over
// the rare features (in at most a few percent of the corpus) accumulates each pair's dot product on
// those features; the common features can add at most ‖a_common‖·‖b_common‖ (Cauchy–Schwarz). A
// pair is scored only when that upper bound of its similarity reaches the threshold, so among the
// pairs sharing a rare feature none is lost. A pair sharing no rare feature at all is never looked
// at: its likeness would rest on common words alone, which weigh little.
import type { PreparedCorpus } from './corpus';
import { blend, hasContent, hasName, type Vectors } from './score';
import { TUNING } from './tuning';
import type { SparseVector } from './vectors';

/** Rounding of reported scores (3 decimals) may lift a score by this much. */
const ROUNDING = 0.0005;

class Form {
  private readonly postings = new Map<number, { docs: number[]; weights: number[] }>();
  /** Per document: the norm of its vector restricted to common features. */
  readonly commonNorm: Float64Array;
  readonly acc: Float64Array;

  constructor(
    readonly vectors: readonly (SparseVector | null)[],
    df: readonly number[],
    maxDf: number,
  ) {
    this.commonNorm = new Float64Array(vectors.length);
    this.acc = new Float64Array(vectors.length);
    vectors.forEach((v, doc) => {
      if (!v) return;
      let common = 0;
      for (let k = 0; k < v.ids.length; k++) {
        const id = v.ids[k]!;
        const w = v.weights[k]!;
        const f = df[id] ?? 0;
        if (f > maxDf) common += w * w;
        else if (f >= 2) {
          const p = this.postings.get(id);
          if (p) {
            p.docs.push(doc);
            p.weights.push(w);
          } else this.postings.set(id, { docs: [doc], weights: [w] });
        }
      }
      this.commonNorm[doc] = Math.sqrt(common);
    });
  }

  /** Adds doc i's rare-feature products with every later doc to `acc`, noting docs touched. */
  accumulate(i: number, touched: number[], seen: Uint8Array): void {
    const v = this.vectors[i];
    if (!v) return;
    for (let k = 0; k < v.ids.length; k++) {
      const p = this.postings.get(v.ids[k]!);
      if (!p) continue;
      const w = v.weights[k]!;
      const { docs, weights } = p;
      // Postings are in document order: skip to the first later document.
      let lo = 0;
      let hi = docs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (docs[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let m = lo; m < docs.length; m++) {
        const j = docs[m]!;
        this.acc[j]! += w * weights[m]!;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push(j);
        }
      }
    }
  }

  bound(i: number, j: number): number {
    return Math.min(1, this.acc[j]! + this.commonNorm[i]! * this.commonNorm[j]!);
  }
}

/** Calls `visit(i, j)` (i < j) for every pair whose similarity may reach `threshold`. */
export function forEachCandidate(
  corpus: PreparedCorpus,
  threshold: number,
  visit: (i: number, j: number) => void,
): void {
  const docs: readonly Vectors[] = corpus.docs;
  const n = docs.length;
  const maxDf = Math.max(TUNING.minBlockingDf, Math.ceil(TUNING.blockingDfShare * n));
  const content = new Form(
    docs.map((d) => (hasContent(d) ? d.content : null)),
    corpus.contentDf,
    maxDf,
  );
  const nameForm = (pick: (d: Vectors) => SparseVector) => docs.map((d) => (hasName(d) ? pick(d) : null));
  // Name similarity compares whole names, heads (a name without one stands for its own) and stem bags.
  const names = [
    new Form(
      nameForm((d) => d.name),
      corpus.nameDf,
      maxDf,
    ),
    new Form(
      nameForm((d) => d.head ?? d.name),
      corpus.nameDf,
      maxDf,
    ),
    new Form(
      nameForm((d) => d.bag),
      corpus.nameDf,
      maxDf,
    ),
  ];
  const [whole, heads, bags] = names as [Form, Form, Form];
  const named = docs.map(hasName);
  const contentful = docs.map(hasContent);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    content.accumulate(i, touched, seen);
    whole.accumulate(i, touched, seen);
    heads.accumulate(i, touched, seen);
    bags.accumulate(i, touched, seen);
    for (const j of touched) {
      const both = named[i]! && named[j]!;
      const contents = contentful[i]! && contentful[j]!;
      const nameBound = both ? Math.max(whole.bound(i, j), heads.bound(i, j), bags.bound(i, j)) : 0;
      const contentBound = contents ? content.bound(i, j) : 0;
      if (blend(nameBound, contentBound, both, contents) >= threshold - ROUNDING) visit(i, j);
      seen[j] = 0;
      content.acc[j] = 0;
      whole.acc[j] = 0;
      heads.acc[j] = 0;
      bags.acc[j] = 0;
    }
    touched.length = 0;
  }
}
