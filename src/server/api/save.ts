// saveInnovation: the one write path for operators. Identity and OPD come from Pengguna, never from
// the request; the content is validated by the core (draft or submit rules); the read-check-write
// runs under one document lock; a retried request (same idempotency key) returns the first result
// instead of writing again; a save based on an older revision is refused as a conflict.
import * as z from 'zod/mini';
import { fingerprint, fnv1a64, type Innovation, validateInnovation } from '../../core';
import { statusFromVerdict, verdictKey } from '../../core/integrity';
import { once } from '../../core/lazy';
import {
  type FieldError,
  type InnovationStatus,
  isSubmittedStatus,
  type SaveRequest,
  type SaveResult,
} from '../../shared/api';
import { ACCESS_MESSAGES, CELL_PROBLEMS, SAVE_MESSAGES } from '../../shared/messages/server';
import { canEditInnovations, editRefusal } from '../access';
import { withDocumentLock } from '../lock';
import type { OpdRecord, StoredInnovation, StoredVerification } from '../model';
import { opdTabLayout, type TableLayout } from '../sheets/layout';
import {
  appendRecordRow,
  encodeRow,
  findInnovationInTable,
  type InnovationMeta,
  innovationFromRow,
  innovationValues,
  lastEdit,
  readTable,
  readVerificationTab,
  writeRecordRow,
} from '../sheets/registry';
import { formatWhen, nowIso, todayIn } from '../time';
import { fail, guarded } from './guard';
import { type CallScope, openScope, usableOpds } from './scope';

// Built on first use: Apps Script evaluates the bundle on every call (see core/lazy.ts).
const requestSchema = once(() =>
  z.object({
    idempotencyKey: z
      .string()
      .check(z.trim(), z.minLength(8), z.maxLength(100), z.regex(/^[A-Za-z0-9_.:-]+$/)),
    baseRevision: z.optional(z.nullable(z.number().check(z.int(), z.gte(0)))),
    submit: z.boolean(),
    withdraw: z.optional(z.boolean()),
    innovation: z.record(z.string(), z.unknown()),
  }),
);

/**
 * The id of a new innovation is derived from the idempotency key of the request that created it,
 * so a retried creation finds the row it already made even after later edits replaced the key.
 */
export function newInnovationId(opd: string, idempotencyKey: string): string {
  return `${opd}-${fnv1a64(idempotencyKey).slice(0, 10).toUpperCase()}`;
}

type Target = { ok: true; opd: OpdRecord } | { ok: false; message: string };

/** The OPD the save goes to: an operator's own, always; for an admin, the one named (if usable). */
function targetOpd(scope: CallScope, requested: unknown): Target {
  const { caller } = scope;
  const named = typeof requested === 'string' ? requested.trim().toUpperCase() : '';
  if (caller.role === 'operator') {
    const own = caller.opd!;
    if (named && named !== own.code) return { ok: false, message: ACCESS_MESSAGES.otherOpd(own.code) };
    return { ok: true, opd: own };
  }
  if (!named) return { ok: false, message: SAVE_MESSAGES.chooseOpd };
  const opd = usableOpds(scope.access).find((o) => o.code === named);
  if (!opd) return { ok: false, message: SAVE_MESSAGES.unknownOpd(named) };
  if (!opd.active) return { ok: false, message: SAVE_MESSAGES.inactiveOpd(named) };
  return { ok: true, opd };
}

const EMPTY_META: InnovationMeta = {
  revision: 0,
  status: 'draft',
  idempotencyKey: '',
  fingerprint: '',
  createdBy: '',
  createdAt: '',
  updatedBy: '',
  updatedAt: '',
};

/** Values of dropdown columns that are not among the column's choices, as field errors. */
function enumErrors(layout: TableLayout, values: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const c of layout.columns) {
    const v = values[c.key];
    if (c.kind !== 'enum' || v === undefined || v === null || v === '' || !c.options) continue;
    if (!c.options.some((o) => o.code === v))
      errors.push({
        path: c.key,
        message: SAVE_MESSAGES.badField(c.header, CELL_PROBLEMS.unknownOption(String(v))),
      });
  }
  return errors;
}

/**
 * The record as it will read back from the sheet (empty fields absent, every indicator present),
 * so the stored fingerprint equals the one any later read computes.
 */
function canonical(layout: TableLayout, innovation: Innovation, meta: InnovationMeta, scope: CallScope) {
  const row = encodeRow(layout, innovationValues(innovation, meta, scope.ctx.input));
  const cells = new Map(layout.columns.map((c, i) => [c.key, row[i]] as const));
  return innovationFromRow(layout, { rowNumber: 0, cells }, innovation.opd, scope.ctx);
}

function result(
  s: Pick<StoredInnovation, 'revision' | 'fingerprint'> & { id: string; storedStatus: 'draft' | 'submitted' },
  verification: StoredVerification | undefined,
  message: (status: InnovationStatus) => string,
): SaveResult {
  const { status } = statusFromVerdict(s.storedStatus, s.revision, s.fingerprint, verification);
  return { ok: true, id: s.id, revision: s.revision, status, message: message(status) };
}

