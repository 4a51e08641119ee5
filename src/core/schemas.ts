// Domain schemas, built from the rubric so that the sidebar, the server and the CLI validate with
// the same rules. Three strictness modes for an innovation:
//   draft   name and OPD only; everything present must have a valid shape;
//   submit  the full profile of methodology §2 that the rubric's year has, evidence for levels ≥ 1;
//   score   the scoring CLI contract (id, opd, name, stage, mainAffair, indicators), the rest optional.
// Text is data: formula-like or HTML-like content is accepted as is; the sheets layer stores it inert.
import * as z from 'zod/mini';
import { coreMessages, fieldLabel } from '../shared/messages/core';
import { lazyObject, once } from './lazy';
import {
  type FieldError,
  type Innovation,
  ORIGIN_KINDS,
  type SpdEntry,
  STAGES,
  type Stage,
  type VerificationRecord,
} from './model';
import { getRubric, isRubricId, RUBRIC_IDS, type Rubric } from './rubric';
import { findInvisible, hasControlCharacters, isHttpUrl, isIsoDate } from './text';
import { findUrusan, URUSAN } from './urusan';

// Also here because the word count is part of the form's validation story.
export { countWords } from './text';

export type ValidationMode = 'draft' | 'submit' | 'score';

/** Length limits; 50,000 characters is the most a Sheets cell holds. */
export const TEXT_LIMITS = {
  id: 100,
  code: 100,
  name: 200,
  short: 500,
  note: 5_000,
  evidence: 10_000,
  long: 20_000,
  cell: 50_000,
  evidenceLinks: 20,
  otherAffairs: 37,
} as const;

const TRAINING_ORIGINS: readonly string[] = ['latpim', 'pka', 'pkp', 'latsar'];
const INITIATOR_CODES = ['kepala_daerah', 'anggota_dprd', 'opd', 'asn', 'masyarakat'] as const;
const KIND_CODES = ['digital', 'non_digital'] as const;
const FORM_CODES = ['tata_kelola', 'pelayanan_publik', 'lainnya'] as const;

// Custom issues carry a `kind` so the translator can word them with the field's label.
type IssueKind =
  | 'control'
  | 'invisible'
  | 'date'
  | 'url'
  | 'urusan'
  | 'timestamp()'
  | 'fingerprint'
  | 'links'
  | 'integer';
const kind = (k: IssueKind) => ({ params: { kind: k } });

/** Trimmed text without control characters, at most `max` characters. */
function text(max: number) {
  return z.string().check(
    z.trim(),
    z.maxLength(max),
    z.refine((s) => !hasControlCharacters(s), kind('control')),
  );
}

function requiredText(max: number) {
  return text(max).check(z.minLength(1));
}

function isoDate() {
  return z
    .string()
    .check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isIsoDate, kind('date')))
    .register(z.globalRegistry, { format: 'date', description: 'Tanggal ISO TTTT-BB-HH' });
}

/** A date field: ISO date, null, or an empty string (read as null). */
function optionalDate() {
  return z.pipe(
    z.optional(z.union([z.null(), z.literal(''), isoDate()])),
    z.transform((v: string | null | undefined) => (v ? v : null)),
  );
}

/** An enum value, or an empty string read as "not chosen". */
function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z.pipe(
    z.optional(z.union([z.literal(''), z.enum(values)])),
    z.transform((v: string | undefined) => (v === '' ? undefined : v) as T[number] | undefined),
  );
}

function levelSchema() {
  return z.literal([0, 1, 2, 3]);
}

/** One or more http(s) links separated by whitespace; a list of links is accepted and joined. */
function evidenceSchema() {
  const links = z
    .union([z.string(), z.array(z.string()).check(z.maxLength(TEXT_LIMITS.evidenceLinks))])
    .register(z.globalRegistry, {
      description: 'Satu atau beberapa tautan http(s), dipisah spasi atau baris baru, atau daftar tautan',
    });
  return z.pipe(
    z.pipe(
      links,
      z.transform((v: string | string[]) => (Array.isArray(v) ? v.join('\n') : v).trim()),
    ),
    z.string().check(
      z.maxLength(TEXT_LIMITS.evidence),
      z.refine((s) => !hasControlCharacters(s), kind('control')),
      z.refine((s) => findInvisible(s) === null, kind('invisible')),
      z.refine((s) => s.split(/\s+/).filter(Boolean).length <= TEXT_LIMITS.evidenceLinks, kind('links')),
      z.refine((s) => s === '' || findInvisible(s) !== null || s.split(/\s+/).every(isHttpUrl), kind('url')),
    ),
  );
}

