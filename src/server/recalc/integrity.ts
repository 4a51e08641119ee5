// The "Temuan integritas" section of Ringkasan: protections someone changed (and whether they were
// restored), server-owned cells typed by hand, and rows whose status or ID cannot be trusted, each
// with its tab, row and what changed. Read by the admin; nothing here changes a score (statuses
// are derived, see core/integrity.ts).
import { INTEGRITY_TEXT } from '../../shared/messages/integrity';
import type { StoredInnovation } from '../model';
import { HAND_EDIT_CONTENT } from '../sheets/registry';

/** Lines beyond this are summed up in one "… dan N temuan lain". */
const MAX_LINES = 15;

function rowFindings(s: StoredInnovation): string[] {
  const what: string[] = [];
  const columns = (s.handEdits ?? []).filter((e) => e !== HAND_EDIT_CONTENT);
  if (columns.length) what.push(INTEGRITY_TEXT.handEdit(columns));
  if (s.handEdits?.includes(HAND_EDIT_CONTENT)) what.push(INTEGRITY_TEXT.contentEdit);
  const t = INTEGRITY_TEXT.problem;
  for (const p of s.integrity ?? []) {
    if (p.code === 'missing_id') what.push(t.missing_id);
    else if (p.code === 'foreign_id') what.push(t.foreign_id(s.innovation.id, s.innovation.opd));
    else if (p.code === 'repeated_id') what.push(t.repeated_id(s.innovation.id));
    else if (p.code === 'verdict_by_party') what.push(t.verdict_by_party(s.verdictBy ?? ''));
    else what.push(t.submit_rules(p.errors?.length ?? 0));
  }
  return what.length ? [`${INTEGRITY_TEXT.row(s.tab, s.row, s.innovation.name)}: ${what.join('; ')}`] : [];
}

/** The section's lines: restored protections first, then the rows, capped. */
export function integrityLines(
  innovations: readonly StoredInnovation[],
  protections: readonly string[],
): string[] {
  const all = [...protections, ...innovations.flatMap(rowFindings)];
  if (all.length === 0) return [INTEGRITY_TEXT.dashboardNone];
  if (all.length <= MAX_LINES) return all;
  return [...all.slice(0, MAX_LINES - 1), INTEGRITY_TEXT.dashboardMore(all.length - (MAX_LINES - 1))];
}
