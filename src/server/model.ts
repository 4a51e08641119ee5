// What the server reads from the spreadsheet, as records. The sheets layer (src/server/sheets/)
// turns tab rows into these and back; everything above it (saves, verification, recalculation,
// reminders, export) works on records only.
import type { IntegrityProblem } from '../core/integrity';
import type { Innovation, SpdEntry, VerificationRecord } from '../core/model';
import type { InnovationStatus, Role } from '../shared/api';

export interface Settings {
  regencyName: string; // e.g. "Kabupaten Majene"
  province: string;
  rubricId: string; // e.g. "iid-2027"
  /** Deadline for OPDs to submit (ISO date), shown in reminders and the dashboard. */
  deadline: string | null;
  timeZone: string; // "Asia/Makassar"
  /** No one verifies what they authored or last edited, nor their own OPD's innovations. */
  separationOfDuties: boolean;
  /** Kemendagri code of the regency ("76.01"), published in Data Rekap (docs/kontrak-data-rekap.md). */
  regionCode: string;
  /** Tingkat: a regency's own register, or a province's rollup of its regencies' Data Rekap. */
  level: Tingkat;
}

export type Tingkat = 'kabupaten' | 'provinsi';

export interface OpdRecord {
  code: string; // short stable code, e.g. "DINKES"; names the OPD's input tab
  name: string; // e.g. "Dinas Kesehatan"
  active: boolean;
  /** 1-based row on the OPD tab. */
  row?: number;
  /** Problems of the row (Bahasa Indonesia); a record with problems is kept but not used for access. */
  problems?: string[];
}

export interface UserRecord {
  email: string; // lower-cased
  name: string;
  role: Role;
  opd: string | null; // OPD code, for operators
  active: boolean;
  /** 1-based row on the Pengguna tab. */
  row?: number;
  /** Problems of the row (Bahasa Indonesia); access treats a user with problems as read-only. */
  problems?: string[];
}

export interface StoredInnovation {
  innovation: Innovation;
  status: InnovationStatus;
  revision: number;
  /** core fingerprint() of the content; verification goes stale when it changes. */
  fingerprint: string;
  tab: string;
  row: number; // 1-based sheet row
  createdBy: string;
  createdAt: string; // ISO timestamp
  updatedBy: string;
  updatedAt: string;
  /** Problems reading the row (a bad cell never drops the row). Bahasa Indonesia. */
  problems: string[];
  /** What the OPD tab's Status column holds; `status` above is derived with the Verifikasi tab. */
  storedStatus?: 'draft' | 'submitted';
  /** Idempotency key of the last save that wrote the row. */
  idempotencyKey?: string;
  /** The Sidik jari cell as stored; differs from `fingerprint` when the row was edited by hand. */
  storedFingerprint?: string;
  /** The Segel cell as stored (see core `sealOf`). */
  seal?: string;
  /** True when the ID cell is empty (`innovation.id` is then a placeholder). */
  idMissing?: boolean;
  /** Why the status differs from the stored one (missing, foreign or repeated ID, submit rules). */
  integrity?: IntegrityProblem[];
  /** Server-owned cells typed by hand, by header; 'content' when the content changed outside a save. */
  handEdits?: string[];
  /** True when the row is exactly as the last save wrote it (sealed tab, seal and content intact). */
  asSaved?: boolean;
  /** Who gave the verdict found for this row (for messages). */
  verdictBy?: string;
}

export interface StoredVerification extends VerificationRecord {
  id: string; // innovation id
  revision: number; // revision that was verified
  row: number;
  /** OPD code of the verified innovation (informative copy on the Verifikasi tab). */
  opd?: string;
  problems?: string[];
}

/** The whole register, read with one batched read per tab. */
export interface Registry {
  settings: Settings;
  opds: OpdRecord[];
  users: UserRecord[];
  spd: Record<string, SpdEntry>;
  innovations: StoredInnovation[];
  verifications: Record<string, StoredVerification>;
  /** Problems outside any one record: missing tabs or columns, unknown rubric, bad settings or SPD rows. */
  problems?: string[];
}