function urusanCode() {
  return z
    .pipe(
      z.string().check(
        z.trim(),
        z.refine((v) => findUrusan(v) !== undefined, kind('urusan')),
      ),
      z.transform((v: string) => findUrusan(v)!.code),
    )
    .register(z.globalRegistry, {
      description:
        'Kode urusan pemerintahan (misalnya pendidikan, kesehatan, pupr); nama urusan juga diterima',
    });
}

/** Per indicator (SID) or per row (SPD): level, evidence links, letter number and date. */
function entrySchema() {
  return z.object({
    level: levelSchema(),
    evidence: z.optional(evidenceSchema()),
    letterNumber: z.optional(text(TEXT_LIMITS.name)),
    letterDate: optionalDate(),
    note: z.optional(text(TEXT_LIMITS.note)),
  });
}

function verdictSchema() {
  return z.enum(['accepted', 'rejected']);
}

function timestamp() {
  return z.string().check(
    z.trim(),
    z.refine(
      (v) =>
        /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v),
      kind('timestamp()'),
    ),
  );
}

function verificationObject() {
  return z.object({
    status: z.enum(['pending', 'verified', 'returned']),
    stale: z.optional(z.boolean()),
    indicators: z.optional(z.record(z.string(), verdictSchema())),
    notes: z.optional(z.record(z.string(), text(TEXT_LIMITS.note))),
    note: z.optional(text(TEXT_LIMITS.note)),
    verifiedBy: z.optional(text(TEXT_LIMITS.name)),
    verifiedAt: z.optional(z.union([z.literal(''), timestamp()])),
    fingerprint: z.optional(z.union([z.literal(''), z.string().check(z.regex(/^[0-9a-f]{16}$/))])),
  });
}

/** Memoises a schema builder per rubric: zod schemas are costly to build and cheap to reuse. */
function perRubric<T>(build: (rubric: Rubric) => T): (rubric: Rubric) => T {
  const cache = new WeakMap<Rubric, T>();
  return (rubric) => {
    let value = cache.get(rubric);
    if (value === undefined) {
      value = build(rubric);
      cache.set(rubric, value);
    }
    return value;
  };
}

// The builders of the two rubric-specific record schemas; exported memoised below.
function buildVerificationSchema(rubric: Rubric) {
  return verificationObject().check(
    z.superRefine(
      (value, ctx) => {
        const v = record(value);
        const ids = sidIds(rubric);
        for (const key of ['indicators', 'notes'] as const) {
          for (const id of Object.keys(record(v?.[key]) ?? {})) {
            if (!ids.has(id))
              ctx.addIssue({
                code: 'custom',
                path: [key, id],
                message: coreMessages.unknownIndicator(id, rubric.id),
              });
          }
        }
      },
      { when: (p) => record(p.value) !== undefined },
    ),
  );
}

const sidIdCache = /* @__PURE__ */ new WeakMap<Rubric, Set<string>>();
function sidIds(rubric: Rubric): Set<string> {
  let ids = sidIdCache.get(rubric);
  if (!ids) {
    ids = new Set(rubric.sid.indicators.map((i) => i.id));
    sidIdCache.set(rubric, ids);
  }
  return ids;
}

function buildSpdEntriesSchema(rubric: Rubric) {
  const rows = new Set(rubric.spd.rows.map((r) => r.id));
  return z.record(z.string(), entrySchema()).check(
    z.superRefine(
      (entries, ctx) => {
        for (const id of Object.keys(record(entries) ?? {})) {
          if (!rows.has(id))
            ctx.addIssue({ code: 'custom', path: [id], message: coreMessages.unknownSpdRow(id, rubric.id) });
        }
      },
      { when: (p) => record(p.value) !== undefined },
    ),
  );
}

/** A verification record; indicator ids must belong to the rubric. */
export const verificationSchema = /* @__PURE__ */ perRubric(buildVerificationSchema);

/** SPD entries of the regency, keyed by the rubric's row ids ("1", "2a", …). */
export const spdEntriesSchema = /* @__PURE__ */ perRubric(buildSpdEntriesSchema);

