// "Langkah yang paling menaikkan skor" (the most valuable actions), pure: what would raise the
// regency's IID most, each action with its exact point gain, whose work it is, and its wording.
//   rankActions(input, score(input), getRubric(input.rubric))  → Action[], best first
//   applyAction(input, action)                                  → the input with the action done

import { applyChange } from './actions/apply';
import type { Action } from './actions/types';
import type { ScoringInput } from './model';

export { EVIDENCE_PLACEHOLDER } from './actions/apply';
export { DEFAULT_TOP, type RankOptions, rankActions, type StatusLike } from './actions/rank';
export type { Action, ActionChange, ActionKind, ActionOwner, FixItem } from './actions/types';

/** A copy of `input` with the action's change made; scoring it shows the action's gain. */
export function applyAction(input: ScoringInput, action: Pick<Action, 'change'>): ScoringInput {
  return applyChange(input, action.change);
}
