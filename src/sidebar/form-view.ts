// The create/edit form: four steps built once from the rubric (inputs keep what was typed when the
// step changes), live validation and score through the core, and the save/submit cycle with a
// retry-safe idempotency key.

import type { FieldError, OriginKind } from '../core/model';
import { ORIGIN_KINDS, STAGES } from '../core/model';
import type { Rubric, SidIndicator } from '../core/rubric/schema';
import { URUSAN } from '../core/urusan';
import {
  type InnovationDetail,
  type InnovationStatus,
  isSubmittedStatus,
  type SaveRequest,
  type SidebarContext,
} from '../shared/api';
import {
  SIDEBAR_FIELDS as F,
  SIDEBAR_FORM_TEXT as FT,
  SIDEBAR_ORIGIN,
  SIDEBAR_STAGE,
  SIDEBAR_STATUS_LINE,
  SIDEBAR_STEP_TABS,
  SIDEBAR_STEPS,
  SIDEBAR_SUBMITTED_NOTE,
  sidebarErrorCount,
  sidebarLevel,
  sidebarNotCounted,
  sidebarScore,
  sidebarStepOf,
  sidebarUpdated,
  sidebarWordCount,
  SIDEBAR_TEXT as T,
} from '../shared/messages/sidebar';
import { byId, h, replaceChildren } from './dom';
import { FieldRegistry, multiSelectField, type Option, radioGroup, selectField, textField } from './fields';
import {
  contentKey,
  emptyForm,
  emptyIndicator,
  type FormState,
  fromInnovation,
  hasValue,
  type IndicatorFormState,
  originIsTraining,
  originNeedsDetails,
  type TextField,
  toInnovation,
} from './form-state';
import { formatDate, statusLabel } from './format';
import { evaluate, type LiveResult, wordCount } from './live';
import { SaveAttempts } from './save-attempt';
import { SimilarNotice } from './similar';
import { isBusy, serverCall, setStatus } from './status';
import {
  groupErrors,
  nextStep,
  resolveField,
  STEPS,
  type StepId,
  sortByScreenOrder,
  stepOfPath,
} from './steps';
import { indicatorHeading, showFooter, viewHead } from './view-parts';

export interface FormViewOptions {
  ctx: SidebarContext;
  rubric: Rubric;
  detail: InnovationDetail | null;
  readOnly: boolean;
  /** Back to the list. */
  onClose: () => void;
}

const DEBOUNCE_MS = 120;

export class FormView {
  private state: FormState;
  private detail: InnovationDetail | null;
  private baseRevision: number | undefined;
  private status: InnovationStatus | null;
  private savedContent: string;
  private submitAttempted = false;
  /** After a save attempt every problem shows; before, only those of fields touched or filled. */
  private saveAttempted = false;
  private readonly touched = new Set<string>();
  private readonly attempts = new SaveAttempts();
  private registry = new FieldRegistry();
  private step: StepId = 'profil';
  private live: LiveResult | null = null;
  private timer: number | undefined;
  private readonly indicatorIds: string[];
  private readonly toggles = new Map<string, () => void>();
  /** "Mirip dengan: …" under the name field and on Tinjau (similar.ts). */
  private readonly similar: SimilarNotice;

  constructor(
    private readonly root: HTMLElement,
    private readonly o: FormViewOptions,
  ) {
    this.indicatorIds = o.rubric.sid.indicators.map((i) => i.id);
    this.detail = o.detail;
    this.state = o.detail
      ? fromInnovation(o.detail.innovation, this.indicatorIds)
      : emptyForm(
          o.ctx.opd?.code ?? (o.ctx.opds.length === 1 ? (o.ctx.opds[0]?.code ?? '') : ''),
          this.indicatorIds,
        );
    this.baseRevision = o.detail?.revision;
    this.status = o.detail?.status ?? null;
    this.savedContent = contentKey(this.state);
    this.similar = new SimilarNotice(!o.readOnly);
  }

  get dirty(): boolean {
    return contentKey(this.state) !== this.savedContent;
  }

