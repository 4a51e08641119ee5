// The cost model (src/emulator/cost-model.ts) and Google's execution limits (limits.ts): what each
// call costs in modelled time, how queued writes are committed, and where Google stops a run.
import { describe, expect, test } from 'vitest';
import { COST_CLASSES, costClassOf } from '../../src/emulator/cost-model';
import { EXCEEDED_MAXIMUM_EXECUTION_TIME, IMPLICIT_COMMIT } from '../../src/emulator/limits';
import { probeHarness } from '../support/emulator';

const { read, write, format, flush } = COST_CLASSES;
/** Modelled seconds without the script's CPU, so that figures are exact. */
const exact = { limits: { countCpu: false } };
const commit = (cells: number) => flush.latencyMs + (cells * write.perCellUs) / 1000;

describe('cost model (developers.google.com/apps-script/guides/support/best-practices)', () => {
  test('every figure names its source or says it is an assumption', () => {
    for (const c of Object.values(COST_CLASSES)) expect(c.source).toMatch(/https:\/\/|assumption/);
  });

  test('handle getters and builders cost nothing; a read is a round trip plus its cells', () => {
    const h = probeHarness(exact);
    const free = h.measure(() =>
      h.run(`var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sheet = ss.getSheetByName('Sheet1'); ss.getSheets(); sheet.getDataRange(); sheet.getRange('A1:J10');
        SpreadsheetApp.newDataValidation().requireCheckbox().build();`),
    );
    expect(free.calls).toBeGreaterThan(5);
    expect(free.sheetsCalls).toBe(0);
    expect(free.seconds).toBe(0);
    const r = h.measure(() => h.call('read', 'Sheet1', 'A1:J10'));
    expect(r.sheetsCalls).toBe(1);
    expect(r.seconds * 1000).toBeCloseTo(read.latencyMs + (100 * read.perCellUs) / 1000, 6);
    expect(h.lastExecution()!.methods['Range.getValues']).toEqual({ calls: 1, seconds: r.seconds });
  });

  test("Google's example: 10,000 cells one by one with a flush per row take about 70 s, in one call about 1 s", () => {
    const h = probeHarness(exact);
    const sheet = h.spreadsheet.getSheetByName('Sheet1')!;
    sheet.insertColumnsAfter(sheet.getMaxColumns(), 100 - sheet.getMaxColumns());
    const slow = h.measureCost(() =>
      h.run(`var cell = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1');
        for (var y = 0; y < 100; y++) {
          for (var x = 0; x < 100; x++) cell.offset(y, x).setBackground('#ff0000');
          SpreadsheetApp.flush();
        }`),
    );
    const fast = h.measureCost(() =>
      h.run(`var colors = [];
        for (var y = 0; y < 100; y++) { colors.push([]); for (var x = 0; x < 100; x++) colors[y].push('#00ff00'); }
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange(1, 1, 100, 100).setBackgrounds(colors);`),
    );
    expect(slow.seconds).toBeGreaterThan(63);
    expect(slow.seconds).toBeLessThan(77);
    expect(fast.seconds).toBeGreaterThan(0.9);
    expect(fast.seconds).toBeLessThan(1.1);
    expect(slow.methods['SpreadsheetApp.flush']!.calls).toBe(100);
  });

  test('queued writes go out in one commit; each read after a write forces one (googleappsscript.blogspot.com 2010/06)', () => {
    const h = probeHarness(exact);
    const batched = h.measureCost(() =>
      h.run(`var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
        for (var i = 1; i <= 10; i++) s.getRange(i, 1).setValue(i);
        return s.getRange('A1:A10').getValues();`),
    );
    expect(batched.methods[IMPLICIT_COMMIT]).toEqual({ calls: 1, seconds: commit(10) / 1000 });
    expect(batched.seconds * 1000).toBeCloseTo(
      10 * write.latencyMs + commit(10) + read.latencyMs + (10 * read.perCellUs) / 1000,
      6,
    );
    const alternating = h.measureCost(() =>
      h.run(`var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
        for (var i = 1; i <= 10; i++) { s.getRange(i, 1).getValue(); s.getRange(i, 1).setValue(i); }`),
    );
    // Nine reads follow a write, and the last write is committed as the execution ends.
    expect(alternating.methods[IMPLICIT_COMMIT]!.calls).toBe(10);
    expect(alternating.seconds).toBeGreaterThan(batched.seconds * 4);
  });

  test('formatting a whole range with one value carries no per-cell data; a grid of values does', () => {
    const h = probeHarness(exact);
    const one = h.measureCost(() =>
      h.run(
        `SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1:Z1000').setNumberFormat('@');`,
      ),
    );
    expect(one.seconds * 1000).toBeCloseTo(format.latencyMs + commit(0), 6);
    const grid = h.measureCost(() =>
      h.run(`var f = []; for (var i = 0; i < 100; i++) f.push(['@', '@']);
        SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1:B100').setNumberFormats(f);`),
    );
    expect(grid.seconds * 1000).toBeCloseTo(format.latencyMs + commit(200), 6);
  });

  test('Session, Lock, Properties and Cache are counted apart from Sheets calls, each with its own latency', () => {
    const h = probeHarness(exact);
    const m = h.measureCost(() =>
      h.run(`Session.getActiveUser().getEmail();
        var p = PropertiesService.getScriptProperties(); p.setProperty('k', 'v'); p.getProperty('k');
        var c = CacheService.getScriptCache(); c.put('k', 'v'); c.get('k');
        var lock = LockService.getScriptLock(); lock.waitLock(1000); lock.releaseLock();`),
    );
    expect(m.sheetsCalls).toBe(0);
    expect(m.otherCalls).toBe(7);
    const ms = (k: string) => m.methods[k]!.seconds * 1000;
    expect(ms('Session.getActiveUser')).toBe(COST_CLASSES.session.latencyMs);
    expect(ms('Properties.setProperty')).toBe(COST_CLASSES.propertiesWrite.latencyMs);
    expect(ms('Properties.getProperty')).toBe(COST_CLASSES.propertiesRead.latencyMs);
    expect(ms('Cache.put')).toBe(COST_CLASSES.cacheWrite.latencyMs);
    expect(ms('Cache.get')).toBe(COST_CLASSES.cacheRead.latencyMs);
    expect(ms('Lock.waitLock')).toBe(COST_CLASSES.lock.latencyMs);
    expect(ms('User.getEmail')).toBe(0);
  });

  test('each method class has its own row: protections, charts, triggers, mail', () => {
    expect(costClassOf('Range.getValues')).toBe('read');
    expect(costClassOf('Range.setValues')).toBe('write');
    expect(costClassOf('Range.setNumberFormat')).toBe('format');
    expect(costClassOf('RangeList.setNumberFormat')).toBe('format');
    expect(costClassOf('Range.setDataValidation')).toBe('validation');
    expect(costClassOf('Protection.addEditors')).toBe('protection');
    expect(costClassOf('Sheet.getProtections')).toBe('protectionRead');
    expect(costClassOf('Sheet.insertChart')).toBe('chart');
    expect(costClassOf('TriggerBuilder.create')).toBe('trigger');
    expect(costClassOf('ClockTriggerBuilder.create')).toBe('trigger');
    expect(costClassOf('ClockTriggerBuilder.everyWeeks')).toBe('free');
    expect(costClassOf('MailApp.sendEmail')).toBe('mail');
    expect(costClassOf('SpreadsheetApp.flush')).toBe('flush');
    expect(costClassOf('Sheet.getRange')).toBe('free');
  });

  test('the virtual clock moves by the modelled time, inside an execution and between executions', () => {
    const start = Date.parse('2026-11-28T00:00:00Z');
    const h = probeHarness({ ...exact, now: () => new Date(start) });
    const inside = h.run<number>(`var t0 = Date.now();
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1').getValue();
      return Date.now() - t0;`);
    // Date.now() counts whole milliseconds, as on Google.
    expect(inside).toBe(Math.trunc(read.latencyMs + read.perCellUs / 1000));
    const elapsed = h.lastExecution()!.serviceSeconds * 1000;
    expect(h.run<number>('return Date.now();')).toBe(Math.trunc(start + elapsed));
  });

  test('measure keeps its shape (calls by method) and adds totals that listing it does not show', () => {
    const h = probeHarness(exact);
    const m = h.measure(() => h.call('writeOne', 'Sheet1', 'A1', 'x'));
    expect(Object.keys(m).sort()).toEqual([
      'Range.setValue',
      'Sheet.getRange',
      'Spreadsheet.getSheetByName',
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
    expect(Object.values(m).reduce((a, b) => a + b, 0)).toBe(4);
    expect([m.calls, m.sheetsCalls, m.otherCalls]).toEqual([4, 1, 0]);
    expect(m.seconds * 1000).toBeCloseTo(write.latencyMs + commit(1), 6);
  });
});

describe('execution limits (developers.google.com/apps-script/guides/services/quotas)', () => {
  test('a run stops at 6 minutes with "Exceeded maximum execution time"; what it wrote stays', () => {
    const h = probeHarness(exact);
    expect(() =>
      h.run(`var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
        s.getRange('A1').setValue('sebelum');
        Utilities.sleep(300000);
        Utilities.sleep(60000);
        s.getRange('A2').setValue('sesudah');
        return 'selesai';`),
    ).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(h.spreadsheet.getRange('A1:A2').getValues()).toEqual([['sebelum'], ['']]);
    expect(h.lastExecution()!.stopped).toBe(EXCEEDED_MAXIMUM_EXECUTION_TIME);
  });

  test('a simple trigger stops at 30 s; the same function from a menu runs to the end', () => {
    const h = probeHarness(exact);
    expect(() => h.runTrigger('slowWrites', { ms: 20000 })).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    // The catch in the script could not write either: Google had stopped the execution.
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('tengah');
    expect(h.runMenu('slowWrites')).toBe('selesai');
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('selesai');
  });

  test('tests can set smaller caps; the call that would pass the cap does not happen', () => {
    const h = probeHarness({ limits: { executionSeconds: 1, countCpu: false } });
    expect(() =>
      h.run(`var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
        for (var i = 1; i <= 100; i++) s.getRange(i, 1).setValue(s.getRange(i, 2).getValue() + i);`),
    ).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    const written = (h.spreadsheet.getRange('A1:A100').getValues() as unknown[][]).filter((r) => r[0] !== '');
    // Each row costs a read, a commit of the previous write and a write: about 87 ms.
    expect(written.length).toBeGreaterThan(5);
    expect(written.length).toBeLessThan(20);
    expect(h.lastExecution()!.seconds).toBeLessThanOrEqual(1);
  });

  test('the script CPU counts toward the cap', () => {
    const h = probeHarness({ limits: { executionSeconds: 0.01 } });
    expect(() => h.run('var x = 0; for (var i = 0; i < 1e8; i++) x += i; return x;')).toThrow(
      EXCEEDED_MAXIMUM_EXECUTION_TIME,
    );
    expect(h.lastExecution()!.cpuSeconds).toBeGreaterThan(0.01);
  });

  test('a worker execution (concurrent) stops the same way and reports its modelled seconds', async () => {
    const h = probeHarness({ limits: { simpleTriggerSeconds: 1, executionSeconds: 0.1, countCpu: false } });
    const [slow, quick] = await h.concurrent([
      {
        user: 'a@majenekab.go.id',
        name: 'script',
        args: [
          `var r = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('B1');
        for (var i = 0; i < 10; i++) r.getValue(); return 'selesai';`,
        ],
      },
      { user: 'b@majenekab.go.id', name: 'read', args: ['Sheet1', 'A1'] },
    ]);
    expect(slow).toMatchObject({ ok: false, error: EXCEEDED_MAXIMUM_EXECUTION_TIME });
    expect(quick!.ok).toBe(true);
    expect(quick!.seconds).toBeCloseTo((read.latencyMs + read.perCellUs / 1000) / 1000, 6);
  });
});

describe('RangeList (developers.google.com/apps-script/reference/spreadsheet/range-list)', () => {
  test('one call formats or clears several ranges of a sheet, each cell as a Range call would', () => {
    const h = probeHarness(exact);
    const m = h.measure(() =>
      h.run(`var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');
        s.getRange('A1:D4').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
        var list = s.getRangeList(['A1:A4', 'C1:D2']);
        list.setNumberFormat('@');
        list.clearDataValidations();
        return list.getRanges().map(function (r) { return r.getA1Notation(); });`),
    );
    expect(m['RangeList.setNumberFormat']).toBe(1);
    expect(m['RangeList.clearDataValidations']).toBe(1);
    const sheet = h.spreadsheet.getSheetByName('Sheet1')!;
    const text = (a1: string) =>
      sheet
        .getRange(a1)
        .getNumberFormats()
        .map((r) => r.map((f) => f === '@'));
    expect(text('A1:D3')).toEqual([
      [true, false, true, true],
      [true, false, true, true],
      [true, false, false, false],
    ]);
    const rules = sheet
      .getRange('A1:D4')
      .getDataValidations()
      .map((r) => r.map((v) => (v ? 'x' : '')));
    expect(rules).toEqual([
      ['', 'x', '', ''],
      ['', 'x', '', ''],
      ['', 'x', 'x', 'x'],
      ['', 'x', 'x', 'x'],
    ]);
    expect(() =>
      h.run(`SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRangeList([]);`),
    ).toThrow('Invalid argument');
  });
});
