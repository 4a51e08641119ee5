// Ranges and sheets: lookup, bounds errors, dimension errors, limits, structure.
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

describe(`getRange (${REF}/sheet#getrangerow,-column,-numrows,-numcolumns)`, () => {
  test('by A1, by coordinates, whole columns and Sheet!A1 on the spreadsheet give the same cells (a whole column keeps its A1 form "A:B")', () => {
    const h = probeHarness({ sheets: ['Data', 'Lain'] });
    const out = h.run<
      string[]
    >(`var ss = SpreadsheetApp.getActiveSpreadsheet(), s = ss.getSheetByName('Data');
      return [s.getRange('B2:C3').getA1Notation(), s.getRange(2, 2, 2, 2).getA1Notation(),
        s.getRange('A:B').getA1Notation(), s.getRange('A2:B').getNumRows(),
        ss.getRange("Lain!A1:B2").getSheet().getName(), ss.getRange('A1').getSheet().getName()];`);
    expect(out).toEqual(['B2:C3', 'B2:C3', 'A:B', 999, 'Lain', 'Data']);
  });

  test("Google's errors for bad coordinates and unknown A1", () => {
    const h = probeHarness();
    const errs = h.run<string[]>(`var s = SpreadsheetApp.getActiveSheet(), out = [];
      [function () { s.getRange(0, 1); }, function () { s.getRange(1, 0); }, function () { s.getRange(1, 1, 0, 1); },
       function () { s.getRange(1, 1, 1, 0); }, function () { s.getRange(1001, 1); }, function () { s.getRange(1, 27); },
       function () { s.getRange('nonsense!!'); }, function () { SpreadsheetApp.getActive().getRange('Nope!A1'); },
       function () { s.getRange(1.5, 1); }]
      .forEach(function (f) { try { f(); out.push('no error'); } catch (e) { out.push(e.message); } });
      return out;`);
    expect(errs).toEqual([
      GAS_ERRORS.startRowTooSmall,
      GAS_ERRORS.startColumnTooSmall,
      GAS_ERRORS.rowsAtLeastOne,
      GAS_ERRORS.columnsAtLeastOne,
      GAS_ERRORS.outOfBounds,
      GAS_ERRORS.outOfBounds,
      GAS_ERRORS.rangeNotFound,
      GAS_ERRORS.rangeNotFound,
      "Cannot convert '1.5' to int.",
    ]);
  });
});