  render(): void {
    this.registry = new FieldRegistry();
    const detail = this.detail;
    const title = detail ? this.state.name || T.untitled : T.newInnovation;
    replaceChildren(
      this.root,
      viewHead({
        titleId: 'form-title',
        title,
        onBack: () => this.requestClose(),
        status: this.status,
        statusId: 'form-status',
        meta: detail ? sidebarUpdated(formatDate(detail.updatedAt), detail.updatedBy) : null,
      }),
      this.o.readOnly && this.o.ctx.readOnlyReason
        ? h('div', { className: 'banner banner-info', role: 'note' }, this.o.ctx.readOnlyReason)
        : null,
      this.verifierBanner(),
      detail?.problems?.length
        ? h(
            'div',
            { id: 'row-problems', className: 'banner banner-warn', role: 'note' },
            detail.problems.join(' '),
          )
        : null,
      h('div', { id: 'submitted-note', className: 'banner banner-info', role: 'note', hidden: true }),
      h('div', { id: 'leave-confirm', className: 'banner banner-warn', hidden: true }),
      h('div', { id: 'save-confirm', className: 'banner banner-warn', hidden: true }),
      h('div', { id: 'conflict', className: 'banner banner-error', hidden: true }),
      this.stepNav(),
      this.profileStep(),
      this.designStep(),
      this.indicatorStep(),
      h('section', {
        id: 'step-tinjau',
        className: 'step',
        'aria-labelledby': 'step-tinjau-title',
        hidden: true,
      }),
      h(
        'div',
        { className: 'step-buttons' },
        h(
          'button',
          { type: 'button', id: 'btn-prev', onclick: () => this.goStep(nextStep(this.step, -1)) },
          `‹ ${T.prev}`,
        ),
        h(
          'button',
          { type: 'button', id: 'btn-next', onclick: () => this.goStep(nextStep(this.step, 1)) },
          `${T.next} ›`,
        ),
      ),
    );
    this.renderFooter();
    this.refreshLive();
    this.goStep('profil', false);
  }

  /** A returned innovation opens with the verifikator's general note on top. */
  private verifierBanner(): HTMLElement | null {
    const v = this.detail?.verification;
    if (!v?.note || this.status === 'verified') return null;
    return h(
      'div',
      { id: 'verifier-banner', className: 'verifier-note', role: 'note' },
      h('strong', null, `${T.verifierNotesTitle}: `),
      v.note,
    );
  }

  // ---- steps -------------------------------------------------------------------------------

  private stepNav(): HTMLElement {
    return h(
      'nav',
      { className: 'steps', 'aria-label': T.stepsLabel },
      h(
        'ol',
        null,
        STEPS.map((s, i) =>
          h(
            'li',
            null,
            h(
              'button',
              {
                type: 'button',
                id: `step-tab-${s}`,
                'aria-label': `${i + 1}. ${SIDEBAR_STEPS[s]}`,
                onclick: () => this.goStep(s),
              },
              h('span', { className: 'step-no' }, String(i + 1)),
              SIDEBAR_STEP_TABS[s],
            ),
          ),
        ),
      ),
    );
  }

  goStep(step: StepId, focus = true): void {
    this.step = step;
    for (const s of STEPS) {
      const panel = document.getElementById(`step-${s}`);
      if (panel) panel.hidden = s !== step;
      const tab = document.getElementById(`step-tab-${s}`);
      if (tab) {
        if (s === step) tab.setAttribute('aria-current', 'step');
        else tab.removeAttribute('aria-current');
      }
    }
    const i = STEPS.indexOf(step);
    const prev = document.getElementById('btn-prev') as HTMLButtonElement | null;
    const next = document.getElementById('btn-next') as HTMLButtonElement | null;
    if (prev) prev.hidden = i === 0;
    if (next) next.hidden = i === STEPS.length - 1;
    if (step === 'tinjau') {
      this.renderReview();
      this.similar.checkNow(this.state);
    }
    if (focus) {
      const heading = document.getElementById(`step-${step}-title`);
      heading?.focus();
      window.scrollTo(0, 0);
    }
  }

