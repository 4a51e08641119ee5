// Emulator benchmark (issue 3 §5): write and read back 2,000 rows × 70 columns through the emulator,
// as a script does it (one setValues, one getValues), with the data crossing google.script.run's
// JSON boundary both ways. Reports the service-call counts (deterministic) and the times; then the
// same work cell by cell on a slice, to show what the counts are for.
//   npm run bench -- emulator
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHarness } from '../src/emulator/harness';

const ROWS = 2_000;
const COLS = 70;
const NAIVE_ROWS = 20;
const RUNS = 5;

const BUNDLE = `
function writeTable(rows) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return rows.length;
}
function readTable() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getDataRange().getValues();
}
function writeCellByCell(rows) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  for (var r = 0; r < rows.length; r++)
    for (var c = 0; c < rows[r].length; c++) sheet.getRange(r + 1, c + 1).setValue(rows[r][c]);
}
function nothing() { return null; }
`;

/** A deterministic table: text, numbers, booleans and empty cells, like an innovation register. */
function table(rows: number, cols: number): (string | number | boolean)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      switch (c % 5) {
        case 0:
          return `Inovasi ${r}-${c}`;
        case 1:
          return (r * 31 + c) % 1000;
        case 2:
          return (r + c) % 2 === 0;
        case 3:
          return r % 7 === 0 ? '' : `https://drive.google.com/file/d/${r}${c}`;
        default:
          return Math.round((r * c) % 97) / 4;
      }
    }),
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const dir = mkdtempSync(path.join(tmpdir(), 'emulator-bench-'));
const bundlePath = path.join(dir, 'Code.js');
writeFileSync(bundlePath, BUNDLE);
const data = table(ROWS, COLS);

const writeMs: number[] = [];
const readMs: number[] = [];
let writeCounts: Record<string, number> = {};
let readCounts: Record<string, number> = {};
for (let i = 0; i < RUNS; i++) {
  const h = createHarness({ bundlePath, sheets: ['Data'] });
  h.spreadsheet.getSheetByName('Data')!.insertColumnsAfter(26, COLS - 26);
  h.spreadsheet.getSheetByName('Data')!.insertRowsAfter(1000, ROWS - 1000);
  let t = performance.now();
  writeCounts = h.measure(() => h.call('writeTable', data));
  writeMs.push(performance.now() - t);
  t = performance.now();
  let back: unknown[][] = [];
  readCounts = h.measure(() => {
    back = h.call<unknown[][]>('readTable');
  });
  readMs.push(performance.now() - t);
  if (JSON.stringify(back) !== JSON.stringify(data))
    throw new Error('read-back differs from what was written');
}

const naive = createHarness({ bundlePath, sheets: ['Data'] });
naive.spreadsheet.getSheetByName('Data')!.insertColumnsAfter(26, COLS - 26);
let t = performance.now();
const naiveCounts = naive.measure(() => naive.call('writeCellByCell', table(NAIVE_ROWS, COLS)));
const naiveMs = performance.now() - t;

const idle = createHarness({ bundlePath });
const execMs: number[] = [];
for (let i = 0; i < 50; i++) {
  t = performance.now();
  idle.call('nothing');
  execMs.push(performance.now() - t);
}

const fmt = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
console.log(
  `emulator: ${ROWS} rows × ${COLS} columns = ${(ROWS * COLS).toLocaleString('en')} cells, median of ${RUNS}`,
);
console.log(`  write (call → setValues): ${median(writeMs).toFixed(0)} ms; calls: ${fmt(writeCounts)}`);
console.log(`  read  (call → getValues): ${median(readMs).toFixed(0)} ms; calls: ${fmt(readCounts)}`);
console.log(
  `  cell by cell, ${NAIVE_ROWS} rows: ${naiveMs.toFixed(0)} ms; ${Object.values(naiveCounts).reduce((a, b) => a + b, 0)} calls (${fmt(naiveCounts)})`,
);
console.log(`  one empty execution (new context + bundle + call): ${median(execMs).toFixed(2)} ms`);
