// The contract between the sidebar (browser) and the server entry points (Apps Script).
// Every type here is JSON-safe: google.script.run carries only primitives, plain objects and arrays
// (a Date arrives as null), so dates are ISO strings.
import type { FieldError, Innovation, VerificationRecord } from '../core/model';

export type { FieldError };

export type Role = 'admin' | 'verifikator' | 'operator' | 'pimpinan';

/** Status an operator sees in the list (DESIGN.md: Draf, Diajukan, Perlu Perbaikan, Terverifikasi, Perlu verifikasi ulang). */
export type InnovationStatus = 'draft' | 'submitted' | 'returned' | 'verified' | 'reverify';

/**
 * Submitted and in the verifikator's hands, or verified: saving keeps such an innovation submitted
 * ("Simpan perubahan"); only "Tarik ke draf" takes it back to Draf. A returned one is already out.
 */
export function isSubmittedStatus(status: InnovationStatus | null | undefined): boolean {
  return status === 'submitted' || status === 'verified' || status === 'reverify';
}

/** Expected failures come back as values, never as thrown errors, so the sidebar can show them at the field. */
export type Result<T> =
  | ({ ok: true } & T)
  | { ok: false; message: string; fieldErrors?: FieldError[]; conflict?: boolean };

export interface SidebarContext {
  email: string;
  role: Role | null;
  opd: { code: string; name: string } | null;
  /** Set when the user may only read: unknown or empty identity, pimpinan, no OPD. Bahasa Indonesia. */
  readOnlyReason: string | null;
  /** The active rubric preset (data, as validated by the core), so the form is built from it. */
  rubric: unknown;
  /** The regency's OPDs (code, name) for admins/verifikators; only the user's own for operators. */
  opds: { code: string; name: string }[];
  deadline: string | null;
  /** 'verification' when opened from the menu item Verifikasi: the sidebar starts on the queue. */
  mode?: 'edit' | 'verification';
  /** e.g. "Kabupaten Majene". */
  regencyName?: string;
}

export interface InnovationSummary {
  id: string;
  opd: string;
  name: string;
  stage: Innovation['stage'];
  status: InnovationStatus;
  sidScore: number;
  counted: boolean;
  reasons: string[];
  revision: number;
  updatedAt: string;
  /** Score counting only the indicators a verifikator accepted. */
  verifiedSidScore?: number;
  /** Problems reading the row (e.g. a cell edited by hand), Bahasa Indonesia. */
  problems?: string[];
}

/** Optional filter of listInnovations (admins and verifikators; an operator always gets their own OPD). */
export interface InnovationFilter {
  opd?: string;
  status?: InnovationStatus[];
}

export interface InnovationDetail {
  innovation: Innovation;
  status: InnovationStatus;
  revision: number;
  verification: VerificationRecord | null;
  updatedBy: string;
  updatedAt: string;
  createdBy?: string;
  createdAt?: string;
  /** Problems reading the row, Bahasa Indonesia. */
  problems?: string[];
}

export interface SaveRequest {
  /** Random per submission attempt: a retried save with the same key never creates a second row. */
  idempotencyKey: string;
  /** Revision the edit started from; absent for a new innovation. A mismatch is a conflict. */
  baseRevision?: number;
  /**
   * true = ajukan, or "Simpan perubahan" on an innovation already submitted (it stays submitted);
   * false = simpan sebagai draf.
   */
  submit: boolean;
  /**
   * Required with submit=false on an innovation that is submitted (Diajukan, Terverifikasi, Perlu
   * verifikasi ulang): taking it back to Draf is an explicit, confirmed action ("Tarik ke draf"),
   * never the side effect of saving.
   */
  withdraw?: boolean;
  innovation: Innovation;
}

export type SaveResult = Result<{ id: string; revision: number; status: InnovationStatus; message: string }>;

export interface VerificationRequest {
  id: string;
  /** Revision the verifikator looked at; a newer edit makes the request a conflict. */
  revision: number;
  decision: 'verified' | 'returned';
  indicators: Record<string, 'accepted' | 'rejected'>;
  notes: Record<string, string>;
  note: string;
}

export interface SimilarInnovation {
  id: string;
  opd: string;
  name: string;
  similarity: number; // 0..1
  sharedPhrases: string[];
  /** What is alike: the name, the content (rancang bangun, tujuan, manfaat) or both. */
  kind?: 'nama' | 'isi' | 'keduanya';
  /** The OPD's name from the OPD tab (findSimilar sets it), for "Mirip dengan: … (Dinas Kesehatan)". */
  opdName?: string;
  /** Set when the similar innovation is one of an earlier period (the Riwayat tab): its year. */
  year?: number;
}

/** Server functions the sidebar may call through google.script.run, with their argument and result types. */
export interface ServerApi {
  getContext(): SidebarContext;
  listInnovations(filter?: InnovationFilter): Result<{ items: InnovationSummary[] }>;
  getInnovation(id: string): Result<{ detail: InnovationDetail }>;
  saveInnovation(request: SaveRequest): SaveResult;
  listForVerification(): Result<{ items: InnovationSummary[] }>;
  saveVerification(request: VerificationRequest): Result<{ status: InnovationStatus; message: string }>;
  findSimilar(draft: Pick<Innovation, 'id' | 'name' | 'design' | 'goal' | 'benefit'>): Result<{
    items: SimilarInnovation[];
  }>;
}
