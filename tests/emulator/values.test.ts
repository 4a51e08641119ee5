// Cell values as scripts write and read them.
import { describe, expect, test } from 'vitest';
import { GENERAL_FORMAT } from '../../src/emulator/display';
import { probeHarness } from '../support/emulator';

const RANGE_REF = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

describe(`getValues/setValues value types (${RANGE_REF}#getvalues)`, () => {
  test('getValues returns a 2-D array of Number, Boolean, Date or String; empty cells are ""', () => {
    const h = probeHarness();
    h.run(
      `SpreadsheetApp.getActiveSheet().getRange('A1:D1').setValues([[1.5, true, new Date(2024, 0, 5), 'teks']]);`,
    );
    const types = h.run<string[][]>(`return SpreadsheetApp.getActiveSheet().getRange('A1:E2').getValues()
      .map(function (r) { return r.map(function (v) { return v instanceof Date ? 'Date' : typeof v + ':' + v; }); });`);
    expect(types).toEqual([
      ['number:1.5', 'boolean:true', 'Date', 'string:teks', 'string:'],
      ['string:', 'string:', 'string:', 'string:', 'string:'],
    ]);
  });

  test('null and undefined in setValues leave the cell empty', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:C1').setValues([['x', null, undefined]]);`);
    expect(h.spreadsheet.getRange('A1:C1').getValues()).toEqual([['x', '', '']]);
  });

  test('a Date round-trips to the same instant (stored in the spreadsheet time zone)', () => {
    const h = probeHarness({ timeZone: 'Asia/Makassar' });
    const iso = h.run<string>(`var d = new Date('2025-03-01T15:30:00Z');
      var r = SpreadsheetApp.getActiveSheet().getRange('A1'); r.setValue(d); return r.getValue().toISOString();`);
    expect(iso).toBe('2025-03-01T15:30:00.000Z');
  });

  test('getValues returns a copy: changing it does not change the sheet', () => {
    const h = probeHarness();
    h.run(
      `var r = SpreadsheetApp.getActiveSheet().getRange('A1'); r.setValue('a'); r.getValues()[0][0] = 'b';`,
    );
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('a');
  });
});

describe(`strings typed into cells are interpreted like user input (${RANGE_REF}#setvaluevalue)`, () => {
  test('a string starting with "=" becomes a formula; getValues shows "" (not evaluated here), getFormulas the formula', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([[2, '=A1*2']]);`);
    expect(h.spreadsheet.getRange('B1').getFormula()).toBe('=A1*2');
    expect(h.spreadsheet.getRange('B1').getValue()).toBe('');
    expect(h.spreadsheet.getSheets()[0]!.getLastColumn()).toBe(2);
  });

  test('"+A1" and "-A1" become formulas too, "-5" and "+5" stay numbers (formula injection, OWASP CSV injection)', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:D1').setValues([['+A1', '-B2*3', '-5', '+5']]);`);
    const r = h.spreadsheet.getRange('A1:D1');
    expect(r.getFormulas()).toEqual([['=+A1', '=-B2*3', '', '']]);
    expect(r.getValues()).toEqual([['', '', -5, 5]]);
  });

  test('a leading apostrophe forces text and is not part of the stored value', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:C1').setValues([["'=SUM(1,2)", "'007", "'TRUE"]]);`);
    const r = h.spreadsheet.getRange('A1:C1');
    expect(r.getValues()).toEqual([['=SUM(1,2)', '007', 'TRUE']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  test('in a plain-text cell (number format "@") strings are stored verbatim: no formula, no number', () => {
    const h = probeHarness();
    h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
      r.setNumberFormat('@'); r.setValues([['=HYPERLINK("x")', '007', '2024-01-05']]);`);
    const r = h.spreadsheet.getRange('A1:C1');
    expect(r.getValues()).toEqual([['=HYPERLINK("x")', '007', '2024-01-05']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  test('number-looking strings in a normal cell become numbers (leading zeros are lost), TRUE becomes a boolean', () => {
    const h = probeHarness();
    h.run(
      `SpreadsheetApp.getActiveSheet().getRange('A1:E1').setValues([['007', ' 42 ', '1,234.5', 'true', '12%']]);`,
    );
    expect(h.spreadsheet.getRange('A1:E1').getValues()).toEqual([[7, 42, 1234.5, true, 0.12]]);
  });

  test('in an Indonesian-locale spreadsheet "3,5" is 3.5 and "1.234" is 1234 (decimal comma)', () => {
    const h = probeHarness({ locale: 'id_ID' });
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([['3,5', '1.234']]);`);
    expect(h.spreadsheet.getRange('A1:B1').getValues()).toEqual([[3.5, 1234]]);
  });

  test('a date typed as text becomes a Date with a date number format', () => {
    const h = probeHarness({ timeZone: 'Asia/Makassar' });
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1').setValue('2025-08-17');`);
    const v = h.spreadsheet.getRange('A1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe('2025-08-16T16:00:00.000Z');
    expect(h.spreadsheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
  });

  test('ordinary text stays text', () => {
    const h = probeHarness();
    h.run(`SpreadsheetApp.getActiveSheet().getRange('A1').setValue('Dinas Kesehatan');`);
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('Dinas Kesehatan');
  });
});

describe(`number formats and display values (${RANGE_REF}#getdisplayvalues)`, () => {
  test(`an unformatted cell reports Google's automatic format "${GENERAL_FORMAT}"`, () => {
    const h = probeHarness();
    expect(h.run(`return SpreadsheetApp.getActiveSheet().getRange('A1').getNumberFormat();`)).toBe(
      GENERAL_FORMAT,
    );
  });

  test('setNumberFormat/getNumberFormats round-trip and drive getDisplayValues (en_US)', () => {
    const h = probeHarness({ timeZone: 'Asia/Makassar' });
    h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('A1:E1');
      r.setValues([[1234.5, 0.256, 7, new Date('2025-08-17T02:00:00Z'), 'x']]);
      r.setNumberFormats([['#,##0.00', '0.0%', '000', 'yyyy-mm-dd hh:mm', '"Nama: "@']]);`);
    expect(h.spreadsheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['1,234.50', '25.6%', '007', '2025-08-17 10:00', 'Nama: x'],
    ]);
    expect(h.spreadsheet.getRange('A1').getNumberFormats()).toEqual([['#,##0.00']]);
  });

  test('display values use the spreadsheet locale: decimal comma in id_ID', () => {
    const h = probeHarness({ locale: 'id_ID' });
    h.run(`var r = SpreadsheetApp.getActiveSheet().getRange('A1:C1');
      r.setValues([[1234.5, 25.39, true]]); r.setNumberFormats([['#,##0.00', '0.00', '0']]);`);
    expect(h.call('readDisplay', 'Sheet1', 'A1:C1')).toEqual([['1.234,50', '25,39', 'TRUE']]);
  });
});
