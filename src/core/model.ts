// The domain records every layer shares. JSON-safe on purpose: they cross google.script.run,
// the CLI and the sheets unchanged (dates are ISO strings `YYYY-MM-DD`, never Date objects).
// Identifiers are English; enumeration values keep the official Indonesian terms.

/** A validation problem at one field; `path` is dotted, e.g. "indicators.16.evidence". */
export interface FieldError {
  path: string;
  message: string;
}

/** Tahapan inovasi. Only `penerapan` can be counted. */
export type Stage = 'inisiatif' | 'uji_coba' | 'penerapan';
export const STAGES: readonly Stage[] = ['inisiatif', 'uji_coba', 'penerapan'];

/** A chosen parameter level of an indicator: 0 = "Belum ada". */
export type Level = 0 | 1 | 2 | 3;

export interface IndicatorEntry {
  level: Level;
  /** Evidence link(s) (bukti dukung): one URL, or several separated by whitespace/newlines. */
  evidence?: string;
  /** Nomor surat of the supporting document. */
  letterNumber?: string;
  /** Tanggal surat, ISO date. */
  letterDate?: string | null;
  /** Free note by the operator (e.g. which basis of indicator 33 was used). */
  note?: string;
}

export type VerificationStatus = 'pending' | 'verified' | 'returned';
export type IndicatorVerdict = 'accepted' | 'rejected';

export interface VerificationRecord {
  status: VerificationStatus;
  /** True when the innovation changed after it was verified (fingerprint mismatch). */
  stale?: boolean;
  indicators?: Record<string, IndicatorVerdict>;
  /** Notes per indicator id, shown to the operator on returned innovations. */
  notes?: Record<string, string>;
  /** General note of the verifikator. */
  note?: string;
  verifiedBy?: string;
  verifiedAt?: string;
  /** Content fingerprint of what was verified. */
  fingerprint?: string;
  /** What was verified, field by field (core/snapshot.ts), so a re-review shows what changed. */
  snapshot?: Record<string, string>;
}

/** Where an innovation came from (the Sekda's "training projects that differ only in name"). */
export type OriginKind = 'program_opd' | 'latpim' | 'pka' | 'pkp' | 'latsar' | 'masyarakat' | 'lainnya';
export const ORIGIN_KINDS: readonly OriginKind[] = [
  'program_opd',
  'latpim',
  'pka',
  'pkp',
  'latsar',
  'masyarakat',
  'lainnya',
];
export interface Origin {
  kind: OriginKind;
  /** Title of the training project (proyek perubahan / aksi perubahan) or programme. */
  title?: string;
  /** Training participant (peserta) who authored the project. */
  participant?: string;
  year?: number | null;
}

export type Initiator = 'kepala_daerah' | 'anggota_dprd' | 'opd' | 'asn' | 'masyarakat';
export type InnovationKind = 'digital' | 'non_digital';
export type InnovationForm = 'tata_kelola' | 'pelayanan_publik' | 'lainnya';

/**
 * One innovation (inovasi daerah). The keys marked "scoring" are the CLI contract; everything else
 * is optional for scoring but validated by the profile schema when an operator submits.
 */
export interface Innovation {
  id: string; // scoring
  opd: string; // scoring: OPD code
  name: string; // scoring
  /** Absent only on a draft saved before Tahapan was chosen (scoring input requires it). */
  stage?: Stage; // scoring
  mainAffair: string; // scoring: urusan code (shared/iid/urusan.json)
  otherAffairs?: string[]; // scoring
  trialDate?: string | null; // scoring
  implementationDate?: string | null; // scoring
  developmentDate?: string | null; // scoring
  design?: string; // scoring: rancang bangun
  goal?: string; // scoring: tujuan
  benefit?: string; // scoring: manfaat
  result?: string; // scoring: hasil
  indicators: Record<string, IndicatorEntry>; // scoring: keys "16".."35"
  verification?: VerificationRecord; // scoring
  initiator?: Initiator;
  initiatorName?: string;
  kind?: InnovationKind;
  form?: InnovationForm;
  /** Tematik code from the rubric's theme list, when the year has one. */
  theme?: string;
  /** Klasifikasi code from the rubric's list, when the year has one. */
  classification?: string;
  origin?: Origin;
  /** Basis (a–f) used for indicator 33, where the rubric has bases. */
  benefitBasis?: string;
  /** Klaster PKPN code from the rubric's list, when the year has one (2026+). */
  pkpnCluster?: string;
}

