// Makes the change an action stands for, on a copy of the scoring input. The ranking measures each
// action's gain from aggregates; this is the same change in full, so anyone (the tests, the CLI, a
// curious admin) can score the changed input and see the same gain.
import type { IndicatorEntry, Innovation, ScoringInput, SpdEntry } from '../model';
import { countWords, hasEvidence } from '../text';
import type { ActionChange, FixItem } from './types';

/** A stand-in evidence link: what "add the evidence" means for the score (any http(s) link counts). */
export const EVIDENCE_PLACEHOLDER = 'https://bukti.example/lengkapi';

/** A word appended to a too-short design until it reaches the minimum. */
const FILLER_WORD = 'uraian';

/** The evidence field with a link that counts (kept as it is when it already has one). */
function evidenceWithLink(evidence: string | undefined): string {
  if (hasEvidence(evidence)) return evidence as string;
  return evidence?.trim() ? `${evidence}\n${EVIDENCE_PLACEHOLDER}` : EVIDENCE_PLACEHOLDER;
}

function withEvidence(entry: IndicatorEntry | undefined): IndicatorEntry {
  const base: IndicatorEntry = entry ? { ...entry } : { level: 1 };
  base.evidence = evidenceWithLink(base.evidence);
  return base;
}

/** The design padded with filler words to `minimum` words. */
export function paddedDesign(design: string | undefined, minimum: number): string {
  const text = typeof design === 'string' ? design : '';
  const missing = minimum - countWords(text, minimum);
  if (missing <= 0) return text;
  const filler = new Array<string>(missing).fill(FILLER_WORD).join(' ');
  return text.trim() ? `${text} ${filler}` : filler;
}

/** One innovation with the fix items done. */
export function applyFix(innovation: Innovation, items: readonly FixItem[]): Innovation {
  const out: Innovation = { ...innovation, indicators: { ...innovation.indicators } };
  for (const item of items) {
    switch (item.kind) {
      case 'evidence':
        out.indicators[item.indicator] = withEvidence(out.indicators[item.indicator]);
        break;
      case 'fill': {
        const entry = out.indicators[item.indicator];
        out.indicators[item.indicator] = withEvidence({ ...(entry ?? {}), level: 1 });
        break;
      }
      case 'design':
        out.design = paddedDesign(out.design, item.minimum);
        break;
    }
  }
  return out;
}

/** One innovation verified with every indicator that has a level accepted. */
export function applyVerified(innovation: Innovation): Innovation {
  const indicators: Record<string, 'accepted'> = {};
  for (const [id, entry] of Object.entries(innovation.indicators ?? {})) {
    if (entry && entry.level > 0) indicators[id] = 'accepted';
  }
  return {
    ...innovation,
    verification: {
      ...(innovation.verification ?? {}),
      status: 'verified',
      stale: false,
      indicators,
    },
  };
}

/** The template copied once per urusan, with fresh ids. */
export function addedInnovations(template: Innovation, affairs: readonly string[]): Innovation[] {
  // Without the template's verification: an added innovation is a claim until it is verified.
  const { verification: _, ...rest } = template;
  return affairs.map((affair, i) => ({
    ...rest,
    id: `${template.id}~tambahan-${i + 1}`,
    mainAffair: affair,
    indicators: { ...template.indicators },
  }));
}

function applySpd(spd: Record<string, SpdEntry>, rows: readonly { id: string; level: SpdEntry['level'] }[]) {
  const out = { ...spd };
  for (const r of rows) {
    const entry = out[r.id];
    out[r.id] = { ...(entry ?? {}), level: r.level, evidence: evidenceWithLink(entry?.evidence) };
  }
  return out;
}

/** A copy of `input` with the change made; the original is not touched. */
export function applyChange(input: ScoringInput, change: ActionChange): ScoringInput {
  switch (change.type) {
    case 'fix': {
      const ids = new Set(change.innovations);
      return {
        ...input,
        innovations: input.innovations.map((inv) => (ids.has(inv.id) ? applyFix(inv, change.items) : inv)),
      };
    }
    case 'verify': {
      const ids = new Set(change.innovations);
      return {
        ...input,
        innovations: input.innovations.map((inv) => (ids.has(inv.id) ? applyVerified(inv) : inv)),
      };
    }
    case 'add':
      return {
        ...input,
        innovations: [...input.innovations, ...addedInnovations(change.template, change.affairs)],
      };
    case 'spd':
      return { ...input, spd: applySpd(input.spd ?? {}, change.rows) };
  }
}
