// Dropdowns of a table tab in few calls. An OPD tab has twenty "level" columns, each between
// three text columns: one call per column would be some thirty calls per tab and, over forty
// tabs, the largest part of setup's time. Instead each rule is given once to the span from its
// first to its last column, and the columns inside a span that must not have it are then fixed
// (cleared together in one call, or given their own rule).

export interface Span<K> {
  /** 1-based first column. */
  start: number;
  length: number;
  key: K;
}

export interface ValidationPlan<K> {
  /** Applied in order (a later span wins where they overlap). */
  spans: Span<K>[];
  /** Runs of columns that must end with no rule: cleared after the spans. */
  clear: Span<null>[];
}

function runsOf<K>(
  wanted: readonly (K | null)[],
  pick: (k: K | null, i: number) => boolean,
): Span<K | null>[] {
  const out: Span<K | null>[] = [];
  wanted.forEach((k, i) => {
    if (!pick(k, i)) return;
    const last = out[out.length - 1];
    if (last && last.key === k && last.start + last.length === i + 1) last.length++;
    else out.push({ start: i + 1, length: 1, key: k });
  });
  return out;
}

/** The calls that leave column i with rule `wanted[i]` (null: none). */
export function validationPlan<K>(wanted: readonly (K | null)[]): ValidationPlan<K> {
  const first = new Map<K, number>();
  const last = new Map<K, number>();
  wanted.forEach((k, i) => {
    if (k === null) return;
    if (!first.has(k)) first.set(k, i);
    last.set(k, i);
  });
  // Widest spans first, so narrower ones inside them are written over them.
  const spans: Span<K>[] = [...first.keys()]
    .map((key) => ({ start: first.get(key)! + 1, length: last.get(key)! - first.get(key)! + 1, key }))
    .sort((a, b) => b.length - a.length || a.start - b.start);
  const effective: (K | null)[] = wanted.map(() => null);
  for (const s of spans) for (let i = s.start - 1; i < s.start - 1 + s.length; i++) effective[i] = s.key;
  const fixes = runsOf(wanted, (k, i) => k !== null && effective[i] !== k) as Span<K>[];
  const clear = runsOf(wanted, (k) => k === null) as Span<null>[];
  return { spans: [...spans, ...fixes], clear };
}
