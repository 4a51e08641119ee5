// The IID scoring engine (issue 2 §4, methodology.md §1.2). Exact: every weight, band and point
// has at most two decimals, so scores are integers in hundredths, the SID average and the IID are
// fractions of integers, and rounding (half-up, 2 decimals) happens only when a number is reported.
// One pass over the innovations; no zod inside: the input is either validated already
// ({ validated: true }) or checked here with cheap hand-written tests that record problems
// instead of dropping records.
import { coreMessages, describeReason, fieldLabel } from '../shared/messages/core';
import {
  type IndicatorEntry,
  type IndicatorScore,
  type Innovation,
  type InnovationResult,
  type Level,
  type NotCountedReason,
  type OpdResult,
  type Projection,
  type ScoringInput,
  type ScoringResult,
  type SpdEntry,
  STAGES,
  type Stage,
} from './model';
import { getRubric, predikatFor, type Rubric } from './rubric';
import { countWords, hasEvidence, isIsoDate } from './text';
import { findUrusan, isUrusanCode, YANDAS_CODES } from './urusan';

export interface ScoreOptions {
  /** The input already passed scoringInputSchema / validateInnovation: skip the per-record checks. */
  validated?: boolean;
}

/** The rubric reduced to what the hot loop needs, computed once per rubric. */
interface Prepared {
  rubric: Rubric;
  // weight in hundredths; key is the id as a number when it is one ("16" → 16): element access is
  // faster than a string-keyed lookup, and obj[16] is obj["16"].
  sid: { id: string; key: string | number; weight: number; mandatory: boolean; scores: IndicatorScore[] }[];
  sidIds: Set<string>;
  spd: { id: string; weight: number }[];
  names: Record<string, string>;
  counted: Set<Stage>;
  maxTotal: number; // hundredths
  maxSpd: number; // hundredths
  /** Worded reasons that vary (missing mandatory ids, word counts), kept per rubric: few distinct. */
  wordedCache: Map<string, Worded>;
  reasonTrie: ReasonNode;
  /** Reasons that read the same for every innovation, worded once. */
  fixed: {
    window: Worded;
    stage: Record<Stage, Worded>;
    noStage: Worded;
    notVerified: Record<'pending' | 'returned', Worded>;
    stale: Worded;
  };
}

interface Worded {
  reason: NotCountedReason;
  text: string;
  /** Set on reasons shared between innovations, so lists of them can be shared too (see reasonLists). */
  shared: boolean;
}

function worded(reason: NotCountedReason, names: Record<string, string> = {}, shared = false): Worded {
  return { reason: Object.freeze(reason), text: describeReason(reason, names), shared };
}

interface ReasonLists {
  texts: string[];
  codes: NotCountedReason[];
}

/** A trie over shared reasons: the path of a list of reasons leads to its shared texts and codes. */
interface ReasonNode {
  next: Map<Worded, ReasonNode>;
  lists?: ReasonLists;
}

/**
 * The texts and codes of a list of reasons. Lists made only of shared reasons repeat across
 * innovations (a few hundred distinct at most), so they are built once per rubric and shared.
 */
