// Behaviours a peer emulator's suite (written to pass on live Apps Script) found different here,
// each now as Google has it, with the reference page it follows.
import { describe, expect, test } from 'vitest';
import { probeHarness } from '../support/emulator';

describe('conformance with live Apps Script', () => {
  test('clear() and clearFormats() keep notes; clearNote() removes them (reference/spreadsheet/range#clearNote())', () => {
    const h = probeHarness();
    expect(
      h.run(`var s = SpreadsheetApp.getActiveSheet();
        s.getRange('A1:B1').setValues([[1, 2]]).setNotes([['n1', 'n2']]).setBackground('#ff0000');
        s.getRange('A1').clear();
        s.getRange('B1').clearFormat();
        s.getRange('A2').setNote('n3');
        s.clearFormats();
        var kept = [s.getRange('A1').getNote(), s.getRange('B1').getNote(), s.getRange('A2').getNote(),
          s.getRange('B1').getBackground(), s.getRange('B1').getValue()];
        s.getRange('A1:B1').clearNote();
        return kept.concat([s.getRange('A1').getNote(), s.getRange('B1').getNote()]);`),
    ).toEqual(['n1', 'n2', 'n3', '#ffffff', 2, '', '']);
  });

  test("a warning-only protection's getEditors() is empty (Sheets API ProtectedRange: no editors with warningOnly)", () => {
    const h = probeHarness({ owner: 'admin@majenekab.go.id' });
    expect(
      h.run(`var p = SpreadsheetApp.getActiveSheet().getRange('A1').protect();
        p.addEditor('op@majenekab.go.id');
        var before = p.getEditors().map(function (u) { return u.getEmail(); }).sort();
        p.setWarningOnly(true);
        return [before, p.getEditors().length, p.isWarningOnly()];`),
    ).toEqual([['admin@majenekab.go.id', 'op@majenekab.go.id'], 0, true]);
  });

  test('a new validation builder has no criteria type: getCriteriaType() is null (reference/spreadsheet/data-validation-builder)', () => {
    const h = probeHarness();
    expect(
      h.run(`var b = SpreadsheetApp.newDataValidation();
        var before = b.getCriteriaType();
        b.requireCheckbox();
        return [before, String(b.getCriteriaType())];`),
    ).toEqual([null, 'CHECKBOX']);
  });

  test('whole rows and whole columns stay unbounded in A1 notation ("5:7", "D:F", "A2:C")', () => {
    const h = probeHarness();
    expect(
      h.run(`var s = SpreadsheetApp.getActiveSheet();
        var cols = s.getRange('D:F'), rows = s.getRange('5:7');
        return [cols.getA1Notation(), cols.getNumRows(), rows.getA1Notation(), rows.getNumColumns(),
          s.getRange('A2:C').getA1Notation(), SpreadsheetApp.getActive().getRange('Sheet1!D:F').getA1Notation(),
          s.getRange('B2:C3').getA1Notation()];`),
    ).toEqual(['D:F', 1000, '5:7', 26, 'A2:C', 'D:F', 'B2:C3']);
  });

  test('getDataRegion() grows to the block of adjacent data around the range, not the whole data range (range#getDataRegion())', () => {
    const h = probeHarness();
    expect(
      h.run(`var s = SpreadsheetApp.getActiveSheet();
        s.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
        s.getRange('D4').setValue(5);
        s.getRange('G10:H10').setValues([[6, 7]]);
        return [s.getRange('B2').getDataRegion().getA1Notation(),
          s.getRange('G10').getDataRegion().getA1Notation(),
          s.getRange('B2').getDataRegion(SpreadsheetApp.Dimension.ROWS).getA1Notation(),
          s.getRange('J20').getDataRegion().getA1Notation()];`),
    ).toEqual(['B2:D4', 'G10:H10', 'B2:B3', 'J20']);
  });

  test('copyTo into a larger target that is a multiple of the source tiles the source (range#copyTo(Range))', () => {
    const h = probeHarness();
    expect(
      h.run(`var s = SpreadsheetApp.getActiveSheet();
        s.getRange('A1:B1').setValues([['x', 'y']]);
        s.getRange('A1:B1').copyTo(s.getRange('A3:D4'));
        s.getRange('A1:B1').copyTo(s.getRange('A6:C6'));
        return [s.getRange('A3:D4').getValues(), s.getRange('A6:C6').getValues()];`),
    ).toEqual([
      [
        ['x', 'y', 'x', 'y'],
        ['x', 'y', 'x', 'y'],
      ],
      [['x', 'y', '']],
    ]);
  });

  test('getRange accepts R1C1 notation (reference/spreadsheet/sheet#getRange(String))', () => {
    const h = probeHarness();
    expect(
      h.run(`var s = SpreadsheetApp.getActiveSheet();
        return [s.getRange('R2C3').getA1Notation(), s.getRange('R1C1:R2C3').getA1Notation(),
          SpreadsheetApp.getActive().getRange('Sheet1!R3C2:R4C4').getA1Notation(),
          s.getRange('R2C3:R2C3').getA1Notation()];`),
    ).toEqual(['C2', 'A1:C2', 'B3:D4', 'C2']);
    expect(() => h.run(`SpreadsheetApp.getActiveSheet().getRange('R[1]C[1]');`)).toThrow('Range not found');
  });

  test("formatDate 'z' gives Java's short zone name: WITA for Asia/Makassar (Utilities.formatDate uses SimpleDateFormat)", () => {
    const h = probeHarness();
    const d = `new Date('2026-08-17T01:05:09Z')`;
    expect(
      h.run(`return [Utilities.formatDate(${d}, 'Asia/Makassar', 'HH:mm z'),
        Utilities.formatDate(${d}, 'Asia/Jakarta', 'z'), Utilities.formatDate(${d}, 'Asia/Jayapura', 'z'),
        Utilities.formatDate(${d}, 'Asia/Makassar', 'zzzz'), Utilities.formatDate(${d}, 'Etc/GMT-5', 'z')];`),
    ).toEqual(['09:05 WITA', 'WIB', 'WIT', 'Central Indonesia Time', 'GMT+05:00']);
  });

  test("formatString pads with width and flags as sprintf does: '%05d' of 42 is 00042 (reference/utilities/utilities#formatString)", () => {
    const h = probeHarness();
    expect(
      h.run(`return [Utilities.formatString('%05d', 42), Utilities.formatString('%5s|%-5s|', 'ab', 'cd'),
        Utilities.formatString('%06.2f', -3.14159), Utilities.formatString('%+d %d%%', 7, 50),
        Utilities.formatString('%s-%d', 'OPD', 3)];`),
    ).toEqual(['00042', '   ab|cd   |', '-03.14', '+7 50%', 'OPD-3']);
  });

  test('a Range.clear option the emulator does not model fails loudly', () => {
    const h = probeHarness();
    expect(() =>
      h.run(`SpreadsheetApp.getActiveSheet().getRange('A1').clear({ commentsOnly: true });`),
    ).toThrow('not modelled by the emulator');
  });

  test('a Google method the emulator does not model exists on the object and fails loudly when called', () => {
    const h = probeHarness();
    expect(
      h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('A1');
        return [typeof r.getDataSourceFormula, typeof r.getA1Notation, typeof r.noSuchMethod];`),
    ).toEqual(['function', 'function', 'undefined']);
    expect(() => h.run(`SpreadsheetApp.getActiveSheet().getRange('A1').getDataSourceFormula();`)).toThrow(
      'Range.getDataSourceFormula is not modelled by the emulator',
    );
  });
});
