// Where an import's rows come from: a pasted table, or another tab of this spreadsheet (never one
// of the product's own tabs), and the mapping the last import used, kept small in the document's
// properties so the next list from the same OPD maps itself.
import type { ImportSource } from '../../shared/import-api';
import { EXPORT_TEXT } from '../../shared/messages/export';
import { HISTORY_TEXT } from '../../shared/messages/history';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { REMINDER_TEXT } from '../../shared/messages/reminders';
import { TAB_NAMES } from '../../shared/messages/server';
import { DUPLICATE_TAB_TEXT } from '../../shared/messages/similar';
import { TRAINING_TEXT } from '../../shared/messages/training';
import type { OpdRecord } from '../model';
import { opdTabName } from '../sheets/layout';
import { isImportField, savedKey } from './fields';
import { parseDelimited, type SourceTable, tableFromGrid } from './parse';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MAX_IMPORT_ROWS = 1000;
export const MAX_PASTE_CHARS = 1_000_000;

/**
 * Tab names as Sheets compares them: getSheetByName finds "pengguna" for "Pengguna", so the guard
 * against reading the product's own tabs must ignore case (and surrounding spaces) too.
 */
export function tabKey(name: string): string {
  return name.trim().toLocaleLowerCase('id-ID');
}

/** Tabs the product writes or reads as its own (by tabKey); they are not offered as a source. */
export function productTabs(opds: readonly Pick<OpdRecord, 'code'>[]): Set<string> {
  return new Set<string>(
    [
      ...Object.values(TAB_NAMES),
      ...opds.map((o) => opdTabName(o.code)),
      DUPLICATE_TAB_TEXT.tab,
      TRAINING_TEXT.tab,
      HISTORY_TEXT.historyTab,
      HISTORY_TEXT.trendTab,
      EXPORT_TEXT.tab,
      REMINDER_TEXT.logTab,
    ].map(tabKey),
  );
}

export type SourceRead = { ok: true; table: SourceTable } | { ok: false; message: string };

export function readSource(ss: Spreadsheet, source: ImportSource, excluded: ReadonlySet<string>): SourceRead {
  let table: SourceTable;
  if (source.kind === 'paste') {
    if (source.text.length > MAX_PASTE_CHARS)
      return { ok: false, message: IMPORT_TEXT.source.tooLong(MAX_PASTE_CHARS) };
    table = tableFromGrid(parseDelimited(source.text));
  } else {
    if (excluded.has(tabKey(source.tab)))
      return { ok: false, message: IMPORT_TEXT.source.productTab(source.tab) };
    const sheet = ss.getSheetByName(source.tab);
    if (!sheet) return { ok: false, message: IMPORT_TEXT.source.unknownTab(source.tab) };
    // The tab Sheets actually found, whatever the case the request used.
    if (excluded.has(tabKey(sheet.getName())))
      return { ok: false, message: IMPORT_TEXT.source.productTab(sheet.getName()) };
    table = tableFromGrid(sheet.getDataRange().getValues());
  }
  if (table.rows.length === 0) return { ok: false, message: IMPORT_TEXT.source.empty };
  if (table.rows.length > MAX_IMPORT_ROWS)
    return { ok: false, message: IMPORT_TEXT.source.tooManyRows(MAX_IMPORT_ROWS) };
  return { ok: true, table };
}

const MAPPING_KEY = 'inovasi-daerah:impor-pemetaan';
const MAX_SAVED = 80;

/** Normalised header → field of earlier imports ({} when none or unreadable). */
export function loadSavedMapping(): Record<string, string> {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(MAPPING_KEY);
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
      if (typeof v === 'string' && (v === '' || isImportField(v))) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/**
 * Remembers this import's choices (also "ignore", so a column the admin left out stays out), newest
 * first, at most MAX_SAVED headers: a few KB, far below the 9 KB a property holds.
 */
export function saveMapping(headers: readonly string[], mapping: readonly string[]): void {
  const fresh: Record<string, string> = {};
  headers.forEach((h, i) => {
    const key = savedKey(h);
    if (key && !(key in fresh)) fresh[key] = isImportField(mapping[i] ?? '') ? mapping[i]! : '';
  });
  const merged = { ...fresh };
  for (const [k, v] of Object.entries(loadSavedMapping())) if (!(k in merged)) merged[k] = v;
  const kept = Object.fromEntries(Object.entries(merged).slice(0, MAX_SAVED));
  PropertiesService.getDocumentProperties().setProperty(MAPPING_KEY, JSON.stringify(kept));
}