export interface SpdEntry {
  level: Level;
  evidence?: string;
  letterNumber?: string;
  letterDate?: string | null;
  note?: string;
}

/** Everything the scoring engine needs. */
export interface ScoringInput {
  rubric: string; // preset id, e.g. "iid-2026"
  spd: Record<string, SpdEntry>;
  innovations: Innovation[];
  /** OPD codes of the regency, so that OPDs that reported nothing can be named. Optional. */
  opds?: { code: string; name: string }[];
}

/** Why an innovation is not counted, machine-readable; the messages module words it. */
export type NotCountedReason =
  | { code: 'stage' /** absent: not chosen yet */; stage?: Stage; countedStages?: Stage[] }
  | { code: 'window'; start: string; end: string; developmentAlternative?: boolean }
  | { code: 'design_words'; words: number; minimum: number }
  | { code: 'mandatory'; indicators: string[]; verified?: boolean }
  | { code: 'not_verified'; status: VerificationStatus }
  | { code: 'stale' }
  | { code: 'invalid'; problems: string[] };

export interface IndicatorScore {
  id: string;
  level: Level;
  /** weight × level when counted, else 0. */
  score: number;
  /** Why the chosen level does not score: missing evidence, rejected by the verifikator. */
  problem?: 'no_evidence' | 'rejected' | 'not_accepted';
  /** weight × level when it also has the verifikator's acceptance, else 0. */
  verifiedScore?: number;
}

export interface InnovationResult {
  id: string;
  opd: string;
  name: string;
  sidScore: number; // claimed, 2 decimals
  verifiedSidScore: number;
  counted: boolean; // claimed projection
  verifiedCounted: boolean;
  reasons: string[]; // claimed, worded in Bahasa Indonesia
  verifiedReasons: string[];
  reasonCodes: NotCountedReason[];
  /** Machine-readable reasons of the verified projection. */
  verifiedReasonCodes?: NotCountedReason[];
  indicators: IndicatorScore[];
  /** Problems of the record itself (bad dates, unknown urusan…): never dropped, always shown. */
  problems: string[];
}

export interface Projection {
  spd: number;
  spdMax: number;
  sidSum: number;
  sidAverage: number;
  divisor: number;
  emptySeats: number;
  counted: number;
  affairsCovered: string[]; // yandas urusan codes covered
  affairsMissing: string[];
  yandasRequired: number;
  jumlahInovasi: number;
  sid: number; // sidAverage + jumlahInovasi
  total: number;
  maxTotal: number;
  iid: number;
  predikat: string;
  /** Colour of the predikat band (hex), from the rubric. */
  predikatColour?: string;
}

export interface OpdResult {
  opd: string;
  name: string;
  total: number;
  byStage: Record<Stage, number>;
  counted: number;
  verifiedCounted: number;
  meanSid: number;
  contribution: number; // Σ counted SID of the OPD / MAX(divisor, n_regency)
  verifiedContribution: number;
  rank: number; // 1 = largest contribution; ties share a rank
  verifiedMeanSid?: number;
  /** Rank by verified contribution. */
  verifiedRank?: number;
  /** Yandas urusan covered by the OPD's counted innovations (main urusan). */
  affairsCovered?: string[];
}

export interface ScoringResult {
  rubric: string;
  rubricWarnings: string[];
  claimed: Projection;
  verified: Projection;
  innovations: InnovationResult[];
  opds: OpdResult[];
  /** OPD codes (from `opds` in the input) with no innovation at all. */
  opdsWithNothing: string[];
}