  private panel(step: StepId, ...children: (HTMLElement | null)[]): HTMLElement {
    const i = STEPS.indexOf(step);
    return h(
      'section',
      { id: `step-${step}`, className: 'step', 'aria-labelledby': `step-${step}-title`, hidden: true },
      h(
        'h2',
        { id: `step-${step}-title`, tabindex: '-1' },
        sidebarStepOf(i, STEPS.length, SIDEBAR_STEPS[step]),
      ),
      ...children,
    );
  }

  // ---- Profil ------------------------------------------------------------------------------

  private textInput(path: TextField, label: string, extra: Partial<Parameters<typeof textField>[3]> = {}) {
    return textField(this.registry, path, label, {
      value: this.state[path],
      disabled: this.o.readOnly,
      onInput: (v) => this.set(path, v),
      ...extra,
    });
  }

  private select(
    path: TextField,
    label: string,
    options: readonly Option[],
    extra: { required?: boolean; hint?: string; placeholder?: string } = {},
  ) {
    return selectField(this.registry, path, label, {
      value: this.state[path],
      options,
      disabled: this.o.readOnly,
      onChange: (v) => this.set(path, v),
      ...extra,
    });
  }

  private profileStep(): HTMLElement {
    const { rubric, ctx } = this.o;
    const opt = (list: readonly { code: string; label: string }[] | undefined) =>
      (list ?? []).map((x) => ({ value: x.code, label: x.label }));
    const urusan = URUSAN.map((u) => ({ value: u.code, label: u.name }));
    const chooseOpd = !ctx.opd && ctx.opds.length > 1 && !this.detail;
    const originDetails = h('div', { id: 'origin-details', className: 'subfields' });
    const trainingOnly = h('div', { id: 'origin-training' });
    const renderOrigin = () => {
      originDetails.hidden = !originNeedsDetails(this.state.originKind);
      trainingOnly.hidden = !originIsTraining(this.state.originKind);
    };
    this.toggles.set('originKind', renderOrigin);
    originDetails.append(this.textInput('originTitle', F.originTitle), trainingOnly);
    trainingOnly.append(
      h('p', { className: 'hint' }, T.originTrainingHint),
      this.textInput('originParticipant', F.originParticipant),
      this.textInput('originYear', F.originYear, { type: 'number' }),
    );
    renderOrigin();
    return this.panel(
      'profil',
      chooseOpd
        ? this.select(
            'opd',
            F.opd,
            ctx.opds.map((o) => ({ value: o.code, label: o.name })),
            { required: true },
          )
        : null,
      h('p', { className: 'hint' }, FT.requiredLegend),
      this.textInput('name', F.name, { required: true, maxLength: 200 }),
      this.similar.region('similar-notice'),
      this.select(
        'stage',
        F.stage,
        STAGES.map((s) => ({ value: s, label: SIDEBAR_STAGE[s] })),
        { required: true, hint: FT.stageHint },
      ),
      this.select('initiator', F.initiator, opt(rubric.profile.initiators), { required: true }),
      this.textInput('initiatorName', F.initiatorName, { required: true }),
      this.select('kind', F.kind, opt(rubric.profile.kinds), { required: true }),
      this.select('form', F.form, opt(rubric.profile.forms), { required: true }),
      rubric.profile.themes
        ? this.select('theme', F.theme, opt(rubric.profile.themes), { required: true })
        : null,
      rubric.profile.classifications
        ? this.select('classification', F.classification, opt(rubric.profile.classifications), {
            required: true,
          })
        : null,
      rubric.profile.pkpnClusters
        ? this.select('pkpnCluster', F.pkpnCluster, opt(rubric.profile.pkpnClusters))
        : null,
      this.select('mainAffair', F.mainAffair, urusan, { required: true, hint: FT.mainAffairHint }),
      multiSelectField(this.registry, 'otherAffairs', F.otherAffairs, {
        values: this.state.otherAffairs,
        options: urusan,
        hint: T.otherAffairsHint,
        disabled: this.o.readOnly,
        addLabel: FT.addAffair,
        removeLabel: FT.removeAffair,
        onChange: (values) => {
          this.state.otherAffairs = values;
          this.touched.add('otherAffairs');
          this.changed();
        },
      }),
      this.textInput('trialDate', F.trialDate, { type: 'date' }),
      this.textInput('implementationDate', F.implementationDate, {
        type: 'date',
        hint: FT.windowHint(formatDate(rubric.penerapanWindow.start), formatDate(rubric.penerapanWindow.end)),
      }),
      rubric.penerapanWindow.developmentDateAlternative
        ? this.textInput('developmentDate', F.developmentDate, { type: 'date', hint: T.developmentHint })
        : null,
      h(
        'fieldset',
        { className: 'group' },
        h('legend', null, F.origin),
        this.select(
          'originKind',
          F.originKind,
          ORIGIN_KINDS.map((k: OriginKind) => ({ value: k, label: SIDEBAR_ORIGIN[k] })),
          { required: true },
        ),
        originDetails,
      ),
    );
  }

