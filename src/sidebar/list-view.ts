// The sidebar's home: the OPD's innovations (and, for verifikators and admins, the verification
// queue), each a button that opens it.
import type { InnovationSummary, SidebarContext } from '../shared/api';
import {
  SIDEBAR_STATUS_LINE,
  sidebarDeadline,
  sidebarItemScore,
  sidebarListTitle,
  sidebarNotCounted,
  SIDEBAR_TEXT as T,
} from '../shared/messages/sidebar';
import { h, replaceChildren } from './dom';
import { formatDate, formatNumber, stageLabel, statusLabel } from './format';
import { serverCall, setStatus } from './status';

export type HomeTab = 'mine' | 'queue';

export interface HomeOptions {
  ctx: SidebarContext;
  readOnly: boolean;
  tab: HomeTab;
  onTab: (tab: HomeTab) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onReview: (id: string) => void;
}

export function canVerify(ctx: SidebarContext): boolean {
  return ctx.role === 'verifikator' || ctx.role === 'admin';
}

function item(s: InnovationSummary, onClick: () => void, showOpd: boolean): HTMLElement {
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        className: 'item',
        id: `item-${s.id}`,
        'data-id': s.id,
        'data-action': '',
        onclick: onClick,
      },
      h('span', { className: 'item-name' }, s.name || T.untitled),
      h(
        'span',
        { className: 'item-meta' },
        showOpd ? h('span', { className: 'item-opd' }, s.opd) : null,
        h('span', null, stageLabel(s.stage)),
        h('span', { className: `chip chip-${s.status}` }, statusLabel(s.status)),
      ),
      s.problems?.length ? h('span', { className: 'item-problems' }, s.problems.join(' ')) : null,
      h(
        'span',
        { className: 'item-score' },
        h('strong', null, sidebarItemScore(formatNumber(s.sidScore))),
        ' · ',
        h(
          'span',
          {
            className: s.counted ? 'counted' : 'not-counted',
            title: s.counted ? undefined : s.reasons.join('; '),
          },
          s.counted ? T.willCount : sidebarNotCounted([]),
        ),
      ),
    ),
  );
}

export async function renderHome(root: HTMLElement, o: HomeOptions): Promise<void> {
  const { ctx } = o;
  const verifier = canVerify(ctx);
  const list = h('ul', { id: o.tab === 'queue' ? 'queue-list' : 'innovation-list', className: 'items' });
  const tabs = verifier
    ? h(
        'nav',
        { className: 'tabs', 'aria-label': T.tabsLabel },
        (['mine', 'queue'] as const).map((t) =>
          h(
            'button',
            {
              type: 'button',
              id: `tab-${t}`,
              'aria-current': o.tab === t ? 'page' : undefined,
              onclick: () => o.onTab(t),
            },
            t === 'mine' ? T.tabMine : T.tabQueue,
          ),
        ),
      )
    : null;
  const canAdd = !o.readOnly && o.tab === 'mine' && ctx.role !== 'verifikator';
  replaceChildren(
    root,
    h(
      'h1',
      { id: 'home-title', tabindex: '-1' },
      o.tab === 'queue' ? T.queueTitle : sidebarListTitle(ctx.opd?.name ?? null),
    ),
    ctx.readOnlyReason
      ? h(
          'div',
          { id: 'readonly-banner', className: 'banner banner-info', role: 'note' },
          h('strong', null, `${T.readOnlyTitle}. `),
          ctx.readOnlyReason,
        )
      : null,
    ctx.deadline && o.tab === 'mine'
      ? h('p', { id: 'deadline', className: 'meta' }, sidebarDeadline(formatDate(ctx.deadline)))
      : null,
    tabs,
    h(
      'div',
      { className: 'toolbar' },
      canAdd
        ? h(
            'button',
            { type: 'button', id: 'btn-new', className: 'primary', 'data-action': '', onclick: o.onNew },
            `+ ${T.addInnovation}`,
          )
        : null,
      h(
        'button',
        { type: 'button', id: 'btn-refresh', 'data-action': '', onclick: () => void renderHome(root, o) },
        T.refresh,
      ),
    ),
    list,
  );
  const queue = o.tab === 'queue';
  const outcome = queue
    ? await serverCall(SIDEBAR_STATUS_LINE.loadingQueue, 'listForVerification')
    : await serverCall(SIDEBAR_STATUS_LINE.loadingList, 'listInnovations');
  if (!outcome.ok) return;
  const r = outcome.value;
  if (!r.ok) {
    setStatus(SIDEBAR_STATUS_LINE.failed(r.message), 'error');
    return;
  }
  const showOpd = !ctx.opd;
  replaceChildren(
    list,
    r.items.length
      ? r.items.map((s) => item(s, () => (queue ? o.onReview(s.id) : o.onOpen(s.id)), showOpd))
      : h(
          'li',
          { className: 'empty' },
          // Only someone who has the "Tambah inovasi" button is told to press it.
          queue ? T.queueEmpty : canAdd ? T.emptyList : T.emptyListReadOnly,
        ),
  );
  setStatus(
    queue ? SIDEBAR_STATUS_LINE.loadedQueue(r.items.length) : SIDEBAR_STATUS_LINE.loadedList(r.items.length),
    'ok',
  );
}
