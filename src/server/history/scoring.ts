// The register scored by the core, the same way the recalculation does: reminders, the archive and
// the export all work from a fresh score of what the tabs hold now, never from a stale dashboard.
import { score } from '../../core';
import type { ScoringInput, ScoringResult } from '../../core/model';
import type { FullRegistry } from '../sheets/registry';

export function scoringInput(reg: FullRegistry): ScoringInput {
  return {
    rubric: reg.rubric.id,
    spd: reg.spd,
    innovations: reg.innovations.map((s) => s.innovation),
    opds: reg.opds
      .filter((o) => o.active && !o.problems?.length)
      .map((o) => ({ code: o.code, name: o.name })),
  };
}

export function scoreRegistry(reg: FullRegistry): ScoringResult {
  return score(scoringInput(reg));
}

/** Indicator id → name of the register's rubric, for wording. */
export function indicatorNames(reg: Pick<FullRegistry, 'rubric'>): Record<string, string> {
  return Object.fromEntries(reg.rubric.sid.indicators.map((i) => [i.id, i.name]));
}

/** Active admins' e-mails: the editors of the generated tabs of reminders, history and export. */
export function adminEmails(reg: Pick<FullRegistry, 'users'>): string[] {
  return reg.users.filter((u) => u.active && u.role === 'admin' && !u.problems?.length).map((u) => u.email);
}
