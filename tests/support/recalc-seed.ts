// Puts a scoring input into an emulated, set-up spreadsheet the way the add-on stores it: each
// innovation as a row of its OPD's tab, each verdict as a row of Verifikasi (with the content
// fingerprint, or a wrong one for a stale verdict), the SPD levels on the SPD tab. Written as the
// owner straight into the emulator (not through the bundle, not counted), so large registers are
// quick to build for tests and benchmarks.
import { fingerprint, getRubric, validateInnovation } from '../../src/core';
import type { Innovation, ScoringInput, SpdEntry } from '../../src/core/model';
import type { Harness } from '../../src/emulator/harness';
import type { OpdRecord, StoredVerification } from '../../src/server/model';
import { layoutInput } from '../../src/server/rubric';
import {
  columnNumber,
  FIRST_DATA_ROW,
  isPlainTextColumn,
  OPDS_LAYOUT,
  opdTabLayout,
  SPD_LAYOUT,
  type TableLayout,
  verificationLayout,
} from '../../src/server/sheets/layout';
import { type InnovationMeta, innovationValues, verificationValues } from '../../src/server/sheets/records';
import { encodeRow } from '../../src/server/sheets/table';

const STALE_FINGERPRINT = '0000000000000000';

function formats(layout: TableLayout): string[] {
  return layout.columns.map((c) => (isPlainTextColumn(c) ? '@' : 'General'));
}

function appendRows(h: Harness, layout: TableLayout, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const sheet = h.spreadsheet.getSheetByName(layout.name);
  if (!sheet) throw new Error(`tab ${layout.name} tidak ada`);
  const start = Math.max(sheet.getLastRow() + 1, FIRST_DATA_ROW);
  const needed = start + rows.length - 1;
  if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  sheet.getRange(start, 1, rows.length, layout.columns.length).setValues(rows as never);
}

/** Adds OPDs to the OPD tab (run setup afterwards so their tabs exist). */
export function addOpds(h: Harness, opds: readonly { code: string; name: string }[]): void {
  appendRows(
    h,
    OPDS_LAYOUT,
    opds.map((o) => [o.code, o.name, true]),
  );
}

/** The active OPDs of the OPD tab, as the registry reads them. */
export function listedOpds(h: Harness): OpdRecord[] {
  const sheet = h.spreadsheet.getSheetByName(OPDS_LAYOUT.name)!;
  const values = sheet.getDataRange().getValues() as unknown[][];
  return values
    .slice(FIRST_DATA_ROW - 1)
    .filter((r) => String(r[0] ?? '').trim() !== '')
    .map((r) => ({ code: String(r[0]), name: String(r[1]), active: r[2] !== false }));
}

export function seedSpd(h: Harness, spd: Record<string, SpdEntry>): void {
  const sheet = h.spreadsheet.getSheetByName(SPD_LAYOUT.name)!;
  const values = sheet.getDataRange().getValues() as unknown[][];
  const level = columnNumber(SPD_LAYOUT, 'level');
  const evidence = columnNumber(SPD_LAYOUT, 'evidence');
  for (let r = FIRST_DATA_ROW - 1; r < values.length; r++) {
    const id = String(values[r]?.[0] ?? '').trim();
    if (!id) continue;
    const entry = spd[id];
    sheet.getRange(r + 1, level).setValue(entry?.level ?? 0);
    sheet.getRange(r + 1, evidence).setValue(entry?.evidence ?? '');
  }
}

export interface SeedOptions {
  /** Status of innovations without a verdict; default: every other one submitted. */
  draftEvery?: number;
}

/**
 * Writes the innovations and verdicts of `input` (the rubric of the spreadsheet's settings must be
 * `input.rubric`). Every innovation's OPD must have a tab.
 */
export type SeededStatus = 'draft' | 'submitted' | 'verified' | 'returned' | 'reverify';

/**
 * Returns the status each innovation will show (derived as the server derives it). An innovation
 * whose content fails the submit rules could never have been submitted through the add-on: it is
 * stored as a draft and its verdict is dropped, also from `input` (changed in place), so the
 * core's score of `input` stays what the add-on computes.
 */
export function seedRegister(
  h: Harness,
  input: ScoringInput,
  options: SeedOptions = {},
): Record<string, SeededStatus> {
  const statuses: Record<string, SeededStatus> = {};
  const rubric = getRubric(input.rubric);
  const layoutIn = layoutInput(rubric);
  const byOpd = new Map<string, Innovation[]>();
  for (const inv of input.innovations) byOpd.set(inv.opd, [...(byOpd.get(inv.opd) ?? []), inv]);
  const verification = verificationLayout(layoutIn);
  const verdictRows: unknown[][] = [];
  const draftEvery = options.draftEvery ?? 2;
  let n = 0;
  for (const [code, innovations] of byOpd) {
    const layout = opdTabLayout({ code, name: code }, layoutIn);
    const f = formats(layout);
    const rows = innovations.map((inv) => {
      n++;
      const { verification: given, ...content } = inv;
      const submittable = validateInnovation(rubric, content, 'submit').ok;
      if (!submittable) delete inv.verification;
      const v = submittable ? given : undefined;
      const print = fingerprint(content);
      const meta: InnovationMeta = {
        revision: 1,
        status: submittable && (v || n % draftEvery !== 0) ? 'submitted' : 'draft',
        idempotencyKey: `seed-${inv.id}`,
        fingerprint: print,
        createdBy: 'seed@majenekab.go.id',
        createdAt: '2026-10-01T00:00:00.000Z',
        updatedBy: 'seed@majenekab.go.id',
        updatedAt: '2026-10-01T00:00:00.000Z',
      };
      statuses[inv.id] = v && v.status !== 'pending' ? (v.stale ? 'reverify' : v.status) : meta.status;
      if (v && v.status !== 'pending') {
        const stored: StoredVerification = {
          ...v,
          id: inv.id,
          opd: code,
          revision: 1,
          row: 0,
          fingerprint: v.stale ? STALE_FINGERPRINT : print,
          verifiedBy: 'verifikator@majenekab.go.id',
          verifiedAt: '2026-10-02T00:00:00.000Z',
        };
        verdictRows.push(
          encodeRow(verification, verificationValues(stored, inv.name, layoutIn), formats(verification)),
        );
      }
      return encodeRow(layout, innovationValues(content, meta, layoutIn), f);
    });
    appendRows(h, layout, rows);
  }
  appendRows(h, verification, verdictRows);
  seedSpd(h, input.spd);
  return statuses;
}