function reasonLists(p: Prepared, list: Worded[]): ReasonLists {
  if (list.length === 0) return NO_REASONS;
  let node = p.reasonTrie;
  for (const w of list) {
    if (!w.shared) return { texts: list.map(text), codes: list.map(code) };
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  if (!node.lists) {
    node.lists = {
      texts: Object.freeze(list.map(text)) as string[],
      codes: Object.freeze(list.map(code)) as NotCountedReason[],
    };
  }
  return node.lists;
}

const text = (w: Worded) => w.text;
const code = (w: Worded) => w.reason;

// Results share these when there is nothing to say; results are read-only.
const EMPTY: never[] = /* @__PURE__ */ Object.freeze([]) as unknown as never[];
const NO_REASONS: ReasonLists = /* @__PURE__ */ Object.freeze({ texts: EMPTY, codes: EMPTY });

/** A worded reason from the rubric's cache; `build` runs once per distinct key. */
function cachedWorded(p: Prepared, key: string, build: () => NotCountedReason): Worded {
  let w = p.wordedCache.get(key);
  if (!w) {
    const cacheable = p.wordedCache.size < 10_000;
    w = worded(build(), p.names, cacheable);
    if (cacheable) p.wordedCache.set(key, w);
  }
  return w;
}

const prepared = /* @__PURE__ */ new WeakMap<Rubric, Prepared>();

const hundredths = (value: number) => Math.round(value * 100);

function windowOf(rubric: Rubric) {
  const w = rubric.penerapanWindow;
  return { start: w.start, end: w.end, developmentAlternative: w.developmentDateAlternative };
}

function prepare(rubric: Rubric): Prepared {
  const cached = prepared.get(rubric);
  if (cached) return cached;
  const sid = rubric.sid.indicators.map((i) => {
    const weight = hundredths(i.weight);
    const key = /^(0|[1-9]\d{0,8})$/.test(i.id) ? Number(i.id) : i.id;
    return { id: i.id, key, weight, mandatory: i.mandatory, scores: indicatorScores(i.id, weight) };
  });
  const spd = rubric.spd.rows.map((r) => ({ id: r.id, weight: hundredths(r.weight) }));
  const maxSpd = spd.reduce((s, r) => s + r.weight * 3, 0);
  const maxSid = sid.reduce((s, i) => s + i.weight * 3, 0);
  const maxJumlah = hundredths(rubric.jumlahInovasi.pointsPerInnovation) * rubric.jumlahInovasi.cap;
  const counted = [...rubric.rules.countedStages];
  const p: Prepared = {
    rubric,
    sid,
    sidIds: new Set(sid.map((i) => i.id)),
    spd,
    names: Object.fromEntries(rubric.sid.indicators.map((i) => [i.id, i.name])),
    counted: new Set(rubric.rules.countedStages),
    maxTotal: maxSpd + maxSid + maxJumlah,
    maxSpd,
    wordedCache: new Map(),
    reasonTrie: { next: new Map() },
    fixed: {
      window: worded({ code: 'window', ...windowOf(rubric) }, {}, true),
      stage: {
        inisiatif: worded({ code: 'stage', stage: 'inisiatif', countedStages: counted }, {}, true),
        uji_coba: worded({ code: 'stage', stage: 'uji_coba', countedStages: counted }, {}, true),
        penerapan: worded({ code: 'stage', stage: 'penerapan', countedStages: counted }, {}, true),
      },
      noStage: worded({ code: 'stage', countedStages: counted }, {}, true),
      notVerified: {
        pending: worded({ code: 'not_verified', status: 'pending' }, {}, true),
        returned: worded({ code: 'not_verified', status: 'returned' }, {}, true),
      },
      stale: worded({ code: 'stale' }, {}, true),
    },
  };
  prepared.set(rubric, p);
  return p;
}

// Outcome of one indicator: index into the per-indicator table of frozen IndicatorScore objects.
const NO_EVIDENCE = 0;
const ACCEPTED = 1;
const REJECTED = 2;
const NOT_ACCEPTED = 3;

/**
 * Every IndicatorScore an indicator can produce (level 0, or level 1–3 × four outcomes), frozen
 * and shared: scoring 20,000 innovations then allocates no object per indicator.
 */
function indicatorScores(id: string, weight: number): IndicatorScore[] {
  const table: IndicatorScore[] = [Object.freeze({ id, level: 0 as Level, score: 0, verifiedScore: 0 })];
  for (const level of [1, 2, 3] as const) {
    const points = (weight * level) / 100;
    table[level * 4 + NO_EVIDENCE] = Object.freeze({
      id,
      level,
      score: 0,
      verifiedScore: 0,
      problem: 'no_evidence',
    });
    table[level * 4 + ACCEPTED] = Object.freeze({ id, level, score: points, verifiedScore: points });
    table[level * 4 + REJECTED] = Object.freeze({
      id,
      level,
      score: points,
      verifiedScore: 0,
      problem: 'rejected',
    });
    table[level * 4 + NOT_ACCEPTED] = Object.freeze({
      id,
      level,
      score: points,
      verifiedScore: 0,
      problem: 'not_accepted',
    });
  }
  return table;
}

/** p / q rounded half-up to 2 decimals (p, q non-negative integers, q > 0). */
export function roundRatio(p: number, q: number): number {
  if (p <= 0) return 0;
  if (Number.isSafeInteger(p * 200 + q)) return Math.floor((p * 200 + q) / (2 * q)) / 100;
  const big = (BigInt(p) * 200n + BigInt(q)) / (2n * BigInt(q));
  return Number(big) / 100;
}

function validLevel(level: unknown): level is Level {
  return level === 0 || level === 1 || level === 2 || level === 3;
}

function validDate(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (typeof value === 'string' && isIsoDate(value))
  );
}

