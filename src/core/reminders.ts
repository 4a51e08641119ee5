// Reminders to OPDs: for each OPD, exactly what its operators still have to do before the
// deadline, as data plus the e-mail wording. Pure: the server reads the register, scores it and
// passes today's date in the regency's time zone; nothing here knows about MailApp or the clock.
import {
  type ReminderWording,
  reminderBody,
  reminderSubject,
  type WordedIndicatorIssue,
  type WordedInnovation,
} from '../shared/messages/reminders';
import type { IndicatorEntry, Innovation, ScoringResult, VerificationRecord } from './model';
import { headerText } from './text';

/** The parts of the register reminders need; the server's Registry satisfies it as is. */
export interface ReminderData {
  opds: readonly { code: string; name: string; active: boolean }[];
  users: readonly {
    email: string;
    name: string;
    role: string;
    opd: string | null;
    active: boolean;
    /** A user row with problems has read-only access, so reminding them to edit is pointless. */
    problems?: readonly string[];
  }[];
  innovations: readonly {
    innovation: Pick<Innovation, 'id' | 'opd' | 'name' | 'stage' | 'indicators' | 'verification'>;
    status: string;
  }[];
  /** Verifikasi tab records by innovation id: the notes of returned innovations. */
  verifications?: Readonly<Record<string, VerificationRecord>>;
}

export interface ReminderSettings {
  regencyName: string;
  /** ISO date `YYYY-MM-DD` from Pengaturan, or null when none is set. */
  deadline: string | null;
  /** IANA zone of the regency (Asia/Makassar = WITA); names the zone in the text. */
  timeZone: string;
  /** Link to the spreadsheet, so an operator can open it straight from the e-mail. */
  spreadsheetUrl?: string;
}

export interface ReminderOptions {
  /** Indicator id → name from the rubric, so "16" reads "16 Regulasi Inovasi Daerah". */
  indicatorNames?: Readonly<Record<string, string>>;
}

export type IndicatorGap = 'not_filled' | 'no_evidence';

/** One thing an operator must do on one innovation. */
export type InnovationIssue =
  | { kind: 'draft' }
  | { kind: 'returned'; note: string; indicatorNotes: { id: string; note: string }[] }
  | { kind: 'mandatory'; indicators: { id: string; gap: IndicatorGap }[] }
  | { kind: 'evidence'; indicators: string[] }
  | { kind: 'design_words'; words: number; minimum: number };

export interface InnovationTodo {
  id: string;
  name: string;
  status: string;
  issues: InnovationIssue[];
}

export interface DeadlineInfo {
  date: string;
  /** Calendar days from today (regency time) to the deadline; negative once it has passed. */
  daysLeft: number;
}

export interface OpdReminder {
  opd: string;
  opdName: string;
  /** The OPD's active operators (lower-cased, de-duplicated); empty when it has none. */
  recipients: string[];
  /** True when the OPD has recorded no innovation at all. */
  noInnovation: boolean;
  innovations: InnovationTodo[];
  /** Number of separate things to do (no innovation = 1; each issue of each innovation = 1). */
  itemCount: number;
  subject: string;
  body: string;
}

export interface ReminderPlan {
  deadline: DeadlineInfo | null;
  /** OPDs with something missing and at least one operator to tell, in OPD-list order. */
  reminders: OpdReminder[];
  /** OPDs with something missing but no active operator: nobody can be reminded. */
  unreachable: OpdReminder[];
  /** OPDs with nothing missing: they get nothing. */
  complete: string[];
  /** Sum of recipients over all reminders: what MailApp's daily quota must cover. */
  recipientCount: number;
  /** Changes whenever any recipient, subject or body changes: ties a confirmation to its preview. */
  fingerprint: string;
}

// A verified innovation is settled: asking its operator to edit it would only make the
// verification stale. Every other status can still gain evidence before the deadline.
const SETTLED_STATUS = 'verified';
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function buildReminders(
  data: ReminderData,
  scoring: Pick<ScoringResult, 'innovations'>,
  settings: ReminderSettings,
  today: string,
  options: ReminderOptions = {},
): ReminderPlan {
  const deadline = settings.deadline
    ? { date: settings.deadline, daysLeft: daysBetween(today, settings.deadline) }
    : null;
  const results = new Map(scoring.innovations.map((r) => [r.id, r] as const));
  const byOpd = groupBy(data.innovations, (s) => s.innovation.opd);
  const names = options.indicatorNames ?? {};
  const reminders: OpdReminder[] = [];
  const unreachable: OpdReminder[] = [];
  const complete: string[] = [];

  for (const opd of data.opds) {
    if (!opd.active) continue;
    const stored = byOpd.get(opd.code) ?? [];
    const todos: InnovationTodo[] = [];
    for (const s of stored) {
      const issues = innovationIssues(s, results.get(s.innovation.id), data.verifications);
      if (issues.length) {
        todos.push({ id: s.innovation.id, name: s.innovation.name, status: s.status, issues });
      }
    }
    const noInnovation = stored.length === 0;
    if (!noInnovation && todos.length === 0) {
      complete.push(opd.code);
      continue;
    }
    const recipients = operatorsOf(data.users, opd.code);
    const itemCount = (noInnovation ? 1 : 0) + todos.reduce((n, t) => n + t.issues.length, 0);
    const wording: ReminderWording = {
      regencyName: settings.regencyName,
      opdName: opd.name,
      noInnovation,
      itemCount,
      deadline,
      timeZone: settings.timeZone,
      spreadsheetUrl: settings.spreadsheetUrl,
      innovations: todos.map((t) => wordInnovation(t, names)),
    };
    const reminder: OpdReminder = {
      opd: opd.code,
      opdName: opd.name,
      recipients,
      noInnovation,
      innovations: todos,
      itemCount,
      subject: headerText(reminderSubject(wording)),
      body: reminderBody(wording),
    };
    (recipients.length ? reminders : unreachable).push(reminder);
  }
  const recipientCount = reminders.reduce((n, r) => n + r.recipients.length, 0);
  return {
    deadline,
    reminders,
    unreachable,
    complete,
    recipientCount,
    fingerprint: planFingerprint(reminders),
  };
}

