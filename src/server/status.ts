// The status an innovation shows, derived from its own row and its Verifikasi row. The rule is the
// core's (src/core/integrity.ts), so every place that uses a row derives it the same way.
import { statusFromVerdict } from '../core/integrity';
import type { VerificationRecord } from '../core/model';
import type { InnovationStatus } from '../shared/api';
import type { StoredVerification } from './model';

export interface DerivedStatus {
  status: InnovationStatus;
  /** The verification as the scoring core expects it, or null when there is none yet. */
  verification: VerificationRecord | null;
}

/** The status from the stored status and the verdict alone (see core `statusFromVerdict`). */
export function deriveStatus(
  stored: 'draft' | 'submitted',
  revision: number,
  contentFingerprint: string,
  v: StoredVerification | undefined,
): DerivedStatus {
  return statusFromVerdict(stored, revision, contentFingerprint, v);
}
