// findSimilar: the sidebar asks, while an operator types, whether the regency already has an
// innovation like the draft (any OPD, this period or an earlier one in the Riwayat tab). Read-only,
// so no lock: one read per OPD tab and one of Riwayat, plus the access tables. Of another OPD's innovation the caller learns only its name, OPD, the similarity and the
// phrases it shares with what they typed themselves, never its content or (for operators) its id.
import { findSimilarTo, type InnovationText } from '../../core/duplicates';
import { TEXT_LIMITS } from '../../core/schemas';
import type { Result, SimilarInnovation } from '../../shared/api';
import { SIMILAR_TEXT } from '../../shared/messages/similar';
import { canReadOpd } from '../access';
import { fail, guarded } from '../api/guard';
import { openScope, usableOpds } from '../api/scope';
import { readArchivedTexts } from './archive';
import { corpusOf, readInnovationTexts } from './texts';

/** At most this many similar innovations are shown under the name field. */
export const SIMILAR_LIMIT = 3;

const LIMITS = {
  id: TEXT_LIMITS.id,
  name: TEXT_LIMITS.short,
  design: TEXT_LIMITS.long,
  goal: TEXT_LIMITS.long,
  benefit: TEXT_LIMITS.long,
} as const;

type DraftKey = keyof typeof LIMITS;

/** The draft's five texts, or null when the request is not a plain object of short enough strings. */
export function parseDraft(raw: unknown): InnovationText | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const source = raw as Record<string, unknown>;
  const draft: InnovationText = {};
  for (const key of Object.keys(LIMITS) as DraftKey[]) {
    const v = source[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || v.length > LIMITS[key]) return null;
    const t = v.trim();
    if (t) draft[key] = t;
  }
  return draft;
}

function hasText(d: InnovationText): boolean {
  return Boolean(d.name || d.design || d.goal || d.benefit);
}

export function findSimilar(draft: unknown): Result<{ items: SimilarInnovation[] }> {
  return guarded('findSimilar', () => {
    const parsed = parseDraft(draft);
    if (!parsed) return fail(SIMILAR_TEXT.badRequest);
    const scope = openScope();
    const { caller, access } = scope;
    if (caller.refusedReason) return fail(caller.refusedReason);
    if (!caller.role) return fail(caller.readOnlyReason ?? SIMILAR_TEXT.refused);
    if (!hasText(parsed)) return { ok: true, items: [] };
    const opds = usableOpds(access);
    const timeZone = access.settings.timeZone;
    const texts = readInnovationTexts(scope.ss, opds, access.input, timeZone);
    const archived = readArchivedTexts(scope.ss, texts, timeZone);
    const hits = findSimilarTo(parsed, corpusOf([...texts, ...archived], access.settings), {
      limit: SIMILAR_LIMIT,
    });
    const names = new Map(opds.map((o) => [o.code, o.name] as const));
    const archivedNames = new Map(archived.map((a) => [a.id, a.opdName] as const));
    const items = hits.map((hit): SimilarInnovation => {
      const item: SimilarInnovation = {
        // Another OPD's id would let an operator try to open it, an earlier period's cannot be
        // opened: they get a name to talk about.
        id: !hit.year && canReadOpd(caller, hit.opd) ? hit.id : '',
        opd: hit.opd,
        name: hit.name,
        similarity: hit.similarity,
        sharedPhrases: hit.sharedPhrases,
      };
      if (hit.kind) item.kind = hit.kind;
      const opdName = names.get(hit.opd) ?? (hit.year ? archivedNames.get(hit.id) : undefined);
      if (hit.year) {
        item.year = hit.year;
        item.opdName = SIMILAR_TEXT.archived(opdName || hit.opd, hit.year);
      } else if (opdName) item.opdName = opdName;
      return item;
    });
    return { ok: true, items };
  });
}