function innovationIssues(
  stored: ReminderData['innovations'][number],
  result: ScoringResult['innovations'][number] | undefined,
  verifications: ReminderData['verifications'],
): InnovationIssue[] {
  if (stored.status === SETTLED_STATUS) return [];
  const inn = stored.innovation;
  const issues: InnovationIssue[] = [];
  if (stored.status === 'draft') issues.push({ kind: 'draft' });
  if (stored.status === 'returned') {
    const v = verifications?.[inn.id] ?? inn.verification;
    const indicatorNotes = Object.entries(v?.notes ?? {})
      .filter(([, note]) => note.trim() !== '')
      .map(([id, note]) => ({ id, note: note.trim() }))
      .sort((a, b) => compareIds(a.id, b.id));
    issues.push({ kind: 'returned', note: (v?.note ?? '').trim(), indicatorNotes });
  }
  // Evidence and design only matter where the innovation can be counted (the rubric's stages);
  // the scoring result says which rules it breaks, so the rubric is not needed twice.
  if (!result) return issues;
  const mandatory = new Set<string>();
  for (const reason of result.reasonCodes) {
    if (reason.code === 'stage') return issues;
    // The verified projection repeats the rule with the verifikator's verdicts; the operator's own
    // gaps are the claimed ones.
    if (reason.code === 'mandatory' && !reason.verified)
      for (const id of reason.indicators) mandatory.add(id);
  }
  if (mandatory.size) {
    const indicators = [...mandatory].sort(compareIds).map((id) => ({ id, gap: gapOf(inn.indicators[id]) }));
    issues.push({ kind: 'mandatory', indicators });
  }
  const evidence = result.indicators
    .filter((i) => i.problem === 'no_evidence' && !mandatory.has(i.id))
    .map((i) => i.id)
    .sort(compareIds);
  if (evidence.length) issues.push({ kind: 'evidence', indicators: evidence });
  for (const reason of result.reasonCodes) {
    if (reason.code === 'design_words') {
      issues.push({ kind: 'design_words', words: reason.words, minimum: reason.minimum });
    }
  }
  return issues;
}

function gapOf(entry: IndicatorEntry | undefined): IndicatorGap {
  return entry && entry.level > 0 ? 'no_evidence' : 'not_filled';
}

function wordInnovation(todo: InnovationTodo, names: Readonly<Record<string, string>>): WordedInnovation {
  const label = (id: string) => (names[id] ? `${id} ${names[id]}` : `Indikator ${id}`);
  return {
    name: todo.name,
    status: todo.status,
    issues: todo.issues.map((issue) => {
      switch (issue.kind) {
        case 'returned':
          return {
            ...issue,
            indicatorNotes: issue.indicatorNotes.map((n) => ({ label: label(n.id), note: n.note })),
          };
        case 'mandatory':
          return {
            kind: 'mandatory',
            indicators: issue.indicators.map(
              (i): WordedIndicatorIssue => ({ label: label(i.id), gap: i.gap }),
            ),
          };
        case 'evidence':
          return { kind: 'evidence', indicators: issue.indicators.map(label) };
        default:
          return issue;
      }
    }),
  };
}

function operatorsOf(users: ReminderData['users'], opd: string): string[] {
  const emails = new Set<string>();
  for (const u of users) {
    const email = u.email.trim().toLowerCase();
    if (u.active && u.role === 'operator' && u.opd === opd && !u.problems?.length && EMAIL.test(email)) {
      emails.add(email);
    }
  }
  return [...emails];
}

/** Whole days from one ISO date to another (both calendar dates, so no time zone enters). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToUtc(to) - isoToUtc(from)) / 86_400_000);
}

function isoToUtc(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** "16" < "17" < "5a" numerically, so lists read in the rubric's order. */
function compareIds(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function planFingerprint(reminders: readonly OpdReminder[]): string {
  const text = JSON.stringify(reminders.map((r) => [r.opd, r.recipients, r.subject, r.body]));
  return hash53(text).toString(36);
}

/** cyrb53: a fast 53-bit string hash; enough to notice that a plan changed, not a security hash. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