/** Cheap structural checks of a record that did not pass the schema; Bahasa Indonesia. */
function recordProblems(inv: Innovation): string[] {
  const problems: string[] = [];
  const blank = (v: unknown) => typeof v !== 'string' || v === '' || v.trim() === '';
  if (blank(inv.id)) problems.push(coreMessages.required(fieldLabel(['id'])));
  if (blank(inv.opd)) problems.push(coreMessages.required(fieldLabel(['opd'])));
  if (blank(inv.name)) problems.push(coreMessages.required(fieldLabel(['name'])));
  if (inv.stage !== undefined && !STAGES.includes(inv.stage))
    problems.push(coreMessages.badOption(fieldLabel(['stage']), STAGES as unknown as string[]));
  if (blank(inv.mainAffair)) {
    problems.push(coreMessages.required(fieldLabel(['mainAffair'])));
  } else if (!isUrusanCode(inv.mainAffair) && !findUrusan(inv.mainAffair)) {
    problems.push(coreMessages.unknownUrusan(fieldLabel(['mainAffair']), inv.mainAffair));
  }
  if (!validDate(inv.trialDate)) problems.push(coreMessages.badDate(fieldLabel(['trialDate'])));
  if (!validDate(inv.implementationDate))
    problems.push(coreMessages.badDate(fieldLabel(['implementationDate'])));
  if (!validDate(inv.developmentDate)) problems.push(coreMessages.badDate(fieldLabel(['developmentDate'])));
  if (inv.trialDate && inv.implementationDate && inv.trialDate > inv.implementationDate)
    problems.push(coreMessages.trialAfterImplementation);
  if (inv.design !== undefined && inv.design !== null && typeof inv.design !== 'string')
    problems.push(coreMessages.wrongType(fieldLabel(['design']), 'string'));
  const indicators = inv.indicators;
  if (indicators !== undefined && (indicators === null || typeof indicators !== 'object'))
    problems.push(coreMessages.wrongType(fieldLabel(['indicators']), 'object'));
  return problems;
}

function inWindow(p: Prepared, inv: Innovation): boolean {
  const { start, end, developmentDateAlternative } = p.rubric.penerapanWindow;
  const d = inv.implementationDate;
  if (typeof d === 'string' && d >= start && d <= end) return true;
  const dev = inv.developmentDate;
  return developmentDateAlternative && typeof dev === 'string' && dev >= start && dev <= end;
}

/** Everything the projections need from one innovation, in hundredths. */
interface Evaluation {
  result: InnovationResult;
  claimed: number;
  verified: number;
  counted: boolean;
  verifiedCounted: boolean;
  mainAffair: string;
}

