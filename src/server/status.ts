// The status an innovation shows, derived from its own row and its Verifikasi row. Operators never
// write the Verifikasi tab and verifikators never write OPD tabs, so "needs re-verification" must
// follow from the data itself: the verification carries the fingerprint of what was checked, and
// a different fingerprint now means the content changed since.
import type { VerificationRecord } from '../core/model';
import type { InnovationStatus } from '../shared/api';
import type { StoredVerification } from './model';

export interface DerivedStatus {
  status: InnovationStatus;
  /** The verification as the scoring core expects it, or null when there is none yet. */
  verification: VerificationRecord | null;
}

/**
 * - no verdict yet: the stored status (draft / submitted);
 * - content unchanged since the verdict: the verdict (verified / returned), except that a returned
 *   innovation submitted again afterwards waits for the verifikator again (reverify);
 * - content changed since the verdict: reverify once submitted, draft while the operator is still
 *   working on it;
 * - withdrawn (stored draft): draft, whatever the verdict said, and the verdict no longer counts
 *   (the core sees it as pending) until the operator submits again; the verifikator's notes stay.
 */
export function deriveStatus(
  stored: 'draft' | 'submitted',
  revision: number,
  contentFingerprint: string,
  v: StoredVerification | undefined,
): DerivedStatus {
  if (!v || v.status === 'pending') return { status: stored, verification: null };
  const stale = v.fingerprint !== contentFingerprint;
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
  if (v.snapshot) verification.snapshot = v.snapshot;
  if (stored === 'draft') return { status: 'draft', verification: { ...verification, status: 'pending' } };
  if (stale) return { status: 'reverify', verification };
  if (v.status === 'returned' && stored === 'submitted' && revision > v.revision)
    return { status: 'reverify', verification };
  return { status: v.status, verification };
}
