import { createHarness } from './src/emulator/harness';
const h = createHarness({ sheets: ['S'] });
const s = h.spreadsheet.getSheetByName('S')!;
const r = s.getRange('1:2');
console.log(r.getA1Notation(), r.getNumRows(), r.getNumColumns(), s.getMaxColumns());