function evaluate(p: Prepared, inv: Innovation, validated: boolean): Evaluation {
  const rubric = p.rubric;
  const problems: string[] = validated ? EMPTY : recordProblems(inv);
  const entries = inv.indicators && typeof inv.indicators === 'object' ? inv.indicators : {};
  const verdicts = inv.verification?.indicators ?? {};
  const evidenceRequired = rubric.rules.evidenceRequired;
  const indicators: IndicatorScore[] = new Array(p.sid.length);
  let missing: string[] | undefined;
  let verifiedMissing: string[] | undefined;
  let claimed = 0;
  let verified = 0;
  let present = 0;
  for (let k = 0; k < p.sid.length; k++) {
    const ind = p.sid[k]!;
    const entry = (entries as Record<string | number, IndicatorEntry | undefined>)[ind.key];
    let level: Level = 0;
    if (entry !== undefined) {
      present++;
      if (entry && validLevel(entry.level)) level = entry.level;
      else if (!validated) problems.push(coreMessages.level(fieldLabel(['indicators', ind.id, 'level'])));
    }
    let points = 0;
    let verifiedPoints = 0;
    let outcome = 0;
    if (level > 0) {
      // Validated evidence holds only links already; otherwise every link is checked.
      const evidence = entry?.evidence;
      const linked = validated ? typeof evidence === 'string' && evidence !== '' : hasEvidence(evidence);
      if (evidenceRequired && !linked) outcome = level * 4 + NO_EVIDENCE;
      else {
        points = ind.weight * level;
        const verdict = (verdicts as Record<string | number, string | undefined>)[ind.key];
        if (verdict === 'accepted') {
          verifiedPoints = points;
          outcome = level * 4 + ACCEPTED;
        } else outcome = level * 4 + (verdict === 'rejected' ? REJECTED : NOT_ACCEPTED);
      }
    }
    indicators[k] = ind.scores[outcome]!;
    claimed += points;
    verified += verifiedPoints;
    if (ind.mandatory) {
      if (points === 0) {
        if (!missing) missing = [];
        missing.push(ind.id);
      }
      if (verifiedPoints === 0) {
        if (!verifiedMissing) verifiedMissing = [];
        verifiedMissing.push(ind.id);
      }
    }
  }

  // Keys the rubric does not know (only possible in unvalidated input): counted, then named.
  if (!validated && Object.keys(entries).length !== present) {
    for (const id of Object.keys(entries)) {
      if (!p.sidIds.has(id)) problems.push(coreMessages.unknownIndicator(id, rubric.id));
    }
  }

  // Reasons shared by both projections (worded once), then each projection's own.
  const base: Worded[] = [];
  if (problems.length) base.push(worded({ code: 'invalid', problems }));
  if (inv.stage === undefined) base.push(p.fixed.noStage);
  else {
    const stageReason = p.fixed.stage[inv.stage];
    if (!p.counted.has(inv.stage) && stageReason) base.push(stageReason);
  }
  if (!inWindow(p, inv)) base.push(p.fixed.window);
  const min = rubric.minDesignWords;
  const words = countWords(typeof inv.design === 'string' ? inv.design : '', min);
  if (words < min)
    base.push(cachedWorded(p, `w${words}`, () => ({ code: 'design_words', words, minimum: min })));

  let claimedExtra: Worded | undefined;
  const verifiedExtra: Worded[] = [];
  if (rubric.rules.mandatoryExcludes) {
    const m = missing;
    if (m) claimedExtra = cachedWorded(p, `m${m.join()}`, () => ({ code: 'mandatory', indicators: m }));
    // Unverified innovations have no accepted indicator at all; "not verified" says so already.
    const vm = verifiedMissing;
    if (vm && inv.verification?.status === 'verified')
      verifiedExtra.push(
        cachedWorded(p, `v${vm.join()}`, () => ({ code: 'mandatory', indicators: vm, verified: true })),
      );
  }
  const status = inv.verification?.status;
  if (status !== 'verified')
    verifiedExtra.push(p.fixed.notVerified[status === 'returned' ? 'returned' : 'pending']);
  else if (inv.verification?.stale) verifiedExtra.push(p.fixed.stale);

  const affair = inv.mainAffair;
  const mainAffair =
    typeof affair === 'string' ? (isUrusanCode(affair) ? affair : (findUrusan(affair)?.code ?? affair)) : '';
  const claimedReasons = claimedExtra ? [...base, claimedExtra] : base;
  const verifiedReasons = verifiedExtra.length ? [...base, ...verifiedExtra] : base;
  const counted = claimedReasons.length === 0;
  const verifiedCounted = verifiedReasons.length === 0;
  const claimedLists = reasonLists(p, claimedReasons);
  const verifiedLists = reasonLists(p, verifiedReasons);
  const result: InnovationResult = {
    id: inv.id,
    opd: inv.opd,
    name: inv.name,
    sidScore: claimed / 100,
    verifiedSidScore: verified / 100,
    counted,
    verifiedCounted,
    reasons: claimedLists.texts,
    verifiedReasons: verifiedLists.texts,
    reasonCodes: claimedLists.codes,
    verifiedReasonCodes: verifiedLists.codes,
    indicators,
    problems: problems.length ? problems : EMPTY,
  };
  return { result, claimed, verified, counted, verifiedCounted, mainAffair };
}