/** What the operator is told after a save, from what was asked and the status that follows. */
function savedMessage(
  req: { submit: boolean; withdraw?: boolean | undefined },
  before: InnovationStatus | null,
) {
  return (status: InnovationStatus): string => {
    if (!req.submit)
      return before && before !== 'draft' && req.withdraw
        ? SAVE_MESSAGES.withdrawn
        : SAVE_MESSAGES.savedDraft;
    // "Simpan perubahan" on an innovation that was already waiting or verified.
    if (isSubmittedStatus(before)) {
      if (status === 'verified') return SAVE_MESSAGES.savedVerified;
      return status === 'reverify' ? SAVE_MESSAGES.savedReverify : SAVE_MESSAGES.savedSubmitted;
    }
    return SAVE_MESSAGES.submitted;
  };
}

export function saveInnovation(request: SaveRequest): SaveResult {
  return guarded('saveInnovation', () => {
    const parsed = requestSchema().safeParse(request);
    if (!parsed.success) return fail(SAVE_MESSAGES.badRequest);
    const req = parsed.data;
    const scope = openScope();
    const { caller } = scope;
    if (!canEditInnovations(caller)) return fail(editRefusal(caller));
    const target = targetOpd(scope, req.innovation.opd);
    if (!target.ok) return fail(target.message);
    const opd = target.opd;
    const isNew = req.baseRevision === undefined || req.baseRevision === null;
    const id = isNew ? newInnovationId(opd.code, req.idempotencyKey) : String(req.innovation.id ?? '').trim();
    if (!id) return fail(SAVE_MESSAGES.badRequest);

    // The verification is the verifikator's, never the operator's to send.
    const { verification: _ignored, ...content } = req.innovation;
    const checked = validateInnovation(
      scope.access.rubric,
      { ...content, id, opd: opd.code },
      req.submit ? 'submit' : 'draft',
      { today: todayIn(scope.ctx.timeZone) },
    );
    if (!checked.ok)
      return fail(SAVE_MESSAGES.invalid(checked.errors.length), { fieldErrors: checked.errors });

    const layout = opdTabLayout(opd, scope.ctx.input);
    // Draft rules accept any code in fields the rubric lists; the sheet's dropdown does not.
    const unstorable = enumErrors(layout, innovationValues(checked.value, EMPTY_META, scope.ctx.input));
    if (unstorable.length) return fail(SAVE_MESSAGES.invalid(unstorable.length), { fieldErrors: unstorable });
    const locked = withDocumentLock(() => write(scope, layout, opd, id, isNew, req, checked.value));
    if (!locked.ok) return fail(locked.message);
    return locked.value;
  });
}

function write(
  scope: CallScope,
  layout: TableLayout,
  opd: OpdRecord,
  id: string,
  isNew: boolean,
  req: z.infer<ReturnType<typeof requestSchema>>,
  value: Innovation,
): SaveResult {
  const table = readTable(scope.ss, layout);
  if (!table.sheet) return fail(SAVE_MESSAGES.tabMissing(layout.name));
  if (!table.exact) return fail(SAVE_MESSAGES.tabNeedsRepair(layout.name));
  const existing = findInnovationInTable(table, opd, scope.ctx, id);
  // A verdict is the innovation's only when given for this OPD's row (ids are bound to their tab).
  const verification = readVerificationTab(scope.ss, scope.ctx, id).byKey[verdictKey(opd.code, id)];
  const storedOf = (s: StoredInnovation) => ({
    id: s.innovation.id,
    revision: s.revision,
    fingerprint: s.fingerprint,
    storedStatus: s.storedStatus ?? 'draft',
  });

  // A retry of a request already applied: answer as the first time, write nothing.
  const already = () => SAVE_MESSAGES.alreadySaved;
  if (existing && existing.idempotencyKey === req.idempotencyKey)
    return result(storedOf(existing), verification, already);
  if (isNew && existing) return result(storedOf(existing), verification, already);
  if (!isNew && !existing) return fail(SAVE_MESSAGES.notFound(id));
  if (existing && existing.revision !== req.baseRevision) {
    return fail(
      SAVE_MESSAGES.conflict(lastEdit(existing).by, formatWhen(lastEdit(existing).at, scope.ctx.timeZone)),
      {
        conflict: true,
      },
    );
  }
  const before = existing
    ? statusFromVerdict(
        existing.storedStatus ?? 'draft',
        existing.revision,
        existing.fingerprint,
        verification,
      ).status
    : null;
  // Saving must never take a submitted innovation out of the queue or the verified IID by
  // accident: that is "Tarik ke draf", asked for explicitly. A returned one is already out.
  if (!req.submit && !req.withdraw && isSubmittedStatus(before)) return fail(SAVE_MESSAGES.withdrawNeeded);

  const now = nowIso();
  const email = scope.caller.email;
  const meta: InnovationMeta = {
    revision: (existing?.revision ?? 0) + 1,
    status: req.submit ? 'submitted' : 'draft',
    idempotencyKey: req.idempotencyKey,
    fingerprint: '',
    createdBy: existing?.createdBy || email,
    createdAt: existing?.createdAt || now,
    updatedBy: email,
    updatedAt: now,
  };
  const stored = canonical(layout, value, meta, scope);
  meta.fingerprint = fingerprint(stored.innovation);
  const values = innovationValues(stored.innovation, meta, scope.ctx.input);
  if (existing) writeRecordRow(table.sheet, layout, existing.row, values);
  else appendRecordRow(table.sheet, layout, table.lastRow, values);
  return result(
    { id, revision: meta.revision, fingerprint: meta.fingerprint, storedStatus: meta.status },
    verification,
    savedMessage(req, before),
  );
}