const wrappedSpd = /* @__PURE__ */ perRubric((rubric) => z.object({ spd: spdEntriesSchema(rubric) }));
const wrappedVerification = /* @__PURE__ */ perRubric((rubric) =>
  z.object({ verification: verificationSchema(rubric) }),
);

function originSchema(mode: ValidationMode) {
  return z
    .object({
      kind: z.enum(ORIGIN_KINDS as unknown as [string, ...string[]]),
      title: z.optional(text(TEXT_LIMITS.short)),
      participant: z.optional(text(TEXT_LIMITS.name)),
      year: z.optional(
        z.union([
          z.null(),
          z.number().check(z.gte(1990), z.lte(2100), z.refine(Number.isInteger, kind('integer'))),
        ]),
      ),
    })
    .check(
      z.superRefine((o, ctx) => {
        if (mode === 'submit' && TRAINING_ORIGINS.includes(o.kind) && !o.title) {
          ctx.addIssue({ code: 'custom', path: ['title'], message: coreMessages.originTitleRequired });
        }
      }),
    );
}

/** The innovation's object schema without rubric-specific checks (those follow in a refinement). */
function innovationObject(mode: ValidationMode) {
  const submit = mode === 'submit';
  const scoreMode = mode === 'score';
  const needed = submit || scoreMode;
  const longText = submit ? requiredText(TEXT_LIMITS.long) : z.optional(text(TEXT_LIMITS.long));
  const stage = z.enum(STAGES as unknown as [Stage, ...Stage[]]);
  return z.object({
    id: scoreMode ? requiredText(TEXT_LIMITS.id) : z._default(z.optional(text(TEXT_LIMITS.id)), ''),
    opd: requiredText(TEXT_LIMITS.code),
    name: requiredText(TEXT_LIMITS.name),
    stage: needed ? stage : z._default(z.optional(stage), 'inisiatif'),
    mainAffair: needed ? urusanCode() : z._default(z.optional(z.union([z.literal(''), urusanCode()])), ''),
    otherAffairs: z.pipe(
      z.optional(z.array(urusanCode()).check(z.maxLength(TEXT_LIMITS.otherAffairs))),
      z.transform((v: string[] | undefined) => (v ? [...new Set(v)] : [])),
    ),
    trialDate: optionalDate(),
    implementationDate: optionalDate(),
    developmentDate: optionalDate(),
    design: longText,
    goal: longText,
    benefit: longText,
    result: longText,
    indicators: z._default(z.optional(z.record(z.string(), entrySchema())), {}),
    verification: z.optional(verificationObject()),
    initiator: submit ? z.enum(INITIATOR_CODES) : optionalEnum(INITIATOR_CODES),
    initiatorName: submit ? requiredText(TEXT_LIMITS.name) : z.optional(text(TEXT_LIMITS.name)),
    kind: submit ? z.enum(KIND_CODES) : optionalEnum(KIND_CODES),
    form: submit ? z.enum(FORM_CODES) : optionalEnum(FORM_CODES),
    theme: z.optional(text(TEXT_LIMITS.code)),
    classification: z.optional(text(TEXT_LIMITS.code)),
    pkpnCluster: z.optional(text(TEXT_LIMITS.code)),
    origin: submit ? originSchema(mode) : z.optional(originSchema(mode)),
    benefitBasis: z.optional(text(TEXT_LIMITS.code)),
  });
}

/** A plain object, or undefined: refinements also run when some fields failed their shape. */
function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function date(value: unknown): string | undefined {
  const v = str(value);
  return v && isIsoDate(v) ? v : undefined;
}

/**
 * Checks that need the rubric or several fields at once. They run even when a field failed its
 * own shape (so the operator sees every problem at once), hence the defensive reads. `at`
 * prefixes every path.
 */
