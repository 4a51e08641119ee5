// Hostile hand edits, generated: an operator types anything into any server-owned cell of their
// own tab (ID, Status, Revisi, submission key, fingerprint, seal, who/when), or copies another
// OPD's ID, or marks an incomplete draft "Diajukan". Whatever they type, through the built bundle:
// the export and the verified IID never gain anything, no row borrows another's verdict, the
// verification queue never offers a row that fails the submit rules, and every edit is reported in
// Ringkasan's "Temuan integritas".
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { createHarness } from '../../src/emulator/harness';
import { deserializeState, serializeState } from '../../src/emulator/state';
import { META_COLUMNS, STATUS_COLUMN } from '../../src/server/sheets/layout';
import type { IgaCsv } from '../../src/shared/admin-api';
import type { InnovationSummary, Result } from '../../src/shared/api';
import {
  completeInnovation,
  draftInnovation,
  incompleteInnovation,
  saveAs,
  values,
  verify,
} from './admin-tools';
import { typeAs } from './hand';
import { ADMIN, bundlePath, DINKES_OP, DINSOS_OP, setUp, VERIFIER } from './support';

/** The status and the technical columns, by header, as the OPD tab lays them out. */
const SERVER_OWNED = [STATUS_COLUMN.header, ...META_COLUMNS.map((c) => c.header)];

interface World {
  state: string;
  ids: { verifiedDinkes: string; verifiedDinsos: string; draft: string; incomplete: string };
  baseline: { exported: string; verified: string[] };
}

function exported(h: Harness): string {
  h.setUser(ADMIN);
  const csv = h.call<Result<IgaCsv>>('getIgaCsv', ',');
  if (!csv.ok) throw new Error(csv.message);
  return csv.csv;
}

/** "OPD|ID|name|verified SID score" of every row Skor Inovasi counts in the verified projection. */
function verifiedRows(h: Harness): string[] {
  const all = values(h, 'Skor Inovasi');
  const header = all[1]!.map(String);
  const at = (name: string) => header.indexOf(name);
  return all
    .slice(2)
    .filter((r) => r[at('Dihitung (terverifikasi)')] === true)
    .map((r) =>
      [r[at('OPD')], r[at('ID')], r[at('Nama inovasi')], r[at('Skor SID (terverifikasi)')]].join('|'),
    );
}

function recalc(h: Harness): unknown[][] {
  h.setUser(ADMIN);
  h.runMenu('recalculate');
  return values(h, 'Ringkasan');
}

function findings(rows: unknown[][]): string {
  const start = rows.findIndex((r) => r[0] === 'Temuan integritas');
  const out: string[] = [];
  for (let r = start + 1; r < rows.length && rows[r]![0] !== ''; r++) out.push(String(rows[r]![0]));
  return out.join('\n');
}

/** Row (1-based) and header of a tab, read as the owner. */
function locate(h: Harness, tab: string, id: string): { row: number; header: string[] } {
  const all = h.spreadsheet.getSheetByName(tab)!.getDataRange().getValues() as unknown[][];
  const header = all[1]!.map(String);
  const row = all.findIndex((r) => r[header.indexOf('ID')] === id) + 1;
  return { row, header };
}

describe('hostile hand edits of server-owned cells', () => {
  let world: World;

  beforeAll(() => {
    const h = setUp();
    const a = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, a, 'verified');
    const b = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat'), true);
    verify(h, b, 'verified');
    const draft = saveAs(h, DINKES_OP, draftInnovation('DINKES', 'Gagasan'), false);
    const incomplete = saveAs(h, DINKES_OP, incompleteInnovation('DINKES', 'Belum Lengkap'), false);
    recalc(h);
    world = {
      state: serializeState(h.state),
      ids: { verifiedDinkes: a.id, verifiedDinsos: b.id, draft: draft.id, incomplete: incomplete.id },
      baseline: { exported: exported(h), verified: verifiedRows(h) },
    };
    expect(world.baseline.verified).toHaveLength(2);
  });

  const fresh = (): Harness =>
    createHarness({
      owner: ADMIN,
      user: ADMIN,
      bundlePath: bundlePath(),
      state: deserializeState(world.state),
    });

  it('never gains anything and always reports the edit', () => {
    const target = fc.constantFrom('draft', 'incomplete', 'verifiedDinkes') as fc.Arbitrary<
      'draft' | 'incomplete' | 'verifiedDinkes'
    >;
    const value = fc.oneof(
      fc.constantFrom('Diajukan', 'Terverifikasi', 'submitted', 'Draf', '', '0', '99', "'=1+1"),
      fc.constant('@dinsos'),
      fc.constant('@dinkes'),
      fc.string({ maxLength: 20 }),
      fc.integer({ min: -5, max: 50 }),
    );
    let applied = 0;
    fc.assert(
      fc.property(target, fc.constantFrom(...SERVER_OWNED), value, (which, column, raw) => {
        const h = fresh();
        const id = world.ids[which];
        const typed =
          raw === '@dinsos' ? world.ids.verifiedDinsos : raw === '@dinkes' ? world.ids.verifiedDinkes : raw;
        const { row, header } = locate(h, 'Inovasi DINKES', id);
        const before = h.spreadsheet
          .getSheetByName('Inovasi DINKES')!
          .getRange(row, header.indexOf(column) + 1)
          .getValue();
        try {
          typeAs(h, DINKES_OP, 'Inovasi DINKES', row, column, String(typed));
        } catch {
          return; // refused by a dropdown: nothing changed
        }
        applied++;
        const after = h.spreadsheet
          .getSheetByName('Inovasi DINKES')!
          .getRange(row, header.indexOf(column) + 1)
          .getValue();
        const rows = recalc(h);
        const csv = exported(h);
        // Nothing gains: the export only ever loses rows, the verified IID never rises.
        for (const line of csv.split('\n').slice(1)) expect(world.baseline.exported).toContain(line);
        for (const r of verifiedRows(h)) expect(world.baseline.verified).toContain(r);
        // The queue never offers a row that fails the submit rules.
        h.setUser(VERIFIER);
        const queue = h.call<Result<{ items: InnovationSummary[] }>>('listForVerification');
        expect(queue.ok && queue.items.some((i) => i.name === 'Belum Lengkap')).toBe(false);
        expect(queue.ok && queue.items.filter((i) => i.name === 'Bansos Tepat').map((i) => i.opd)).toEqual([
          'DINSOS',
        ]);
        // A changed cell is reported with its tab and row.
        if (String(after) !== String(before)) expect(findings(rows)).toContain(`Inovasi DINKES baris ${row}`);
      }),
      { numRuns: 15, seed: 12 },
    );
    // Most generated edits get through (only a dropdown refuses some): the property was exercised.
    expect(applied).toBeGreaterThanOrEqual(10);
  }, 240_000);
});
