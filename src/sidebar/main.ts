// Sidebar entry point: loads the user's context, then switches between the home (list / queue),
// the innovation form and the verification view.
//
// Stable selectors for browser tests (ids are part of the sidebar's contract):
//   #status                 status line (role=status, aria-live); data-tone = info|busy|ok|error
//   #app                    current view; aria-busy="true" while a server call runs
//   #readonly-banner        shown with the server's readOnlyReason
//   #tab-mine, #tab-queue   home tabs (verifikator/admin only)
//   #btn-new, #btn-refresh  home actions; #innovation-list / #queue-list hold li > button.item#item-<id>
//   #btn-back               back to the list (asks first when there are unsaved changes:
//                           #leave-confirm with #btn-leave / #btn-stay)
//   #step-tab-{profil|rancang|indikator|tinjau}, #step-<step> panels, #btn-prev, #btn-next
//   fields: #f-<path with dots as dashes>, e.g. #f-name, #f-stage, #f-mainAffair, #f-otherAffairs,
//           #f-design, #f-originKind, #f-indicators-16-level-<0..3> (radios),
//           #f-indicators-16-evidence, #f-indicators-16-letterNumber, #f-indicators-16-letterDate;
//           each has #<id>-error (message) and aria-invalid when wrong
//   #design-counter         word counter of the rancang bangun
//   #ind-<id>               indicator card; #ind-<id>-score its live points
//   #problem-list, #reason-list  on Tinjau: buttons.problem[data-path] jump to the field
//   #score-value, #score-note    sticky footer ("Skor SID 54,00 / 111", "akan dihitung" / "tidak dihitung karena …")
//   #btn-save, #btn-submit  Simpan draf / Ajukan; #conflict with #btn-reload after a conflict
//   review: #rv-<id>, #rv-<id>-verdict-{accepted|rejected}, #f-verdict-<id>-note, #f-review-note,
//           #btn-accept-all, #btn-verify, #btn-return, #review-problems
import type { Rubric } from '../core/rubric/schema';
import type { InnovationDetail, SidebarContext } from '../shared/api';
import { APP_NAME } from '../shared/messages/common';
import { SIDEBAR_BOOT, SIDEBAR_STATUS_LINE } from '../shared/messages/sidebar';
import { byId, replaceChildren } from './dom';
import { FormView } from './form-view';
import { canVerify, type HomeTab, renderHome } from './list-view';
import { parseRubric } from './live';
import { ReviewView } from './review-view';
import { serverCall, setStatus } from './status';

interface App {
  ctx: SidebarContext;
  rubric: Rubric;
  tab: HomeTab;
}

function view(): HTMLElement {
  return byId('app');
}

function clearFooter(): void {
  byId('footer-score').hidden = true;
  replaceChildren(byId('footer-actions'));
}

/** Operators edit; verifikators and pimpinan read; anyone the server marks read-only reads. */
function formReadOnly(ctx: SidebarContext): boolean {
  return (
    ctx.readOnlyReason !== null || ctx.role === 'verifikator' || ctx.role === 'pimpinan' || ctx.role === null
  );
}

async function showHome(app: App, notice?: string): Promise<void> {
  clearFooter();
  await renderHome(view(), {
    ctx: app.ctx,
    readOnly: formReadOnly(app.ctx),
    tab: app.tab,
    onTab: (tab) => {
      app.tab = tab;
      void showHome(app);
    },
    onNew: () => openForm(app, null),
    onOpen: (id) => void openInnovation(app, id, 'form'),
    onReview: (id) => void openInnovation(app, id, 'review'),
  });
  if (notice) setStatus(notice, 'ok');
  document.getElementById('home-title')?.focus();
}

function openForm(app: App, detail: InnovationDetail | null): void {
  const form = new FormView(view(), {
    ctx: app.ctx,
    rubric: app.rubric,
    detail,
    readOnly: formReadOnly(app.ctx),
    onClose: () => void showHome(app),
  });
  form.render();
  if (!detail) setStatus(SIDEBAR_STATUS_LINE.newForm, 'info');
  document.getElementById('form-title')?.focus();
}

async function openInnovation(app: App, id: string, mode: 'form' | 'review'): Promise<void> {
  const outcome = await serverCall(SIDEBAR_STATUS_LINE.loadingInnovation, 'getInnovation', id);
  if (!outcome.ok) return;
  const r = outcome.value;
  if (!r.ok) {
    setStatus(SIDEBAR_STATUS_LINE.failed(r.message), 'error');
    return;
  }
  if (mode === 'review' && canVerify(app.ctx)) {
    const review = new ReviewView(view(), {
      rubric: app.rubric,
      detail: r.detail,
      onClose: (notice) => void showHome(app, notice),
    });
    review.render();
    document.getElementById('review-title')?.focus();
  } else {
    openForm(app, r.detail);
  }
  setStatus(SIDEBAR_STATUS_LINE.loadedInnovation, 'ok');
}

async function boot(): Promise<void> {
  document.title = APP_NAME;
  if (!window.google?.script?.run) {
    setStatus(SIDEBAR_BOOT.noServer, 'error');
    return;
  }
  const outcome = await serverCall(SIDEBAR_STATUS_LINE.loadingContext, 'getContext');
  if (!outcome.ok) return;
  const ctx = outcome.value;
  const parsed = parseRubric(ctx.rubric);
  if (!parsed.ok) {
    setStatus(SIDEBAR_BOOT.badRubric(parsed.message), 'error');
    return;
  }
  const app: App = {
    ctx,
    rubric: parsed.rubric,
    tab: canVerify(ctx) && (ctx.mode === 'verification' || ctx.role === 'verifikator') ? 'queue' : 'mine',
  };
  await showHome(app);
}

// Enter in a one-line input must never act as a submit (there is no <form>, but some browsers'
// implicit submission and user habit both make Enter risky next to "Ajukan").
document.addEventListener('keydown', (e) => {
  if (
    e.key === 'Enter' &&
    e.target instanceof HTMLInputElement &&
    e.target.type !== 'radio' &&
    e.target.type !== 'checkbox'
  ) {
    e.preventDefault();
  }
});

void boot();
