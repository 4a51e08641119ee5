import { createHarness } from './src/emulator/harness';
import { ADMIN, addUsers, USERS } from './tests/addon/support';
import { addOpds, listedOpds } from './tests/support/recalc-seed';
const h = createHarness({ owner: ADMIN, user: ADMIN });
const show = (name: string, r: ReturnType<typeof h.measureCost>) => {
  console.log(name, 'calls', r.calls, 'sheets', r.sheetsCalls, 'other', r.otherCalls, 's', r.seconds.toFixed(1), 'cpu', r.cpuSeconds.toFixed(2), r.executions.map((e) => e.stopped));
  console.log(Object.entries(r.methods).sort((a, b) => b[1].seconds - a[1].seconds).slice(0, 40).map(([k, v]) => `${k} ${v.calls} ${v.seconds.toFixed(2)}`).join('\n'));
};
show('first', h.measureCost(() => h.runMenu('setupSpreadsheet')));
const extra = Array.from({ length: 40 - listedOpds(h).length }, (_, i) => ({ code: `UPTD-${String(i + 1).padStart(2, '0')}`, name: `UPTD Layanan ${i + 1}` }));
addOpds(h, extra);
addUsers(h, USERS.filter(([e]) => e !== ADMIN));
show('second40', h.measureCost(() => h.runMenu('setupSpreadsheet')));
show('third40', h.measureCost(() => h.runMenu('setupSpreadsheet')));
show('onOpen', h.measureCost(() => h.runTrigger('onOpen')));
