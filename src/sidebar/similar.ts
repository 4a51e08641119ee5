// The duplicate warning of the form: while an operator types a name or a rancang bangun, the server
// (findSimilar; the comparison runs there, not in the page) is asked whether the regency already
// has a similar innovation, and the answer is shown calmly under the name field and on Tinjau &
// Ajukan. Asked 600 ms after typing stops, only once the text says something (a name of 4
// characters, or 20 words of design), never twice for the same text, never while a call is running.
import { countWords } from '../core/text';
import type { SimilarInnovation } from '../shared/api';
import { SIMILAR_TEXT } from '../shared/messages/similar';
import { h, replaceChildren } from './dom';
import { callServer } from './server';

export const SIMILAR_DELAY_MS = 600;
export const MIN_NAME_CHARS = 4;
export const MIN_DESIGN_WORDS = 20;

export interface SimilarDraft {
  id: string;
  name: string;
  design: string;
  goal: string;
  benefit: string;
}

/** Enough text to compare: shorter names match too much to be useful. */
export function worthChecking(d: SimilarDraft): boolean {
  return d.name.trim().length >= MIN_NAME_CHARS || countWords(d.design, MIN_DESIGN_WORDS) >= MIN_DESIGN_WORDS;
}

function request(d: SimilarDraft): SimilarDraft {
  return {
    id: d.id.trim(),
    name: d.name.trim(),
    design: d.design.trim(),
    goal: d.goal.trim(),
    benefit: d.benefit.trim(),
  };
}

export interface SchedulerOptions {
  /** Asks the server; null when the call failed or was refused (the form then stays quiet). */
  ask(draft: SimilarDraft): Promise<SimilarInnovation[] | null>;
  show(items: SimilarInnovation[]): void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  delayMs?: number;
}

/** When to ask: debounced, one call at a time, never twice for the same text. DOM-free. */
export class SimilarScheduler {
  private timer: unknown = null;
  private latest: SimilarDraft | null = null;
  private lastAsked = '';
  private inFlight = false;
  private again = false;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly o: SchedulerOptions) {
    this.setTimer = o.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
    this.clearTimer = o.clearTimer ?? ((t) => window.clearTimeout(t as number));
  }

  /** The text changed: ask once typing has paused. */
  changed(draft: SimilarDraft): void {
    this.latest = request(draft);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.fire();
    }, this.o.delayMs ?? SIMILAR_DELAY_MS);
  }

  /** Ask now (e.g. on opening Tinjau & Ajukan), unless this text was already asked about. */
  now(draft: SimilarDraft): void {
    this.latest = request(draft);
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.fire();
  }

  get busy(): boolean {
    return this.inFlight;
  }

  private fire(): void {
    const draft = this.latest;
    if (!draft) return;
    if (!worthChecking(draft)) {
      if (this.lastAsked !== '') {
        this.lastAsked = '';
        this.o.show([]);
      }
      return;
    }
    const key = JSON.stringify(draft);
    if (key === this.lastAsked) return;
    if (this.inFlight) {
      // Asked again as soon as the running call returns, with whatever the text is then.
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.lastAsked = key;
    this.o
      .ask(draft)
      .then((items) => {
        // Not when the text became too short meanwhile (the notice was cleared then).
        if (items && this.lastAsked === key) this.o.show(items);
      })
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.fire();
        }
      });
  }
}

/** "Mirip dengan: SIPINTAR (Dinas Pendidikan) — 87% — frasa sama: “…”". */
export function similarLine(item: SimilarInnovation): string {
  return SIMILAR_TEXT.line(item.name, item.opdName || item.opd, item.similarity, item.sharedPhrases);
}

async function askServer(draft: SimilarDraft): Promise<SimilarInnovation[] | null> {
  try {
    const result = await callServer('findSimilar', draft);
    return result.ok ? result.items : null;
  } catch {
    return null;
  }
}

/**
 * The notice in the form: one live region under the name field and one on Tinjau & Ajukan, both
 * showing the latest answer. Text only through text nodes.
 */
export class SimilarNotice {
  private items: SimilarInnovation[] = [];
  private readonly regions = new Map<string, HTMLElement>();
  private readonly scheduler: SimilarScheduler | null;

  constructor(enabled: boolean, ask: SchedulerOptions['ask'] = askServer) {
    this.scheduler = enabled ? new SimilarScheduler({ ask, show: (items) => this.show(items) }) : null;
  }

  /** The live region with this id (created once, then kept up to date). */
  region(id: 'similar-notice' | 'similar-review'): HTMLElement {
    const el = h('div', {
      id,
      className: 'similar',
      'aria-live': 'polite',
      'aria-label': SIMILAR_TEXT.regionLabel,
    });
    this.regions.set(id, el);
    this.fill(el);
    return el;
  }

  changed(draft: SimilarDraft): void {
    this.scheduler?.changed(draft);
  }

  checkNow(draft: SimilarDraft): void {
    this.scheduler?.now(draft);
  }

  private show(items: SimilarInnovation[]): void {
    this.items = items;
    for (const el of this.regions.values()) this.fill(el);
  }

  private fill(el: HTMLElement): void {
    if (this.items.length === 0) {
      replaceChildren(el);
      return;
    }
    replaceChildren(
      el,
      h(
        'div',
        { className: 'banner banner-info', role: 'note' },
        h('p', null, h('strong', null, SIMILAR_TEXT.title)),
        h(
          'ul',
          { className: 'similar-list' },
          this.items.map((item) => h('li', null, similarLine(item))),
        ),
        h('p', { className: 'hint' }, SIMILAR_TEXT.hint),
      ),
    );
  }
}
