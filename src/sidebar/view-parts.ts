// What the edit form and the verification view share: the head above the content (back link,
// title, status chip, last change) and the two action buttons of the sticky footer.
import type { InnovationStatus } from '../shared/api';
import { SIDEBAR_TEXT as T } from '../shared/messages/sidebar';
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
