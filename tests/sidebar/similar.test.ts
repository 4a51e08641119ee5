// When the form asks the server about similar innovations: 600 ms after typing stops, only once the
// text says something, never twice for the same text, never while a call is running (the latest
// text is asked once the running call returns). And how one answer reads.
import { describe, expect, it } from 'vitest';
import type { SimilarInnovation } from '../../src/shared/api';
import {
  MIN_DESIGN_WORDS,
  SIMILAR_DELAY_MS,
  type SimilarDraft,
  SimilarScheduler,
  similarLine,
  worthChecking,
} from '../../src/sidebar/similar';

const blank: SimilarDraft = { id: '', name: '', design: '', goal: '', benefit: '' };
const draft = (patch: Partial<SimilarDraft>): SimilarDraft => ({ ...blank, ...patch });

const HIT: SimilarInnovation = {
  id: '',
  opd: 'DINKES',
  opdName: 'Dinas Kesehatan',
  name: 'Sistem Antrean Online Puskesmas',
  similarity: 0.874,
  sharedPhrases: ['Antrean Online Puskesmas'],
  kind: 'nama',
};

/** A scheduler on a virtual clock, whose server calls wait until the test answers them. */
function harness() {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const asked: SimilarDraft[] = [];
  const answers: ((items: SimilarInnovation[] | null) => void)[] = [];
  const shown: SimilarInnovation[][] = [];
  const scheduler = new SimilarScheduler({
    ask: (d) => {
      asked.push(d);
      return new Promise((resolve) => answers.push(resolve));
    },
    show: (items) => shown.push(items),
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((x) => x.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  const answer = async (items: SimilarInnovation[] | null) => {
    answers.shift()!(items);
    // Let the promise chain (then, finally) run.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { scheduler, advance, answer, asked, shown };
}

describe('worthChecking', () => {
  it('needs a name of 4 characters or a rancang bangun of 20 words', () => {
    expect(worthChecking(draft({ name: 'SIP' }))).toBe(false);
    expect(worthChecking(draft({ name: ' SIPA ' }))).toBe(true);
    const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
    expect(worthChecking(draft({ design: words(MIN_DESIGN_WORDS - 1) }))).toBe(false);
    expect(worthChecking(draft({ design: words(MIN_DESIGN_WORDS) }))).toBe(true);
  });
});

describe('SimilarScheduler', () => {
  it('asks once, 600 ms after the last keystroke, with the trimmed text', () => {
    const t = harness();
    for (const name of ['Ant', 'Antr', 'Antre', 'Antrean ']) {
      t.scheduler.changed(draft({ name }));
      t.advance(200);
    }
    expect(t.asked).toEqual([]);
    t.advance(SIMILAR_DELAY_MS - 200);
    expect(t.asked).toEqual([draft({ name: 'Antrean' })]);
  });

  it('does not ask for a text too short to compare', () => {
    const t = harness();
    t.scheduler.changed(draft({ name: 'Ant' }));
    t.advance(1000);
    expect(t.asked).toEqual([]);
  });

  it('shows the answer, and never asks twice for the same text', async () => {
    const t = harness();
    t.scheduler.changed(draft({ name: 'Antrean Online' }));
    t.advance(SIMILAR_DELAY_MS);
    await t.answer([HIT]);
    expect(t.shown).toEqual([[HIT]]);
    t.scheduler.changed(draft({ name: 'Antrean Online ' }));
    t.advance(SIMILAR_DELAY_MS);
    t.scheduler.now(draft({ name: 'Antrean Online' }));
    expect(t.asked).toHaveLength(1);
  });

  it('makes no call while one runs, then asks for the latest text', async () => {
    const t = harness();
    t.scheduler.changed(draft({ name: 'Antrean' }));
    t.advance(SIMILAR_DELAY_MS);
    expect(t.scheduler.busy).toBe(true);
    t.scheduler.changed(draft({ name: 'Antrean Onl' }));
    t.advance(SIMILAR_DELAY_MS);
    t.scheduler.changed(draft({ name: 'Antrean Online Puskesmas' }));
    t.advance(SIMILAR_DELAY_MS);
    expect(t.asked).toHaveLength(1);
    await t.answer([]);
    expect(t.asked.map((d) => d.name)).toEqual(['Antrean', 'Antrean Online Puskesmas']);
    await t.answer([HIT]);
    expect(t.shown).toEqual([[], [HIT]]);
    expect(t.scheduler.busy).toBe(false);
  });

  it('stays quiet when a call fails, and clears the notice once the text is too short again', async () => {
    const t = harness();
    t.scheduler.changed(draft({ name: 'Antrean' }));
    t.advance(SIMILAR_DELAY_MS);
    await t.answer(null);
    expect(t.shown).toEqual([]);
    t.scheduler.changed(draft({ name: 'An' }));
    t.advance(SIMILAR_DELAY_MS);
    expect(t.shown).toEqual([[]]);
  });

  it('asks at once when Tinjau opens', () => {
    const t = harness();
    t.scheduler.now(draft({ name: 'Posyandu Keliling' }));
    expect(t.asked).toHaveLength(1);
  });
});

describe('similarLine', () => {
  it('reads "Mirip dengan: name (OPD) — 87% — frasa sama: …"', () => {
    expect(similarLine(HIT)).toBe(
      'Mirip dengan: Sistem Antrean Online Puskesmas (Dinas Kesehatan) — 87% — frasa sama: “Antrean Online Puskesmas”',
    );
    expect(similarLine({ ...HIT, opdName: undefined, sharedPhrases: [] })).toBe(
      'Mirip dengan: Sistem Antrean Online Puskesmas (DINKES) — 87%',
    );
  });
});

describe('SimilarScheduler: a late answer', () => {
  it('is not shown when the text became too short while it was on its way', async () => {
    const t = harness();
    t.scheduler.changed(draft({ name: 'Antrean' }));
    t.advance(SIMILAR_DELAY_MS);
    t.scheduler.changed(draft({ name: 'A' }));
    t.advance(SIMILAR_DELAY_MS);
    expect(t.shown).toEqual([[]]);
    await t.answer([HIT]);
    expect(t.shown).toEqual([[]]);
  });
});
