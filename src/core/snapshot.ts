// What a verdict was given to, field by field, so a re-review can show what changed since: short
// fields are kept as they were, long texts (rancang bangun, tujuan, …) as a hash, which is enough
// to say "changed" and keeps the record well under a cell's 50,000 characters.
import { fnv1a64 } from './fingerprint';
import type { Innovation } from './model';

/** Field path ("name", "origin.title", "indicators.18.evidence") → value, or "#" + hash when long. */
export type ContentSnapshot = Record<string, string>;

export interface FieldChange {
  path: string;
  /** Empty at the verdict (filled since). */
  wasEmpty: boolean;
  /** Empty now (cleared since). */
  isEmpty: boolean;
  /** The value at the verdict; absent when it was empty or only its hash was kept. */
  before?: string;
  /** The value now; absent when empty or long. */
  after?: string;
}

const LONG = 160;
const LONG_TEXTS = new Set(['design', 'goal', 'benefit', 'result']);

function kept(path: string, value: string): string {
  return LONG_TEXTS.has(path) || value.length > LONG ? `#${fnv1a64(value)}` : value;
}

function flatten(inv: Innovation): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (path: string, value: unknown) => {
    if (value === undefined || value === null) return;
    const text = Array.isArray(value) ? value.join('; ') : String(value).trim();
    if (text !== '') out[path] = text;
  };
  for (const key of [
    'name',
    'stage',
    'initiator',
    'initiatorName',
    'kind',
    'form',
    'theme',
    'classification',
    'pkpnCluster',
    'mainAffair',
    'trialDate',
    'implementationDate',
    'developmentDate',
    'benefitBasis',
    'design',
    'goal',
    'benefit',
    'result',
  ] as const) {
    put(key, inv[key]);
  }
  put('otherAffairs', [...(inv.otherAffairs ?? [])].sort());
  put('origin.kind', inv.origin?.kind);
  put('origin.title', inv.origin?.title);
  put('origin.participant', inv.origin?.participant);
  put('origin.year', inv.origin?.year);
  for (const [id, e] of Object.entries(inv.indicators ?? {})) {
    if (e.level) put(`indicators.${id}.level`, e.level);
    put(`indicators.${id}.evidence`, e.evidence);
    put(`indicators.${id}.letterNumber`, e.letterNumber);
    put(`indicators.${id}.letterDate`, e.letterDate);
    put(`indicators.${id}.note`, e.note);
  }
  return out;
}

export function contentSnapshot(inv: Innovation): ContentSnapshot {
  const out: ContentSnapshot = {};
  for (const [path, value] of Object.entries(flatten(inv))) out[path] = kept(path, value);
  return out;
}

/** A snapshot read back from a cell: a flat object of strings, or null when it is anything else. */
export function parseSnapshot(text: string): ContentSnapshot | null {
  if (!text.trim()) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.every(([, v]) => typeof v === 'string')) return null;
    return Object.fromEntries(entries) as ContentSnapshot;
  } catch {
    return null;
  }
}

const isHash = (v: string | undefined) => v?.startsWith('#') === true;

/** The fields whose value differs from the snapshot, in the snapshot's field order then new ones. */
export function changedFields(before: ContentSnapshot, now: Innovation): FieldChange[] {
  const after = contentSnapshot(now);
  const current = flatten(now);
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = before[path];
    const is = after[path];
    if (was === is) continue;
    const change: FieldChange = { path, wasEmpty: was === undefined, isEmpty: is === undefined };
    if (was !== undefined && !isHash(was)) change.before = was;
    const value = current[path];
    if (is !== undefined && !isHash(is) && value !== undefined) change.after = value;
    changes.push(change);
  }
  return changes;
}
