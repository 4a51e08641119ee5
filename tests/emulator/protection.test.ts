// Protections enforced against the user a script runs as.
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

const OWNER = 'admin@majenekab.go.id';
const OPERATOR = 'operator.dinkes@majenekab.go.id';
const OTHER = 'operator.disdik@majenekab.go.id';

/** Owner protects the Data sheet for OPERATOR only (the documented "remove all other editors" recipe). */
function protectedSheet() {
  const h = probeHarness({ owner: OWNER, sheets: ['Data', 'Bebas'] });
  h.addFileEditor(OPERATOR);
  h.addFileEditor(OTHER);
  h.run(`var s = SpreadsheetApp.getActive().getSheetByName('Data');
    var p = s.protect().setDescription('Data DINKES');
    p.addEditor(Session.getEffectiveUser()); p.removeEditors(p.getEditors());
    if (p.canDomainEdit()) p.setDomainEdit(false);
    p.addEditor('${OPERATOR}');`);
  return h;
}

describe('Protection (developers.google.com/apps-script/reference/spreadsheet/protection)', () => {
  test("a non-editor's write throws Google's message and changes nothing", () => {
    const h = protectedSheet();
    h.setUser(OTHER);
    expect(() => h.call('writeOne', 'Data', 'A1', 'x')).toThrow(GAS_ERRORS.protected);
    expect(h.spreadsheet.getRange('Data!A1').getValue()).toBe('');
  });

  test('every write path is enforced: values, formats, validation, notes, structure, rename, delete', () => {
    const h = protectedSheet();
    h.setUser(OTHER);
    const paths = [
      `s.getRange('A1').setValues([[1]])`,
      `s.getRange('A1').setFormula('=1')`,
      `s.getRange('A1').setNumberFormat('@')`,
      `s.getRange('A1').setBackground('red')`,
      `s.getRange('A1').clearContent()`,
      `s.getRange('A1').setDataValidation(null)`,
      `s.getRange('A1').setNote('n')`,
      `s.getRange('A1:B1').merge()`,
      `s.appendRow(['x'])`,
      `s.insertRowsAfter(1, 1)`,
      `s.deleteRow(1)`,
      `s.setFrozenRows(1)`,
      `s.setName('Lain')`,
      `s.hideSheet()`,
      `SpreadsheetApp.getActive().deleteSheet(s)`,
    ];
    const results = h.run<string[]>(`var s = SpreadsheetApp.getActive().getSheetByName('Data'), out = [];
      [${paths.map((p) => `function () { ${p}; }`).join(',')}]
        .forEach(function (f) { try { f(); out.push('allowed'); } catch (e) { out.push(e.message); } });
      return out;`);
    expect(results).toEqual(paths.map(() => GAS_ERRORS.protected));
  });

  test('the listed editor and the owner can write; an unprotected tab is open to all', () => {
    const h = protectedSheet();
    h.setUser(OPERATOR);
    h.call('writeOne', 'Data', 'A1', 'operator');
    h.setUser(OWNER);
    h.call('writeOne', 'Data', 'A2', 'owner');
    h.setUser(OTHER);
    h.call('writeOne', 'Bebas', 'A1', 'other');
    expect(h.spreadsheet.getRange('Data!A1:A2').getValues()).toEqual([['operator'], ['owner']]);
  });

  test('an empty identity (Session email "") edits nothing protected', () => {
    const h = protectedSheet();
    h.setUser('');
    expect(h.call('whoAmI')).toEqual({ active: '', effective: '' });
    expect(() => h.call('writeOne', 'Data', 'A1', 'x')).toThrow(GAS_ERRORS.protected);
  });

  test('a new protection mirrors the spreadsheet sharing until its editors change (Range.protect())', () => {
    const h = probeHarness({ owner: OWNER });
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:B2').protect().setDescription('baru');`);
    h.setUser(OTHER);
    h.call('writeOne', 'Sheet1', 'A1', 'still editable');
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('still editable');
  });

  test('range protection blocks only its cells; getEditors always includes the owner; owner cannot be removed', () => {
    const h = probeHarness({ owner: OWNER });
    const editors = h.run<string[]>(`var p = SpreadsheetApp.getActiveSheet().getRange('B2:C3').protect();
      p.removeEditors(p.getEditors()); p.removeEditor('${OWNER}');
      return p.getEditors().map(function (u) { return u.getEmail(); });`);
    expect(editors).toEqual([OWNER]);
    h.setUser(OTHER);
    h.call('writeOne', 'Sheet1', 'A1', 'ok');
    expect(() =>
      h.call('write', 'Sheet1', 'A1:B2', [
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(GAS_ERRORS.protected);
    expect(h.spreadsheet.getRange('A1:B2').getValues()).toEqual([
      ['ok', ''],
      ['', ''],
    ]);
  });

  test('warning-only protections never block a script and warn nobody; a person typing is warned', () => {
    // setWarningOnly: "a warning-based protection ... every user can edit data in the protected
    // range, except editing prompts a warning asking the user to confirm the edit" (a prompt in the
    // editor: a script has no one to ask).
    const h = probeHarness({ owner: OWNER });
    h.run(
      `var p = SpreadsheetApp.getActiveSheet().protect(); p.removeEditors(p.getEditors()); p.setWarningOnly(true);`,
    );
    h.setUser(OTHER);
    h.call('writeOne', 'Sheet1', 'A1', 'x');
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('x');
    expect(h.ui.warnings).toEqual([]);
    h.type('Sheet1', 'A2', 'y');
    expect(h.spreadsheet.getRange('A2').getValue()).toBe('y');
    expect(h.ui.warnings).toEqual([{ a1: 'Sheet1!A2', user: OTHER }]);
  });

  test('unprotected ranges of a sheet protection stay editable; cells outside them do not', () => {
    const h = probeHarness({ owner: OWNER });
    h.run(`var s = SpreadsheetApp.getActiveSheet(), p = s.protect(); p.removeEditors(p.getEditors());
      p.setUnprotectedRanges([s.getRange('B2:B10')]);`);
    h.setUser(OTHER);
    h.call('writeOne', 'Sheet1', 'B5', 'open');
    expect(() => h.call('write', 'Sheet1', 'B10:B11', [['a'], ['b']])).toThrow(GAS_ERRORS.protected);
  });

  test('domain edit lets users of the owner domain edit; protections are listed by type', () => {
    const h = probeHarness({ owner: OWNER });
    const counts = h.run(`var ss = SpreadsheetApp.getActive(), s = ss.getActiveSheet();
      var p = s.protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(true);
      s.getRange('A1').protect().setDescription('r');
      return [s.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
        ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).length, p.canDomainEdit()];`);
    expect(counts).toEqual([1, 1, true]);
    h.setUser(OTHER);
    h.call('writeOne', 'Sheet1', 'C3', 'same domain');
    h.setUser('someone@gmail.com');
    expect(() => h.call('writeOne', 'Sheet1', 'C3', 'x')).toThrow(GAS_ERRORS.protected);
  });

  test('only an editor may change or remove a protection; canEdit tells who may', () => {
    const h = protectedSheet();
    h.setUser(OTHER);
    expect(
      h.run(
        `return SpreadsheetApp.getActive().getSheetByName('Data').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit();`,
      ),
    ).toBe(false);
    expect(() =>
      h.run(
        `SpreadsheetApp.getActive().getSheetByName('Data').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove();`,
      ),
    ).toThrow(GAS_ERRORS.protected);
    h.setUser(OPERATOR);
    expect(h.run(`return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').canEdit();`)).toBe(
      true,
    );
  });

  test('an editor of a protection who is not the owner may change and remove it; the owner stays an editor', () => {
    // Protection reference: "only editors of the protection can change it"; the owner "is always an
    // editor" and cannot be removed.
    const h = protectedSheet();
    h.setUser(OPERATOR);
    expect(
      h.run(`var p = SpreadsheetApp.getActive().getSheetByName('Data').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
        p.setDescription('diubah operator'); p.addEditor('${OTHER}'); p.removeEditor('${OWNER}');
        var editors = p.getEditors().map(function (u) { return u.getEmail(); }).sort();
        p.remove();
        return [editors, SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.SHEET).length];`),
    ).toEqual([[OWNER, OTHER, OPERATOR].sort(), 0]);
  });

  test('a protected range moves with inserted rows', () => {
    const h = probeHarness({ owner: OWNER });
    h.run(`var s = SpreadsheetApp.getActiveSheet(), p = s.getRange('A2:B3').protect(); p.removeEditors(p.getEditors());
      s.insertRowsBefore(1, 1);`);
    expect(
      h.run(
        `return SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].getRange().getA1Notation();`,
      ),
    ).toBe('A3:B4');
  });
});
