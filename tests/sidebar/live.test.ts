// The sidebar's live verdict must be the core's verdict: same validation, same score.
import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../src/core/model';
import { getRubric } from '../../src/core/rubric';
import { countWords, validateInnovation } from '../../src/core/schemas';
import { scoreInnovation } from '../../src/core/scoring';
import { SIDEBAR_INDICATOR_SCORE } from '../../src/shared/messages/sidebar';
import { emptyForm, fromInnovation, toInnovation } from '../../src/sidebar/form-state';
import { evaluate, parseRubric, reviewScores, wordCount } from '../../src/sidebar/live';

const rubric = getRubric('iid-2027');
const ids = rubric.sid.indicators.map((i) => i.id);
const link = (id: string) => `https://drive.google.com/bukti/${id}`;

/** An innovation that meets every rule of the 2027 rubric. */
function complete(): Innovation {
  const indicators: Innovation['indicators'] = {};
  for (const ind of rubric.sid.indicators) {
    indicators[ind.id] = ind.mandatory ? { level: 1, evidence: link(ind.id) } : { level: 0 };
  }
  return {
    id: '',
    opd: 'DINKES',
    name: 'Posyandu Digital',
    stage: 'penerapan',
    mainAffair: 'kesehatan',
    otherAffairs: [],
    trialDate: '2024-06-01',
    implementationDate: '2025-02-01',
    developmentDate: null,
    design: Array.from({ length: rubric.minDesignWords }, (_, i) => `kata${i}`).join(' '),
    goal: 'Tujuan',
    benefit: 'Manfaat',
    result: 'Hasil',
    indicators,
    initiator: 'opd',
    initiatorName: 'Dinas Kesehatan',
    kind: 'digital',
    form: 'pelayanan_publik',
    theme: rubric.profile.themes?.[0]?.code,
    classification: rubric.profile.classifications?.[0]?.code,
    origin: { kind: 'program_opd', title: 'Program' },
    benefitBasis: 'a',
  };
}

describe('live validation and score', () => {
  it('agrees with the core on a complete innovation: no problem, counted, same score', () => {
    const state = fromInnovation(complete(), ids);
    const live = evaluate(rubric, state, 'submit');
    const core = scoreInnovation(rubric, toInnovation(state));
    expect(live.errors).toEqual([]);
    expect(validateInnovation(rubric, toInnovation(state), 'submit').ok).toBe(true);
    expect(live.counted).toBe(true);
    expect(live.reasons).toEqual([]);
    expect(live.score).toBe(core.sidScore);
    expect(live.max).toBe(111);
  });

  it('an empty new form: draft asks only for the name; the score explains the missing stage', () => {
    const live = evaluate(rubric, emptyForm('DINKES', ids), 'draft');
    expect(live.errors.map((e) => e.path)).toEqual(['name']);
    expect(live.score).toBe(0);
    expect(live.counted).toBe(false);
    expect(live.reasons[0]).toMatch(/^Tahapan belum dipilih;/);
    expect(live.reasonPaths[0]).toBe('stage');
    expect(live.filled).toBe(0);
  });

  it('submit mode reports what the server would refuse, at the field', () => {
    const inv = complete();
    inv.indicators['16'] = { level: 2 };
    inv.initiatorName = '';
    const state = fromInnovation(inv, ids);
    const paths = evaluate(rubric, state, 'submit').errors.map((e) => e.path);
    expect(paths).toContain('indicators.16.evidence');
    expect(paths).toContain('initiatorName');
    // The same input in draft mode is acceptable as a draft.
    expect(evaluate(rubric, state, 'draft').errors).toEqual([]);
  });

  it('shows each indicator’s points, and why a chosen level earns nothing', () => {
    const inv = complete();
    inv.indicators['16'] = { level: 2, evidence: link('16') };
    inv.indicators['17'] = { level: 3 };
    const live = evaluate(rubric, fromInnovation(inv, ids), 'draft');
    const text = Object.fromEntries(live.indicators.map((i) => [i.id, i.text]));
    expect(text['16']).toBe(SIDEBAR_INDICATOR_SCORE.points('6,00'));
    expect(text['17']).toBe(SIDEBAR_INDICATOR_SCORE.noEvidence);
    expect(text['18']).toBe('');
    expect(live.counted).toBe(false);
    expect(live.reasonPaths).toContain('indicators.17.level');
  });

  it('links a too-short rancang bangun to the design field', () => {
    const inv = complete();
    inv.design = 'terlalu pendek';
    const live = evaluate(rubric, fromInnovation(inv, ids), 'submit');
    expect(live.reasonPaths).toEqual(['design']);
    expect(live.reasons[0]).toContain('2 kata');
  });

  it('counts words exactly as the core does', () => {
    for (const t of ['', 'satu dua', 'e-KTP — layanan 24/7', '  …  kata\nbaris\tbaru ']) {
      expect(wordCount(t)).toBe(countWords(t));
    }
  });

  it('the verifikator sees the verified score follow the verdicts', () => {
    const inv = complete();
    inv.indicators['16'] = { level: 2, evidence: link('16') };
    const all = Object.fromEntries(
      ids.filter((id) => (inv.indicators[id]?.level ?? 0) > 0).map((id) => [id, 'accepted' as const]),
    );
    const accepted = reviewScores(rubric, inv, all);
    expect(accepted.verified).toBe(accepted.claimed);
    const rejected = reviewScores(rubric, inv, { ...all, '16': 'rejected' });
    expect(rejected.verified).toBe(accepted.claimed - 6);
  });

  it('accepts the rubric the server sends and refuses a damaged one', () => {
    const raw = JSON.parse(JSON.stringify(rubric));
    const ok = parseRubric(raw);
    expect(ok.ok).toBe(true);
    raw.sid.indicators[0].weight = -1;
    const bad = parseRubric(raw);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('sid.indicators.0.weight');
  });
});
