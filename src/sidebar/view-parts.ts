// What the edit form and the verification view share: the head above the content (back link,
// title, status chip, last change), the heading of an indicator card, and the two action buttons
// of the sticky footer.
import type { SidIndicator } from '../core/rubric/schema';
import type { InnovationStatus } from '../shared/api';
import { sidebarIndicatorTitle, sidebarWeight, SIDEBAR_TEXT as T } from '../shared/messages/sidebar';
import { byId, h, replaceChildren } from './dom';
import { statusLabel } from './format';

export interface ViewHead {
  titleId: string;
  title: string;
  onBack: () => void;
  status: InnovationStatus | null;
  /** Id of the status chip, for views that update it in place. */
  statusId?: string;
  meta: string | null;
}

export function viewHead(o: ViewHead): HTMLElement {
  return h(
    'div',
    { className: 'form-head' },
    h(
      'button',
      { type: 'button', id: 'btn-back', className: 'link-button', onclick: o.onBack },
      `← ${T.back}`,
    ),
    h('h1', { id: o.titleId, tabindex: '-1' }, o.title),
    o.status
      ? h('span', { id: o.statusId, className: `chip chip-${o.status}` }, statusLabel(o.status))
      : null,
    o.meta ? h('p', { className: 'meta' }, o.meta) : null,
  );
}

/** An indicator card's title and its badges: the weight, and "Wajib" for a mandatory one. */
export function indicatorHeading(ind: SidIndicator, titleId: string): HTMLElement[] {
  return [
    h('h4', { id: titleId }, sidebarIndicatorTitle(ind.id, ind.name)),
    h(
      'p',
      { className: 'badges' },
      h('span', { className: 'weight' }, sidebarWeight(ind.weight)),
      ind.mandatory
        ? h('span', { className: 'badge-mandatory', title: T.mandatoryTitle }, T.mandatory)
        : null,
    ),
  ];
}

export interface FooterAction {
  id: string;
  label: string;
  run: () => void;
}

/**
 * Fills the footer: a secondary and a primary action (none for a read-only view) beside the score.
 * data-action puts them under the busy state of status.ts.
 */
export function showFooter(actions: readonly [FooterAction, FooterAction] | null): void {
  const button = (a: FooterAction, primary: boolean) =>
    h(
      'button',
      {
        type: 'button',
        id: a.id,
        className: primary ? 'primary' : undefined,
        'data-action': '',
        onclick: a.run,
      },
      a.label,
    );
  replaceChildren(
    byId('footer-actions'),
    actions ? [button(actions[0], false), button(actions[1], true)] : null,
  );
  byId('footer-score').hidden = false;
}
