// What the form holds, as the inputs hold it (strings), and the two-way mapping to the domain
// Innovation. Kept apart from the DOM so that the mapping, which decides what reaches the server,
// is unit-tested. Empty inputs become absent/null fields, never empty strings pretending to be data.
import type {
  IndicatorEntry,
  Initiator,
  Innovation,
  InnovationForm,
  InnovationKind,
  Level,
  Origin,
  OriginKind,
  Stage,
} from '../core/model';

export interface IndicatorFormState {
  /** '' = not chosen yet; '0' = "Belum ada"; '1'..'3' = parameter level. */
  level: string;
  evidence: string;
  letterNumber: string;
  letterDate: string;
  note: string;
}

export interface FormState {
  id: string;
  opd: string;
  name: string;
  stage: string;
  initiator: string;
  initiatorName: string;
  kind: string;
  form: string;
  theme: string;
  classification: string;
  pkpnCluster: string;
  mainAffair: string;
  otherAffairs: string[];
  trialDate: string;
  implementationDate: string;
  developmentDate: string;
  originKind: string;
  originTitle: string;
  originParticipant: string;
  originYear: string;
  design: string;
  goal: string;
  benefit: string;
  result: string;
  benefitBasis: string;
  indicators: Record<string, IndicatorFormState>;
}

/** Text fields of FormState: the ones a plain input or textarea edits. */
export type TextField = {
  [K in keyof FormState]: FormState[K] extends string ? K : never;
}[keyof FormState];

export type IndicatorField = keyof IndicatorFormState;

export function emptyIndicator(): IndicatorFormState {
  return { level: '', evidence: '', letterNumber: '', letterDate: '', note: '' };
}

export function emptyForm(opd: string, indicatorIds: readonly string[]): FormState {
  const indicators: Record<string, IndicatorFormState> = {};
  for (const id of indicatorIds) indicators[id] = emptyIndicator();
  return {
    id: '',
    opd,
    name: '',
    stage: '',
    initiator: '',
    initiatorName: '',
    kind: '',
    form: '',
    theme: '',
    classification: '',
    pkpnCluster: '',
    mainAffair: '',
    otherAffairs: [],
    trialDate: '',
    implementationDate: '',
    developmentDate: '',
    originKind: '',
    originTitle: '',
    originParticipant: '',
    originYear: '',
    design: '',
    goal: '',
    benefit: '',
    result: '',
    benefitBasis: '',
    indicators,
  };
}

/** Origins that are training projects: they carry a title, a participant and a year. */
export const TRAINING_ORIGINS: readonly OriginKind[] = ['latpim', 'pka', 'pkp', 'latsar'];

export function originNeedsDetails(kind: string): boolean {
  return kind !== '' && kind !== 'masyarakat';
}

export function originIsTraining(kind: string): boolean {
  return (TRAINING_ORIGINS as readonly string[]).includes(kind);
}

export function fromInnovation(innovation: Innovation, indicatorIds: readonly string[]): FormState {
  const state = emptyForm(innovation.opd, indicatorIds);
  const origin = innovation.origin;
  Object.assign(state, {
    id: innovation.id,
    name: innovation.name ?? '',
    stage: innovation.stage ?? '',
    initiator: innovation.initiator ?? '',
    initiatorName: innovation.initiatorName ?? '',
    kind: innovation.kind ?? '',
    form: innovation.form ?? '',
    theme: innovation.theme ?? '',
    classification: innovation.classification ?? '',
    pkpnCluster: innovation.pkpnCluster ?? '',
    mainAffair: innovation.mainAffair ?? '',
    otherAffairs: [...(innovation.otherAffairs ?? [])],
    trialDate: innovation.trialDate ?? '',
    implementationDate: innovation.implementationDate ?? '',
    developmentDate: innovation.developmentDate ?? '',
    originKind: origin?.kind ?? '',
    originTitle: origin?.title ?? '',
    originParticipant: origin?.participant ?? '',
    originYear: origin?.year == null ? '' : String(origin.year),
    design: innovation.design ?? '',
    goal: innovation.goal ?? '',
    benefit: innovation.benefit ?? '',
    result: innovation.result ?? '',
    benefitBasis: innovation.benefitBasis ?? '',
  } satisfies Partial<FormState>);
  // Indicators the stored record has but this year's rubric lacks are kept, so nothing is lost.
  for (const [id, entry] of Object.entries(innovation.indicators ?? {})) {
    state.indicators[id] = {
      level: String(entry.level ?? 0),
      evidence: entry.evidence ?? '',
      letterNumber: entry.letterNumber ?? '',
      letterDate: entry.letterDate ?? '',
      note: entry.note ?? '',
    };
  }
  return state;
}