/** One innovation's claimed and verified SID score, counted flags and reasons (live in the sidebar). */
export function scoreInnovation(
  rubric: Rubric,
  innovation: Innovation,
  options: ScoreOptions = {},
): InnovationResult {
  return evaluate(prepare(rubric), innovation, options.validated === true).result;
}

/** SPD score in hundredths: weight × level for every row with a level ≥ 1 (and evidence, when required). */
function spdHundredths(p: Prepared, spd: Record<string, SpdEntry> | undefined): number {
  let total = 0;
  const entries = spd && typeof spd === 'object' ? spd : {};
  for (const row of p.spd) {
    const entry = entries[row.id];
    if (!entry || !validLevel(entry.level) || entry.level === 0) continue;
    if (p.rubric.rules.evidenceRequired && !hasEvidence(entry.evidence)) continue;
    total += row.weight * entry.level;
  }
  return total;
}

/** Accumulates one projection (claimed or verified). */
interface Tally {
  n: number;
  sum: number; // hundredths
  affairs: Set<string>;
}

function project(p: Prepared, spd: number, tally: Tally): Projection & { exactDivisor: number } {
  const rubric = p.rubric;
  const d = Math.max(rubric.minimumDivisor, tally.n);
  const covered = YANDAS_CODES.filter((c) => tally.affairs.has(c));
  const rule = rubric.jumlahInovasi;
  const jumlah =
    covered.length >= rule.yandasRequired
      ? Math.min(tally.n, rule.cap) * hundredths(rule.pointsPerInnovation)
      : 0;
  // Everything over the common denominator 100·d.
  const sidNumerator = tally.sum + jumlah * d;
  const totalNumerator = spd * d + sidNumerator;
  const iid = roundRatio(totalNumerator * 100, d * p.maxTotal);
  const band = predikatFor(rubric, iid);
  return {
    spd: roundRatio(spd, 100),
    spdMax: p.maxSpd / 100,
    sidSum: roundRatio(tally.sum, 100),
    sidAverage: roundRatio(tally.sum, 100 * d),
    divisor: d,
    emptySeats: Math.max(0, rubric.minimumDivisor - tally.n),
    counted: tally.n,
    affairsCovered: covered,
    affairsMissing: YANDAS_CODES.filter((c) => !tally.affairs.has(c)),
    yandasRequired: rule.yandasRequired,
    jumlahInovasi: roundRatio(jumlah, 100),
    sid: roundRatio(sidNumerator, 100 * d),
    total: roundRatio(totalNumerator, 100 * d),
    maxTotal: p.maxTotal / 100,
    iid,
    predikat: band.name,
    predikatColour: band.colour,
    exactDivisor: d,
  };
}

interface OpdTally {
  code: string;
  name: string;
  total: number;
  byStage: Record<Stage, number>;
  counted: number;
  verifiedCounted: number;
  sum: number;
  verifiedSum: number;
  affairs: Set<string>;
}

