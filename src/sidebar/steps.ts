// The form's steps and how a problem (a dotted field path from the core's validation, or a
// not-counted reason from scoring) leads to the step and the input where it can be fixed.
import type { FieldError, NotCountedReason } from '../core/model';

export type StepId = 'profil' | 'rancang' | 'indikator' | 'tinjau';
export const STEPS: readonly StepId[] = ['profil', 'rancang', 'indikator', 'tinjau'];

const DESIGN_FIELDS = new Set(['design', 'goal', 'benefit', 'result']);

export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  if (DESIGN_FIELDS.has(head)) return 'rancang';
  if (head === 'indicators' || head === 'benefitBasis') return 'indikator';
  return 'profil';
}

/** DOM id of the input that edits `path` ("indicators.16.evidence" → "f-indicators-16-evidence"). */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_]+/g, '-')}`;
}

// The form edits the origin as flat fields; the core reports it as a nested object.
const FORM_PATHS: Record<string, string> = {
  origin: 'originKind',
  'origin.kind': 'originKind',
  'origin.title': 'originTitle',
  'origin.participant': 'originParticipant',
  'origin.year': 'originYear',
};

/** A core path ("origin.title") as the form's field path ("originTitle"). */
export function toFormPath(path: string): string {
  // The server may report paths of the SaveRequest ("innovation.name").
  const p = path.startsWith('innovation.') ? path.slice('innovation.'.length) : path;
  return FORM_PATHS[p] ?? p;
}

/**
 * The rendered field a problem belongs to: the path itself, else its nearest rendered ancestor
 * ("otherAffairs.2" → "otherAffairs"); an indicator as a whole ("indicators.16") goes to its level.
 */
export function resolveField(path: string, rendered: ReadonlySet<string>): string | null {
  let p = toFormPath(path);
  while (p !== '') {
    if (rendered.has(p)) return p;
    if (/^indicators\.[^.]+$/.test(p) && rendered.has(`${p}.level`)) return `${p}.level`;
    const cut = p.lastIndexOf('.');
    p = cut < 0 ? '' : p.slice(0, cut);
  }
  return null;
}

/** Errors by the field that shows them; problems with no rendered field go under "". */
export function groupErrors(
  errors: readonly FieldError[],
  rendered: ReadonlySet<string>,
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const e of errors) {
    const field = resolveField(e.path, rendered) ?? '';
    const list = byField.get(field) ?? [];
    if (!list.includes(e.message)) list.push(e.message);
    byField.set(field, list);
  }
  return byField;
}

/** Where the operator can act on a not-counted reason; null when nothing in the form fixes it. */
export function pathOfReason(reason: NotCountedReason): string | null {
  switch (reason.code) {
    case 'stage':
      return 'stage';
    case 'window':
      return 'implementationDate';
    case 'design_words':
      return 'design';
    case 'mandatory':
      return reason.indicators[0] ? `indicators.${reason.indicators[0]}.level` : null;
    default:
      return null;
  }
}

export function nextStep(step: StepId, delta: 1 | -1): StepId {
  const i = STEPS.indexOf(step) + delta;
  return STEPS[Math.max(0, Math.min(STEPS.length - 1, i))] ?? step;
}

/** Errors in the order their fields appear; errors without a rendered field go last. */
export function sortByScreenOrder(
  errors: readonly FieldError[],
  rendered: ReadonlySet<string>,
  renderedInOrder: readonly string[],
): FieldError[] {
  const rank = new Map(renderedInOrder.map((p, i) => [p, i]));
  const at = (e: FieldError) => {
    const field = resolveField(e.path, rendered);
    return field === null ? Number.MAX_SAFE_INTEGER : (rank.get(field) ?? Number.MAX_SAFE_INTEGER);
  };
  return errors
    .map((e, i) => ({ e, i, r: at(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
