// saveVerification: a verifikator's verdict on one innovation, per indicator and overall, written to
// the Verifikasi tab with the revision and content fingerprint of what was checked. The OPD tab is
// never touched: a later edit changes the content fingerprint, and the status derivation turns
// the verdict stale by itself.
import * as z from 'zod/mini';
import { contentSnapshot, TEXT_LIMITS } from '../../core';
import { statusFromVerdict } from '../../core/integrity';
import { once } from '../../core/lazy';
import type { FieldError, InnovationStatus, Result, VerificationRequest } from '../../shared/api';
import { INTEGRITY_TEXT } from '../../shared/messages/integrity';
import { ACCESS_MESSAGES, SAVE_MESSAGES, VERIFY_MESSAGES } from '../../shared/messages/server';
import { canVerify } from '../access';
import { withDocumentLock } from '../lock';
import type { StoredInnovation, StoredVerification } from '../model';
import { opdTabLayout } from '../sheets/layout';
import {
  appendRecordRow,
  applyVerifications,
  findInnovationInTable,
  lastEdit,
  readTable,
  readVerificationTab,
  statusChecks,
  verificationValues,
  writeRecordRow,
} from '../sheets/registry';
import { formatWhen, nowIso } from '../time';
import { fail, guarded } from './guard';
import { type CallScope, opdOfId, openScope, usableOpds } from './scope';

const note = () => z.string().check(z.trim(), z.maxLength(TEXT_LIMITS.note));

// Built on first use: Apps Script evaluates the bundle on every call (see core/lazy.ts).
const requestSchema = once(() =>
  z.object({
    id: z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.id)),
    revision: z.number().check(z.int(), z.gte(0)),
    decision: z.enum(['verified', 'returned']),
    indicators: z.record(z.string(), z.enum(['accepted', 'rejected'])),
    notes: z.record(z.string(), note()),
    note: z._default(z.optional(note()), ''),
  }),
);

type VerifyResult = Result<{ status: InnovationStatus; message: string }>;

export function saveVerification(request: VerificationRequest): VerifyResult {
  return guarded('saveVerification', () => {
    const parsed = requestSchema().safeParse(request);
    if (!parsed.success) return fail(VERIFY_MESSAGES.badRequest);
    const req = parsed.data;
    const scope = openScope();
    if (!canVerify(scope.caller)) return fail(scope.caller.refusedReason ?? ACCESS_MESSAGES.verifierOnly);

    const ids = new Set(scope.access.rubric.sid.indicators.map((i) => i.id));
    const fieldErrors: FieldError[] = [];
    for (const key of ['indicators', 'notes'] as const) {
      for (const id of Object.keys(req[key])) {
        if (!ids.has(id))
          fieldErrors.push({ path: `${key}.${id}`, message: VERIFY_MESSAGES.unknownIndicator(id) });
      }
    }
    const notes = Object.fromEntries(Object.entries(req.notes).filter(([, t]) => t !== ''));
    if (req.decision === 'returned' && !req.note && Object.keys(notes).length === 0)
      fieldErrors.push({ path: 'note', message: VERIFY_MESSAGES.returnedNeedsNote });
    if (fieldErrors.length) return fail(SAVE_MESSAGES.invalid(fieldErrors.length), { fieldErrors });

    const locked = withDocumentLock(() => write(scope, { ...req, notes }));
    if (!locked.ok) return fail(locked.message);
    return locked.value;
  });
}

/**
 * Separation of duties (Pengaturan, on by default): no one verifies an innovation they authored or
 * last edited, nor one of the OPD their Pengguna row names.
 */
function separationRefusal(scope: CallScope, found: StoredInnovation): string | null {
  if (!scope.access.settings.separationOfDuties) return null;
  const me = scope.caller.email;
  if (me && (found.createdBy.toLowerCase() === me || found.updatedBy.toLowerCase() === me))
    return INTEGRITY_TEXT.separation.author;
  const own = scope.caller.user?.opd;
  if (own && own === found.innovation.opd) return INTEGRITY_TEXT.separation.ownOpd(own);
  return null;
}

function write(scope: CallScope, req: z.infer<ReturnType<typeof requestSchema>>): VerifyResult {
  const opds = usableOpds(scope.access);
  const first = opdOfId(req.id, opds);
  let found = null;
  for (const opd of first ? [first, ...opds.filter((o) => o !== first)] : opds) {
    found =
      findInnovationInTable(
        readTable(scope.ss, opdTabLayout(opd, scope.ctx.input)),
        opd,
        scope.ctx,
        req.id,
      ) ?? null;
    if (found) break;
  }
  if (!found) return fail(SAVE_MESSAGES.notFound(req.id));
  if (found.revision !== req.revision)
    return fail(
      VERIFY_MESSAGES.conflict(lastEdit(found).by, formatWhen(lastEdit(found).at, scope.ctx.timeZone)),
      {
        conflict: true,
      },
    );
  const tab = readVerificationTab(scope.ss, scope.ctx, req.id);
  // The status is derived, never taken from the Status cell: a row typed "Diajukan" by hand that
  // fails the submit rules, or whose ID is not its own, is a draft.
  applyVerifications([found], tab.byKey, statusChecks(scope.access));
  // An earlier verdict that separation of duties voids does not stop a new, valid one.
  const integrity = found.integrity ?? [];
  if (integrity.some((p) => p.code !== 'verdict_by_party'))
    return fail(INTEGRITY_TEXT.notEligible(found.problems.slice(-integrity.length)));
  if (found.status === 'draft') return fail(VERIFY_MESSAGES.notSubmitted);
  const separation = separationRefusal(scope, found);
  if (separation) return fail(separation);

  if (!tab.table.sheet) return fail(SAVE_MESSAGES.tabMissing(tab.layout.name));
  if (!tab.table.exact) return fail(SAVE_MESSAGES.tabNeedsRepair(tab.layout.name));
  const previous = tab.byId[req.id];
  const record: StoredVerification = {
    id: req.id,
    opd: found.innovation.opd,
    revision: found.revision,
    row: previous?.row ?? 0,
    status: req.decision,
    fingerprint: found.fingerprint,
    indicators: req.indicators,
    notes: req.notes,
    verifiedBy: scope.caller.email,
    verifiedAt: nowIso(),
    snapshot: contentSnapshot(found.innovation),
  };
  if (req.note) record.note = req.note;
  const values = verificationValues(record, found.innovation.name, scope.ctx.input);
  if (previous) writeRecordRow(tab.table.sheet, tab.layout, previous.row, values);
  else appendRecordRow(tab.table.sheet, tab.layout, tab.table.lastRow, values);
  const { status } = statusFromVerdict('submitted', found.revision, found.fingerprint, record);
  return {
    ok: true,
    status,
    message: req.decision === 'verified' ? VERIFY_MESSAGES.verified : VERIFY_MESSAGES.returned,
  };
}
