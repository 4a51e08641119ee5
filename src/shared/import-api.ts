// The contract between the Impor dialog and its server entry points (bulk import of innovation
// lists). JSON-safe like api.ts: google.script.run carries only primitives, plain objects and arrays.
import type { Result } from './api';

/** A pasted table (TSV copied from a spreadsheet, or CSV), or another tab of this spreadsheet. */
export type ImportSource = { kind: 'paste'; text: string } | { kind: 'tab'; tab: string };

/** The fields a source column can fill (dotted like the OPD tab's column keys). */
export const IMPORT_FIELDS = [
  'opd',
  'name',
  'stage',
  'initiator',
  'initiatorName',
  'kind',
  'form',
  'theme',
  'classification',
  'pkpnCluster',
  'mainAffair',
  'otherAffairs',
  'trialDate',
  'implementationDate',
  'developmentDate',
  'design',
  'goal',
  'benefit',
  'result',
  'origin.kind',
  'origin.title',
  'origin.participant',
  'origin.year',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportRequest {
  source: ImportSource;
  /**
   * Field per source column ('' = ignore), in the source's column order. Absent: the server
   * suggests one (saved mapping first, then header names).
   */
  mapping?: string[];
  /** OPD code for rows whose OPD cell is empty (or when no column is mapped to OPD). */
  defaultOpd?: string;
}

export interface ImportSetup {
  fields: { key: ImportField; label: string; required: boolean }[];
  /** Tabs that may be read as a source (the product's own tabs are left out). */
  tabs: string[];
  opds: { code: string; name: string }[];
  maxRows: number;
  maxChars: number;
}

export type ImportRowStatus = 'ok' | 'rejected' | 'duplicate';

export interface ImportRowReport {
  /** Row number in the source: the line of the paste (header = 1), or the tab's row. */
  row: number;
  status: ImportRowStatus;
  opd: string;
  name: string;
  /** Why the row is rejected or skipped (Bahasa Indonesia); empty for rows to import. */
  messages: string[];
}

export interface ImportPreview {
  headers: string[];
  /** The first rows of each column, for the mapping table. */
  samples: string[][];
  mapping: string[];
  /** Where each suggestion came from: 'saved', 'auto', or '' (chosen by the admin or none). */
  suggested: ('saved' | 'auto' | '')[];
  /** Problems of the mapping itself (a required field without a column…); rows are not checked then. */
  mappingProblems: string[];
  rows: ImportRowReport[];
  counts: { total: number; ok: number; rejected: number; duplicate: number };
}

export interface ImportOutcome {
  imported: number;
  rejected: number;
  duplicate: number;
  byOpd: { opd: string; count: number }[];
  rows: ImportRowReport[];
  message: string;
}

/** Server functions the Impor dialog calls through google.script.run. */
export interface ImportApi {
  getImportSetup(): Result<{ setup: ImportSetup }>;
  previewImport(request: ImportRequest): Result<{ preview: ImportPreview }>;
  runImport(request: ImportRequest): Result<{ outcome: ImportOutcome }>;
}
