// The state file: formatting stored once per distinct value (version 2), old files (version 1)
// still loading, and nothing a script can see changing across save and load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GENERAL_FORMAT } from '../../src/emulator/display';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { createHarness, Harness } from '../../src/emulator/harness';
import {
  deserializeState,
  type EmulatorState,
  STATE_VERSION,
  serializeState,
  type ValidationSpec,
} from '../../src/emulator/state';
import { toTaggedJson } from '../../src/emulator/tagged-json';
import { setUp } from '../addon/support';
import { PROBE_BUNDLE, type ProbeHarness, probeHarness } from '../support/emulator';
import { editScript, READ_EVERYTHING, SMALL_SHEET } from '../support/sheet-ops';

const V1_FILE = path.resolve(import.meta.dirname, 'fixtures/state-v1.json');

function reload(state: EmulatorState): ProbeHarness {
  return probeHarness({ state: deserializeState(serializeState(state)) });
}

/** The file the previous emulator wrote: the state itself, every cell with its own formatting. */
function versionOneText(state: EmulatorState): string {
  return toTaggedJson({ ...state, version: 1 });
}

function tempFile(name: string): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'emu-state-')), name);
}

describe('save and load change nothing a script can see', () => {
  test('random edits (values, formats, styles, rules, checkboxes, merges, rows and columns) read back the same', () => {
    fc.assert(
      fc.property(editScript(), (edits) => {
        const h = probeHarness();
        h.run(SMALL_SHEET);
        h.run(edits);
        const before = h.run(READ_EVERYTHING);
        const saved = serializeState(h.state);
        const loaded = deserializeState(saved);
        expect(probeHarness({ state: loaded }).run(READ_EVERYTHING)).toEqual(before);
        // Writing what was loaded gives the same file: the encoding is canonical.
        expect(serializeState(loaded)).toBe(saved);
        // A version 1 file of the same spreadsheet reads the same too.
        const fromV1 = deserializeState(versionOneText(h.state));
        expect(probeHarness({ state: fromV1 }).run(READ_EVERYTHING)).toEqual(before);
        expect(serializeState(fromV1)).toBe(saved);
      }),
      { numRuns: 60 },
    );
  });

  test('after a load, a rule still refuses an invalid write and accepts a valid one', () => {
    const h = probeHarness();
    h.run(`var s = SpreadsheetApp.getActiveSheet();
      s.getRange('B2:B500').setDataValidation(SpreadsheetApp.newDataValidation()
        .requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build());
      s.getRange('C2:C500').insertCheckboxes();`);
    const h2 = reload(h.state);
    expect(() => h2.call('writeOne', 'Sheet1', 'B300', 'Mungkin')).toThrow(GAS_ERRORS.validation('B300'));
    expect(() => h2.call('writeOne', 'Sheet1', 'C2', 'ya')).toThrow(GAS_ERRORS.validation('C2'));
    h2.call('write', 'Sheet1', 'B300:C300', [['Tidak', true]]);
    expect(h2.spreadsheet.getRange('B299:C300').getValues()).toEqual([
      ['', false],
      ['Tidak', true],
    ]);
  });

  test("changing one cell's style or rule leaves the cells that share it alone, also after a load", () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:C3').setFontWeight('bold').setBackground('#ffff00')
      .setNote('sama');`);
    for (const sheet of [h, reload(h.state)]) {
      sheet.run(`var s = SpreadsheetApp.getActiveSheet();
        s.getRange('B2').setBackground('#ff0000').setFontWeight(null);
        s.getRange('C3').clearNote();`);
      const r = sheet.spreadsheet.getRange('A1:C3');
      expect(r.getBackgrounds()).toEqual([
        ['#ffff00', '#ffff00', '#ffff00'],
        ['#ffff00', '#ff0000', '#ffff00'],
        ['#ffff00', '#ffff00', '#ffff00'],
      ]);
      expect(r.getFontWeights()[1]).toEqual(['bold', 'normal', 'bold']);
      expect(r.getNotes()[2]).toEqual(['sama', 'sama', '']);
    }
  });
});

describe('version 2 keeps each distinct rule and style once', () => {
  test('a set-up register: a small file, each rule once, rules shared between cells after a load', () => {
    const h = setUp();
    const text = serializeState(h.state);
    // Version 1 wrote ~15 MB here: each of the ~80,000 validated cells with its own rule.
    expect(versionOneText(h.state).length).toBeGreaterThan(5_000_000);
    expect(text.length).toBeLessThan(500_000);
    const file = JSON.parse(text) as { version: number; cellTables: { validations: ValidationSpec[] } };
    expect(file.version).toBe(STATE_VERSION);
    const rules = file.cellTables.validations.map((v) => JSON.stringify(v));
    expect(new Set(rules).size).toBe(rules.length);

    const loaded = deserializeState(text);
    const shared = new Set<ValidationSpec>();
    let validated = 0;
    for (const sheet of loaded.spreadsheet.sheets)
      for (const line of sheet.cells)
        for (const cell of line ?? [])
          if (cell?.dv) {
            validated++;
            shared.add(cell.dv);
          }
    expect(validated).toBeGreaterThan(10_000);
    expect(shared.size).toBe(rules.length);
    expect(serializeState(loaded)).toBe(text);
  });
});

describe('older and unreadable files', () => {
  test('a version 1 file written by the previous emulator loads with every cell as it was', () => {
    const h = Harness.load(V1_FILE, { bundlePath: PROBE_BUNDLE });
    expect(h.state.version).toBe(STATE_VERSION);
    const data = h.spreadsheet.getSheetByName('Data')!;
    const head = data.getRange('A1:F3');
    expect(head.getValues()[1]).toEqual([
      '001',
      'Kesehatan',
      new Date(Date.UTC(2026, 0, 2)),
      12.5,
      true,
      'Ya',
    ]);
    expect(head.getFormulas()[2]![3]).toBe('=D2*2');
    const general = GENERAL_FORMAT;
    expect(head.getNumberFormats()[1]).toEqual(['@', general, 'dd/mm/yyyy', '0.00', general, general]);
    expect(head.getFontWeights()[0]).toEqual(['bold', 'bold', 'bold', 'bold', 'normal', 'normal']);
    expect(data.getRange('A2').getNote()).toBe('kode teks');
    const rules = data.getRange('B12:F12').getDataValidations()[0]!;
    expect(rules.map((r) => r?.getCriteriaType())).toEqual([
      'VALUE_IN_RANGE',
      'DATE_IS_VALID_DATE',
      'NUMBER_BETWEEN',
      'CHECKBOX',
      'VALUE_IN_LIST',
    ]);
    expect(rules[2]!.getHelpText()).toBe('0 sampai 100');
    h.setUser('operator@majenekab.go.id');
    expect(() => h.call('writeOne', 'Data', 'B5', 'Pertanian')).toThrow(GAS_ERRORS.validation('B5'));
    expect(() => h.call('writeOne', 'Data', 'A1', 'x')).toThrow('protected');
    h.call('writeOne', 'Data', 'B5', 'Sosial');
    // Saved again, it is a version 2 file that reads the same.
    const file = tempFile('state.json');
    h.save(file);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: number }).version).toBe(STATE_VERSION);
    const again = Harness.load(file, { bundlePath: PROBE_BUNDLE }) as ProbeHarness;
    again.run = (src) => again.call('script', src);
    const fresh = probeHarness({ state: deserializeState(readFileSync(V1_FILE, 'utf8')) });
    fresh.run(
      `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getRange('B5').setValue('Sosial');`,
    );
    expect(again.run(READ_EVERYTHING)).toEqual(fresh.run(READ_EVERYTHING));
  });

  test('a file it cannot read says, in Bahasa Indonesia, to reset the preview', () => {
    const good = JSON.parse(serializeState(createHarness({ bundlePath: PROBE_BUNDLE }).state)) as Record<
      string,
      unknown
    >;
    const cases: [string, RegExp][] = [
      ['{"version": 2, "spreadsheet": ', /bukan JSON yang utuh/],
      ['{"nama": "bukan state"}', /bukan berkas data pratinjau/],
      [JSON.stringify({ ...good, version: 3 }), /format versi 3.*sampai versi 2/],
      [JSON.stringify({ ...good, cellTables: { validations: [], styles: [] } }), /rusak \(bagian cellTables/],
    ];
    for (const [text, message] of cases) {
      const file = tempFile('state.json');
      writeFileSync(file, text);
      let error = '';
      try {
        Harness.load(file, { bundlePath: PROBE_BUNDLE });
      } catch (e) {
        error = (e as Error).message;
      }
      expect(error).toMatch(message);
      expect(error).toContain(file);
      expect(error).toContain('npm start -- --reset');
    }
  });
});