function text(value: string): string | undefined {
  const t = value.trim();
  return t === '' ? undefined : t;
}

function date(value: string): string | null {
  const t = value.trim();
  return t === '' ? null : t;
}

function year(value: string): number | null {
  const t = value.trim();
  if (t === '') return null;
  const n = Number(t);
  // A non-number is passed on as NaN→null would hide it; keep it as a number the schema rejects.
  return Number.isFinite(n) ? n : Number.NaN;
}

function toLevel(value: string): Level {
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 ? n : 0;
}

function indicatorEntry(s: IndicatorFormState): IndicatorEntry {
  const entry: IndicatorEntry = { level: toLevel(s.level) };
  // Evidence typed before the level went back to "Belum ada" is kept: the operator may switch back.
  const evidence = text(s.evidence.replace(/\r\n?/g, '\n'));
  if (evidence !== undefined) entry.evidence = evidence;
  const letterNumber = text(s.letterNumber);
  if (letterNumber !== undefined) entry.letterNumber = letterNumber;
  const letterDate = date(s.letterDate);
  if (letterDate !== null) entry.letterDate = letterDate;
  const note = text(s.note);
  if (note !== undefined) entry.note = note;
  return entry;
}

/**
 * The Innovation the server receives. Long texts keep their inner line breaks; only the ends are
 * trimmed. Optional enumerations left on "— pilih —" are omitted, not sent as ''.
 */
export function toInnovation(state: FormState): Innovation {
  const indicators: Record<string, IndicatorEntry> = {};
  for (const [id, s] of Object.entries(state.indicators)) {
    const empty =
      s.level === '' && !s.evidence.trim() && !s.letterNumber.trim() && !s.letterDate && !s.note.trim();
    if (!empty) indicators[id] = indicatorEntry(s);
  }
  const innovation = {
    id: state.id,
    opd: state.opd,
    name: state.name.trim(),
    otherAffairs: state.otherAffairs.filter((a) => a !== '' && a !== state.mainAffair),
    trialDate: date(state.trialDate),
    implementationDate: date(state.implementationDate),
    developmentDate: date(state.developmentDate),
    indicators,
  } as Innovation;
  // Tahapan and urusan left on "— pilih —" are absent, so the core says "wajib diisi" (submit) or
  // applies its draft default, instead of rejecting '' as an unknown option.
  if (state.stage !== '') innovation.stage = state.stage as Stage;
  if (state.mainAffair !== '') innovation.mainAffair = state.mainAffair;
  const optional: Partial<Innovation> = {
    design: text(state.design),
    goal: text(state.goal),
    benefit: text(state.benefit),
    result: text(state.result),
    initiator: (text(state.initiator) as Initiator | undefined) ?? undefined,
    initiatorName: text(state.initiatorName),
    kind: text(state.kind) as InnovationKind | undefined,
    form: text(state.form) as InnovationForm | undefined,
    theme: text(state.theme),
    classification: text(state.classification),
    pkpnCluster: text(state.pkpnCluster),
    benefitBasis: text(state.benefitBasis),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (innovation as unknown as Record<string, unknown>)[key] = value;
  }
  if (state.originKind !== '') {
    const origin: Origin = { kind: state.originKind as OriginKind };
    if (originNeedsDetails(state.originKind)) {
      const title = text(state.originTitle);
      if (title !== undefined) origin.title = title;
    }
    if (originIsTraining(state.originKind)) {
      const participant = text(state.originParticipant);
      if (participant !== undefined) origin.participant = participant;
      origin.year = year(state.originYear);
    }
    innovation.origin = origin;
  }
  return innovation;
}

/** Whether the field at a form path holds anything ("indicators.16.evidence", "otherAffairs", "name"). */
export function hasValue(state: FormState, path: string): boolean {
  const m = /^indicators\.([^.]+)\.(\w+)$/.exec(path);
  if (m) {
    const entry = state.indicators[m[1] ?? ''];
    const value = entry?.[m[2] as keyof IndicatorFormState];
    return typeof value === 'string' && value.trim() !== '';
  }
  const value = (state as unknown as Record<string, unknown>)[path];
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'string' && value.trim() !== '';
}

/** Stable comparison key: two states that map to the same Innovation are the same content. */
export function contentKey(state: FormState): string {
  return JSON.stringify(toInnovation(state), (_k, v: unknown) =>
    typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v,
  );
}
