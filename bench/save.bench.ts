// One sidebar save through the built bundle (dist/Code.js) in the emulator, on a register of 2,000
// innovations: spread over 40 OPDs (50 per tab), and all 2,000 in the saving OPD's own tab (the
// worst case: a save reads its own tab whole). Reports Sheets calls by method and the time of a
// new innovation and of an edit, next to an empty register; the calls must not grow with rows.
//   npm run bench -- save
import { performance } from 'node:perf_hooks';
import { createHarness, type Harness, type Measured } from '../src/emulator/harness';
import { cloneState, type EmulatorState } from '../src/emulator/state';
import type { SaveResult } from '../src/shared/api';
import { completeInnovation } from '../tests/addon/fixtures';
import {
  ADMIN,
  addUsers,
  bundlePath,
  DINKES_OP,
  newKey,
  seedInnovations,
  USERS,
} from '../tests/addon/support';

const OPD_COUNT = 40;
const TOTAL = 2000;
const RUNS = 7;
const CALL_LIMIT = 32;

function base(): EmulatorState {
  const h = createHarness({ owner: ADMIN, user: ADMIN, bundlePath: bundlePath() });
  h.runMenu('setupSpreadsheet');
  const opdSheet = h.spreadsheet.getSheetByName('OPD')!;
  const listed = opdSheet.getLastRow() - 2;
  const extra = Array.from({ length: OPD_COUNT - listed }, (_, i) => [
    `UPTD-${String(i + 1).padStart(2, '0')}`,
    `UPTD Layanan ${i + 1}`,
    true,
  ]);
  opdSheet.getRange(opdSheet.getLastRow() + 1, 1, extra.length, 3).setValues(extra);
  addUsers(
    h,
    USERS.filter(([email]) => email !== ADMIN),
  );
  h.runMenu('setupSpreadsheet');
  h.runMenu('syncAccess');
  return h.state;
}

function opdsOf(h: Harness): { code: string; name: string }[] {
  return (h.spreadsheet.getSheetByName('OPD')!.getDataRange().getValues() as unknown[][])
    .slice(2)
    .map((r) => ({ code: String(r[0]), name: String(r[1]) }));
}

interface Scenario {
  name: string;
  seed: (h: Harness) => void;
}

const SCENARIOS: Scenario[] = [
  { name: 'kosong', seed: () => {} },
  {
    name: `${TOTAL} inovasi di ${OPD_COUNT} OPD`,
    seed: (h) => {
      for (const opd of opdsOf(h)) seedInnovations(h, opd, TOTAL / OPD_COUNT);
    },
  },
  {
    name: `${TOTAL} inovasi di tab DINKES sendiri`,
    seed: (h) => {
      seedInnovations(h, { code: 'DINKES', name: 'Dinas Kesehatan' }, TOTAL);
    },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function run(h: Harness, request: () => object): { counts: Measured; ms: number; result: SaveResult } {
  let result: SaveResult | null = null;
  const t0 = performance.now();
  const counts = h.measure(() => {
    result = h.call<SaveResult>('saveInnovation', request());
  });
  const ms = performance.now() - t0;
  if (!result || !(result as SaveResult).ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
  return { counts, ms, result };
}

const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

const state = base();
const rows: {
  scenario: string;
  kind: string;
  calls: number;
  ms: number;
  seconds: number;
  counts: Record<string, number>;
}[] = [];
for (const scenario of SCENARIOS) {
  const h = createHarness({ state: cloneState(state), owner: ADMIN, user: ADMIN, bundlePath: bundlePath() });
  scenario.seed(h);
  h.setUser(DINKES_OP);
  const created: number[] = [];
  const edited: number[] = [];
  let newCounts: Record<string, number> = {};
  let editCounts: Record<string, number> = {};
  let newSeconds = 0;
  let editSeconds = 0;
  for (let i = 0; i < RUNS; i++) {
    const n = run(h, () => ({
      idempotencyKey: newKey(),
      submit: true,
      innovation: completeInnovation('DINKES', `Bench ${i}`),
    }));
    created.push(n.ms);
    newCounts = n.counts;
    newSeconds = n.counts.seconds;
    const id = n.result.ok ? n.result.id : '';
    const e = run(h, () => ({
      idempotencyKey: newKey(),
      submit: true,
      baseRevision: 1,
      innovation: { ...completeInnovation('DINKES', `Bench ${i} diubah`), id },
    }));
    edited.push(e.ms);
    editCounts = e.counts;
    editSeconds = e.counts.seconds;
  }
  rows.push({
    scenario: scenario.name,
    kind: 'baru',
    calls: total(newCounts),
    ms: median(created),
    seconds: newSeconds,
    counts: newCounts,
  });
  rows.push({
    scenario: scenario.name,
    kind: 'ubah',
    calls: total(editCounts),
    ms: median(edited),
    seconds: editSeconds,
    counts: editCounts,
  });
}

console.log('Satu simpan (saveInnovation) lewat dist/Code.js di emulator, median dari', RUNS, 'kali:');
console.table(
  rows.map((r) => ({
    skenario: r.scenario,
    jenis: r.kind,
    panggilan: r.calls,
    ms: Math.round(r.ms),
    'detik model': Number(r.seconds.toFixed(2)),
  })),
);
console.log('Panggilan per metode (simpan baru, register terbesar):');
console.table(rows[rows.length - 2]!.counts);
const calls = new Set(rows.filter((r) => r.kind === 'baru').map((r) => r.calls));
const flat = calls.size === 1;
const small = rows.every((r) => r.calls <= CALL_LIMIT);
console.log(
  flat
    ? 'OK: jumlah panggilan sama untuk semua ukuran register.'
    : `GAGAL: jumlah panggilan berubah: ${[...calls]}`,
);
console.log(
  small
    ? `OK: paling banyak ${CALL_LIMIT} panggilan per simpan.`
    : `GAGAL: lebih dari ${CALL_LIMIT} panggilan.`,
);
if (!flat || !small) process.exit(1);
