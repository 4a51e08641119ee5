// Entry points of the bulk import (admins only): the menu item that opens the Impor dialog, and the
// dialog's three calls. previewImport reads and checks without writing; runImport does the same
// again under the document lock, on fresh reads, and then writes every OPD tab or none.
import type { InnovationText } from '../../core/duplicates';
import type { Result } from '../../shared/api';
import {
  IMPORT_FIELDS,
  type ImportOutcome,
  type ImportPreview,
  type ImportRequest,
  type ImportSetup,
  type ImportSource,
} from '../../shared/import-api';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { fail, guarded } from '../api/guard';
import { usableOpds } from '../api/scope';
import { textLayout, textsFromTable } from '../duplicates/texts';
import { type AdminAllowed, adminGate, adminMenuItem } from '../history/admin';
import { withDocumentLock } from '../lock';
import type { OpdRecord } from '../model';
import { opdTabLayout, type TableLayout } from '../sheets/layout';
import { type AccessTables, readContext } from '../sheets/registry';
import { readTable, type TableRead, tableFromValues } from '../sheets/table';
import { nowIso } from '../time';
import { showDialog } from '../ui/dialogs';
import { cellText, fieldLabel, headerIndex, isImportField, type Suggestion, suggestMapping } from './fields';
import type { SourceTable } from './parse';
import { type ImportPlan, planImport } from './plan';
import { buildCandidates, type ImportContext, mappingProblems } from './rows';
import {
  loadSavedMapping,
  MAX_IMPORT_ROWS,
  MAX_PASTE_CHARS,
  productTabs,
  readSource,
  saveMapping,
  tabKey,
} from './source';
import { newRecord, type TabWrite, writeAll } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DIALOG_FILE = 'Impor';
const DIALOG_WIDTH = 640;
const DIALOG_HEIGHT = 600;
const SAMPLE_ROWS = 3;
const MAX_COLUMNS = 200;

/** Menu: Admin › Impor inovasi… */
export function showImportDialog(): void {
  adminMenuItem('showImportDialog', IMPORT_TEXT.adminAction, IMPORT_TEXT.failed, () =>
    showDialog(DIALOG_FILE, IMPORT_TEXT.dialogTitle, DIALOG_WIDTH, DIALOG_HEIGHT),
  );
}

export function getImportSetup(): Result<{ setup: ImportSetup }> {
  return guarded('getImportSetup', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const gate = adminGate(ss, IMPORT_TEXT.adminAction);
    if (!gate.ok) return fail(gate.message);
    const excluded = productTabs(gate.access.opds);
    return {
      ok: true,
      setup: {
        fields: IMPORT_FIELDS.map((key) => ({
          key,
          label: fieldLabel(key),
          required: key === 'name' || key === 'opd',
        })),
        tabs: ss
          .getSheets()
          .map((s) => s.getName())
          .filter((n) => !excluded.has(tabKey(n))),
        opds: usableOpds(gate.access)
          .filter((o) => o.active)
          .map((o) => ({ code: o.code, name: o.name })),
        maxRows: MAX_IMPORT_ROWS,
        maxChars: MAX_PASTE_CHARS,
      },
    };
  });
}

/** The request as sent, or null when its shape is wrong (the dialog never sends such a thing). */
export function parseRequest(raw: unknown): ImportRequest | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const s = r.source as Record<string, unknown> | undefined;
  let source: ImportSource;
  if (s && s.kind === 'paste' && typeof s.text === 'string') source = { kind: 'paste', text: s.text };
  else if (s && s.kind === 'tab' && typeof s.tab === 'string' && s.tab.length <= 100)
    source = { kind: 'tab', tab: s.tab };
  else return null;
  const request: ImportRequest = { source };
  if (r.mapping !== undefined && r.mapping !== null) {
    if (!Array.isArray(r.mapping) || r.mapping.length > MAX_COLUMNS) return null;
    if (!r.mapping.every((m) => typeof m === 'string' && m.length <= 40)) return null;
    request.mapping = (r.mapping as string[]).map((m) => (isImportField(m) ? m : ''));
  }
  if (r.defaultOpd !== undefined && r.defaultOpd !== null && r.defaultOpd !== '') {
    if (typeof r.defaultOpd !== 'string' || r.defaultOpd.length > 40) return null;
    request.defaultOpd = r.defaultOpd.trim().toUpperCase();
  }
  return request;
}

interface Prepared {
  table: SourceTable;
  mapping: string[];
  suggested: Suggestion[];
  problems: string[];
  ctx: ImportContext;
  opds: OpdRecord[];
  regencyName: string;
}

function prepare(
  ss: Spreadsheet,
  access: AccessTables,
  request: ImportRequest,
): Result<{ prepared: Prepared }> {
  const opds = usableOpds(access);
  const source = readSource(ss, request.source, productTabs(access.opds));
  if (!source.ok) return fail(source.message);
  let defaultOpd: OpdRecord | null = null;
  if (request.defaultOpd) {
    defaultOpd = opds.find((o) => o.code === request.defaultOpd) ?? null;
    if (!defaultOpd) return fail(IMPORT_TEXT.source.unknownDefaultOpd(request.defaultOpd));
  }
  const { headers } = source.table;
  const suggestion = suggestMapping(headers, loadSavedMapping(), headerIndex(access.input));
  const given = request.mapping;
  const mapping = given ? headers.map((_, i) => given[i] ?? '') : suggestion.mapping;
  const suggested = mapping.map((m, i) =>
    m && m === suggestion.mapping[i] ? (suggestion.suggested[i] ?? '') : '',
  );
  return {
    ok: true,
    prepared: {
      table: source.table,
      mapping,
      suggested,
      problems: mappingProblems(mapping, defaultOpd !== null),
      ctx: {
        rubric: access.rubric,
        input: access.input,
        timeZone: access.settings.timeZone,
        opds,
        defaultOpd,
      },
      opds,
      regencyName: access.settings.regencyName,
    },
  };
}

