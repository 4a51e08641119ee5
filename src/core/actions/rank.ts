// "Langkah yang paling menaikkan skor": candidate changes to the register, each with the exact IID
// points it gains. Candidates are grouped by what has to be done (one indicator's evidence across
// many innovations, the same missing pieces, one verification queue…), and within a group only the
// innovations that help are kept: once n exceeds the divisor, counting a weak innovation lowers
// the average, so the group takes the best prefix of its members, strongest first.
//
// Speed: the baseline comes from the result already computed; a change touches a few innovations,
// whose new scores come from scoreInnovation() (or from the rubric weights when only evidence is
// added to a counted innovation), and the projection is recomputed from aggregates (Tally).
import { ACTION_TEXT, type TemplateText } from '../../shared/messages/recalc';
import type { Innovation, InnovationResult, Level, ScoringInput, ScoringResult } from '../model';
import type { Rubric } from '../rubric';
import { scoreInnovation } from '../scoring';
import { hasEvidence } from '../text';
import { findUrusan, YANDAS_CODES } from '../urusan';
import { applyFix, EVIDENCE_PLACEHOLDER, paddedDesign } from './apply';
import { affairOwners } from './owners';
import { type Contribution, pointsGain, rubricConstants, Tally } from './tally';
import type { Action, ActionKind, ActionOwner, FixItem } from './types';

/** The status the server shows (draft, submitted, returned, verified, reverify). */
export type StatusLike = 'draft' | 'submitted' | 'returned' | 'verified' | 'reverify';

export interface RankOptions {
  /** How many actions to return; 8 by default. */
  top?: number;
  /** Each innovation's status by id, so a draft (ask the OPD to submit) and a submitted innovation
   * (ask the verifikator) are told apart; without it, both are "waiting for verification". */
  statuses?: Readonly<Record<string, StatusLike>>;
}

export const DEFAULT_TOP = 8;
/** SPD level raises are many and alike; a few are enough to make the point. */
const MAX_SPD_RAISES = 2;

const KIND_ORDER: ActionKind[] = [
  'yandas',
  'seats',
  'fix',
  'submit',
  'verify',
  'reverify',
  'returned',
  'spd_fill',
  'spd_evidence',
  'spd_raise',
];

const hundredths = (value: number) => Math.round(value * 100);

interface Member {
  index: number;
  opd: string;
  before: Contribution;
  after: Contribution;
}

interface Group {
  kind: ActionKind;
  owner: ActionOwner;
  /** Members that can only raise the score (already counted, more points). */
  sure: Member[];
  /** Members that become counted: kept only while they help. */
  optional: Member[];
}

interface Chosen {
  members: Member[];
  gain: number;
}

/**
 * Applies the sure members, then the optional ones strongest first (after one member per yandas
 * urusan that is not covered yet, since covering it can unlock the jumlah-inovasi score), and
 * keeps the prefix with the highest IID.
 */
function choose(base: Tally, group: Group): Chosen {
  const before = base.iid();
  const t = base.clone();
  for (const m of group.sure) t.change(m.before, m.after);
  const firsts: Member[] = [];
  const seen = new Set<string>();
  const byPoints = [...group.optional].sort((a, b) => b.after.points - a.after.points || a.index - b.index);
  for (const m of byPoints) {
    if (YANDAS_CODES.includes(m.after.affair) && !t.covers(m.after.affair) && !seen.has(m.after.affair)) {
      seen.add(m.after.affair);
      firsts.push(m);
    }
  }
  const order = [...firsts, ...byPoints.filter((m) => !firsts.includes(m))];
  let best = t.iid();
  let bestCount = 0;
  order.forEach((m, i) => {
    t.change(m.before, m.after);
    const iid = t.iid();
    if (iid > best) {
      best = iid;
      bestCount = i + 1;
    }
  });
  return { members: [...group.sure, ...order.slice(0, bestCount)], gain: pointsGain(best, before) };
}

