// The shape of a rubric preset (one IGA assessment year) and the checks every preset must pass
// when it is loaded. Every year-specific number lives in the preset data, never in code.
import * as z from 'zod/mini';
import id from 'zod/v4/locales/id.js';
import { lazyObject, once } from '../lazy';

function build() {
  // zod/mini ships without issue messages; a broken preset is reported with them (getRubric, the
  // sidebar's parseRubric), and people read those reports, so install zod's Indonesian ones here.
  z.config(id());

  /** Weights, bands and points carry at most two decimals, so scoring can work in hundredths. */
  function isHundredths(value: number): boolean {
    return Number.isFinite(value) && Math.abs(Math.round(value * 100) - value * 100) < 1e-9;
  }

  const hundredths = z
    .number()
    .check(z.refine(isHundredths, { message: 'harus bilangan dengan paling banyak 2 desimal' }));
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'harus tanggal YYYY-MM-DD' }));
  const text = z.string().check(z.minLength(1));
  const int = (min: number, max?: number) =>
    z.number().check(z.int(), z.gte(min), ...(max === undefined ? [] : [z.lte(max)]));
  const nonEmpty = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

  const sourceTagSchema = z.enum(['OFF', 'GOV', '3P', 'INF']);

  const rubricSourceSchema = z.object({
    ref: text,
    title: text,
    url: z.optional(z.string()),
    tag: sourceTagSchema,
  });

  const confidenceNoteSchema = z.object({
    topic: text,
    level: z.enum(['tinggi', 'sedang', 'rendah', 'tidak diketahui']),
    note: text,
  });

  /** The three parameter texts of levels 1, 2 and 3 ("Belum ada" = level 0 is implicit). */
  const parametersSchema = z.tuple([text, text, text]);

  const indicatorBase = {
    id: z.string().check(z.regex(/^\d{1,2}[a-z]?$/)),
    number: int(1),
    variable: text,
    name: text,
    weight: hundredths.check(z.refine((w) => w > 0, { message: 'bobot harus > 0' })),
    mandatory: z.boolean(),
    parameters: parametersSchema,
    evidenceHint: text,
    help: z.optional(z.string()),
  };

  const spdRowSchema = z.object(indicatorBase);

  /** One alternative measurement basis of an indicator (2026: indicator 33, bases a–f). */
  const indicatorBasisSchema = z.object({
    id: z.string().check(z.regex(/^[a-z]$/)),
    measure: text,
    parameters: parametersSchema,
  });

  const sidIndicatorSchema = z.object({
    ...indicatorBase,
    help: text,
    bases: z.optional(z.array(indicatorBasisSchema).check(z.minLength(2))),
    /** Basis assumed when an innovation names none. */
    defaultBasis: z.optional(z.string()),
  });

  const predikatBandSchema = z.object({
    name: text,
    /** Lowest IID (after rounding to 2 decimals) that earns this predikat. */
    min: hundredths.check(z.refine((v) => v >= 0 && v <= 100, { message: 'batas bawah harus 0–100' })),
    colour: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  });

  const profileOptionSchema = z.object({ code: z.string().check(z.regex(/^[a-z0-9_]+$/)), label: text });

  const optionList = nonEmpty(profileOptionSchema);

  const rubricStatusSchema = z.enum(['resmi-3p', 'prognosis', 'sebagian']);

  const stageSchema = z.enum(['inisiatif', 'uji_coba', 'penerapan']);

  const rubricObject = z.object({
    id: z.string().check(z.regex(/^iid-\d{4}$/)),
    year: int(2019, 2100),
    title: text,
    status: rubricStatusSchema,
    /** Shown to users wherever the rubric's results are shown (Bahasa Indonesia). */
    warnings: z.array(text),
    sources: nonEmpty(rubricSourceSchema),
    confidence: nonEmpty(confidenceNoteSchema),
    spd: z.object({ variables: nonEmpty(text), rows: nonEmpty(spdRowSchema) }),
    sid: z.object({ variables: nonEmpty(text), indicators: nonEmpty(sidIndicatorSchema) }),
    /** d in SID = Σ SID / MAX(d, n). */
    minimumDivisor: int(1),
    jumlahInovasi: z.object({
      pointsPerInnovation: hundredths.check(z.refine((v) => v >= 0)),
      cap: int(0),
      /** How many of the six yandas urusan the counted innovations' main urusan must cover. */
      yandasRequired: int(0, 6),
      /** False when the year's rule is not public and was taken from another year. */
      known: z.boolean(),
    }),
    /** Highest band first; the last band has min 0 ("Tidak Dapat Dinilai"). */
    predikat: z.array(predikatBandSchema).check(z.minLength(2)),
    penerapanWindow: z.object({
      start: isoDate,
      end: isoDate,
      /** A pengembangan date inside the window counts as well as a penerapan date. */
      developmentDateAlternative: z.boolean(),
    }),
    minDesignWords: int(0),
    /**
     * How often one innovation may be reported to the national application across years
     * (methodology §3.2). Absent, or maxReports null: no limit known, only the window applies.
     */
    reReporting: z.optional(z.object({ maxReports: z.nullable(int(1)), note: text })),
    rules: z.object({
      /** A level ≥ 1 scores only with an evidence link. */
      evidenceRequired: z.boolean(),
      /** An innovation whose mandatory SID indicator scores 0 is not counted. */
      mandatoryExcludes: z.boolean(),
      countedStages: nonEmpty(stageSchema),
    }),
    profile: z.object({
      initiators: optionList,
      kinds: optionList,
      forms: optionList,
      themes: z.optional(optionList),
      classifications: z.optional(optionList),
      pkpnClusters: z.optional(optionList),
    }),
    /** Declared maxima; load checks them against the catalogue. */
    maxima: z.object({ spd: hundredths, sid: hundredths, jumlahInovasi: hundredths, total: hundredths }),
  });

  const rubricSchema = rubricObject.check(
    z.superRefine((r, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      for (const [key, ids] of [
        ['spd.rows', r.spd.rows.map((x) => x.id)],
        ['sid.indicators', r.sid.indicators.map((x) => x.id)],
      ] as const) {
        const dup = duplicates([...ids]);
        if (dup.length) issue(key.split('.'), `id ganda: ${dup.join(', ')}`);
      }
      r.spd.rows.forEach((row, i) => {
        if (!r.spd.variables.includes(row.variable))
          issue(['spd', 'rows', i, 'variable'], `variabel tidak terdaftar: ${row.variable}`);
      });
      r.sid.indicators.forEach((ind, i) => {
        if (!r.sid.variables.includes(ind.variable))
          issue(['sid', 'indicators', i, 'variable'], `variabel tidak terdaftar: ${ind.variable}`);
        if (ind.bases) {
          const dup = duplicates(ind.bases.map((b) => b.id));
          if (dup.length) issue(['sid', 'indicators', i, 'bases'], `basis ganda: ${dup.join(', ')}`);
          if (!ind.defaultBasis || !ind.bases.some((b) => b.id === ind.defaultBasis))
            issue(['sid', 'indicators', i, 'defaultBasis'], 'basis bawaan harus salah satu basis');
        } else if (ind.defaultBasis) {
          issue(['sid', 'indicators', i, 'defaultBasis'], 'basis bawaan tanpa daftar basis');
        }
      });
      for (let i = 1; i < r.predikat.length; i++) {
        if (r.predikat[i]!.min >= r.predikat[i - 1]!.min)
          issue(['predikat', i, 'min'], 'predikat harus urut dari batas bawah tertinggi');
      }
      if (r.predikat[r.predikat.length - 1]?.min !== 0)
        issue(['predikat'], 'predikat terakhir harus berbatas bawah 0 (Tidak Dapat Dinilai)');
      if (r.penerapanWindow.start > r.penerapanWindow.end)
        issue(['penerapanWindow'], 'awal jendela penerapan setelah akhirnya');
      const derived = deriveMaxima(r);
      for (const key of ['spd', 'sid', 'jumlahInovasi', 'total'] as const) {
        if (derived[key] !== r.maxima[key])
          issue(['maxima', key], `maksimum ${key} tertulis ${r.maxima[key]}, dihitung ${derived[key]}`);
      }
    }),
  );
  return {
    hundredths,
    isoDate,
    text,
    sourceTagSchema,
    rubricSourceSchema,
    confidenceNoteSchema,
    parametersSchema,
    indicatorBase,
    spdRowSchema,
    indicatorBasisSchema,
    sidIndicatorSchema,
    predikatBandSchema,
    profileOptionSchema,
    optionList,
    rubricStatusSchema,
    stageSchema,
    rubricObject,
    rubricSchema,
  };
}