describe(`setValues dimension errors (${REF}/range#setvaluesvalues; github.com/alpatania/sassafras/issues/8)`, () => {
  test('rows mismatch: "The number of rows in the data does not match ... The data has 1 but the range has 2."', () => {
    const h = probeHarness();
    expect(() => h.call('write', 'Sheet1', 'A1:B2', [[1, 2]])).toThrow(GAS_ERRORS.rowsMismatch(1, 2));
  });

  test('columns mismatch, also for one ragged row; nothing is written', () => {
    const h = probeHarness();
    expect(() =>
      h.call('write', 'Sheet1', 'A1:D2', [
        [1, 2, 3, 4],
        [1, 2, 3, 4, 5],
      ]),
    ).toThrow(GAS_ERRORS.columnsMismatch(5, 4));
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('');
  });

  test('a 1-D array is refused with the signature error', () => {
    const h = probeHarness();
    expect(() => h.call('write', 'Sheet1', 'A1:B1', [1, 2])).toThrow(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe(`limits (https://support.google.com/drive/answer/37603)`, () => {
  test('a cell holds at most 50,000 characters', () => {
    const h = probeHarness();
    expect(() => h.call('writeOne', 'Sheet1', 'A1', 'x'.repeat(50_001))).toThrow(GAS_ERRORS.cellTooLong);
    h.call('writeOne', 'Sheet1', 'A1', 'x'.repeat(50_000));
    expect((h.spreadsheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  test('a spreadsheet holds at most 10,000,000 cells', () => {
    const h = probeHarness();
    expect(() => h.run(`SpreadsheetApp.getActiveSheet().insertRowsAfter(1000, 400000);`)).toThrow(
      GAS_ERRORS.tooManyCells,
    );
    h.run(
      `SpreadsheetApp.getActiveSheet().insertColumnsAfter(26, 74); SpreadsheetApp.getActiveSheet().insertRowsAfter(1000, 98900);`,
    );
    expect(h.spreadsheet.getSheets()[0]!.getMaxRows() * h.spreadsheet.getSheets()[0]!.getMaxColumns()).toBe(
      9_990_000,
    );
    expect(() => h.run(`SpreadsheetApp.getActive().insertSheet('Lagi');`)).toThrow(GAS_ERRORS.tooManyCells);
  });
});

describe(`content bounds and rows (${REF}/sheet#getlastrow)`, () => {
  test('getLastRow/getLastColumn count values and formulas, not formats; getDataRange spans them', () => {
    const h = probeHarness();
    const out = h.run<unknown[]>(`var s = SpreadsheetApp.getActiveSheet();
      s.getRange('A1:A900').setNumberFormat('@'); s.getRange('C5').setValue('=1+1'); s.getRange('B7').setValue('x');
      return [s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];`);
    expect(out).toEqual([7, 3, 'A1:C7']);
  });

  test('an empty sheet: getLastRow 0, getDataRange A1', () => {
    const h = probeHarness();
    expect(
      h.run(
        `var s = SpreadsheetApp.getActiveSheet(); return [s.getLastRow(), s.getDataRange().getA1Notation()];`,
      ),
    ).toEqual([0, 'A1']);
  });

  test('appendRow writes after the last row with content and grows a full sheet by one row', () => {
    const h = probeHarness();
    h.run(`var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1:B1').setValues([['h1', 'h2']]);
      s.appendRow(['a', 1]); s.deleteRows(4, 997); s.getRange('A3').setValue('x'); s.appendRow(['b', 2]);`);
    const s = h.spreadsheet.getSheets()[0]!;
    expect(s.getMaxRows()).toBe(4);
    expect(s.getRange('A1:B4').getValues()).toEqual([
      ['h1', 'h2'],
      ['a', 1],
      ['x', ''],
      ['b', 2],
    ]);
  });

  test('inserted rows take the format and validation of the row above; deleteRows shifts cells up', () => {
    const h = probeHarness();
    h.run(`var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1:A3').setValues([[1],[2],[3]]);
      s.getRange('B2').setNumberFormat('@'); s.insertRowsAfter(2, 2); s.getRange('B3').setValue('007');
      s.deleteRow(1);`);
    const s = h.spreadsheet.getSheets()[0]!;
    expect(s.getRange('A1:B4').getValues()).toEqual([
      [2, ''],
      ['', '007'],
      ['', ''],
      [3, ''],
    ]);
    expect(s.getMaxRows()).toBe(1001);
  });

  test('clear() removes content and formats; clearContent() keeps formats', () => {
    const h = probeHarness();
    h.run(`var s = SpreadsheetApp.getActiveSheet(); var r = s.getRange('A1:B1');
      r.setValues([[1, 2]]); r.setNumberFormat('0.00'); r.setFontWeight('bold');
      s.getRange('A1').clearContent(); s.getRange('B1').clear();`);
    const r = h.spreadsheet.getRange('A1:B1');
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getNumberFormats()[0]).toEqual(['0.00', '0.###############']);
    expect(r.getFontWeights()[0]).toEqual(['bold', 'normal']);
  });
});

describe(`sheets (${REF}/spreadsheet#insertsheetsheetname)`, () => {
  test('insert, get, rename, order, hide, tab colour, frozen rows and columns', () => {
    const h = probeHarness();
    const out = h.run<unknown[]>(`var ss = SpreadsheetApp.getActiveSpreadsheet();
      var a = ss.insertSheet('A'); var b = ss.insertSheet('B', 0); b.setName('Beta');
      a.activate(); ss.moveActiveSheet(1); a.setTabColor('#ff0000'); b.hideSheet();
      a.setFrozenRows(2); a.setFrozenColumns(1);
      return [ss.getSheets().map(function (s) { return s.getName() + s.getIndex(); }), b.isSheetHidden(),
        a.getTabColor(), a.getFrozenRows(), a.getFrozenColumns(), ss.getSheetByName('beta').getName(),
        ss.getSheetByName('nope'), a.getMaxRows(), a.getMaxColumns()];`);
    expect(out).toEqual([['A1', 'Beta2', 'Sheet13'], true, '#ff0000', 2, 1, 'Beta', null, 1000, 26]);
  });

  test('duplicate names, deleting the last sheet and hiding every sheet fail like Google', () => {
    const h = probeHarness();
    const errs = h.run<string[]>(`var ss = SpreadsheetApp.getActiveSpreadsheet(), out = [];
      [function () { ss.insertSheet('sheet1'); }, function () { ss.deleteSheet(ss.getSheets()[0]); },
       function () { ss.getSheets()[0].hideSheet(); }]
      .forEach(function (f) { try { f(); out.push('no error'); } catch (e) { out.push(e.message); } });
      return out;`);
    expect(errs).toEqual([GAS_ERRORS.sheetExists('sheet1'), GAS_ERRORS.lastSheet, GAS_ERRORS.hideAllSheets]);
  });

  test('deleteSheet removes the tab; the spreadsheet time zone and locale are readable', () => {
    const h = probeHarness({ timeZone: 'Asia/Makassar', sheets: ['X', 'Y'] });
    const out = h.run(`var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheetByName('X'));
      return [ss.getNumSheets(), ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()];`);
    expect(out).toEqual([1, 'Asia/Makassar', 'en_US']);
  });
});

describe(`named ranges, formats, merges, charts (${REF}/spreadsheet#setnamedrangename,-range)`, () => {
  test('named ranges resolve and move when rows are inserted above them', () => {
    const h = probeHarness();
    const out = h.run(`var ss = SpreadsheetApp.getActive(), s = ss.getActiveSheet();
      ss.setNamedRange('Skor', s.getRange('B2:B4')); s.insertRowsBefore(1, 2);
      return [ss.getRangeByName('Skor').getA1Notation(), ss.getNamedRanges().length, ss.getRangeByName('nope')];`);
    expect(out).toEqual(['B4:B6', 1, null]);
  });

  test('formatting is recorded: bold, background, colours, wrap, alignment, widths, merges', () => {
    const h = probeHarness();
    h.run(`var s = SpreadsheetApp.getActiveSheet(), r = s.getRange('A1:C1');
      r.setValues([['Judul', 'x', 'y']]); r.setFontWeight('bold').setBackground('#e0f2f1').setFontColor('#004d40')
       .setWrap(true).setHorizontalAlignment('center'); r.merge(); s.setColumnWidth(1, 240); s.autoResizeColumns(2, 1);`);
    const s = h.spreadsheet.getSheets()[0]!;
    const r = s.getRange('A1');
    expect([
      r.getFontWeight(),
      r.getBackground(),
      r.getFontColor(),
      r.getWrap(),
      r.getHorizontalAlignment(),
    ]).toEqual(['bold', '#e0f2f1', '#004d40', true, 'center']);
    expect(s.getRange('A1:C1').getValues()).toEqual([['Judul', '', '']]);
    expect(s.getRange('B1').isPartOfMerge()).toBe(true);
    expect(s.getColumnWidth(1)).toBe(240);
  });

  test('embedded charts record type, ranges, options and position', () => {
    const h = probeHarness();
    const out = h.run(`var s = SpreadsheetApp.getActiveSheet();
      var chart = s.newChart().asBarChart().addRange(s.getRange('A1:B5')).setTitle('Kontribusi OPD')
        .setOption('legend', { position: 'none' }).setPosition(2, 4, 0, 0).build();
      s.insertChart(chart);
      var c = s.getCharts()[0];
      s.updateChart(c.modify().setOption('title', 'Baru').build());
      c = s.getCharts()[0];
      var info = c.getContainerInfo();
      return [s.getCharts().length, c.getOptions().get('title'), c.getRanges()[0].getA1Notation(),
        info.getAnchorRow(), info.getAnchorColumn()];`);
    expect(out).toEqual([1, 'Baru', 'A1:B5', 2, 4]);
    expect(h.state.spreadsheet.sheets[0]!.charts[0]!.type).toBe('BAR');
    h.run(`var s = SpreadsheetApp.getActiveSheet(); s.removeChart(s.getCharts()[0]);`);
    expect(h.state.spreadsheet.sheets[0]!.charts).toHaveLength(0);
  });

  test('conditional format rules are recorded with their ranges, condition and format', () => {
    const h = probeHarness();
    const n = h.run(`var s = SpreadsheetApp.getActiveSheet();
      var rule = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Kurang Inovatif')
        .setBackground('#f4c7c3').setRanges([s.getRange('D2:D40')]).build();
      s.setConditionalFormatRules([rule]);
      return [s.getConditionalFormatRules().length, s.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()];`);
    expect(n).toEqual([1, 'D2:D40']);
    expect(h.state.spreadsheet.sheets[0]!.conditionalFormats[0]).toMatchObject({
      condition: { type: 'TEXT_EQ', values: ['Kurang Inovatif'] },
      format: { background: '#f4c7c3' },
    });
  });
});