/** OPD codes of the members, the most affected first. */
function opdsOf(members: readonly Member[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) if (m.opd) counts.set(m.opd, (counts.get(m.opd) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

function itemKey(item: FixItem): string {
  return item.kind === 'design' ? 'design' : `${item.kind}:${item.indicator.padStart(3, '0')}`;
}

function affairCode(inv: Innovation): string {
  return typeof inv.mainAffair === 'string' ? (findUrusan(inv.mainAffair)?.code ?? inv.mainAffair) : '';
}

/** Reasons a fix can remove: everything else (stage, window, bad data) is not a matter of filling in. */
const FIXABLE = new Set(['design_words', 'mandatory']);

function fixItems(r: InnovationResult): FixItem[] | null {
  const items: FixItem[] = [];
  for (const reason of r.reasonCodes) {
    if (!FIXABLE.has(reason.code)) return null;
    if (reason.code === 'design_words') items.push({ kind: 'design', minimum: reason.minimum });
    if (reason.code === 'mandatory') {
      for (const id of reason.indicators) {
        const s = r.indicators.find((x) => x.id === id);
        items.push(
          s && s.level > 0 && s.problem === 'no_evidence'
            ? { kind: 'evidence', indicator: id }
            : { kind: 'fill', indicator: id },
        );
      }
    }
  }
  return items.sort((a, b) => itemKey(a).localeCompare(itemKey(b)));
}

type VerifyKind = 'submit' | 'verify' | 'reverify' | 'returned';

function verifyKind(inv: Innovation, status: StatusLike | undefined): VerifyKind | null {
  switch (status) {
    case 'draft':
      return 'submit';
    case 'submitted':
      return 'verify';
    case 'reverify':
      return 'reverify';
    case 'returned':
      return 'returned';
    case 'verified':
      return null;
  }
  const v = inv.verification;
  if (!v || v.status === 'pending') return 'verify';
  if (v.status === 'returned') return 'returned';
  return v.stale ? 'reverify' : null;
}

/** The innovation an "add" action copies: the median counted one, else a minimal countable one. */
function addTemplate(
  input: ScoringInput,
  result: ScoringResult,
  rubric: Rubric,
  usable: (i: number) => boolean,
): { innovation: Innovation; points: number; text: TemplateText } | null {
  const counted = result.innovations
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => r.counted && usable(i))
    .sort((a, b) => a.r.sidScore - b.r.sidScore || a.i - b.i);
  const median = counted[Math.floor((counted.length - 1) / 2)];
  if (median) {
    const points = hundredths(median.r.sidScore);
    return { innovation: input.innovations[median.i]!, points, text: { median: true, score: points / 100 } };
  }
  const indicators: Innovation['indicators'] = {};
  for (const ind of rubric.sid.indicators) {
    if (ind.mandatory) indicators[ind.id] = { level: 1, evidence: EVIDENCE_PLACEHOLDER };
  }
  const minimal: Innovation = {
    id: 'inovasi-baru',
    opd: input.opds?.[0]?.code || 'OPD',
    name: 'Inovasi baru',
    stage: rubric.rules.countedStages[0] ?? 'penerapan',
    mainAffair: YANDAS_CODES[0] ?? 'pendidikan',
    implementationDate: rubric.penerapanWindow.start,
    design: paddedDesign('', rubric.minDesignWords),
    indicators,
  };
  const r = scoreInnovation(rubric, minimal);
  if (!r.counted) return null;
  const points = hundredths(r.sidScore);
  return { innovation: minimal, points, text: { median: false, score: points / 100 } };
}

function action(
  kind: ActionKind,
  projection: 'claimed' | 'verified',
  gain: number,
  summary: string,
  owner: ActionOwner,
  opds: string[],
  change: Action['change'],
): Action {
  return {
    kind,
    projection,
    gain,
    summary,
    text: ACTION_TEXT.line(summary, gain, projection === 'verified'),
    owner,
    opds,
    change,
  };
}

function spdActions(input: ScoringInput, rubric: Rubric, claimed: Tally): Action[] {
  const out: Action[] = [];
  const before = claimed.iid();
  const evidenceRequired = rubric.rules.evidenceRequired;
  const gainWith = (delta: number) => {
    const t = claimed.clone();
    t.spd += delta;
    return pointsGain(t.iid(), before);
  };
  const evidence: { id: string; level: Level }[] = [];
  /** Rows whose evidence is text that holds no link: "link tidak valid", not "lengkapi bukti". */
  const badLinks: string[] = [];
  const fill: { id: string; level: Level }[] = [];
  let evidenceDelta = 0;
  let fillDelta = 0;
  const raises: Action[] = [];
  for (const row of rubric.spd.rows) {
    const entry = input.spd?.[row.id];
    const level: Level = entry && [1, 2, 3].includes(entry.level) ? entry.level : 0;
    const ok = !evidenceRequired || hasEvidence(entry?.evidence);
    const w = hundredths(row.weight);
    if (level === 0) {
      fill.push({ id: row.id, level: 1 });
      fillDelta += w;
    } else if (!ok) {
      evidence.push({ id: row.id, level });
      if (typeof entry?.evidence === 'string' && entry.evidence.trim() !== '') badLinks.push(row.id);
      evidenceDelta += w * level;
    } else if (level < 3) {
      const to = (level + 1) as Level;
      const gain = gainWith(w);
      if (gain > 0)
        raises.push(
          action(
            'spd_raise',
            'claimed',
            gain,
            ACTION_TEXT.spdRaise(row.id, row.name, level, to),
            'admin',
            [],
            {
              type: 'spd',
              rows: [{ id: row.id, level: to }],
            },
          ),
        );
    }
  }
  if (evidence.length) {
    const gain = gainWith(evidenceDelta);
    if (gain > 0)
      out.push(
        action(
          'spd_evidence',
          'claimed',
          gain,
          ACTION_TEXT.spdEvidence(
            evidence.map((r) => r.id).filter((id) => !badLinks.includes(id)),
            badLinks,
          ),
          'admin',
          [],
          {
            type: 'spd',
            rows: evidence,
          },
        ),
      );
  }
  if (fill.length) {
    const gain = gainWith(fillDelta);
    if (gain > 0)
      out.push(
        action('spd_fill', 'claimed', gain, ACTION_TEXT.spdFill(fill.map((r) => r.id)), 'admin', [], {
          type: 'spd',
          rows: fill,
        }),
      );
  }
  raises.sort((a, b) => b.gain - a.gain);
  out.push(...raises.slice(0, MAX_SPD_RAISES));
  return out;
}

/**
 * The actions that raise the regency's IID most, best first, each with its exact gain. `result` is
 * `score(input)`; `rubric` is the input's rubric.
 */
export function rankActions(
  input: ScoringInput,
  result: ScoringResult,
  rubric: Rubric,
  options: RankOptions = {},
): Action[] {
  const k = rubricConstants(rubric);
  const spd = hundredths(result.claimed.spd);
  const claimed = new Tally(k, spd);
  const verified = new Tally(k, spd);
  const weights = new Map(rubric.sid.indicators.map((i) => [i.id, hundredths(i.weight)]));
  const innovations = input.innovations;

  // An id used twice cannot be targeted by id: such rows are left out of every action.
  const idCount = new Map<string, number>();
  for (const inv of innovations) idCount.set(inv.id, (idCount.get(inv.id) ?? 0) + 1);
  const usable = (i: number) => idCount.get(innovations[i]!.id) === 1;

  const claimedOf: Contribution[] = [];
  const verifiedOf: Contribution[] = [];
  result.innovations.forEach((r, i) => {
    const affair = affairCode(innovations[i]!);
    claimedOf.push({ counted: r.counted, points: hundredths(r.sidScore), affair });
    verifiedOf.push({ counted: r.verifiedCounted, points: hundredths(r.verifiedSidScore), affair });
    claimed.add(claimedOf[i]!);
    verified.add(verifiedOf[i]!);
  });

  const actions: Action[] = [];

  // Evidence on counted innovations, and the pieces that keep the others from being counted.
  const fixGroups = new Map<string, Group & { items: FixItem[] }>();
  const fixGroup = (items: FixItem[]) => {
    const key = items.map(itemKey).join('|');
    let g = fixGroups.get(key);
    if (!g) {
      g = { kind: 'fix', owner: 'opd', sure: [], optional: [], items };
      fixGroups.set(key, g);
    }
    return g;
  };
  // Verification queues, measured on the verified projection.
  const verifyGroups = new Map<VerifyKind, Group>();

  result.innovations.forEach((r, i) => {
    if (!usable(i)) return;
    const inv = innovations[i]!;
    const before = claimedOf[i]!;
    if (r.counted) {
      for (const s of r.indicators) {
        if (s.problem !== 'no_evidence' || s.level === 0) continue;
        const gain = (weights.get(s.id) ?? 0) * s.level;
        fixGroup([{ kind: 'evidence', indicator: s.id }]).sure.push({
          index: i,
          opd: inv.opd,
          before,
          after: { ...before, points: before.points + gain },
        });
      }
      if (!r.verifiedCounted) {
        const kind = verifyKind(inv, options.statuses?.[inv.id]);
        if (kind) {
          const g = verifyGroups.get(kind) ?? {
            kind,
            owner: kind === 'verify' || kind === 'reverify' ? 'verifikator' : 'opd',
            sure: [],
            optional: [],
          };
          g.optional.push({ index: i, opd: inv.opd, before: verifiedOf[i]!, after: { ...before } });
          verifyGroups.set(kind, g);
        }
      }
      return;
    }
    const items = fixItems(r);
    if (!items || items.length === 0) return;
    const fixed = scoreInnovation(rubric, applyFix(inv, items));
    if (!fixed.counted) return;
    fixGroup(items).optional.push({
      index: i,
      opd: inv.opd,
      before,
      after: { counted: true, points: hundredths(fixed.sidScore), affair: before.affair },
    });
  });

  for (const g of fixGroups.values()) {
    const chosen = choose(claimed, g);
    if (chosen.gain <= 0) continue;
    const opds = opdsOf(chosen.members);
    const becomesCounted = chosen.members.some((m) => !m.before.counted);
    const ids = chosen.members.map((m) => innovations[m.index]!.id);
    actions.push(
      action(
        'fix',
        'claimed',
        chosen.gain,
        ACTION_TEXT.fix(g.items, ids.length, opds, becomesCounted),
        'opd',
        opds,
        {
          type: 'fix',
          items: g.items,
          innovations: ids,
        },
      ),
    );
  }

  for (const g of verifyGroups.values()) {
    const chosen = choose(verified, g);
    if (chosen.gain <= 0) continue;
    const opds = opdsOf(chosen.members);
    const ids = chosen.members.map((m) => innovations[m.index]!.id);
    const kind = g.kind as VerifyKind;
    actions.push(
      action(kind, 'verified', chosen.gain, ACTION_TEXT[kind](ids.length, opds), g.owner, opds, {
        type: 'verify',
        innovations: ids,
      }),
    );
  }

  // New innovations: the missing yandas urusan (the largest lever), and the empty seats.
  const template = addTemplate(input, result, rubric, usable);
  if (template) {
    const before = claimed.iid();
    const addAll = (affairs: string[]) => {
      const t = claimed.clone();
      for (const affair of affairs) t.add({ counted: true, points: template.points, affair });
      return pointsGain(t.iid(), before);
    };
    const needed = k.yandasRequired - claimed.covered;
    if (needed > 0) {
      const missing = YANDAS_CODES.filter((c) => !claimed.covers(c));
      const owners = affairOwners(input, missing);
      const ranked = [...missing].sort(
        (a, b) => Number((owners.get(b) ?? []).length > 0) - Number((owners.get(a) ?? []).length > 0),
      );
      const affairs = ranked.slice(0, needed);
      const gain = addAll(affairs);
      if (gain > 0) {
        const ownerList = [...new Set(missing.flatMap((a) => owners.get(a) ?? []))];
        actions.push(
          action(
            'yandas',
            'claimed',
            gain,
            ACTION_TEXT.yandas(missing, needed, ownerList, template.text),
            'opd',
            ownerList,
            { type: 'add', template: template.innovation, affairs },
          ),
        );
      }
    }
    const seats = k.minimumDivisor - claimed.n;
    if (seats > 0) {
      const affairs = new Array<string>(seats).fill(affairCode(template.innovation));
      const gain = addAll(affairs);
      if (gain > 0)
        actions.push(
          action(
            'seats',
            'claimed',
            gain,
            ACTION_TEXT.seats(seats, claimed.n, k.minimumDivisor, result.opdsWithNothing, template.text),
            'opd',
            [...result.opdsWithNothing],
            { type: 'add', template: template.innovation, affairs },
          ),
        );
    }
  }

  actions.push(...spdActions(input, rubric, claimed));

  actions.sort(
    (a, b) =>
      b.gain - a.gain ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.summary.localeCompare(b.summary),
  );
  return actions.slice(0, Math.max(0, options.top ?? DEFAULT_TOP));
}