function checkInnovation(
  rubric: Rubric,
  value: unknown,
  mode: ValidationMode,
  ctx: { addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void },
  at: (string | number)[] = [],
): void {
  const v = record(value);
  if (!v) return;
  const add = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: [...at, ...path], message });
  const ids = sidIds(rubric);
  const indicators = record(v.indicators) ?? {};
  for (const id of Object.keys(indicators)) {
    if (!ids.has(id)) add(['indicators', id], coreMessages.unknownIndicator(id, rubric.id));
  }
  const verification = record(v.verification);
  for (const key of ['indicators', 'notes'] as const) {
    for (const id of Object.keys(record(verification?.[key]) ?? {})) {
      if (!ids.has(id)) add(['verification', key, id], coreMessages.unknownIndicator(id, rubric.id));
    }
  }
  const trialDate = date(v.trialDate);
  const implementationDate = date(v.implementationDate);
  const developmentDate = date(v.developmentDate);
  if (trialDate && implementationDate && trialDate > implementationDate)
    add(['trialDate'], coreMessages.trialAfterImplementation);
  if (developmentDate && implementationDate && developmentDate < implementationDate)
    add(['developmentDate'], coreMessages.developmentBeforeImplementation);
  if (mode !== 'submit') return;

  const stage = v.stage;
  if (stage === 'penerapan' && v.implementationDate == null)
    add(['implementationDate'], coreMessages.dateRequiredForStage(fieldLabel(['implementationDate']), stage));
  if ((stage === 'penerapan' || stage === 'uji_coba') && v.trialDate == null)
    add(['trialDate'], coreMessages.dateRequiredForStage(fieldLabel(['trialDate']), stage));
  if (stage === 'penerapan' && v.implementationDate === '')
    add(['implementationDate'], coreMessages.dateRequiredForStage(fieldLabel(['implementationDate']), stage));
  if ((stage === 'penerapan' || stage === 'uji_coba') && v.trialDate === '')
    add(['trialDate'], coreMessages.dateRequiredForStage(fieldLabel(['trialDate']), stage));
  for (const [id, raw] of Object.entries(indicators)) {
    const entry = record(raw);
    const level = entry?.level;
    const evidence = entry?.evidence;
    const hasLinks = Array.isArray(evidence) ? evidence.some((e) => str(e)) : str(evidence) !== undefined;
    if (ids.has(id) && typeof level === 'number' && level >= 1 && !hasLinks)
      add(['indicators', id, 'evidence'], coreMessages.evidenceRequired(id));
  }
  const lists = [
    ['theme', rubric.profile.themes],
    ['classification', rubric.profile.classifications],
    ['pkpnCluster', rubric.profile.pkpnClusters],
  ] as const;
  for (const [field, options] of lists) {
    if (!options) continue;
    const chosen = str(v[field]);
    const label = fieldLabel([field]);
    if (!chosen) {
      // PKPN is recorded where known but not required: the 2026 form's rules for it are not public.
      if (field !== 'pkpnCluster' && v[field] === undefined) add([field], coreMessages.required(label));
      else if (field !== 'pkpnCluster' && v[field] === '') add([field], coreMessages.required(label));
    } else if (!options.some((o) => o.code === chosen)) {
      add(
        [field],
        coreMessages.badOption(
          label,
          options.map((o) => o.code),
        ),
      );
    }
  }
  const withBases = rubric.sid.indicators.find((i) => i.bases);
  if (withBases?.bases) {
    const level = record(indicators[withBases.id])?.level;
    const basis = str(v.benefitBasis);
    if (!basis) {
      if (typeof level === 'number' && level >= 1) add(['benefitBasis'], coreMessages.benefitBasisRequired);
    } else if (!withBases.bases.some((b) => b.id === basis)) {
      add(
        ['benefitBasis'],
        coreMessages.badOption(
          fieldLabel(['benefitBasis']),
          withBases.bases.map((b) => b.id),
        ),
      );
    }
  }
}

function buildInnovationSchema(rubric: Rubric, mode: ValidationMode) {
  return innovationObject(mode).check(
    z.superRefine((v, ctx) => checkInnovation(rubric, v, mode, ctx), {
      when: (p) => record(p.value) !== undefined,
    }),
  );
}

const innovationSchemas = /* @__PURE__ */ new WeakMap<
  Rubric,
  Map<ValidationMode, ReturnType<typeof buildInnovationSchema>>
>();

/** The innovation schema of a rubric in one of the three modes (built once per rubric and mode). */
export function innovationSchema(rubric: Rubric, mode: ValidationMode) {
  let byMode = innovationSchemas.get(rubric);
  if (!byMode) {
    byMode = new Map();
    innovationSchemas.set(rubric, byMode);
  }
  let schema = byMode.get(mode);
  if (!schema) {
    schema = buildInnovationSchema(rubric, mode);
    byMode.set(mode, schema);
  }
  return schema;
}

