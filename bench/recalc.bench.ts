// Recalculation at regency scale, through the built bundle (dist/Code.js) in the emulator: 2,000
// innovations in 40 OPDs, and 200 in the same 40 OPDs. Reports the Sheets calls by method and the
// time, and whether the number of calls is the same for both sizes (it must be: one batched read
// per input tab, one batched write per generated tab, formatting that does not grow with rows).
//   npm run bench -- recalc
import { performance } from 'node:perf_hooks';
import { rankActions } from '../src/core/actions';
import { getRubric } from '../src/core/rubric';
import { score } from '../src/core/scoring';
import { createHarness, type Harness } from '../src/emulator/harness';
import { cloneState, type EmulatorState } from '../src/emulator/state';
import { ADMIN, addUsers, USERS } from '../tests/addon/support';
import { makeInput } from '../tests/support/recalc-fixtures';
import { addOpds, listedOpds, seedRegister } from '../tests/support/recalc-seed';

const OPD_COUNT = 40;
const SIZES = [2000, 200];
const RUNS = 3;
const RUBRIC = 'iid-2027';

/** A set-up spreadsheet with 40 OPDs (the 25 seeded by setup plus 15 more), their tabs and users. */
function baseState(): EmulatorState {
  const h = createHarness({ owner: ADMIN, user: ADMIN });
  h.runMenu('setupSpreadsheet');
  const extra = Array.from({ length: OPD_COUNT - listedOpds(h).length }, (_, i) => ({
    code: `UPTD-${String(i + 1).padStart(2, '0')}`,
    name: `UPTD Layanan ${i + 1}`,
  }));
  addOpds(h, extra);
  addUsers(
    h,
    USERS.filter(([email]) => email !== ADMIN),
  );
  h.runMenu('setupSpreadsheet');
  h.runMenu('syncAccess');
  const opds = listedOpds(h);
  if (opds.length !== OPD_COUNT) throw new Error(`expected ${OPD_COUNT} OPDs, got ${opds.length}`);
  return h.state;
}

interface Measure {
  size: number;
  counts: Record<string, number>;
  total: number;
  firstMs: number;
  /** Modelled seconds of the first run (src/emulator/cost-model.ts). */
  modelled: number;
  repeatMs: number;
  coreMs: number;
  iid: number;
}

function measure(base: EmulatorState, size: number): Measure {
  const h: Harness = createHarness({ state: cloneState(base), owner: ADMIN, user: ADMIN });
  const opds = listedOpds(h);
  const input = makeInput(getRubric(RUBRIC), size, { opds: opds.map((o) => o.code), seed: size });
  input.opds = opds.map((o) => ({ code: o.code, name: o.name }));
  seedRegister(h, input);
  h.resetCounts();
  let t0 = performance.now();
  h.runMenu('recalculate');
  const firstMs = performance.now() - t0;
  if (h.ui.alerts.length) throw new Error(`recalculate alerted: ${JSON.stringify(h.ui.alerts)}`);
  const counts = h.counts();
  const modelled = h.lastExecution()!.seconds;
  const total = h.totalCalls();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    h.runMenu('recalculate');
    times.push(performance.now() - t0);
  }
  // The pure part alone (what Apps Script spends outside Sheets calls).
  const rubric = getRubric(RUBRIC);
  t0 = performance.now();
  const result = score(input);
  rankActions(input, result, rubric);
  const coreMs = performance.now() - t0;
  return {
    size,
    counts,
    total,
    firstMs,
    modelled,
    repeatMs: Math.min(...times),
    coreMs,
    iid: result.claimed.iid,
  };
}

const t0 = performance.now();
const base = baseState();
console.log(`set-up spreadsheet with ${OPD_COUNT} OPDs: ${Math.round(performance.now() - t0)} ms`);
const results = SIZES.map((size) => measure(base, size));

const methods = [...new Set(results.flatMap((r) => Object.keys(r.counts)))].sort();
const width = Math.max(...methods.map((m) => m.length));
console.log(`\nSheets calls of one recalculation (${OPD_COUNT} OPDs):`);
console.log(`${'method'.padEnd(width)}  ${SIZES.map((s) => `${s} inov.`.padStart(11)).join('')}`);
for (const m of methods) {
  const cells = results.map((r) => String(r.counts[m] ?? 0).padStart(11)).join('');
  const mark = new Set(results.map((r) => r.counts[m] ?? 0)).size > 1 ? '  ← berbeda' : '';
  console.log(`${m.padEnd(width)}  ${cells}${mark}`);
}
console.log(`${'TOTAL'.padEnd(width)}  ${results.map((r) => String(r.total).padStart(11)).join('')}`);

console.log('\nTime (emulator, Node):');
for (const r of results) {
  console.log(
    `  ${String(r.size).padStart(5)} innovations: first run ${r.firstMs.toFixed(0)} ms, repeat (best of ${RUNS}) ${r.repeatMs.toFixed(0)} ms; core score + rankActions ${r.coreMs.toFixed(1)} ms; modelled ${r.modelled.toFixed(1)} s; IID klaim ${r.iid}`,
  );
}

const same = methods.every((m) => new Set(results.map((r) => r.counts[m] ?? 0)).size === 1);
console.log(
  `\nSame Sheets calls for ${SIZES.join(' and ')} innovations: ${same ? 'YES' : 'NO'} (${results.map((r) => r.total).join(' vs ')} calls)`,
);
if (!same) process.exitCode = 1;
