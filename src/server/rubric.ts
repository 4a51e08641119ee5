// The active rubric, from the Pengaturan tab's rubric id, and what the sheets layout needs of it.
import { DEFAULT_RUBRIC_ID, getRubric, RUBRIC_IDS, type Rubric } from '../core';
import { URUSAN } from '../core/urusan';
import { REGISTRY_PROBLEMS } from '../shared/messages/server';
import type { LayoutInput } from './sheets/layout';

export interface ActiveRubric {
  rubric: Rubric;
  /** Set when the settings named an unknown rubric and the default is used instead. */
  problem: string | null;
}

export function activeRubric(id: string): ActiveRubric {
  if ((RUBRIC_IDS as readonly string[]).includes(id)) return { rubric: getRubric(id), problem: null };
  return {
    rubric: getRubric(DEFAULT_RUBRIC_ID),
    problem: REGISTRY_PROBLEMS.unknownRubric(id, DEFAULT_RUBRIC_ID),
  };
}

export function layoutInput(rubric: Rubric): LayoutInput {
  const basisIndicator = rubric.sid.indicators.find((i) => i.bases?.length);
  return {
    indicators: rubric.sid.indicators.map((i) => ({ id: i.id, name: i.name })),
    affairs: URUSAN.map((u) => ({ code: u.code, label: u.name })),
    initiators: rubric.profile.initiators,
    kinds: rubric.profile.kinds,
    forms: rubric.profile.forms,
    themes: rubric.profile.themes,
    classifications: rubric.profile.classifications,
    pkpnClusters: rubric.profile.pkpnClusters,
    benefitBases: basisIndicator?.bases?.map((b) => ({ code: b.id, label: `${b.id}: ${b.measure}` })),
  };
}
