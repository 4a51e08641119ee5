// Builders for core tests: innovations with an exact SID score, SPD entries with an exact SPD score,
// scored innovations.
import {
  getRubric,
  type IndicatorEntry,
  type Innovation,
  type InnovationResult,
  type Level,
  type Rubric,
  type SpdEntry,
} from '../../src/core';

export const LINK = 'https://drive.google.com/file/d/bukti/view';
export const YANDAS = ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial'];

/** A rancang bangun of exactly `n` words. */
export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
}

/**
 * Indicator entries whose claimed SID score is exactly `target` (every mandatory indicator at
 * level ≥ 1, all with evidence). Throws when the target cannot be built.
 */
export function indicatorsFor(rubric: Rubric, target: number): Record<string, IndicatorEntry> {
  const levels = new Map<string, number>();
  let rest = Math.round(target * 100);
  const inds = rubric.sid.indicators.map((i) => ({
    id: i.id,
    w: Math.round(i.weight * 100),
    mandatory: i.mandatory,
  }));
  for (const i of inds) {
    if (i.mandatory) {
      levels.set(i.id, 1);
      rest -= i.w;
    }
  }
  for (const i of [...inds].sort((a, b) => b.w - a.w)) {
    let l = levels.get(i.id) ?? 0;
    while (l < 3 && rest >= i.w) {
      l++;
      rest -= i.w;
    }
    if (l) levels.set(i.id, l);
  }
  if (rest !== 0) throw new Error(`SID ${target} tidak dapat dibentuk`);
  const out: Record<string, IndicatorEntry> = {};
  for (const [id, level] of levels) out[id] = { level: level as Level, evidence: LINK };
  return out;
}

/** SPD entries whose score is exactly `target` (a small search over the rows' levels). */
export function spdFor(rubric: Rubric, target: number): Record<string, SpdEntry> {
  const rows = rubric.spd.rows.map((r) => ({ id: r.id, w: Math.round(r.weight * 100) }));
  const dead = new Set<string>();
  const chosen: number[] = rows.map(() => 0);
  const search = (i: number, rest: number): boolean => {
    if (rest === 0) {
      chosen.fill(0, i);
      return true;
    }
    if (i === rows.length || rest < 0 || dead.has(`${i}:${rest}`)) return false;
    for (const level of [3, 2, 1, 0]) {
      chosen[i] = level;
      if (search(i + 1, rest - rows[i]!.w * level)) return true;
    }
    chosen[i] = 0;
    dead.add(`${i}:${rest}`);
    return false;
  };
  if (!search(0, Math.round(target * 100))) throw new Error(`SPD ${target} tidak dapat dibentuk`);
  const out: Record<string, SpdEntry> = {};
  rows.forEach((r, i) => {
    const level = chosen[i] ?? 0;
    if (level) out[r.id] = { level: level as Level, evidence: LINK };
  });
  return out;
}

let counter = 0;

/** A counted innovation (penerapan, in the window, 300 words, mandatory indicators filled). */
export function counted(rubricId: string, sid: number, overrides: Partial<Innovation> = {}): Innovation {
  const rubric = getRubric(rubricId);
  counter++;
  return {
    id: `INV-${counter}`,
    opd: 'DINKES',
    name: `Inovasi ${counter}`,
    stage: 'penerapan',
    mainAffair: 'kesehatan',
    implementationDate: rubric.penerapanWindow.start,
    design: words(rubric.minDesignWords),
    indicators: indicatorsFor(rubric, sid),
    ...overrides,
  };
}

/** `n` counted innovations of score `sid`, main urusan cycling through the first `yandas` yandas codes. */
export function regency(rubricId: string, n: number, sid: number, yandas: number): Innovation[] {
  return Array.from({ length: n }, (_, i) =>
    counted(rubricId, sid, { mainAffair: YANDAS[i % yandas]!, opd: `OPD${i % 4}` }),
  );
}

/** Accepts every indicator: the verifikator's verdict for a fully verified innovation. */
export function verifiedAll(inv: Innovation): Innovation {
  const indicators: Record<string, 'accepted'> = {};
  for (const id of Object.keys(inv.indicators)) indicators[id] = 'accepted';
  return { ...inv, verification: { status: 'verified', stale: false, indicators } };
}

/** A scored innovation with no reasons, indicators or problems; a test gives the fields it checks. */
export function innovationResult(
  fields: Pick<InnovationResult, 'id' | 'sidScore' | 'verifiedSidScore' | 'counted' | 'verifiedCounted'> &
    Partial<InnovationResult>,
): InnovationResult {
  return {
    opd: '',
    name: fields.id,
    reasons: [],
    verifiedReasons: [],
    reasonCodes: [],
    indicators: [],
    problems: [],
    ...fields,
  };
}