function newOpd(code: string, name: string): OpdTally {
  return {
    code,
    name,
    total: 0,
    byStage: { inisiatif: 0, uji_coba: 0, penerapan: 0 },
    counted: 0,
    verifiedCounted: 0,
    sum: 0,
    verifiedSum: 0,
    affairs: new Set(),
  };
}

/** Competition ranking ("1, 1, 3") by a key, larger first. */
function ranks<T>(items: T[], key: (item: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => key(b) - key(a));
  const out = new Map<T, number>();
  sorted.forEach((item, i) => {
    const prev = sorted[i - 1];
    out.set(item, prev !== undefined && key(prev) === key(item) ? out.get(prev)! : i + 1);
  });
  return out;
}

/** Scores the regency: claimed and verified projections, each innovation, each OPD. */
export function score(input: ScoringInput, options: ScoreOptions = {}): ScoringResult {
  const rubric = getRubric(input.rubric);
  const p = prepare(rubric);
  const validated = options.validated === true;
  const claimed: Tally = { n: 0, sum: 0, affairs: new Set() };
  const verified: Tally = { n: 0, sum: 0, affairs: new Set() };
  const opds = new Map<string, OpdTally>();
  for (const o of input.opds ?? []) if (!opds.has(o.code)) opds.set(o.code, newOpd(o.code, o.name));
  const results: InnovationResult[] = [];

  for (const inv of input.innovations) {
    const e = evaluate(p, inv, validated);
    results.push(e.result);
    const code = typeof inv.opd === 'string' ? inv.opd : '';
    let opd = opds.get(code);
    if (!opd) {
      opd = newOpd(code, code);
      opds.set(code, opd);
    }
    opd.total++;
    if (inv.stage !== undefined && STAGES.includes(inv.stage)) opd.byStage[inv.stage]++;
    if (e.counted) {
      claimed.n++;
      claimed.sum += e.claimed;
      claimed.affairs.add(e.mainAffair);
      opd.counted++;
      opd.sum += e.claimed;
      opd.affairs.add(e.mainAffair);
    }
    if (e.verifiedCounted) {
      verified.n++;
      verified.sum += e.verified;
      verified.affairs.add(e.mainAffair);
      opd.verifiedCounted++;
      opd.verifiedSum += e.verified;
    }
  }

  const spd = spdHundredths(p, input.spd);
  const { exactDivisor: dClaimed, ...claimedProjection } = project(p, spd, claimed);
  const { exactDivisor: dVerified, ...verifiedProjection } = project(p, spd, verified);

  const tallies = [...opds.values()];
  const rank = ranks(tallies, (t) => t.sum);
  const verifiedRank = ranks(tallies, (t) => t.verifiedSum);
  const opdResults: OpdResult[] = tallies
    .map((t) => ({
      opd: t.code,
      name: t.name,
      total: t.total,
      byStage: t.byStage,
      counted: t.counted,
      verifiedCounted: t.verifiedCounted,
      meanSid: t.counted ? roundRatio(t.sum, 100 * t.counted) : 0,
      verifiedMeanSid: t.verifiedCounted ? roundRatio(t.verifiedSum, 100 * t.verifiedCounted) : 0,
      contribution: roundRatio(t.sum, 100 * dClaimed),
      verifiedContribution: roundRatio(t.verifiedSum, 100 * dVerified),
      rank: rank.get(t)!,
      verifiedRank: verifiedRank.get(t)!,
      affairsCovered: YANDAS_CODES.filter((c) => t.affairs.has(c)),
    }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'id') || a.opd.localeCompare(b.opd));

  return {
    rubric: rubric.id,
    rubricWarnings: [...rubric.warnings],
    claimed: claimedProjection,
    verified: verifiedProjection,
    innovations: results,
    opds: opdResults,
    opdsWithNothing: (input.opds ?? []).filter((o) => opds.get(o.code)?.total === 0).map((o) => o.code),
  };
}