  // ---- Rancang bangun ----------------------------------------------------------------------

  private designStep(): HTMLElement {
    const min = this.o.rubric.minDesignWords;
    const counter = h('p', { id: 'design-counter', className: 'counter', 'aria-live': 'polite' });
    const updateCounter = () => {
      const n = wordCount(this.state.design);
      counter.textContent = sidebarWordCount(n, min);
      counter.dataset.ok = String(n >= min);
    };
    this.toggles.set('design', updateCounter);
    updateCounter();
    return this.panel(
      'rancang',
      h('p', { className: 'hint' }, FT.designIntro(min)),
      this.textInput('design', F.design, { multiline: true, rows: 12, counter, required: true }),
      this.textInput('goal', F.goal, { multiline: true, rows: 3, required: true }),
      this.textInput('benefit', F.benefit, { multiline: true, rows: 3, required: true }),
      this.textInput('result', F.result, { multiline: true, rows: 3, required: true }),
    );
  }

  // ---- Indikator ---------------------------------------------------------------------------

  private indicatorStep(): HTMLElement {
    const { rubric } = this.o;
    const groups = rubric.sid.variables.map((variable) => {
      const items = rubric.sid.indicators.filter((i) => i.variable === variable);
      if (!items.length) return null;
      return h(
        'section',
        { className: 'variable', 'aria-label': variable },
        h('h3', null, variable),
        items.map((ind) => this.indicatorCard(ind)),
      );
    });
    return this.panel('indikator', h('p', { className: 'hint' }, FT.indicatorIntro), ...groups);
  }

  private indicator(id: string): IndicatorFormState {
    let s = this.state.indicators[id];
    if (!s) {
      s = emptyIndicator();
      this.state.indicators[id] = s;
    }
    return s;
  }

