// The verifikator's decision as data: what must be filled before a decision is sent, and the
// request that carries it. Pure, so the rules are tested without a browser.
import type { IndicatorVerdict, Innovation, VerificationRecord } from '../core/model';
import type { InnovationDetail, VerificationRequest } from '../shared/api';

export interface ReviewDraft {
  indicators: Record<string, IndicatorVerdict>;
  notes: Record<string, string>;
  note: string;
}

/**
 * Where a review starts. Earlier acceptances carry over, so the verifikator re-checks only what
 * changed; earlier rejections do not: those are exactly what the operator was asked to fix, so
 * they need a fresh look (the old notes stay as a reminder of what was asked).
 */
export function initialDraft(previous: VerificationRecord | null | undefined): ReviewDraft {
  const indicators: Record<string, IndicatorVerdict> = {};
  for (const [id, verdict] of Object.entries(previous?.indicators ?? {})) {
    if (verdict === 'accepted') indicators[id] = verdict;
  }
  return { indicators, notes: { ...(previous?.notes ?? {}) }, note: previous?.note ?? '' };
}

export type ReviewProblem = { kind: 'verdict'; indicator: string } | { kind: 'note' };

/** Indicators the operator claimed (level ≥ 1): the ones that need a verdict. */
export function claimedIndicators(innovation: Innovation): string[] {
  return Object.entries(innovation.indicators)
    .filter(([, e]) => e.level > 0)
    .map(([id]) => id)
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
}

/**
 * "Terverifikasi" needs a verdict on every claimed indicator. "Kembalikan" needs at least one note
 * (general or per indicator), or the operator gets an innovation back without knowing why.
 */
export function reviewProblems(
  innovation: Innovation,
  draft: ReviewDraft,
  decision: 'verified' | 'returned',
): ReviewProblem[] {
  if (decision === 'verified') {
    return claimedIndicators(innovation)
      .filter((id) => !draft.indicators[id])
      .map((id) => ({ kind: 'verdict', indicator: id }) as const);
  }
  const hasNote = draft.note.trim() !== '' || Object.values(draft.notes).some((n) => n.trim() !== '');
  return hasNote ? [] : [{ kind: 'note' }];
}

export function toVerificationRequest(
  detail: InnovationDetail,
  draft: ReviewDraft,
  decision: 'verified' | 'returned',
): VerificationRequest {
  const claimed = new Set(claimedIndicators(detail.innovation));
  const indicators: Record<string, IndicatorVerdict> = {};
  for (const [id, v] of Object.entries(draft.indicators)) if (claimed.has(id)) indicators[id] = v;
  const notes: Record<string, string> = {};
  for (const [id, n] of Object.entries(draft.notes)) if (n.trim()) notes[id] = n.trim();
  return {
    id: detail.innovation.id,
    revision: detail.revision,
    decision,
    indicators,
    notes,
    note: draft.note.trim(),
  };
}
