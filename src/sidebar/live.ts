// The form's live verdict, computed by the core exactly as the server computes it: validation
// problems (draft or submit rules), the claimed SID score out of the rubric's maximum, whether the
// innovation will be counted and why not, and the points of each indicator.
import type { FieldError, IndicatorVerdict, Innovation } from '../core/model';
import { type Rubric, rubricSchema } from '../core/rubric/schema';
import { validateInnovation } from '../core/schemas';
import { scoreInnovation } from '../core/scoring';
import { countWords } from '../core/text';
import { formatNumber } from '../shared/messages/common';
import { coreMessages, fieldLabel } from '../shared/messages/core';
import { SIDEBAR_INDICATOR_SCORE, SIDEBAR_TEXT } from '../shared/messages/sidebar';
import { type FormState, toInnovation } from './form-state';
import { pathOfReason } from './steps';

export type ValidationMode = 'draft' | 'submit';

export interface LiveResult {
  errors: FieldError[];
  score: number;
  max: number;
  counted: boolean;
  reasons: string[];
  /** Field path where each reason can be fixed (same order as `reasons`), or null. */
  reasonPaths: (string | null)[];
  /** Indicators with a level chosen (including "Belum ada"). */
  filled: number;
  indicators: { id: string; text: string }[];
}

export function parseRubric(raw: unknown): { ok: true; rubric: Rubric } | { ok: false; message: string } {
  const r = rubricSchema.safeParse(raw);
  if (r.success) return { ok: true, rubric: r.data };
  return { ok: false, message: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

/** Today in the browser's calendar, as the server checks it in the regency's. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The core names the stored format (TTTT-BB-HH); the form's date fields are typed as hh/bb/tttt. */
function displayDates(e: FieldError): FieldError {
  const path = e.path.split('.');
  if (!/Date$/.test(path[path.length - 1] ?? '')) return e;
  const label = fieldLabel(path);
  return e.message === coreMessages.badDate(label) ? { ...e, message: SIDEBAR_TEXT.badDate(label) } : e;
}

export function wordCount(text: string): number {
  return countWords(text);
}

export function evaluate(rubric: Rubric, state: FormState, mode: ValidationMode): LiveResult {
  const innovation = toInnovation(state);
  const checked = validateInnovation(rubric, innovation, mode, { today: localToday() });
  const errors = checked.ok ? [] : checked.errors.map(displayDates);
  // Validation problems are listed on their own; the score is what the entries are worth as typed.
  const result = scoreInnovation(rubric, innovation, { validated: true });
  const reasons = result.reasons;
  const indicators = result.indicators.map((i) => ({
    id: i.id,
    text:
      i.level === 0
        ? ''
        : i.problem === 'no_evidence'
          ? SIDEBAR_INDICATOR_SCORE.noEvidence
          : SIDEBAR_INDICATOR_SCORE.points(formatNumber(i.score)),
  }));
  return {
    errors,
    score: result.sidScore,
    max: rubric.maxima.sid,
    counted: result.counted,
    reasons,
    reasonPaths: result.reasonCodes.map(pathOfReason),
    filled: Object.values(state.indicators).filter((s) => s.level !== '').length,
    indicators,
  };
}

/** Claimed and verified scores of a submitted innovation under the verifikator's current verdicts. */
export function reviewScores(
  rubric: Rubric,
  innovation: Innovation,
  verdicts: Record<string, IndicatorVerdict>,
): { claimed: number; verified: number; max: number } {
  const result = scoreInnovation(
    rubric,
    { ...innovation, verification: { status: 'verified', indicators: verdicts } },
    { validated: true },
  );
  return { claimed: result.sidScore, verified: result.verifiedSidScore, max: rubric.maxima.sid };
}