const DATE_FIELDS = /* @__PURE__ */ new Set<PropertyKey>([
  'trialDate',
  'implementationDate',
  'developmentDate',
  'letterDate',
]);

function kindMessage(k: string, label: string, input: unknown): string | undefined {
  if (k === 'control') return coreMessages.controlCharacters(label);
  if (k === 'invisible') {
    const found = findInvisible(typeof input === 'string' ? input : '');
    if (found) return coreMessages.invisibleCharacter(label, found.code, found.line);
  }
  if (k === 'date') return coreMessages.badDate(label);
  if (k === 'url') return coreMessages.badUrl(label);
  if (k === 'links') return coreMessages.tooMany(label, TEXT_LIMITS.evidenceLinks);
  if (k === 'urusan') return coreMessages.unknownUrusan(label, String(input ?? ''));
  if (k === 'timestamp()') return coreMessages.badTimestamp(label);
  if (k === 'fingerprint') return coreMessages.badFingerprint(label);
  if (k === 'integer') return coreMessages.notInteger(label);
  return undefined;
}

function customKind(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'custom' ? (issue.params as { kind?: string } | undefined)?.kind : undefined;
}

/** Words one zod issue in Bahasa Indonesia, naming the field at `path` (relative to the record). */
function issueMessage(issue: z.core.$ZodIssue, path: PropertyKey[]): string {
  const label = fieldLabel(path);
  const last = path[path.length - 1];
  const missing = !('input' in issue) || issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return coreMessages.required(label);
      if (last === 'level') return coreMessages.level(label);
      return coreMessages.wrongType(label, issue.expected);
    case 'invalid_value':
      if (missing) return coreMessages.required(label);
      if (last === 'level') return coreMessages.level(label);
      return coreMessages.badOption(label, issue.values.map(String));
    case 'invalid_union': {
      if (missing) return coreMessages.required(label);
      const inner = issue.errors.flat();
      for (const e of inner) {
        const k = customKind(e);
        const message = k ? kindMessage(k, label, issue.input) : undefined;
        if (message) return message;
      }
      if (DATE_FIELDS.has(last ?? '')) return coreMessages.badDate(label);
      if (last === 'fingerprint') return coreMessages.badFingerprint(label);
      const values = inner
        .flatMap((e) => (e.code === 'invalid_value' ? e.values : []))
        .filter((v) => v !== '');
      if (values.length) return coreMessages.badOption(label, values.map(String));
      const expected = inner.find((e) => e.code === 'invalid_type' && e.expected !== 'null');
      if (expected?.code === 'invalid_type') return coreMessages.wrongType(label, expected.expected);
      return coreMessages.invalid;
    }
    case 'too_small':
      if (last === 'level') return coreMessages.level(label);
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return coreMessages.required(label);
      return coreMessages.tooSmall(label, Number(issue.minimum));
    case 'too_big':
      if (last === 'level') return coreMessages.level(label);
      if (issue.origin === 'string') return coreMessages.tooLong(label, Number(issue.maximum));
      if (issue.origin === 'array') return coreMessages.tooMany(label, Number(issue.maximum));
      return coreMessages.tooBig(label, Number(issue.maximum));
    case 'invalid_format':
      if (last === 'fingerprint') return coreMessages.badFingerprint(label);
      if (DATE_FIELDS.has(last ?? '')) return coreMessages.badDate(label);
      return coreMessages.invalid;
    case 'unrecognized_keys':
      return coreMessages.unknownKey(label, issue.keys.join(', '));
    case 'custom': {
      const k = customKind(issue);
      return (k && kindMessage(k, label, issue.input)) || issue.message;
    }
    default:
      if (last === 'level') return coreMessages.level(label);
      return coreMessages.invalid;
  }
}

/** The path of an issue relative to its record, for naming the field ("innovations.3.name" → "name"). */
export function recordPath(path: readonly PropertyKey[]): PropertyKey[] {
  return path[0] === 'innovations' && typeof path[1] === 'number' ? path.slice(2) : [...path];
}

/** Zod issues → field errors with dotted paths and Bahasa Indonesia messages. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const e = {
      path: issue.path.map(String).join('.'),
      message: issueMessage(issue, recordPath(issue.path)),
    };
    const key = `${e.path}\n${e.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates one innovation against the rubric; errors carry dotted paths and Bahasa messages. */
