// The effective status of an innovation row, derived from what the row holds and never taken on
// trust. Every operator is an editor of the spreadsheet, so whatever the server writes into an OPD
// tab (ID, Status, the fingerprint) the operator can also type. Wherever a row is used (queue,
// verification, recalculation, export, reminders) its status comes from here:
// - the ID must be bound to the tab's OPD (ids are made as "<OPD code>-<hash>") and unique in the
//   register; a row with a missing, foreign or repeated ID is a draft and borrows no verdict;
// - a row stored as submitted must pass the submit rules, otherwise it is a draft with its problems;
// - a verdict (keyed by OPD + ID) holds only for the content fingerprint it was given to: a changed
//   row waits for the verifikator again (or is a draft while the operator is still working on it).

import { fnv1a64 } from './fingerprint';
import type { FieldError, Innovation, VerificationRecord } from './model';
import type { Rubric } from './rubric/schema';
import { validateInnovation } from './schemas';

export type EffectiveStatus = 'draft' | 'submitted' | 'returned' | 'verified' | 'reverify';
export type StoredStatus = 'draft' | 'submitted';

/** A verdict as the Verifikasi tab holds it. */
export interface Verdict extends VerificationRecord {
  /** OPD code the verdict was given for; '' on rows written before verdicts were keyed by OPD. */
  opd?: string;
  /** Innovation revision that was checked. */
  revision: number;
}

export type IntegrityCode =
  /** The ID cell is empty. */
  | 'missing_id'
  /** The ID belongs to another OPD's tab. */
  | 'foreign_id'
  /** The ID is used by an earlier row of the register. */
  | 'repeated_id'
  /** Stored as submitted but the content fails the submit rules. */
  | 'submit_rules'
  /** The verdict was given by someone separation of duties excludes (author, last editor, own OPD). */
  | 'verdict_by_party';

export interface IntegrityProblem {
  code: IntegrityCode;
  /** The submit rules' field errors (submit_rules only). */
  errors?: FieldError[];
}

export type IdState = 'ok' | 'missing' | 'foreign' | 'repeated';

export interface RowFacts {
  innovation: Innovation;
  storedStatus: StoredStatus;
  revision: number;
  /** Fingerprint of the row's content as read now (never the stored Sidik jari cell). */
  fingerprint: string;
  /** From `idStates` over the whole register; 'ok' when not given. */
  idState?: IdState;
  /** The verdict found under this row's OPD + ID, if any. */
  verdict?: Verdict;
  /** When given, a row stored as submitted is checked against the rubric's submit rules. */
  rubric?: Rubric;
  /**
   * Separation of duties, when on: who authored and last edited the row, and the OPD each user's
   * Pengguna row names. A verdict given by one of them (typed into Verifikasi by hand, or from
   * before the rule) counts for nothing.
   */
  separation?: { createdBy: string; updatedBy: string; opdOf: (email: string) => string | null };
  /**
   * True when the row is exactly as the server's last save left it (seal intact, content
   * unchanged): the save checked the submit rules already, so they are not checked again (they
   * cost more than the rest of reading a row).
   */
  asSaved?: boolean;
}

export interface Effective {
  status: EffectiveStatus;
  /** The verification as the scoring core expects it, or null when the row may use none. */
  verification: VerificationRecord | null;
  problems: IntegrityProblem[];
}

/** The key of a verdict: OPD code and innovation ID (an ID alone may be typed into any tab). */
export function verdictKey(opd: string, id: string): string {
  return `${opd.trim().toUpperCase()}\u0000${id.trim()}`;
}

/**
 * The OPD an ID was made for: ids start with the OPD code and a dash; the longest matching code
 * wins (KEC-BANGGAE and KEC-BANGGAE-TIMUR share a prefix). Undefined when none matches.
 */
export function ownerOfId(id: string, opdCodes: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const code of opdCodes) {
    if (id.startsWith(`${code}-`) && (!best || code.length > best.length)) best = code;
  }
  return best;
}

/**
 * The ID state of every row, in register order: missing, foreign (made for another OPD), repeated
 * (a bound ID already used by an earlier row), or ok. Foreign rows do not count for repetition, so
 * typing another OPD's ID into one's own tab never flags the genuine row.
 */
export function idStates(
  rows: readonly { id: string; opd: string; idMissing?: boolean }[],
  opdCodes: Iterable<string>,
): IdState[] {
  const codes = [...opdCodes];
  const seen = new Set<string>();
  return rows.map((r) => {
    const id = r.id.trim();
    if (r.idMissing || !id) return 'missing';
    if (ownerOfId(id, codes) !== r.opd) return 'foreign';
    if (seen.has(id)) return 'repeated';
    seen.add(id);
    return 'ok';
  });
}

const ID_CODES: Record<Exclude<IdState, 'ok'>, IntegrityCode> = {
  missing: 'missing_id',
  foreign: 'foreign_id',
  repeated: 'repeated_id',
};

function verificationOf(v: Verdict, stale: boolean): VerificationRecord {
  const verification: VerificationRecord = {
    status: v.status,
    stale,
    indicators: { ...(v.indicators ?? {}) },
    notes: { ...(v.notes ?? {}) },
  };
  if (v.note !== undefined) verification.note = v.note;
  if (v.verifiedBy !== undefined) verification.verifiedBy = v.verifiedBy;
  if (v.verifiedAt !== undefined) verification.verifiedAt = v.verifiedAt;
  if (v.fingerprint) verification.fingerprint = v.fingerprint;
  return verification;
}

