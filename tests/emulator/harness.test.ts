// Execution semantics of the harness: what google.script.run and a menu click do on Google.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { Harness } from '../../src/emulator/harness';
import { PROTECTIONS_SHEET } from '../../src/emulator/xlsx';
import { XLSX_TEXT } from '../../src/shared/messages/emulator';
import { PROBE_BUNDLE, probeHarness } from '../support/emulator';

describe('executions (developers.google.com/apps-script/guides/html/reference/run)', () => {
  test('the bundle top level runs again for every execution: no global survives between calls', () => {
    const h = probeHarness();
    expect(h.call('topLevelRuns')).toBe(1);
    expect(h.call('topLevelRuns')).toBe(1);
  });

  test('arrays, Dates and errors the script receives belong to its own realm (instanceof works)', () => {
    const h = probeHarness();
    expect(h.call('realms')).toEqual({
      array: true,
      error: true,
      errorName: 'Exception',
      message: 'The starting row of the range is too small.',
    });
  });

  test('a Date in the result arrives as null, also nested (github.com/enuchi/React-Google-Apps-Script/issues/28)', () => {
    const h = probeHarness();
    expect(h.call('returnsDate')).toEqual({ when: null, list: [null, 1], nested: { d: null } });
  });

  test('a Date in the arguments fails the call like google.script.run ("illegal value")', () => {
    const h = probeHarness();
    expect(() => h.call('writeOne', 'Sheet1', 'A1', new Date())).toThrow(
      'Failed due to illegal value in property: 2',
    );
  });

  test('a server error rethrows with its message; unknown and private (name_) functions are not found', () => {
    const h = probeHarness();
    expect(() => h.call('fail', 'Data tidak valid')).toThrow('Data tidak valid');
    expect(() => h.call('nope')).toThrow('Script function not found: nope');
    expect(() => h.call('privateThing_')).toThrow('Script function not found: privateThing_');
  });

  test('service calls are counted by Class.method; reads through h.spreadsheet are not', () => {
    const h = probeHarness();
    const counts = h.measure(() => h.call('read', 'Sheet1', 'A1:B2'));
    expect(counts).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    h.resetCounts();
    h.spreadsheet.getRange('A1:B2').getValues();
    expect(h.totalCalls()).toBe(0);
  });

  test('a controllable clock drives new Date() inside the script', () => {
    const h = probeHarness({ now: () => new Date('2026-11-28T00:00:00Z') });
    expect(
      h.run(
        `return [new Date().toISOString(), Date.now(), new Date(0).getTime(), new Date() instanceof Date];`,
      ),
    ).toEqual(['2026-11-28T00:00:00.000Z', Date.parse('2026-11-28T00:00:00Z'), 0, true]);
  });

  test('a standalone script has no active spreadsheet and no document lock', () => {
    const h = probeHarness({ container: false });
    expect(
      h.run(`return [SpreadsheetApp.getActiveSpreadsheet(), LockService.getDocumentLock(),
      PropertiesService.getDocumentProperties()];`),
    ).toEqual([null, null, null]);
  });
});