interface TabRead {
  opd: OpdRecord;
  layout: TableLayout;
  table: TableRead;
}

/** Every usable OPD tab, read once (one getValues each): the texts for duplicates, the tables for writing. */
function readTabs(ss: Spreadsheet, p: Prepared): { tabs: Map<string, TabRead>; plan: ImportPlan } {
  const tabs = new Map<string, TabRead>();
  const existing: InnovationText[] = [];
  for (const opd of p.opds) {
    const layout = opdTabLayout(opd, p.ctx.input);
    const table = readTable(ss, layout);
    tabs.set(opd.code, { opd, layout, table });
    existing.push(
      ...textsFromTable(
        tableFromValues(textLayout(opd, p.ctx.input), table.sheet, table.values),
        opd.code,
        p.ctx.timeZone,
      ),
    );
  }
  const candidates = buildCandidates(p.table, p.mapping, p.ctx);
  return { tabs, plan: planImport(candidates, existing, { regencyName: p.regencyName }) };
}

function counts(plan: ImportPlan): ImportPreview['counts'] {
  const c = { total: plan.reports.length, ok: 0, rejected: 0, duplicate: 0 };
  for (const r of plan.reports)
    c[r.status === 'ok' ? 'ok' : r.status === 'rejected' ? 'rejected' : 'duplicate']++;
  return c;
}

/** What both dialog calls start with: the admin gate, then the source read and checked. */
function open(request: ImportRequest): Result<{ ss: Spreadsheet; gate: AdminAllowed; p: Prepared }> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const gate = adminGate(ss, IMPORT_TEXT.adminAction);
  if (!gate.ok) return fail(gate.message);
  const prepared = prepare(ss, gate.access, request);
  if (!prepared.ok) return prepared;
  return { ok: true, ss, gate, p: prepared.prepared };
}

export function previewImport(raw: ImportRequest): Result<{ preview: ImportPreview }> {
  return guarded('previewImport', () => {
    const request = parseRequest(raw);
    if (!request) return fail(IMPORT_TEXT.source.badRequest);
    const opened = open(request);
    if (!opened.ok) return opened;
    const { ss, p } = opened;
    const preview: ImportPreview = {
      headers: p.table.headers,
      samples: p.table.headers.map((_, i) =>
        p.table.rows.slice(0, SAMPLE_ROWS).map((r) => cellText(r.cells[i], p.ctx.timeZone).slice(0, 80)),
      ),
      mapping: p.mapping,
      suggested: p.suggested,
      mappingProblems: p.problems,
      rows: [],
      counts: { total: p.table.rows.length, ok: 0, rejected: 0, duplicate: 0 },
    };
    if (p.problems.length === 0) {
      const { plan } = readTabs(ss, p);
      preview.rows = plan.reports;
      preview.counts = counts(plan);
    }
    return { ok: true, preview };
  });
}

export function runImport(raw: ImportRequest): Result<{ outcome: ImportOutcome }> {
  return guarded('runImport', () => {
    const request = parseRequest(raw);
    if (!request?.mapping) return fail(IMPORT_TEXT.source.badRequest);
    const opened = open(request);
    if (!opened.ok) return opened;
    const { ss, gate, p } = opened;
    if (p.problems.length) return fail(p.problems.join(' '));
    const email = gate.email;
    const ctx = readContext(gate.access);
    const locked = withDocumentLock((): Result<{ outcome: ImportOutcome }> => {
      const { tabs, plan } = readTabs(ss, p);
      const writes = new Map<string, TabWrite>();
      const at = nowIso();
      for (const planned of plan.toWrite) {
        const tab = tabs.get(planned.candidate.opd.code)!;
        if (!tab.table.sheet) return fail(IMPORT_TEXT.outcome.tabMissing(tab.layout.name));
        if (!tab.table.exact) return fail(IMPORT_TEXT.outcome.tabNeedsRepair(tab.layout.name));
        let w = writes.get(tab.opd.code);
        if (!w) {
          w = { opd: tab.opd, layout: tab.layout, table: tab.table, records: [] };
          writes.set(tab.opd.code, w);
        }
        const innovation = { ...planned.candidate.innovation, id: planned.id, opd: tab.opd.code };
        w.records.push(newRecord(tab.layout, innovation, planned.key, email, at, ctx));
      }
      // In the order of the OPD tab, so a failure always meets the same tabs already written.
      const ordered = p.opds.map((o) => writes.get(o.code)).filter((w): w is TabWrite => w !== undefined);
      const written = writeAll(ordered);
      if (!written.ok) return fail(written.message);
      const c = counts(plan);
      return {
        ok: true,
        outcome: {
          imported: c.ok,
          rejected: c.rejected,
          duplicate: c.duplicate,
          byOpd: ordered.map((w) => ({ opd: w.opd.code, count: w.records.length })),
          rows: plan.reports,
          message: IMPORT_TEXT.outcome.done(c.ok, ordered.length),
        },
      };
    });
    if (!locked.ok) return fail(locked.message);
    if (locked.value.ok) saveMapping(p.table.headers, p.mapping);
    return locked.value;
  });
}