  private indicatorCard(ind: SidIndicator): HTMLElement {
    const s = this.indicator(ind.id);
    const base = `indicators.${ind.id}`;
    const verification = this.detail?.verification;
    const verdict = verification?.indicators?.[ind.id];
    const note = verification?.notes?.[ind.id];
    const titleId = `ind-${ind.id}-title`;
    const evidence = h('div', { className: 'evidence', id: `ind-${ind.id}-evidence` });
    const showEvidence = () => {
      evidence.hidden = !(Number(this.indicator(ind.id).level) >= 1);
    };
    this.toggles.set(`${base}.level`, showEvidence);
    const bases = ind.bases;
    const basisChoice = bases
      ? this.select(
          'benefitBasis',
          F.benefitBasis,
          bases.map((b) => ({ value: b.id, label: `${b.id}. ${b.measure}` })),
          {
            hint: FT.basisHint,
            placeholder: FT.chooseBasis,
          },
        )
      : null;
    // No basis is assumed: until one is chosen the levels say to choose it, so nothing looks chosen.
    const params = () => {
      if (!bases) return ind.parameters;
      const basis = bases.find((b) => b.id === this.state.benefitBasis);
      return basis?.parameters ?? ind.parameters.map(() => FT.levelNeedsBasis);
    };
    const levelChoices = () => [
      { value: '0', label: T.levelNone },
      ...params().map((p, i) => ({ value: String(i + 1), label: sidebarLevel(i + 1), detail: p })),
    ];
    const levelGroup = radioGroup(this.registry, `${base}.level`, {
      value: s.level,
      choices: levelChoices(),
      legend: `${FT.levelLegend} ${ind.id}`,
      legendHidden: true,
      disabled: this.o.readOnly,
      onChange: (v) => this.setIndicator(ind.id, 'level', v),
    });
    if (bases) {
      // The parameter texts follow the chosen basis; refresh them in place (the radios stay).
      this.toggles.set('benefitBasis', () => {
        params().forEach((p, i) => {
          const detail = levelGroup.querySelector(`label[for="${levelGroup.id}-${i + 1}"] .radio-detail`);
          if (detail) detail.textContent = p;
        });
      });
    }
    evidence.append(
      textField(this.registry, `${base}.evidence`, F.evidence, {
        value: s.evidence,
        multiline: true,
        rows: 2,
        hint: `${T.evidenceHint} ${ind.evidenceHint}`,
        disabled: this.o.readOnly,
        onInput: (v) => this.setIndicator(ind.id, 'evidence', v),
      }),
      textField(this.registry, `${base}.letterNumber`, F.letterNumber, {
        value: s.letterNumber,
        disabled: this.o.readOnly,
        onInput: (v) => this.setIndicator(ind.id, 'letterNumber', v),
      }),
      textField(this.registry, `${base}.letterDate`, F.letterDate, {
        value: s.letterDate,
        type: 'date',
        disabled: this.o.readOnly,
        onInput: (v) => this.setIndicator(ind.id, 'letterDate', v),
      }),
    );
    showEvidence();
    return h(
      'article',
      { className: 'indicator', id: `ind-${ind.id}`, 'aria-labelledby': titleId, 'data-indicator': ind.id },
      h(
        'header',
        null,
        indicatorHeading(ind, titleId),
        h('p', { className: 'ind-score', id: `ind-${ind.id}-score` }),
      ),
      verdict === 'rejected' || note
        ? h(
            'p',
            { className: 'verifier-note', role: 'note' },
            h('strong', null, verdict === 'rejected' ? FT.rejected : FT.verifierSays),
            note ? ` ${note}` : '',
          )
        : null,
      h('details', { className: 'help' }, h('summary', null, T.help), h('p', null, ind.help)),
      basisChoice,
      levelGroup,
      evidence,
    );
  }

  // ---- state changes -----------------------------------------------------------------------

  private set(path: TextField, value: string): void {
    this.state[path] = value;
    this.touched.add(path);
    this.toggles.get(path)?.();
    this.changed();
  }

  private setIndicator(id: string, field: keyof IndicatorFormState, value: string): void {
    this.indicator(id)[field] = value;
    this.touched.add(`indicators.${id}.${field}`);
    // A level on the indicator with bases needs its basis: say so at the card, not only on Tinjau.
    if (
      field === 'level' &&
      Number(value) >= 1 &&
      this.o.rubric.sid.indicators.find((i) => i.id === id)?.bases
    )
      this.touched.add('benefitBasis');
    this.toggles.get(`indicators.${id}.${field}`)?.();
    this.changed();
  }

