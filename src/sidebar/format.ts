// Display formatting for the sidebar: Indonesian numbers and dates, status and stage labels.
import { formatNumber, statusLabel } from '../shared/messages/common';
import { SIDEBAR_STAGE, SIDEBAR_TEXT } from '../shared/messages/sidebar';

export { formatNumber, statusLabel };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "2025-03-07" → "7 Mar 2025"; an ISO timestamp keeps its calendar date. Unparseable → as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export function stageLabel(stage: string | undefined): string {
  if (!stage) return SIDEBAR_TEXT.noStage;
  return (SIDEBAR_STAGE as Record<string, string>)[stage] ?? stage;
}

/** Evidence field → the http(s) links it contains, one per line or separated by spaces. */
export function evidenceLinks(evidence: string | undefined): string[] {
  if (!evidence) return [];
  return evidence
    .split(/\s+/)
    .map((s) => s.trim())
    .filter((s) => /^https?:\/\/\S+$/i.test(s));
}
