// The verifikator's view of one submitted innovation: what the operator claimed, indicator by
// indicator with the evidence, an accept/reject and a note each, then a decision.
import type { IndicatorVerdict, Innovation } from '../core/model';
import type { Rubric } from '../core/rubric/schema';
import { URUSAN } from '../core/urusan';
import type { InnovationDetail, VerificationRequest } from '../shared/api';
import {
  SIDEBAR_FIELDS as F,
  SIDEBAR_REVIEW_TEXT as RT,
  SIDEBAR_ORIGIN,
  SIDEBAR_STATUS_LINE,
  sidebarLevel,
  sidebarScore,
  sidebarUpdated,
  sidebarVerifiedScore,
  SIDEBAR_TEXT as T,
} from '../shared/messages/sidebar';
import { byId, h, replaceChildren, safeLink } from './dom';
import { evidenceLinks, formatDate, stageLabel } from './format';
import { reviewScores } from './live';
import { changesBlock, eligibilityBlock } from './review-changes';
import { initialDraft, type ReviewDraft, reviewProblems, toVerificationRequest } from './review-state';
import { isBusy, serverCall, setStatus } from './status';
import { indicatorHeading, showFooter, viewHead } from './view-parts';

export interface ReviewViewOptions {
  rubric: Rubric;
  detail: InnovationDetail;
  /** Back to the queue, with the server's confirmation to show there. */
  onClose: (notice?: string) => void;
}

function row(label: string, value: string | undefined | null): HTMLElement | null {
  if (!value) return null;
  return h('div', { className: 'kv' }, h('dt', null, label), h('dd', null, value));
}

function optionLabel(list: readonly { code: string; label: string }[] | undefined, code: string | undefined) {
  if (!code) return undefined;
  return list?.find((x) => x.code === code)?.label ?? code;
}

export class ReviewView {
  private readonly draft: ReviewDraft;

  constructor(
    private readonly root: HTMLElement,
    private readonly o: ReviewViewOptions,
  ) {
    this.draft = initialDraft(o.detail.verification);
  }

  private get innovation(): Innovation {
    return this.o.detail.innovation;
  }

  render(): void {
    const inv = this.innovation;
    const { rubric, detail } = this.o;
    const urusan = (code: string) => URUSAN.find((u) => u.code === code)?.name ?? code;
    const p = rubric.profile;
    replaceChildren(
      this.root,
      viewHead({
        titleId: 'review-title',
        title: inv.name || T.untitled,
        onBack: () => this.close(),
        status: detail.status,
        meta: `${inv.opd} · ${sidebarUpdated(formatDate(detail.updatedAt), detail.updatedBy)}`,
      }),
      eligibilityBlock(rubric, inv),
      changesBlock(detail, formatDate),
      h(
        'details',
        { className: 'profile' },
        h('summary', null, T.profileTitle),
        h(
          'dl',
          null,
          row(F.stage, stageLabel(inv.stage)),
          row(F.initiator, optionLabel(p.initiators, inv.initiator)),
          row(F.initiatorName, inv.initiatorName),
          row(F.kind, optionLabel(p.kinds, inv.kind)),
          row(F.form, optionLabel(p.forms, inv.form)),
          row(F.theme, optionLabel(p.themes, inv.theme)),
          row(F.classification, optionLabel(p.classifications, inv.classification)),
          row(F.mainAffair, inv.mainAffair ? urusan(inv.mainAffair) : null),
          row(F.otherAffairs, (inv.otherAffairs ?? []).map(urusan).join(', ')),
          row(F.trialDate, formatDate(inv.trialDate)),
          row(F.implementationDate, formatDate(inv.implementationDate)),
          row(F.developmentDate, formatDate(inv.developmentDate)),
          row(F.origin, inv.origin ? SIDEBAR_ORIGIN[inv.origin.kind] : null),
          row(F.originTitle, inv.origin?.title),
          row(F.originParticipant, inv.origin?.participant),
          row(F.originYear, inv.origin?.year == null ? null : String(inv.origin.year)),
        ),
      ),
      (['design', 'goal', 'benefit', 'result'] as const).map((k) =>
        inv[k]
          ? h(
              'details',
              { className: 'profile' },
              h('summary', null, F[k]),
              h('p', { className: 'long-text' }, inv[k] ?? ''),
            )
          : null,
      ),
      h('div', { id: 'review-score', className: 'review-score' }),
      h(
        'div',
        { className: 'toolbar' },
        h('button', { type: 'button', id: 'btn-accept-all', onclick: () => this.acceptAll() }, RT.acceptAll),
      ),
      rubric.sid.indicators.map((ind) => this.indicatorCard(ind.id)),
      h(
        'div',
        { className: 'field' },
        h('label', { for: 'f-review-note' }, T.generalNote),
        this.noteInput('f-review-note', this.draft.note, (v) => {
          this.draft.note = v;
        }),
      ),
      h('p', { id: 'review-problems', className: 'field-error', hidden: true }),
    );
    showFooter([
      { id: 'btn-return', label: T.markReturned, run: () => void this.decide('returned') },
      { id: 'btn-verify', label: T.markVerified, run: () => void this.decide('verified') },
    ]);
    this.renderScore();
  }

  private noteInput(id: string, value: string, onInput: (v: string) => void): HTMLTextAreaElement {
    const t = h('textarea', { id, rows: 2 });
    t.value = value;
    t.addEventListener('input', () => onInput(t.value));
    return t;
  }