  private changed(): void {
    this.hideConflict();
    this.similar.changed(this.state);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.refreshLive(), DEBOUNCE_MS);
  }

  /** Recomputes validation and score with the core, as the server will. */
  private refreshLive(): void {
    const mode = this.submitAttempted ? 'submit' : 'draft';
    this.live = evaluate(this.o.rubric, this.state, mode);
    if (mode === 'draft' && this.touched.has('benefitBasis')) {
      // The submit rule for the basis, shown early: it is the one a draft would otherwise hide.
      const basisError = evaluate(this.o.rubric, this.state, 'submit').errors.find(
        (e) => e.path === 'benefitBasis',
      );
      if (basisError) this.live = { ...this.live, errors: [...this.live.errors, basisError] };
    }
    this.showErrors(this.live.errors);
    this.renderScore();
    if (this.step === 'tinjau') this.renderReview();
  }

  private showErrors(errors: readonly FieldError[]): void {
    const grouped = groupErrors(errors, this.registry.rendered);
    if (!this.saveAttempted) {
      // "Wajib diisi" under a field nobody has reached yet reads as a reprimand: wait for a touch.
      for (const field of [...grouped.keys()]) {
        if (!this.touched.has(field) && !hasValue(this.state, field)) grouped.delete(field);
      }
    }
    this.registry.showErrors(grouped);
  }

  // ---- footer ------------------------------------------------------------------------------

  /** Already in the verifikator's hands (or verified): saving keeps it there. */
  private get submitted(): boolean {
    return isSubmittedStatus(this.status);
  }

  private renderFooter(): void {
    const note = document.getElementById('submitted-note');
    const text = this.o.readOnly || !this.status ? undefined : SIDEBAR_SUBMITTED_NOTE[this.status];
    if (note) {
      note.textContent = text ?? '';
      note.hidden = !text;
    }
    if (this.o.readOnly) showFooter(null);
    else if (this.submitted)
      showFooter([
        { id: 'btn-withdraw', label: T.withdraw, run: () => this.confirmSave('withdraw') },
        { id: 'btn-save', label: T.saveChanges, run: () => this.saveChanges() },
      ]);
    else
      showFooter([
        { id: 'btn-save', label: T.saveDraft, run: () => void this.save('draft') },
        { id: 'btn-submit', label: T.submit, run: () => void this.save('submit') },
      ]);
  }

  /** A verified innovation whose content changed loses its verdict on saving: ask first. */
  private saveChanges(): void {
    if (this.status === 'verified' && this.dirty) this.confirmSave('reverify');
    else void this.save('changes');
  }

  private confirmSave(kind: 'withdraw' | 'reverify'): void {
    if (isBusy()) return;
    const box = byId('save-confirm');
    box.dataset.kind = kind;
    replaceChildren(
      box,
      h('p', null, kind === 'withdraw' ? T.withdrawConfirm : T.reverifyConfirm),
      h(
        'button',
        {
          type: 'button',
          id: 'btn-confirm',
          className: 'primary',
          onclick: () => {
            box.hidden = true;
            void this.save(kind === 'withdraw' ? 'withdraw' : 'changes');
          },
        },
        kind === 'withdraw' ? T.withdrawYes : T.reverifyYes,
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'btn-cancel',
          onclick: () => {
            box.hidden = true;
            document.getElementById(kind === 'withdraw' ? 'btn-withdraw' : 'btn-save')?.focus();
          },
        },
        T.cancel,
      ),
    );
    box.hidden = false;
    box.scrollIntoView?.({ block: 'nearest' });
    byId('btn-cancel').focus();
  }

  private renderScore(): void {
    const live = this.live;
    if (!live) return;
    byId('score-value').textContent = sidebarScore(live.score, live.max);
    const note = byId('score-note');
    note.textContent = live.counted ? T.willCount : sidebarNotCounted(live.reasons);
    note.title = note.textContent;
    note.dataset.counted = String(live.counted);
    for (const ind of live.indicators) {
      const el = document.getElementById(`ind-${ind.id}-score`);
      if (el) el.textContent = ind.text;
    }
  }

  // ---- Tinjau & Ajukan ---------------------------------------------------------------------

  private problemButton(path: string, text: string): HTMLElement {
    return h(
      'button',
      {
        type: 'button',
        className: 'link-button problem',
        'data-path': path,
        onclick: () => {
          // Coming from the submit check, the field shows the submit rule's message too.
          this.submitAttempted = true;
          this.touched.add(path);
          this.refreshLive();
          this.goTo(path);
        },
      },
      text,
    );
  }

  private renderReview(): void {
    const panel = document.getElementById('step-tinjau');
    if (!panel) return;
    const submitCheck = evaluate(this.o.rubric, this.state, 'submit');
    const rendered = this.registry.rendered;
    // The core's messages name their field, so they stand alone; listed in screen order.
    const problems = sortByScreenOrder(submitCheck.errors, rendered, this.registry.inOrder).map((e) => {
      const field = resolveField(e.path, rendered);
      return h('li', null, field ? this.problemButton(field, e.message) : e.message);
    });
    const reasons = submitCheck.reasons.map((r, i) => {
      const path = submitCheck.reasonPaths[i];
      const field = path ? resolveField(path, rendered) : null;
      return h('li', null, field ? this.problemButton(field, r) : r);
    });
    replaceChildren(
      panel,
      h(
        'h2',
        { id: 'step-tinjau-title', tabindex: '-1' },
        sidebarStepOf(3, STEPS.length, SIDEBAR_STEPS.tinjau),
      ),
      h(
        'div',
        { className: 'review-score', id: 'review-score' },
        h('p', { className: 'big' }, sidebarScore(submitCheck.score, submitCheck.max)),
        h(
          'p',
          { 'data-counted': String(submitCheck.counted) },
          submitCheck.counted ? T.willCount : sidebarNotCounted([]),
        ),
        h('p', { className: 'meta' }, FT.filledCount(submitCheck.filled, this.indicatorIds.length)),
      ),
      this.similar.region('similar-review'),
      problems.length
        ? [
            h('h3', null, T.problemsTitle),
            h('p', null, sidebarErrorCount(problems.length)),
            h('ul', { id: 'problem-list', className: 'problems' }, problems),
          ]
        : h('p', { id: 'problem-list', className: 'ok' }, T.readyToSubmit),
      reasons.length
        ? [h('h3', null, T.reasonsTitle), h('ul', { id: 'reason-list', className: 'problems' }, reasons)]
        : null,
      this.o.rubric.warnings.length
        ? h(
            'details',
            { className: 'help' },
            h('summary', null, T.rubricWarningsTitle),
            this.o.rubric.warnings.map((w) => h('p', null, w)),
          )
        : null,
    );
  }

  /** Opens the step that holds `path` and puts the cursor in its input. */
  goTo(path: string): void {
    const field = resolveField(path, this.registry.rendered) ?? path;
    this.goStep(stepOfPath(field), false);
    // Evidence inputs sit in a block shown only once a level is chosen: show it when its problem is chosen.
    const m = /^indicators\.([^.]+)\./.exec(field);
    if (m) {
      const block = document.getElementById(`ind-${m[1]}-evidence`);
      if (block && !field.endsWith('.level')) block.hidden = false;
    }
    if (!this.registry.focus(field)) byId(`step-${this.step}-title`).focus();
  }

  // ---- saving ------------------------------------------------------------------------------

  /**
   * draft: Simpan draf; submit: Ajukan; changes: Simpan perubahan (stays submitted, so the submit
   * rules apply); withdraw: Tarik ke draf (confirmed first).
   */
  private async save(kind: 'draft' | 'submit' | 'changes' | 'withdraw'): Promise<void> {
    if (isBusy() || this.o.readOnly) return;
    const submit = kind === 'submit' || kind === 'changes';
    window.clearTimeout(this.timer);
    if (submit) this.submitAttempted = true;
    this.saveAttempted = true;
    const check = evaluate(this.o.rubric, this.state, submit ? 'submit' : 'draft');
    this.live = check;
    this.showErrors(check.errors);
    this.renderScore();
    if (check.errors.length) {
      setStatus(SIDEBAR_STATUS_LINE.fixFirst(check.errors.length), 'error');
      this.focusFirstError(check.errors);
      return;
    }
    const content = contentKey(this.state);
    const request: SaveRequest = {
      idempotencyKey: this.attempts.keyFor(`${kind}|${content}`),
      submit,
      innovation: toInnovation(this.state),
    };
    if (kind === 'withdraw') request.withdraw = true;
    if (this.baseRevision !== undefined) request.baseRevision = this.baseRevision;
    const busy = {
      draft: SIDEBAR_STATUS_LINE.saving,
      submit: SIDEBAR_STATUS_LINE.submitting,
      changes: SIDEBAR_STATUS_LINE.savingChanges,
      withdraw: SIDEBAR_STATUS_LINE.withdrawing,
    }[kind];
    const outcome = await serverCall(busy, 'saveInnovation', request);
    if (!outcome.ok) return; // status line already says what failed; the form and the key are kept
    const result = outcome.value;
    if (result.ok) {
      this.attempts.succeeded();
      const typedSince = contentKey(this.state) !== content;
      this.state.id = result.id;
      this.baseRevision = result.revision;
      this.status = result.status;
      // Only what was sent counts as saved: typing during the call stays "unsaved". The new id is
      // part of the content, so the saved key is taken after it is set.
      this.savedContent = typedSince ? content : contentKey(this.state);
      this.updateHead();
      setStatus(result.message, 'ok');
      return;
    }
    if (result.conflict) {
      this.showConflict(result.message);
      setStatus(SIDEBAR_STATUS_LINE.conflict(result.message), 'error');
      return;
    }
    if (result.fieldErrors?.length) {
      this.showErrors(result.fieldErrors);
      this.focusFirstError(result.fieldErrors);
    }
    setStatus(SIDEBAR_STATUS_LINE.failed(result.message), 'error');
  }

  private focusFirstError(errors: readonly FieldError[]): void {
    const grouped = groupErrors(errors, this.registry.rendered);
    const first = this.registry.inOrder.find((p) => grouped.has(p));
    if (first) this.goTo(first);
    else this.goStep('tinjau');
  }

  private updateHead(): void {
    const title = document.getElementById('form-title');
    if (title) title.textContent = this.state.name || T.untitled;
    let chip = document.getElementById('form-status');
    if (this.status) {
      if (!chip) {
        chip = h('span', { id: 'form-status' });
        title?.after(chip);
      }
      chip.className = `chip chip-${this.status}`;
      chip.textContent = statusLabel(this.status);
    }
    this.renderFooter();
  }

  private showConflict(message: string): void {
    const box = byId('conflict');
    replaceChildren(
      box,
      h('p', null, message),
      h('p', { className: 'hint' }, T.conflictHint),
      h(
        'button',
        { type: 'button', id: 'btn-reload', 'data-action': '', onclick: () => void this.reload() },
        T.conflictReload,
      ),
    );
    box.hidden = false;
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  private hideConflict(): void {
    const box = document.getElementById('conflict');
    if (box && !box.hidden) box.hidden = true;
  }

  private async reload(): Promise<void> {
    if (!this.state.id) return;
    const outcome = await serverCall(SIDEBAR_STATUS_LINE.loadingInnovation, 'getInnovation', this.state.id);
    if (!outcome.ok) return;
    const r = outcome.value;
    if (!r.ok) {
      setStatus(SIDEBAR_STATUS_LINE.failed(r.message), 'error');
      return;
    }
    this.detail = r.detail;
    this.state = fromInnovation(r.detail.innovation, this.indicatorIds);
    this.baseRevision = r.detail.revision;
    this.status = r.detail.status;
    this.savedContent = contentKey(this.state);
    this.submitAttempted = false;
    this.saveAttempted = false;
    this.touched.clear();
    this.attempts.succeeded();
    this.toggles.clear();
    this.render();
    setStatus(SIDEBAR_STATUS_LINE.loadedInnovation, 'ok');
  }

  // ---- leaving -----------------------------------------------------------------------------

  requestClose(): void {
    if (isBusy()) return;
    if (!this.dirty || this.o.readOnly) {
      this.o.onClose();
      return;
    }
    const box = byId('leave-confirm');
    replaceChildren(
      box,
      h('p', null, T.unsavedTitle),
      h('button', { type: 'button', id: 'btn-leave', onclick: () => this.o.onClose() }, T.unsavedLeave),
      h(
        'button',
        {
          type: 'button',
          id: 'btn-stay',
          className: 'primary',
          onclick: () => {
            box.hidden = true;
            byId('btn-back').focus();
          },
        },
        T.unsavedStay,
      ),
    );
    box.hidden = false;
    byId('btn-stay').focus();
  }
}