/**
 * The status from the stored status and the verdict alone:
 * - no verdict yet: the stored status (draft / submitted);
 * - content unchanged since the verdict: the verdict (verified / returned), except that a returned
 *   innovation submitted again afterwards waits for the verifikator again (reverify);
 * - content changed since the verdict: reverify once submitted, draft while still being worked on.
 */
export function statusFromVerdict(
  stored: StoredStatus,
  revision: number,
  fingerprint: string,
  v: Verdict | undefined,
): { status: EffectiveStatus; verification: VerificationRecord | null } {
  if (!v || v.status === 'pending') return { status: stored, verification: null };
  const stale = v.fingerprint !== fingerprint;
  const verification = verificationOf(v, stale);
  if (stale) return { status: stored === 'submitted' ? 'reverify' : 'draft', verification };
  if (v.status === 'returned' && stored === 'submitted' && revision > v.revision)
    return { status: 'reverify', verification };
  return { status: v.status, verification };
}

/** The effective status of one row and what keeps it from its stored status. */
export function effectiveStatus(facts: RowFacts): Effective {
  const problems: IntegrityProblem[] = [];
  const idState = facts.idState ?? 'ok';
  if (idState !== 'ok') {
    // A row whose ID is not its own is a draft and never borrows a verdict.
    problems.push({ code: ID_CODES[idState] });
    return { status: 'draft', verification: null, problems };
  }
  let stored = facts.storedStatus;
  if (stored === 'submitted' && facts.rubric && !facts.asSaved) {
    const { verification: _v, ...content } = facts.innovation;
    const checked = validateInnovation(facts.rubric, content, 'submit');
    if (!checked.ok) {
      problems.push({ code: 'submit_rules', errors: checked.errors });
      stored = 'draft';
    }
  }
  let verdict = facts.verdict;
  const by = verdict?.verifiedBy?.trim().toLowerCase() ?? '';
  const sep = facts.separation;
  if (verdict && verdict.status !== 'pending' && by && sep) {
    const party =
      by === sep.createdBy.trim().toLowerCase() ||
      by === sep.updatedBy.trim().toLowerCase() ||
      sep.opdOf(by) === facts.innovation.opd;
    if (party) {
      problems.push({ code: 'verdict_by_party' });
      verdict = undefined;
    }
  }
  const derived = statusFromVerdict(stored, facts.revision, facts.fingerprint, verdict);
  // A row that fails the submit rules is a draft: a verdict of it may show, but counts for nothing.
  if (stored === 'draft' && facts.storedStatus === 'submitted')
    return {
      status: 'draft',
      verification: derived.verification && { ...derived.verification, stale: true },
      problems,
    };
  return { ...derived, problems };
}

// --- The seal of the server-owned columns ---------------------------------------------------------

/** The server-owned cells of a row the seal covers, in seal order. */
export const SEALED_FIELDS = [
  'id',
  'revision',
  'status',
  'idempotencyKey',
  'fingerprint',
  'createdBy',
  'createdAt',
  'updatedBy',
  'updatedAt',
] as const;
export type SealedField = (typeof SEALED_FIELDS)[number];
export type SealedValues = Record<SealedField, string | number>;

const SEAL_VERSION = 's1';
const SEAL_PART = 4;

/** Timestamps compared to the second: a spreadsheet date-time cell need not keep milliseconds. */
function sealText(field: SealedField, value: string | number): string {
  const text = String(value ?? '').trim();
  if (field !== 'createdAt' && field !== 'updatedAt') return text;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}

/**
 * 16 bits of a 64-bit FNV-1a, folded: its top bits barely change with the last characters (a
 * revision 1 typed as 0 would go unseen), so the four 16-bit chunks are XORed together.
 */
function part(opd: string, field: SealedField, value: string | number): string {
  const hex = fnv1a64(`${opd}\u0000${field}\u0000${sealText(field, value)}`);
  let folded = 0;
  for (let i = 0; i < hex.length; i += SEAL_PART) folded ^= Number.parseInt(hex.slice(i, i + SEAL_PART), 16);
  return folded.toString(16).padStart(SEAL_PART, '0');
}

/**
 * A short hash per server-owned cell, bound to the OPD: "s1." then 4 hex digits per field. Not a
 * secret (editors can read the code), but a person typing into these cells changes them without
 * updating the seal, and the seal says which cell changed.
 */
export function sealOf(opd: string, values: SealedValues): string {
  return `${SEAL_VERSION}.${SEALED_FIELDS.map((f) => part(opd, f, values[f])).join('')}`;
}

/**
 * The fields whose cell no longer matches the seal; ['seal'] when the seal itself is missing or
 * unreadable; [] when all match.
 */
export function brokenSeal(opd: string, values: SealedValues, seal: string): (SealedField | 'seal')[] {
  const body = seal.startsWith(`${SEAL_VERSION}.`) ? seal.slice(SEAL_VERSION.length + 1) : '';
  if (body.length !== SEALED_FIELDS.length * SEAL_PART) return ['seal'];
  return SEALED_FIELDS.filter(
    (f, i) => body.slice(i * SEAL_PART, (i + 1) * SEAL_PART) !== part(opd, f, values[f]),
  );
}