describe('state: save, load, export', () => {
  test('save/load keeps values (Dates too), formulas, formats, validation, protections, properties, triggers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-'));
    const h = probeHarness({ owner: 'o@x.id' });
    h.run(`var s = SpreadsheetApp.getActiveSheet();
      s.getRange('A1:C1').setValues([[new Date('2026-01-02T03:04:05Z'), '=A1+1', 'x']]);
      s.getRange('C1').setNumberFormat('@'); s.setFrozenRows(1);
      s.getRange('D1').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
      var p = s.protect(); p.removeEditors(p.getEditors());
      SpreadsheetApp.getActive().setNamedRange('Tgl', s.getRange('A1'));
      PropertiesService.getScriptProperties().setProperty('k', 'v');
      ScriptApp.newTrigger('f').timeBased().everyDays(1).create();`);
    const file = path.join(dir, 'state.json');
    h.save(file);
    const h2 = Harness.load(file, { bundlePath: PROBE_BUNDLE });
    const r = h2.spreadsheet.getRange('A1:C1');
    expect((r.getValues()[0]![0] as Date).toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(r.getFormulas()[0]).toEqual(['', '=A1+1', '']);
    expect(r.getNumberFormats()[0]![2]).toBe('@');
    expect(h2.spreadsheet.getSheets()[0]!.getFrozenRows()).toBe(1);
    expect(h2.spreadsheet.getRange('D1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(h2.spreadsheet.getRangeByName('Tgl')!.getA1Notation()).toBe('A1');
    expect(h2.state.properties.script).toEqual({ k: 'v' });
    expect(h2.triggers).toHaveLength(1);
    h2.setUser('x@y.id');
    expect(() => h2.call('writeOne', 'Sheet1', 'B2', 'no')).toThrow('protected');
  });

  test('exportXlsx writes values, number formats, frozen panes and notes protections in Bahasa Indonesia', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-'));
    const h = probeHarness({ owner: 'o@x.id', sheets: ['Data'] });
    h.run(`var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1:B2').setValues([['Nama', 'Skor'], ['SIMPUS', 25.39]]);
      s.getRange('B2').setNumberFormat('0.00'); s.setFrozenRows(1);
      var p = s.getRange('A1:B1').protect().setDescription('Kepala'); p.removeEditors(p.getEditors());
      s.protect().setDescription('Seluruh tab');`);
    const file = path.join(dir, 'out.xlsx');
    await h.exportXlsx(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getCell('B2').value).toBe(25.39);
    expect(ws.getCell('B2').numFmt).toBe('0.00');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(ws.getCell('A1').note)).toContain(XLSX_TEXT.protectedNote('Data!A1:B1', 'o@x.id'));
    expect(wb.getWorksheet(PROTECTIONS_SHEET)!.getRow(2).values).toEqual([
      undefined,
      'Data',
      'A1:B1',
      'Kepala',
      'o@x.id',
      XLSX_TEXT.no,
      '',
    ]);
    // Nothing a person reads is in English: no sheet, header or note from the emulator's own words.
    const texts: string[] = [];
    for (const sheet of wb.worksheets) {
      texts.push(sheet.name);
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          texts.push(String(cell.value ?? ''));
          if (cell.note) texts.push(String(cell.note));
        });
      });
    }
    for (const english of [
      /emulator/i,
      /protected/i,
      /whole sheet/i,
      /warning only/i,
      /editors/i,
      /mirrors/i,
    ])
      expect(texts.filter((t) => english.test(t))).toEqual([]);
  });

  test('exportXlsx keeps dropdowns, checkboxes and number rules as Excel data validations', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-'));
    const h = probeHarness({ owner: 'o@x.id', sheets: ['Data', 'Daftar'] });
    h.run(`var ss = SpreadsheetApp.getActiveSpreadsheet(); var s = ss.getSheetByName('Data');
      ss.getSheetByName('Daftar').getRange('A1:A3').setValues([['DINKES'], ['DISDIK'], ['BAPPEDA']]);
      s.getRange('A2:A40').setDataValidation(SpreadsheetApp.newDataValidation()
        .requireValueInList(['Draf', 'Diajukan', 'Terverifikasi'], true).setAllowInvalid(false)
        .setHelpText('Pilih status').build());
      s.getRange('B2:B40').setDataValidation(SpreadsheetApp.newDataValidation()
        .requireValueInRange(ss.getSheetByName('Daftar').getRange('A1:A3'), true).build());
      s.getRange('C2:C40').insertCheckboxes();
      s.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 3).build());
      s.getRange('A2').setValue('Draf');`);
    const file = path.join(dir, 'dv.xlsx');
    await h.exportXlsx(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Data')!;
    expect(ws.getCell('A2').value).toBe('Draf');
    for (const a1 of ['A2', 'A40'])
      expect(ws.getCell(a1).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Draf,Diajukan,Terverifikasi"'],
        showErrorMessage: true,
        prompt: 'Pilih status',
      });
    expect(ws.getCell('B7').dataValidation).toMatchObject({ type: 'list', formulae: ['Daftar!$A$1:$A$3'] });
    expect(ws.getCell('C40').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect(ws.getCell('D2').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 3],
    });
    expect(ws.getCell('A41').dataValidation).toBeUndefined();
  });
});
