// IMPORTRANGE across the drive's spreadsheets, as https://support.google.com/docs/answer/3093340
// describes it: #REF! until "Allow access", values after, a source change seen after the refresh
// interval, the connection lost when the person who allowed it loses access to the source.
import { describe, expect, it } from 'vitest';
import { createDrive } from '../../src/emulator/drive';
import { IMPORTRANGE_ERRORS, parseImportRange } from '../../src/emulator/importrange';
import { probeHarness } from '../support/emulator';

const ADMIN = 'admin@sulbarprov.go.id';

function world(refreshDelayMs = 60_000) {
  let clock = Date.UTC(2026, 11, 1);
  const drive = createDrive({ refreshDelayMs, now: () => clock });
  const source = probeHarness({ owner: 'admin@majenekab.go.id' });
  const dest = probeHarness({ owner: ADMIN });
  drive.add('SOURCEKEY_majene_0123456789', source);
  const url = drive.add('DESTKEY_province_0123456789', dest);
  expect(url).toBe('https://docs.google.com/spreadsheets/d/DESTKEY_province_0123456789/edit');
  const data = source.spreadsheet.getSheets()[0]!;
  data.setName('Data');
  data.getRange('A1:B2').setValues([
    ['iid', 61.5],
    ['predikat', 'Inovatif'],
  ]);
  const cell = dest.spreadsheet.getSheets()[0]!.getRange('B2');
  cell.setFormula(
    '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/SOURCEKEY_majene_0123456789/edit","Data!A1:B2")',
  );
  const shown = () => dest.spreadsheet.getSheets()[0]!.getRange('B2:C3').getValues();
  return { drive, source, dest, data, shown, advance: (ms: number) => (clock += ms) };
}

describe('IMPORTRANGE in the emulator', () => {
  it('recognises only a whole-cell IMPORTRANGE with two text arguments', () => {
    expect(
      parseImportRange('=IMPORTRANGE("https://docs.google.com/spreadsheets/d/abc/edit","S!A1")'),
    ).toEqual({
      key: 'abc',
      range: 'S!A1',
    });
    expect(parseImportRange('=importrange("abc"; "A1:B2")')).toEqual({ key: 'abc', range: 'A1:B2' });
    expect(parseImportRange('=SUM(IMPORTRANGE("abc","A1:B2"))')).toBeNull();
    expect(parseImportRange('=IMPORTRANGE(A1,"A1:B2")')).toBeNull();
  });

  it("shows #REF! with Google's message until an editor who may view the source allows access", () => {
    const w = world();
    w.drive.refresh();
    expect(w.shown()).toEqual([
      ['#REF!', ''],
      ['', ''],
    ]);
    expect(w.drive.importError('DESTKEY_province_0123456789', 'Sheet1', 'B2')).toBe(
      IMPORTRANGE_ERRORS.connect,
    );
    // The province's admin was not given the regency's file: no "Allow access" for them.
    expect(() =>
      w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN),
    ).toThrow(IMPORTRANGE_ERRORS.permission);
    w.source.share(ADMIN, 'viewer');
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    expect(w.shown()).toEqual([
      ['iid', 61.5],
      ['predikat', 'Inovatif'],
    ]);
    expect(w.drive.importError('DESTKEY_province_0123456789', 'Sheet1', 'B2')).toBeNull();
    // The formula stays on its own cell only; the values around it are plain.
    expect(w.dest.spreadsheet.getSheets()[0]!.getRange('B2:C2').getFormulas()[0]![1]).toBe('');
  });

  it('evaluates before each execution of the importing script, uncounted', () => {
    const w = world();
    w.source.share(ADMIN, 'viewer');
    w.drive.refresh();
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    w.data.getRange('B1').setValue(70);
    w.advance(60_000);
    w.dest.resetCounts();
    const seen = w.dest.run<unknown[][]>(
      "return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2:C2').getValues();",
    );
    expect(seen).toEqual([['iid', 70]]);
    expect(w.dest.counts()['Range.getValues']).toBe(1);
  });

  it('brings a change of the source only after the refresh interval', () => {
    const w = world(30 * 60_000);
    w.source.share(ADMIN, 'viewer');
    w.drive.refresh();
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    w.data.getRange('B1').setValue(72.25);
    w.drive.refresh();
    w.advance(29 * 60_000);
    w.drive.refresh();
    expect(w.shown()[0]).toEqual(['iid', 61.5]);
    w.advance(60_000);
    w.drive.refresh();
    expect(w.shown()[0]).toEqual(['iid', 72.25]);
  });

  it('ends the connection when the person who allowed it can no longer view the source', () => {
    const w = world();
    w.source.share(ADMIN, 'viewer');
    w.drive.refresh();
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    w.source.state.spreadsheet.viewers = [];
    w.drive.refresh();
    expect(w.shown()[0]).toEqual(['#REF!', '']);
    expect(w.shown()[1]).toEqual(['', '']);
  });

  it('refuses to spill over typed data, and names the cell', () => {
    const w = world();
    w.source.share(ADMIN, 'viewer');
    w.dest.spreadsheet.getSheets()[0]!.getRange('C3').setValue('ketikan');
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    expect(w.shown()[0]![0]).toBe('#REF!');
    expect(w.shown()[1]![1]).toBe('ketikan');
    expect(w.drive.importError('DESTKEY_province_0123456789', 'Sheet1', 'B2')).toBe(
      IMPORTRANGE_ERRORS.overwrite('C3'),
    );
  });

  it('reports a range it cannot read', () => {
    const w = world();
    w.source.share(ADMIN, 'viewer');
    w.dest.spreadsheet
      .getSheets()[0]!
      .getRange('B2')
      .setFormula('=IMPORTRANGE("SOURCEKEY_majene_0123456789","Tidak ada!A1")');
    w.drive.refresh();
    w.drive.allowAccess('DESTKEY_province_0123456789', 'SOURCEKEY_majene_0123456789', ADMIN);
    expect(w.drive.importError('DESTKEY_province_0123456789', 'Sheet1', 'B2')).toBe(
      IMPORTRANGE_ERRORS.parseRange('Tidak ada!A1'),
    );
  });
});
