// A varied, reproducible register for the recalculation and action tests and the benchmark: every
// stage, innovations outside the window, short designs, missing evidence, missing mandatory
// indicators, and every verification state, spread over OPDs and urusan.
import type { IndicatorEntry, Innovation, Level, ScoringInput, SpdEntry, Stage } from '../../src/core/model';
import type { Rubric } from '../../src/core/rubric';

export const LINK = 'https://drive.google.com/file/d/bukti-dukung/view';

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function words(n: number, prefix = 'kata'): string {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
}

const AFFAIRS = [
  'pendidikan',
  'kesehatan',
  'pupr',
  'sosial',
  'kominfo',
  'adminduk_capil',
  'pertanian',
  'litbang',
];

export interface RegisterOptions {
  seed?: number;
  /** OPD codes the innovations are spread over. */
  opds: readonly string[];
  /** Share of innovations that are already fine and verified (0..1). */
  quality?: number;
  /** Urusan to draw from (codes); a list without some yandas urusan keeps the jumlah-inovasi rule unmet. */
  affairs?: readonly string[];
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

/** The profile the submit rules ask for (the same for every generated innovation). */
const PROFILE = {
  initiator: 'opd',
  initiatorName: 'Kepala OPD',
  kind: 'digital',
  form: 'pelayanan_publik',
  theme: 'asta_cita_4',
  classification: 'perangkat_daerah',
  benefitBasis: 'a',
  origin: { kind: 'program_opd', title: 'Program OPD', year: 2024 },
} as const;

/** The day before an ISO date (a trial before the implementation, as the submit rules ask). */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function makeInnovations(rubric: Rubric, count: number, options: RegisterOptions): Innovation[] {
  const rnd = random(options.seed ?? 1);
  const quality = options.quality ?? 0.6;
  const affairs = options.affairs ?? AFFAIRS;
  const window = rubric.penerapanWindow;
  const out: Innovation[] = [];
  for (let i = 0; i < count; i++) {
    const good = rnd() < quality;
    const stage: Stage = good || rnd() < 0.8 ? 'penerapan' : pick(rnd, ['inisiatif', 'uji_coba'] as const);
    const indicators: Record<string, IndicatorEntry> = {};
    for (const ind of rubric.sid.indicators) {
      let level = Math.floor(rnd() * 4) as Level;
      if (ind.mandatory && (good || rnd() < 0.85) && level === 0) level = 1;
      if (level === 0 && rnd() < 0.5) continue;
      const evidence = good || rnd() < 0.85 ? LINK : rnd() < 0.5 ? 'lihat berkas di kantor' : undefined;
      indicators[ind.id] = evidence ? { level, evidence } : { level };
    }
    const inWindow = good || rnd() < 0.9;
    const opd = options.opds[i % options.opds.length]!;
    const innovation: Innovation = {
      // Bound to the OPD, as the add-on makes ids (a foreign id makes a row a draft).
      id: `${opd}-INV${String(i + 1).padStart(5, '0')}`,
      opd,
      name: `Inovasi ${i + 1}`,
      ...PROFILE,
      origin: { ...PROFILE.origin },
      stage,
      mainAffair: pick(rnd, affairs),
      trialDate: dayBefore(inWindow ? window.start : '2019-06-01'),
      implementationDate: inWindow ? window.start : '2019-06-01',
      developmentDate: null,
      design: words(good || rnd() < 0.85 ? rubric.minDesignWords + 5 : 120),
      goal: 'Meningkatkan layanan',
      benefit: 'Layanan lebih cepat',
      result: 'Waktu layanan turun',
      indicators,
    };
    const v = rnd();
    if (good || v < 0.3) {
      const verdicts: Record<string, 'accepted' | 'rejected'> = {};
      for (const id of Object.keys(indicators)) verdicts[id] = good || rnd() < 0.9 ? 'accepted' : 'rejected';
      innovation.verification = { status: 'verified', stale: !good && rnd() < 0.3, indicators: verdicts };
    } else if (v < 0.45) {
      innovation.verification = { status: 'returned', stale: false, indicators: {}, note: 'Lengkapi bukti.' };
    } else if (v < 0.7) {
      innovation.verification = { status: 'pending' };
    }
    out.push(innovation);
  }
  return out;
}

export function makeSpd(rubric: Rubric, seed = 7): Record<string, SpdEntry> {
  const rnd = random(seed);
  const out: Record<string, SpdEntry> = {};
  for (const row of rubric.spd.rows) {
    const level = Math.floor(rnd() * 4) as Level;
    if (level === 0 && rnd() < 0.5) continue;
    out[row.id] = rnd() < 0.8 ? { level, evidence: LINK } : { level };
  }
  return out;
}

export function makeInput(rubric: Rubric, count: number, options: RegisterOptions): ScoringInput {
  return {
    rubric: rubric.id,
    spd: makeSpd(rubric, (options.seed ?? 1) + 100),
    innovations: makeInnovations(rubric, count, options),
    opds: options.opds.map((code) => ({ code, name: `OPD ${code}` })),
  };
}
