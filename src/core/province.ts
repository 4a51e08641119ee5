// The provincial rollup as a pure plan: the regencies listed on the province's Kabupaten tab, what
// IMPORTRANGE brought from each one's Data Rekap (docs/kontrak-data-rekap.md), and the checks that
// decide whether a regency may be ranked. A regency with any problem is listed with its problems
// and never ranked: a ranking mixes only data of the same rubric, period, contract version and age.
import { type RekapData, type RekapReadProblem, readRekap } from './rekap';
import { YANDAS_CODES } from './urusan';

/** Kemendagri code of a regency or city: province code, dot, two digits ("76.01"). */
export const REGION_CODE_PATTERN = /^\d{2}\.\d{2}$/;
/** A spreadsheet's key as it appears in its URL (…/spreadsheets/d/KEY/edit). */
const URL_KEY = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})(?:[/?#].*)?$/;
const BARE_KEY = /^[A-Za-z0-9_-]{20,}$/;
const DAY_MS = 86_400_000;

/** One row of the Kabupaten tab, as typed by the province's admin. */
export interface RegencyEntry {
  row: number;
  name: string;
  code: string;
  url: string;
}

export type RegencyProblem =
  | RekapReadProblem
  | { code: 'no_name' }
  | { code: 'bad_code'; value: string }
  | { code: 'duplicate_code'; value: string }
  | { code: 'bad_url' }
  | { code: 'linked_now' }
  | { code: 'code_mismatch'; found: string; expected: string }
  | { code: 'rubric'; found: string; expected: string }
  | { code: 'period'; found: number; expected: number }
  | { code: 'stale'; days: number; maxDays: number }
  | { code: 'future' };

/** The spreadsheet key in a URL or a bare key, or null when it is neither. */
export function spreadsheetKey(url: string): string | null {
  const t = url.trim();
  const m = URL_KEY.exec(t);
  if (m) return m[1]!;
  return BARE_KEY.test(t) ? t : null;
}

/** Problems of the Kabupaten tab rows themselves, by row (duplicates after the first). */
export function entryProblems(entries: readonly RegencyEntry[]): RegencyProblem[][] {
  const seen = new Set<string>();
  return entries.map((e) => {
    const out: RegencyProblem[] = [];
    if (!e.name.trim()) out.push({ code: 'no_name' });
    if (!REGION_CODE_PATTERN.test(e.code)) out.push({ code: 'bad_code', value: e.code });
    else if (seen.has(e.code)) out.push({ code: 'duplicate_code', value: e.code });
    seen.add(e.code);
    if (!spreadsheetKey(e.url)) out.push({ code: 'bad_url' });
    return out;
  });
}

export interface ProvinceExpectation {
  rubric: string;
  period: number;
  /** Epoch ms of the provincial recalculation. */
  now: number;
  /** Data older than this many days is not ranked. */
  maxAgeDays: number;
}

/** Checks one regency's imported data against the province's rubric, period and age. */
export function checkRekap(
  entry: RegencyEntry,
  data: RekapData,
  expected: ProvinceExpectation,
): RegencyProblem[] {
  const out: RegencyProblem[] = [];
  if (data.regionCode !== entry.code)
    out.push({ code: 'code_mismatch', found: data.regionCode, expected: entry.code });
  if (data.rubric !== expected.rubric)
    out.push({ code: 'rubric', found: data.rubric, expected: expected.rubric });
  if (data.period !== expected.period)
    out.push({ code: 'period', found: data.period, expected: expected.period });
  const age = expected.now - Date.parse(data.computedAt);
  if (age < -DAY_MS) out.push({ code: 'future' });
  else if (age > expected.maxAgeDays * DAY_MS)
    out.push({ code: 'stale', days: Math.floor(age / DAY_MS), maxDays: expected.maxAgeDays });
  return out;
}

export interface RegencyInput {
  entry: RegencyEntry;
  /** The import tab's values; null when the tab did not exist before this run. */
  cells: readonly (readonly unknown[])[] | null;
}

export interface RankedRegency {
  entry: RegencyEntry;
  data: RekapData;
  /** 1 = highest verified IID; ties share a rank. */
  verifiedRank: number;
  claimedRank: number;
  /** Yandas urusan not covered by a verified counted innovation. */
  missingYandas: string[];
}

export interface ExcludedRegency {
  entry: RegencyEntry;
  problems: RegencyProblem[];
}

export interface ProvincePlan {
  ranked: RankedRegency[];
  excluded: ExcludedRegency[];
  /** Per yandas urusan code, the ranked regencies (codes) whose verified innovations lack it. */
  yandasGaps: { urusan: string; regencies: string[] }[];
}

function ranks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

/** Ranks the regencies whose data passed every check, by verified IID then claimed IID. */
export function planProvince(inputs: readonly RegencyInput[], expected: ProvinceExpectation): ProvincePlan {
  const own = entryProblems(inputs.map((i) => i.entry));
  const ok: { entry: RegencyEntry; data: RekapData }[] = [];
  const excluded: ExcludedRegency[] = [];
  inputs.forEach((input, i) => {
    const problems: RegencyProblem[] = [...own[i]!];
    if (problems.length === 0) {
      if (input.cells === null) problems.push({ code: 'linked_now' });
      else {
        const read = readRekap(input.cells);
        if (!read.ok) problems.push(...read.problems);
        else {
          problems.push(...checkRekap(input.entry, read.data, expected));
          if (problems.length === 0) ok.push({ entry: input.entry, data: read.data });
        }
      }
    }
    if (problems.length) excluded.push({ entry: input.entry, problems });
  });
  ok.sort(
    (a, b) =>
      b.data.verified.iid - a.data.verified.iid ||
      b.data.claimed.iid - a.data.claimed.iid ||
      a.entry.code.localeCompare(b.entry.code),
  );
  const verifiedRanks = ranks(ok.map((r) => r.data.verified.iid));
  const claimedRanks = ranks(ok.map((r) => r.data.claimed.iid));
  const ranked = ok.map((r, i) => ({
    ...r,
    verifiedRank: verifiedRanks[i]!,
    claimedRank: claimedRanks[i]!,
    missingYandas: YANDAS_CODES.filter((u) => !r.data.verified.affairsCovered.includes(u)),
  }));
  const yandasGaps = YANDAS_CODES.map((urusan) => ({
    urusan,
    regencies: ranked.filter((r) => r.missingYandas.includes(urusan)).map((r) => r.entry.code),
  }));
  return { ranked, excluded, yandasGaps };
}
