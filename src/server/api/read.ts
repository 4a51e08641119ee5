// The sidebar's read calls: its context, the list of innovations, one innovation, and the
// verification queue. Every call re-reads Pengguna, so a role change applies at the next click.
import { scoreInnovation } from '../../core';
import type {
  InnovationDetail,
  InnovationFilter,
  InnovationStatus,
  InnovationSummary,
  Result,
  SidebarContext,
} from '../../shared/api';
import { ACCESS_MESSAGES, SAVE_MESSAGES } from '../../shared/messages/server';
import { canReadOpd, canVerify, readableOpds } from '../access';
import { DEFAULT_SETTINGS } from '../defaults';
import type { StoredInnovation } from '../model';
import { activeRubric } from '../rubric';
import { takeSidebarMode } from '../ui/sidebar-mode';
import { fail, failureMessage, guarded, logError } from './guard';
import { type CallScope, findInnovation, openScope, readInnovations, usableOpds } from './scope';

export function getContext(): SidebarContext {
  const mode = takeSidebarMode();
  try {
    const scope = openScope();
    const { caller, access } = scope;
    const readable = readableOpds(caller);
    const opds = usableOpds(access)
      .filter((o) => o.active && (readable === 'all' || readable.includes(o.code)))
      .map((o) => ({ code: o.code, name: o.name }));
    return {
      email: caller.email,
      role: caller.refusedReason ? null : caller.role,
      opd: caller.opd ? { code: caller.opd.code, name: caller.opd.name } : null,
      readOnlyReason: caller.refusedReason ?? caller.readOnlyReason,
      rubric: access.rubric,
      opds,
      deadline: access.settings.deadline,
      mode: mode === 'verification' && canVerify(caller) ? 'verification' : 'edit',
      regencyName: access.settings.regencyName,
    };
  } catch (error) {
    logError('getContext', error);
    return {
      email: '',
      role: null,
      opd: null,
      readOnlyReason: failureMessage(error, SAVE_MESSAGES.unexpected),
      rubric: activeRubric(DEFAULT_SETTINGS.rubricId).rubric,
      opds: [],
      deadline: null,
      mode: 'edit',
    };
  }
}

export function summarize(scope: CallScope, s: StoredInnovation): InnovationSummary {
  const result = scoreInnovation(scope.access.rubric, s.innovation);
  const summary: InnovationSummary = {
    id: s.innovation.id,
    opd: s.innovation.opd,
    name: s.innovation.name,
    stage: s.innovation.stage,
    status: s.status,
    sidScore: result.sidScore,
    verifiedSidScore: result.verifiedSidScore,
    counted: result.counted,
    reasons: result.reasons,
    revision: s.revision,
    updatedAt: s.updatedAt,
  };
  if (s.problems.length) summary.problems = s.problems;
  return summary;
}

function newestFirst(a: InnovationSummary, b: InnovationSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

export function listInnovations(filter?: InnovationFilter): Result<{ items: InnovationSummary[] }> {
  return guarded('listInnovations', () => {
    const scope = openScope();
    const { caller } = scope;
    if (caller.refusedReason) return fail(caller.refusedReason);
    const readable = readableOpds(caller);
    let opds = usableOpds(scope.access).filter((o) => readable === 'all' || readable.includes(o.code));
    // Only admins and verifikators narrow by OPD; an operator's own OPD is already the only one.
    const wanted = typeof filter?.opd === 'string' ? filter.opd.trim().toUpperCase() : '';
    if (wanted && readable === 'all') opds = opds.filter((o) => o.code === wanted);
    const statuses = Array.isArray(filter?.status) ? new Set<InnovationStatus>(filter.status) : null;
    const items = readInnovations(scope, opds)
      .filter((s) => !statuses || statuses.has(s.status))
      .map((s) => summarize(scope, s))
      .sort(newestFirst);
    return { ok: true, items };
  });
}

export function detailOf(s: StoredInnovation): InnovationDetail {
  const detail: InnovationDetail = {
    innovation: s.innovation,
    status: s.status,
    revision: s.revision,
    verification: s.innovation.verification ?? null,
    updatedBy: s.updatedBy,
    updatedAt: s.updatedAt,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
  };
  if (s.problems.length) detail.problems = s.problems;
  return detail;
}

export function getInnovation(id: string): Result<{ detail: InnovationDetail }> {
  return guarded('getInnovation', () => {
    if (typeof id !== 'string' || !id.trim()) return fail(SAVE_MESSAGES.badRequest);
    const scope = openScope();
    const { caller } = scope;
    if (caller.refusedReason) return fail(caller.refusedReason);
    const readable = usableOpds(scope.access).filter((o) => canReadOpd(caller, o.code));
    if (readable.length === 0) return fail(caller.readOnlyReason ?? ACCESS_MESSAGES.readOnly);
    const found = findInnovation(scope, id.trim(), readable);
    if (!found) {
      return fail(
        caller.role === 'operator' && caller.opd
          ? `${SAVE_MESSAGES.notFound(id.trim())} ${ACCESS_MESSAGES.otherOpd(caller.opd.code)}`
          : SAVE_MESSAGES.notFound(id.trim()),
      );
    }
    return { ok: true, detail: detailOf(found) };
  });
}

const QUEUE_ORDER: Record<InnovationStatus, number> = {
  submitted: 0,
  reverify: 1,
  returned: 2,
  verified: 3,
  draft: 4,
};

/** Everything submitted at least once, the ones waiting for a verdict first (oldest first). */
export function listForVerification(): Result<{ items: InnovationSummary[] }> {
  return guarded('listForVerification', () => {
    const scope = openScope();
    if (!canVerify(scope.caller)) return fail(scope.caller.refusedReason ?? ACCESS_MESSAGES.verifierOnly);
    const items = readInnovations(scope, usableOpds(scope.access))
      .filter((s) => s.status !== 'draft')
      .map((s) => summarize(scope, s))
      .sort(
        (a, b) =>
          QUEUE_ORDER[a.status] - QUEUE_ORDER[b.status] ||
          (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
      );
    return { ok: true, items };
  });
}
