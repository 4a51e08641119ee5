// The rubric presets, one per IGA year, validated the first time they are asked for (Apps Script
// evaluates the whole bundle on every call, so nothing is parsed at load time).
import { coreMessages } from '../../shared/messages/core';
import { IID_2023 } from './iid-2023';
import { IID_2026 } from './iid-2026';
import { IID_2027 } from './iid-2027';
import { deriveMaxima, type Rubric, type RubricMaxima, rubricSchema } from './schema';

export * from './schema';

const PRESETS = /* @__PURE__ */ new Map<string, Rubric>([
  ['iid-2023', IID_2023],
  ['iid-2026', IID_2026],
  ['iid-2027', IID_2027],
]);

export const RUBRIC_IDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'iid-2023',
  'iid-2026',
  'iid-2027',
]);
export const DEFAULT_RUBRIC_ID = 'iid-2027';

const loaded = /* @__PURE__ */ new Map<string, Rubric>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** True when `id` names a preset. */
export function isRubricId(id: unknown): id is string {
  return typeof id === 'string' && PRESETS.has(id);
}

/** The validated, frozen preset; throws an Error worded in Bahasa Indonesia for an unknown id. */
export function getRubric(id: string): Rubric {
  const cached = loaded.get(id);
  if (cached) return cached;
  if (!isRubricId(id)) throw new Error(coreMessages.unknownRubric(String(id), RUBRIC_IDS));
  const parsed = rubricSchema.safeParse(PRESETS.get(id));
  if (!parsed.success) {
    throw new Error(
      coreMessages.invalidPreset(
        id,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      ),
    );
  }
  const rubric = deepFreeze(parsed.data);
  loaded.set(id, rubric);
  return rubric;
}

export interface RubricSummary {
  id: string;
  year: number;
  title: string;
  status: Rubric['status'];
  warnings: string[];
  isDefault: boolean;
}

/** Every preset, newest year first, for pickers. */
export function listRubrics(): RubricSummary[] {
  return RUBRIC_IDS.map((id) => getRubric(id))
    .sort((a, b) => b.year - a.year)
    .map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      status: r.status,
      warnings: [...r.warnings],
      isDefault: r.id === DEFAULT_RUBRIC_ID,
    }));
}

/** Maximum SPD, SID, jumlah-inovasi and total score of the rubric. */
export function rubricMaxima(rubric: Rubric): RubricMaxima {
  return deriveMaxima(rubric);
}

/** The predikat band of an IID already rounded to 2 decimals. */
export function predikatFor(rubric: Rubric, iid: number): Rubric['predikat'][number] {
  for (const band of rubric.predikat) if (iid >= band.min) return band;
  return rubric.predikat[rubric.predikat.length - 1]!;
}
