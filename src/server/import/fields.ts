// The fields an imported column can fill, how a header is recognised (the mapping suggestion), and
// how one cell becomes a model value: the same dropdown lists, urusan aliases and date forms the
// OPD tabs accept, with a reason in Bahasa Indonesia when a cell cannot be used.
import { findUrusan } from '../../core/urusan';
import { IMPORT_FIELDS, type ImportField } from '../../shared/import-api';
import { EXPORT_TEXT } from '../../shared/messages/export';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { findOption, isoDateInZone, parseIsoDate } from '../sheets/cells';
import { type Column, type LayoutInput, ORIGIN_OPTIONS, profileColumns } from '../sheets/layout';
import { plain, trainingKindOf } from '../training/layout';

export type { ImportField };

export function isImportField(key: string): key is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(key);
}

export function fieldLabel(field: ImportField): string {
  return IMPORT_TEXT.fieldLabels[field];
}

/** The OPD tab's column of each field (kind, dropdown options, header). */
export function fieldColumns(input: LayoutInput): Map<ImportField, Column> {
  const map = new Map<ImportField, Column>();
  for (const c of profileColumns(input)) if (isImportField(c.key)) map.set(c.key, c);
  return map;
}

/** Normalised header → field, from the aliases, the OPD tab's headers and the IGA export's headers. */
export function headerIndex(input: LayoutInput): Map<string, ImportField> {
  const index = new Map<string, ImportField>();
  const add = (header: string, field: ImportField) => {
    const key = plain(header);
    if (key && !index.has(key)) index.set(key, field);
  };
  for (const field of IMPORT_FIELDS)
    for (const alias of IMPORT_TEXT.headerAliases[field] ?? []) add(alias, field);
  for (const [field, column] of fieldColumns(input)) add(column.header, field);
  for (const field of IMPORT_FIELDS) add(fieldLabel(field), field);
  const exported = EXPORT_TEXT.headers as Record<string, unknown>;
  for (const field of IMPORT_FIELDS) {
    const h = exported[field];
    if (typeof h === 'string') add(h, field);
  }
  return index;
}

/** The field a header names: exact (normalised) first, else the longest known name of two or more words it contains. */
export function fieldForHeader(header: string, index: ReadonlyMap<string, ImportField>): ImportField | null {
  const h = plain(header);
  if (!h) return null;
  const exact = index.get(h);
  if (exact) return exact;
  let best: { field: ImportField; length: number } | null = null;
  const padded = ` ${h} `;
  for (const [alias, field] of index) {
    if (!alias.includes(' ') || !padded.includes(` ${alias} `)) continue;
    if (!best || alias.length > best.length) best = { field, length: alias.length };
  }
  return best?.field ?? null;
}

export type Suggestion = 'saved' | 'auto' | '';

/** How a header is remembered between imports. */
export function savedKey(header: string): string {
  return plain(header).slice(0, 60);
}

/**
 * One field per column: the mapping saved by an earlier import for the same header first, then the
 * header's own name; a field is given to one column only (the first that claims it).
 */
export function suggestMapping(
  headers: readonly string[],
  saved: Readonly<Record<string, string>>,
  index: ReadonlyMap<string, ImportField>,
): { mapping: string[]; suggested: Suggestion[] } {
  const taken = new Set<string>();
  const mapping: string[] = headers.map(() => '');
  const suggested: Suggestion[] = headers.map(() => '');
  const claim = (i: number, field: string | null | undefined, from: Suggestion) => {
    if (!field || mapping[i] || taken.has(field) || !isImportField(field)) return;
    mapping[i] = field;
    suggested[i] = from;
    taken.add(field);
  };
  headers.forEach((h, i) => {
    claim(i, saved[savedKey(h)], 'saved');
  });
  // A column the admin chose to ignore last time stays ignored.
  headers.forEach((h, i) => {
    if (saved[savedKey(h)] !== '') claim(i, fieldForHeader(h, index), 'auto');
  });
  return { mapping, suggested };
}

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell as trimmed text (a date cell from a tab becomes its calendar date). */
export function cellText(v: unknown, timeZone: string): string {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return Number.isNaN(v.getTime()) ? '' : isoDateInZone(v, timeZone);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v).trim();
}

export type Converted = { ok: true; value: unknown } | { ok: false; message: string };

function labels(column: Column | undefined): string[] {
  return (column?.options ?? []).map((o) => o.label);
}

/** One non-empty cell → the model value of `field`, or why it cannot be used. */
export function convertCell(
  field: ImportField,
  raw: unknown,
  column: Column | undefined,
  timeZone: string,
): Converted {
  const text = cellText(raw, timeZone);
  const label = fieldLabel(field);
  switch (field) {
    case 'mainAffair': {
      const u = findUrusan(text);
      return u
        ? { ok: true, value: u.code }
        : { ok: false, message: IMPORT_TEXT.row.unknownUrusan(label, text) };
    }
    case 'otherAffairs': {
      const codes: string[] = [];
      for (const part of text.split(/[;\n]+/)) {
        const t = part.trim();
        if (!t) continue;
        const u = findUrusan(t);
        if (!u) return { ok: false, message: IMPORT_TEXT.row.unknownUrusan(label, t) };
        if (!codes.includes(u.code)) codes.push(u.code);
      }
      return { ok: true, value: codes };
    }
    case 'trialDate':
    case 'implementationDate':
    case 'developmentDate': {
      const d = isDate(raw) ? text : parseIsoDate(text);
      return d ? { ok: true, value: d } : { ok: false, message: IMPORT_TEXT.row.badDate(label, text) };
    }
    case 'origin.year': {
      const y = Number(text);
      return /^\d{4}$/.test(text) && y >= 1990 && y <= 2100
        ? { ok: true, value: y }
        : { ok: false, message: IMPORT_TEXT.row.badYear(label, text) };
    }
    case 'origin.kind': {
      const option = findOption(ORIGIN_OPTIONS, text);
      const code = option?.code ?? trainingKindOf(text);
      return code
        ? { ok: true, value: code }
        : {
            ok: false,
            message: IMPORT_TEXT.row.unknownOption(
              label,
              text,
              ORIGIN_OPTIONS.map((o) => o.label),
            ),
          };
    }
    default: {
      if (column?.kind === 'enum' && column.options?.length) {
        const option = findOption(column.options, text);
        return option
          ? { ok: true, value: option.code }
          : { ok: false, message: IMPORT_TEXT.row.unknownOption(label, text, labels(column)) };
      }
      return { ok: true, value: text };
    }
  }
}