type Schemas = ReturnType<typeof build>;
const schemas = /* @__PURE__ */ once(build);

export type SourceTag = z.infer<Schemas['sourceTagSchema']>;
export type RubricSource = z.infer<Schemas['rubricSourceSchema']>;
export type ConfidenceNote = z.infer<Schemas['confidenceNoteSchema']>;
export type SpdRow = z.infer<Schemas['spdRowSchema']>;
export type IndicatorBasis = z.infer<Schemas['indicatorBasisSchema']>;
export type SidIndicator = z.infer<Schemas['sidIndicatorSchema']>;
export type PredikatBand = z.infer<Schemas['predikatBandSchema']>;
export type ProfileOption = z.infer<Schemas['profileOptionSchema']>;
export type RubricStatus = z.infer<Schemas['rubricStatusSchema']>;
export type Rubric = z.infer<Schemas['rubricObject']>;

/** The rubric preset schema (built on first use: see lazy.ts). */
export const rubricSchema: Schemas['rubricSchema'] = /* @__PURE__ */ lazyObject(() => schemas().rubricSchema);

export interface RubricMaxima {
  spd: number;
  sid: number;
  jumlahInovasi: number;
  total: number;
}

/** Maxima derived from the catalogue (Σ weight × 3; cap × points), exact in hundredths. */
export function deriveMaxima(rubric: {
  spd: { rows: { weight: number }[] };
  sid: { indicators: { weight: number }[] };
  jumlahInovasi: { pointsPerInnovation: number; cap: number };
}): RubricMaxima {
  const sum = (items: { weight: number }[]) => items.reduce((s, i) => s + Math.round(i.weight * 100), 0);
  const spd = sum(rubric.spd.rows) * 3;
  const sid = sum(rubric.sid.indicators) * 3;
  const jumlahInovasi = Math.round(rubric.jumlahInovasi.pointsPerInnovation * 100) * rubric.jumlahInovasi.cap;
  return {
    spd: spd / 100,
    sid: sid / 100,
    jumlahInovasi: jumlahInovasi / 100,
    total: (spd + sid + jumlahInovasi) / 100,
  };
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}
