// The top of a review: whether the innovation can count at all (so effort does not go to one that
// cannot), and on a re-review, what the operator changed since the last verdict, field by field.
import type { Innovation } from '../core/model';
import type { Rubric } from '../core/rubric/schema';
import { scoreInnovation } from '../core/scoring';
import { changedFields, type FieldChange } from '../core/snapshot';
import { URUSAN } from '../core/urusan';
import type { InnovationDetail } from '../shared/api';
import {
  SIDEBAR_FIELDS as F,
  SIDEBAR_REVIEW_TEXT as RT,
  SIDEBAR_ORIGIN,
  sidebarLevel,
} from '../shared/messages/sidebar';
import { h } from './dom';
import { formatDate, stageLabel } from './format';

const ORIGIN_FIELDS: Record<string, keyof typeof F> = {
  'origin.kind': 'originKind',
  'origin.title': 'originTitle',
  'origin.participant': 'originParticipant',
  'origin.year': 'originYear',
};

function label(path: string): string {
  const m = /^indicators\.([^.]+)\.(\w+)$/.exec(path);
  if (m) return RT.indicatorField(m[1] ?? '', F[(m[2] ?? 'level') as keyof typeof F] ?? m[2] ?? '');
  const key = ORIGIN_FIELDS[path] ?? path;
  return (F as Record<string, string>)[key] ?? path;
}

function shown(path: string, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (path === 'stage') return stageLabel(value);
  if (path.endsWith('.level')) return sidebarLevel(Number(value));
  if (path === 'mainAffair') return URUSAN.find((u) => u.code === value)?.name ?? value;
  if (path === 'origin.kind') return (SIDEBAR_ORIGIN as Record<string, string>)[value] ?? value;
  return `“${value}”`;
}

export function changeText(c: FieldChange): string {
  const name = label(c.path);
  if (c.wasEmpty)
    return c.after === undefined ? RT.filledLong(name) : RT.filled(name, shown(c.path, c.after));
  if (c.isEmpty)
    return c.before === undefined ? RT.clearedLong(name) : RT.cleared(name, shown(c.path, c.before));
  if (c.before === undefined || c.after === undefined) return RT.changedLong(name);
  return RT.changed(name, shown(c.path, c.before), shown(c.path, c.after));
}

/** "Syarat dihitung": the reasons that keep it out even if every indicator were accepted. */
export function eligibilityBlock(rubric: Rubric, innovation: Innovation): HTMLElement {
  const { reasons } = scoreInnovation(rubric, innovation, { validated: true });
  return h(
    'section',
    {
      id: 'review-eligibility',
      className: reasons.length ? 'banner banner-warn' : 'banner banner-info',
      'data-eligible': String(reasons.length === 0),
    },
    h('h2', null, RT.eligibilityTitle),
    reasons.length
      ? [
          h('p', null, RT.notEligible),
          h(
            'ul',
            null,
            reasons.map((r) => h('li', null, r)),
          ),
        ]
      : h('p', null, RT.eligible),
  );
}

/** On a re-review: what changed since the verdict; null when there is no earlier verdict. */
export function changesBlock(detail: InnovationDetail, when: (iso: string) => string): HTMLElement | null {
  const v = detail.verification;
  if (!v || (v.status !== 'verified' && v.status !== 'returned' && !v.stale)) return null;
  const title = RT.changesTitle(when(v.verifiedAt ?? ''), v.verifiedBy ?? '');
  const changes = v.snapshot ? changedFields(v.snapshot, detail.innovation) : null;
  return h(
    'section',
    { id: 'review-changes', className: 'banner banner-info' },
    h('h2', null, title),
    changes === null
      ? h('p', null, v.stale ? RT.changesUnknown : RT.noChanges)
      : changes.length
        ? h(
            'ul',
            null,
            changes.map((c) => h('li', { 'data-path': c.path }, changeText(c))),
          )
        : h('p', null, RT.noChanges),
  );
}
