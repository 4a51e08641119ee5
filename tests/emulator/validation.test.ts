// Data validation rules and what Google does when a script writes an invalid value.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

describe('DataValidation (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder)', () => {
  test('a list rule with setAllowInvalid(false) rejects other values: "The data you entered in cell B2 violates ..."', () => {
    const h = probeHarness();
    h.run(`var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak'], true)
      .setAllowInvalid(false).setHelpText('Pilih Ya atau Tidak').build();
      SpreadsheetApp.getActiveSheet().getRange('B2:B10').setDataValidation(rule);`);
    expect(() => h.call('writeOne', 'Sheet1', 'B2', 'Mungkin')).toThrow(GAS_ERRORS.validation('B2'));
    h.call('write', 'Sheet1', 'B3:B4', [['Ya'], ['']]);
    expect(h.spreadsheet.getRange('B2:B4').getValues()).toEqual([[''], ['Ya'], ['']]);
  });

  test('the whole setValues is refused when one cell is invalid (nothing written)', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A2').setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['a']).setAllowInvalid(false).build());`);
    expect(() => h.call('write', 'Sheet1', 'A1:A2', [['ok'], ['bad']])).toThrow(GAS_ERRORS.validation('A2'));
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('');
  });

  test('new rules allow invalid data by default (getAllowInvalid() is true): the write goes through', () => {
    const h = probeHarness();
    const allow = h.run(`var rule = SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
      SpreadsheetApp.getActiveSheet().getRange('A1').setDataValidation(rule).setValue('zzz');
      return rule.getAllowInvalid();`);
    expect(allow).toBe(true);
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('zzz');
  });

  test('checkbox rules take booleans only; insertCheckboxes sets FALSE; check()/isChecked()', () => {
    const h = probeHarness();
    const out = h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('C1:C2'); r.insertCheckboxes();
      var before = r.getValues(); r.getCell(1, 1).check();
      var err = null; try { r.getCell(2, 1).setValue('ya'); } catch (e) { err = e.message; }
      r.getCell(2, 1).setValue(true);
      return [before, r.isChecked(), err, r.getDataValidation().getCriteriaType()];`);
    expect(out).toEqual([[[false], [false]], true, GAS_ERRORS.validation('C2'), 'CHECKBOX']);
  });

  test('rules read back with criteria type, values and help text; clearDataValidations removes them', () => {
    const h = probeHarness();
    const out = h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('D1');
      r.setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 4).setHelpText('0-4').build());
      var v = r.getDataValidation(); var info = [v.getCriteriaType(), v.getCriteriaValues(), v.getHelpText()];
      r.clearDataValidations(); return [info, r.getDataValidation()];`);
    expect(out).toEqual([['NUMBER_BETWEEN', [0, 4], '0-4'], null]);
  });

  test('a value-in-range rule checks against the displayed values of that range', () => {
    const h = probeHarness({ sheets: ['Data', 'OPD'] });
    h.run(`var ss = SpreadsheetApp.getActive(); ss.getSheetByName('OPD').getRange('A1:A2').setValues([['DINKES'], ['DISDIK']]);
      ss.getSheetByName('Data').getRange('A1:A5').setDataValidation(SpreadsheetApp.newDataValidation()
        .requireValueInRange(ss.getSheetByName('OPD').getRange('A1:A2')).setAllowInvalid(false).build());`);
    h.call('writeOne', 'Data', 'A1', 'DINKES');
    expect(() => h.call('writeOne', 'Data', 'A2', 'BAPPEDA')).toThrow(GAS_ERRORS.validation('A2'));
  });
});