export function validateInnovation(
  rubric: Rubric,
  data: unknown,
  mode: ValidationMode,
): ValidationResult<Innovation> {
  const parsed = innovationSchema(rubric, mode).safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data as Innovation };
  return { ok: false, errors: toFieldErrors(parsed.error) };
}

/** Validates the regency's SPD entries; paths start with "spd.". */
export function validateSpdEntries(
  rubric: Rubric,
  data: unknown,
): ValidationResult<Record<string, SpdEntry>> {
  const parsed = wrappedSpd(rubric).safeParse({ spd: data }, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data.spd as Record<string, SpdEntry> };
  return { ok: false, errors: toFieldErrors(parsed.error) };
}

/** Validates a verification record; paths start with "verification.". */
export function validateVerification(rubric: Rubric, data: unknown): ValidationResult<VerificationRecord> {
  const parsed = wrappedVerification(rubric).safeParse({ verification: data }, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data.verification as VerificationRecord };
  return { ok: false, errors: toFieldErrors(parsed.error) };
}

/**
 * The scoring input (the CLI contract). Innovations are checked in 'score' mode; rubric-specific
 * checks (known preset, indicator and SPD row ids, unique innovation ids) run after the shapes.
 */
function buildScoringInputSchema() {
  return z
    .object({
      rubric: z.string(),
      spd: z._default(z.optional(z.record(z.string(), entrySchema())), {}),
      innovations: z.array(innovationObject('score')),
      opds: z.optional(
        z.array(z.object({ code: requiredText(TEXT_LIMITS.code), name: text(TEXT_LIMITS.name) })),
      ),
    })
    .check(z.superRefine(checkScoringInput, { when: (p) => record(p.value) !== undefined }));
}

const realScoringInputSchema = /* @__PURE__ */ once(buildScoringInputSchema);

/** The scoring input schema; built on first use (see lazy.ts). */
export const scoringInputSchema: ReturnType<typeof buildScoringInputSchema> =
  /* @__PURE__ */ lazyObject(realScoringInputSchema);

/** Rubric-specific checks of the scoring input; defensive like checkInnovation. */
function checkScoringInput(value: unknown, ctx: Parameters<typeof checkInnovation>[3]): void {
  const input = record(value);
  if (!input || typeof input.rubric !== 'string') return;
  if (!isRubricId(input.rubric)) {
    ctx.addIssue({
      code: 'custom',
      path: ['rubric'],
      message: coreMessages.unknownRubric(input.rubric, RUBRIC_IDS),
    });
    return;
  }
  const rubric = getRubric(input.rubric);
  const rows = new Set(rubric.spd.rows.map((r) => r.id));
  for (const id of Object.keys(record(input.spd) ?? {})) {
    if (!rows.has(id))
      ctx.addIssue({ code: 'custom', path: ['spd', id], message: coreMessages.unknownSpdRow(id, rubric.id) });
  }
  const seen = new Set<string>();
  const innovations: unknown[] = Array.isArray(input.innovations) ? input.innovations : [];
  innovations.forEach((innovation, i) => {
    const id = str(record(innovation)?.id);
    if (id !== undefined && seen.has(id))
      ctx.addIssue({
        code: 'custom',
        path: ['innovations', i, 'id'],
        message: coreMessages.duplicateInnovationId(id),
      });
    if (id !== undefined) seen.add(id);
    checkInnovation(rubric, innovation, 'score', ctx, ['innovations', i]);
  });
  const codes = new Set<string>();
  const opds: unknown[] = Array.isArray(input.opds) ? input.opds : [];
  opds.forEach((o, i) => {
    const code = str(record(o)?.code);
    if (code !== undefined && codes.has(code))
      ctx.addIssue({ code: 'custom', path: ['opds', i, 'code'], message: coreMessages.duplicateOpd(code) });
    if (code !== undefined) codes.add(code);
  });
}

/** JSON Schema (draft 2020-12) of the scoring input, as the CLI's `schema` command prints it. */
export function scoringInputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(realScoringInputSchema(), { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  if (props.rubric) props.rubric = { ...props.rubric, enum: [...RUBRIC_IDS] };
  return {
    ...schema,
    title: 'Masukan penilaian Indeks Inovasi Daerah',
    description: `Urusan: ${URUSAN.map((u) => u.code).join(', ')}.`,
  };
}