  private indicatorCard(id: string): HTMLElement | null {
    const ind = this.o.rubric.sid.indicators.find((i) => i.id === id);
    if (!ind) return null;
    const entry = this.innovation.indicators[id];
    const level = entry?.level ?? 0;
    const titleId = `rv-${id}-title`;
    const head = h('header', null, indicatorHeading(ind, titleId));
    if (level === 0) {
      return h(
        'article',
        { className: 'indicator indicator-empty', id: `rv-${id}`, 'aria-labelledby': titleId },
        head,
        h('p', { className: 'meta' }, T.levelNone),
      );
    }
    const basis = ind.bases?.find((b) => b.id === (this.innovation.benefitBasis || ind.defaultBasis));
    const paramText = (basis?.parameters ?? ind.parameters)[level - 1] ?? '';
    const links = evidenceLinks(entry?.evidence);
    const verdictName = `rv-${id}-verdict`;
    const verdictRadio = (value: IndicatorVerdict, label: string) => {
      const input = h('input', { type: 'radio', name: verdictName, id: `${verdictName}-${value}`, value });
      input.checked = this.draft.indicators[id] === value;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.draft.indicators[id] = value;
        document.getElementById(`rv-${id}`)?.removeAttribute('data-undecided');
        this.renderScore();
      });
      return h('label', { className: 'radio inline', for: input.id }, input, h('span', null, label));
    };
    return h(
      'article',
      { className: 'indicator', id: `rv-${id}`, 'aria-labelledby': titleId, 'data-indicator': id },
      head,
      h('p', null, h('strong', null, `${sidebarLevel(level)}: `), paramText),
      links.length
        ? h(
            'ul',
            { className: 'links' },
            links.map((l) => h('li', null, safeLink(l))),
          )
        : h('p', { className: 'field-error' }, entry?.evidence ? entry.evidence : T.noEvidence),
      entry?.letterNumber || entry?.letterDate
        ? h(
            'p',
            { className: 'meta' },
            [entry.letterNumber, formatDate(entry.letterDate)].filter(Boolean).join(' · '),
          )
        : null,
      entry?.note ? h('p', { className: 'meta' }, `${F.note}: ${entry.note}`) : null,
      h(
        'fieldset',
        { className: 'radios verdict', id: `f-verdict-${id}` },
        h('legend', null, T.verdictLabel),
        verdictRadio('accepted', T.accept),
        verdictRadio('rejected', T.reject),
      ),
      h(
        'div',
        { className: 'field' },
        h('label', { for: `f-verdict-${id}-note` }, T.indicatorNote),
        this.noteInput(`f-verdict-${id}-note`, this.draft.notes[id] ?? '', (v) => {
          this.draft.notes[id] = v;
        }),
      ),
    );
  }

  private acceptAll(): void {
    for (const [id, entry] of Object.entries(this.innovation.indicators)) {
      if (entry.level > 0 && !this.draft.indicators[id]) {
        this.draft.indicators[id] = 'accepted';
        const radio = document.getElementById(`rv-${id}-verdict-accepted`) as HTMLInputElement | null;
        if (radio) radio.checked = true;
      }
    }
    this.renderScore();
  }

  private renderScore(): void {
    const s = reviewScores(this.o.rubric, this.innovation, this.draft.indicators);
    const claimed = sidebarScore(s.claimed, s.max);
    const verified = sidebarVerifiedScore(s.verified, s.max);
    replaceChildren(byId('review-score'), h('p', null, claimed), h('p', { className: 'big' }, verified));
    byId('score-value').textContent = verified;
    const note = byId('score-note');
    note.textContent = claimed;
    note.title = '';
    delete note.dataset.counted;
  }

  private async decide(decision: 'verified' | 'returned'): Promise<void> {
    if (isBusy()) return;
    const problems = reviewProblems(this.innovation, this.draft, decision);
    const box = byId('review-problems');
    for (const card of Array.from(document.querySelectorAll('.indicator[data-undecided]')))
      card.removeAttribute('data-undecided');
    const first = problems[0];
    if (first) {
      // One sentence however many are undecided, and the verifikator is taken to the first one.
      const undecided = problems.flatMap((p) => (p.kind === 'verdict' ? [p.indicator] : []));
      box.textContent =
        first.kind === 'verdict'
          ? RT.verdictMissingOnce(undecided.length, first.indicator)
          : T.returnNeedsNote;
      box.hidden = false;
      setStatus(box.textContent, 'error');
      for (const id of undecided) document.getElementById(`rv-${id}`)?.setAttribute('data-undecided', '');
      const target =
        first.kind === 'verdict'
          ? document.getElementById(`rv-${first.indicator}-verdict-accepted`)
          : document.getElementById('f-review-note');
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
      return;
    }
    box.hidden = true;
    const request: VerificationRequest = toVerificationRequest(this.o.detail, this.draft, decision);
    const outcome = await serverCall(SIDEBAR_STATUS_LINE.verifying, 'saveVerification', request);
    if (!outcome.ok) return;
    const r = outcome.value;
    if (r.ok) {
      this.o.onClose(r.message);
      return;
    }
    setStatus(
      r.conflict ? SIDEBAR_STATUS_LINE.conflict(r.message) : SIDEBAR_STATUS_LINE.failed(r.message),
      'error',
    );
  }

  private close(): void {
    if (!isBusy()) this.o.onClose();
  }
}
