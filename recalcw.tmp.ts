import { getRubric } from './src/core';
import { createHarness } from './src/emulator/harness';
import { Range } from './src/emulator/spreadsheet/range';
import { ADMIN, addUsers, USERS } from './tests/addon/support';
import { makeInput } from './tests/support/recalc-fixtures';
import { addOpds, listedOpds, seedRegister } from './tests/support/recalc-seed';
const h = createHarness({ owner: ADMIN, user: ADMIN });
h.runMenu('setupSpreadsheet');
addOpds(h, Array.from({ length: 15 }, (_, i) => ({ code: `UPTD-${i}`, name: `U ${i}` })));
h.runMenu('setupSpreadsheet');
const opds = listedOpds(h);
const input = makeInput(getRubric('iid-2027'), 2000, { opds: opds.map((o) => o.code), seed: 2000 });
input.opds = opds.map((o) => ({ code: o.code, name: o.name }));
seedRegister(h, input);
const orig = Range.prototype.setValues;
const log: string[] = [];
for (const m of ['setValues', 'setNumberFormats', 'setBackgrounds', 'setFontWeights', 'setNotes', 'setFormulas', 'setFontColors', 'setWraps', 'setHorizontalAlignments', 'setDataValidations'] as const) {
  const o = (Range.prototype as any)[m];
  (Range.prototype as any)[m] = function (this: any, ...a: unknown[]) {
    const r = this._rect; log.push(`${m} ${(this as any)._sheet().name} ${(r.r2 - r.r1 + 1)}x${(r.c2 - r.c1 + 1)}`);
    return o.apply(this, a);
  };
}
h.runMenu('recalculate');
console.log(log.join('\n'));
