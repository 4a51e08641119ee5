// Every operation a person waits for, through the built bundle (dist/Code.js) in the emulator, at
// 40 OPDs and 2,000 and 10,000 innovations: its service calls, its Sheets calls and its modelled
// seconds (src/emulator/cost-model.ts: Google's latencies and per-cell throughput, plus the
// script's CPU). An operation over 30 modelled seconds, what a person waits for a sidebar or a
// menu item, fails the benchmark.
//   npm run bench -- operations            (table)
//   npm run bench -- operations --json     (the same as JSON on stdout)
//   npm run bench -- operations --known-ok (the known exceptions below are reported, not failed)
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getRubric } from '../src/core';
import type { ScoringInput } from '../src/core/model';
import { type CostReport, createHarness, type Harness } from '../src/emulator/harness';
import { cloneState, type EmulatorState } from '../src/emulator/state';
import type { SaveResult } from '../src/shared/api';
import { completeInnovation } from '../tests/addon/fixtures';
import { ADMIN, addUsers, DINKES_OP, newKey, USERS, VERIFIER } from '../tests/addon/support';
import { makeInput, random } from '../tests/support/recalc-fixtures';
import { addOpds, listedOpds, seedRegister } from '../tests/support/recalc-seed';

const OPD_COUNT = 40;
const SIZES = (process.env.BENCH_SIZES ?? '2000,10000').split(',').map(Number);
const LIMIT_SECONDS = 30;
// Setup is the one operation with a longer budget: an admin runs it once, on purpose, and waits for
// it (README, Benchmark: 60 modelled seconds), far below Google's 6-minute cap.
const SETUP_LIMIT_SECONDS = 60;
const limitOf = (operation: string) =>
  operation.startsWith('Siapkan spreadsheet') || operation.startsWith('Siapkan/perbaiki')
    ? SETUP_LIMIT_SECONDS
    : LIMIT_SECONDS;
const RUBRIC = 'iid-2027';
const IMPORT_ROWS = 50;

/**
 * Operations known to pass the limit at a size, each with why; the redesign for budgets is the next
 * issue. They fail the benchmark like any other (a missed budget is never green); they are printed
 * apart with their reason and marked in the JSON. `--known-ok` reports them without failing, to see
 * whether anything else regressed.
 */
const KNOWN_OVER: { operation: string; size: number; why: string }[] = [
  {
    operation: 'Hitung ulang skor',
    size: 2000,
    why: "the protection drift check reads every tab's protections, editors and warning flags (~6 calls a tab), and Skor Inovasi is written as four per-cell grids",
  },
  {
    operation: 'Hitung ulang skor',
    size: 10000,
    why: 'Skor Inovasi is written as four per-cell grids (values, number formats, backgrounds, font weights) of 10,000 × 13 cells: ~52 s of commits at 100 µs a cell; every OPD tab is read whole (~19 s)',
  },
  {
    operation: 'Tutup periode',
    size: 10000,
    why: 'archives every innovation with per-cell formats and flushes between steps; reads the register whole twice',
  },
  {
    operation: 'Impor: pratinjau',
    size: 10000,
    why: 'reads every OPD tab whole (~15 s) and compares the whole register pairwise (findDuplicatePairs with maxPartners Infinity): ~25 s of CPU',
  },
  {
    operation: `Impor: jalankan (${IMPORT_ROWS} baris)`,
    size: 10000,
    why: 'the same reading and pairwise comparison as the preview, again before writing',
  },
  {
    operation: 'Pengingat: kirim',
    size: 10000,
    why: 'reads the register whole (~20 s) and sends one message per OPD (40 × 300 ms)',
  },
];

interface Row {
  operation: string;
  size: number;
  executions: number;
  calls: number;
  sheetsCalls: number;
  otherCalls: number;
  seconds: number;
  cpuSeconds: number;
  stopped: string | null;
  /** The five methods that cost most, "Class.method" → seconds. */
  top: Record<string, number>;
}

function row(operation: string, size: number, cost: CostReport): Row {
  const top = Object.entries(cost.methods)
    .sort((a, b) => b[1].seconds - a[1].seconds)
    .slice(0, 5)
    .map(([k, v]) => [k, Math.round(v.seconds * 100) / 100] as const);
  return {
    operation,
    size,
    executions: cost.executions.length,
    calls: cost.calls,
    sheetsCalls: cost.sheetsCalls,
    otherCalls: cost.otherCalls,
    seconds: cost.seconds,
    cpuSeconds: cost.cpuSeconds,
    stopped: cost.executions.find((e) => e.stopped)?.stopped ?? null,
    top: Object.fromEntries(top),
  };
}

/** One operator per OPD, so reminders go to every OPD as they would in a regency. */
function operators(codes: readonly string[]): [string, string, string, string, boolean][] {
  return codes
    .filter((c) => c !== 'DINKES' && c !== 'DINSOS')
    .map((c) => [`op.${c.toLowerCase()}@majenekab.go.id`, `Operator ${c}`, 'Operator', c, true]);
}

/** A set-up spreadsheet with 40 OPDs, their tabs and users; and the setup that made their tabs. */
function baseState(): { state: EmulatorState; newTabs: CostReport } {
  const h = createHarness({ owner: ADMIN, user: ADMIN });
  h.runMenu('setupSpreadsheet');
  addOpds(
    h,
    Array.from({ length: OPD_COUNT - listedOpds(h).length }, (_, i) => ({
      code: `UPTD-${String(i + 1).padStart(2, '0')}`,
      name: `UPTD Layanan ${i + 1}`,
    })),
  );
  const newTabs = h.measureCost(() => h.runMenu('setupSpreadsheet'));
  const codes = listedOpds(h).map((o) => o.code);
  addUsers(h, [...USERS.filter(([email]) => email !== ADMIN), ...operators(codes)]);
  h.runMenu('syncAccess');
  if (listedOpds(h).length !== OPD_COUNT) throw new Error(`expected ${OPD_COUNT} OPDs`);
  return { state: h.state, newTabs };
}

function ok<T extends { ok: boolean }>(r: T, what: string): T {
  if (!r.ok) throw new Error(`${what} failed: ${JSON.stringify(r).slice(0, 300)}`);
  return r;
}

function importText(codes: readonly string[]): string {
  const header = ['Nama Inovasi', 'OPD', 'Tahapan', 'Urusan', 'Tanggal Penerapan', 'Rancang Bangun'];
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => [
    `Inovasi impor nomor ${i + 1}`,
    codes[i % codes.length]!,
    'Penerapan',
    'Kesehatan',
    '17/03/2025',
    'Kader mendata balita setiap bulan dan mengirim hasil penimbangan ke puskesmas lewat aplikasi.',
  ]);
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

/**
 * Each innovation its own rancang bangun, from a vocabulary of made-up words (the register
 * fixture gives every innovation the same text, the degenerate case of the duplicates benchmark).
 */
function varyDesigns(input: ScoringInput, seed: number): void {
  const rnd = random(seed);
  const syllables = ['ka', 'ma', 'ne', 'lo', 'pu', 'sa', 'di', 'ra', 'te', 'gu', 'bi', 'no', 'ya', 'wa'];
  const vocabulary = Array.from({ length: 3000 }, () =>
    Array.from(
      { length: 2 + Math.floor(rnd() * 3) },
      () => syllables[Math.floor(rnd() * syllables.length)],
    ).join(''),
  );
  for (const inv of input.innovations) {
    const n = (inv.design ?? '').split(' ').length;
    inv.design = Array.from({ length: n }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]).join(' ');
  }
}

function measureSize(base: EmulatorState, size: number): Row[] {
  const h: Harness = createHarness({ state: cloneState(base), owner: ADMIN, user: ADMIN });
  const opds = listedOpds(h);
  const input = makeInput(getRubric(RUBRIC), size, { opds: opds.map((o) => o.code), seed: size });
  input.opds = opds.map((o) => ({ code: o.code, name: o.name }));
  varyDesigns(input, size);
  seedRegister(h, input);
  const rows: Row[] = [];
  const as = (user: string, operation: string, fn: () => void) => {
    h.setUser(user);
    const t0 = performance.now();
    try {
      rows.push(row(operation, size, h.measureCost(fn)));
    } catch (e) {
      console.error(h.logs.slice(-5).join('\n'));
      throw e;
    }
    console.error(`  ${operation} (${size}): ${Math.round(performance.now() - t0)} ms`);
  };
  h.ui.respond(() => 'YES');

  as(DINKES_OP, 'onOpen', () => h.runTrigger('onOpen'));
  as(DINKES_OP, 'Buka sidebar (operator)', () => {
    h.runMenu('showSidebar');
    h.call('getContext');
    h.call('listInnovations');
  });
  const draft = completeInnovation('DINKES', 'Posyandu Digital Bench');
  let saved = { id: '', revision: 0 };
  const save = (submit: boolean, withId: boolean) => {
    const r = ok(
      h.call<SaveResult>('saveInnovation', {
        idempotencyKey: newKey(),
        submit,
        ...(withId ? { baseRevision: saved.revision } : {}),
        innovation: { ...draft, ...(withId ? { id: saved.id } : {}) },
      }),
      'saveInnovation',
    );
    if (r.ok) saved = { id: r.id, revision: r.revision };
  };
  as(DINKES_OP, 'Simpan inovasi baru', () => save(false, false));
  as(DINKES_OP, 'Simpan perubahan', () => save(false, true));
  as(DINKES_OP, 'Ajukan verifikasi', () => save(true, true));
  as(DINKES_OP, 'Cek kemiripan (sidebar)', () => {
    ok(
      h.call<{ ok: boolean }>('findSimilar', {
        id: '',
        name: draft.name,
        design: draft.design,
        goal: draft.goal,
        benefit: draft.benefit,
      }),
      'findSimilar',
    );
  });
  as(VERIFIER, 'Daftar verifikator', () => ok(h.call<{ ok: boolean }>('listForVerification'), 'list'));
  as(VERIFIER, 'Simpan verifikasi', () => {
    const indicators: Record<string, 'accepted'> = {};
    for (let id = 16; id <= 35; id++) indicators[String(id)] = 'accepted';
    ok(
      h.call<{ ok: boolean }>('saveVerification', {
        id: saved.id,
        revision: saved.revision,
        decision: 'verified',
        indicators,
        notes: {},
        note: '',
      }),
      'saveVerification',
    );
  });
  as(ADMIN, 'Daftar admin (semua OPD)', () => ok(h.call<{ ok: boolean }>('listInnovations'), 'list'));
  as(ADMIN, 'Hitung ulang skor', () => h.runMenu('recalculate'));
  as(ADMIN, 'Siapkan/perbaiki spreadsheet (ulang)', () => h.runMenu('setupSpreadsheet'));
  as(ADMIN, 'Sinkronkan akses', () => h.runMenu('syncAccess'));
  const text = importText(opds.map((o) => o.code));
  let mapping: string[] = [];
  as(ADMIN, 'Impor: pratinjau', () => {
    const r = ok(
      h.call<{ ok: boolean; preview?: { mapping: string[] } }>('previewImport', {
        source: { kind: 'paste', text },
      }),
      'previewImport',
    );
    mapping = r.preview?.mapping ?? [];
  });
  as(ADMIN, `Impor: jalankan (${IMPORT_ROWS} baris)`, () =>
    ok(h.call<{ ok: boolean }>('runImport', { source: { kind: 'paste', text }, mapping }), 'runImport'),
  );
  let fingerprint = '';
  as(ADMIN, 'Pengingat: pratinjau', () => {
    const r = ok(
      h.call<{ ok: boolean; preview?: { fingerprint: string } }>('getReminderPreview'),
      'getReminderPreview',
    );
    fingerprint = r.preview?.fingerprint ?? '';
  });
  as(ADMIN, 'Pengingat: kirim', () =>
    ok(h.call<{ ok: boolean }>('sendReminders', fingerprint), 'sendReminders'),
  );
  as(ADMIN, 'Ekspor IGA (CSV)', () => ok(h.call<{ ok: boolean }>('getIgaCsv', ','), 'getIgaCsv'));
  as(ADMIN, 'Tutup periode', () => h.runMenu('closePeriod'));
  return rows;
}

const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;

const { state, newTabs } = baseState();
const rows: Row[] = [
  ...SIZES.map((size) => row(`Siapkan spreadsheet: ${OPD_COUNT - 25} tab OPD baru`, size, newTabs)),
];
for (const size of SIZES) rows.push(...measureSize(state, size));

const knownOk = process.argv.includes('--known-ok');
const operations = [...new Set(rows.map((r) => r.operation))];
const cell = (op: string, size: number) => rows.find((r) => r.operation === op && r.size === size)!;
const isOver = (r: Row) => r.seconds > limitOf(r.operation) || r.stopped !== null;
const knownWhy = (r: Row) => KNOWN_OVER.find((k) => k.operation === r.operation && k.size === r.size)?.why;
const known = rows.filter((r) => isOver(r) && knownWhy(r));
const over = rows.filter((r) => isOver(r) && !(knownOk && known.includes(r)));

console.log(
  `Operasi lewat dist/Code.js di emulator, ${OPD_COUNT} OPD: panggilan / panggilan Sheets / detik model (biaya layanan + CPU skrip)`,
);
console.table(
  Object.fromEntries(
    operations.map((op) => [
      op,
      Object.fromEntries(
        SIZES.flatMap((size) => {
          const r = cell(op, size);
          const flag = isOver(r) ? ' ✗' : '';
          return [[`${size} inovasi`, `${r.calls} / ${r.sheetsCalls} / ${r.seconds.toFixed(1)} s${flag}`]];
        }),
      ),
    ]),
  ),
);
const slowest = [...rows].sort((a, b) => b.seconds - a.seconds).slice(0, 3);
for (const r of slowest)
  console.log(`${r.operation} (${r.size} inovasi): ${r.seconds.toFixed(1)} s —`, JSON.stringify(r.top));
if (known.length) {
  console.log(
    `\nMelewati ${LIMIT_SECONDS} detik model, sudah diketahui (dirancang ulang pada isu berikutnya):`,
  );
  for (const r of known)
    console.log(`  ✗ ${r.operation} (${r.size} inovasi): ${r.seconds.toFixed(1)} s — ${knownWhy(r)}`);
}
if (jsonFile)
  writeFileSync(
    jsonFile,
    JSON.stringify(
      {
        opds: OPD_COUNT,
        sizes: SIZES,
        limitSeconds: LIMIT_SECONDS,
        setupLimitSeconds: SETUP_LIMIT_SECONDS,
        operations: rows.map((r) => ({
          ...r,
          overLimit: isOver(r),
          knownOverLimit: known.includes(r) ? knownWhy(r) : null,
        })),
      },
      null,
      2,
    ),
  );
if (over.length) {
  console.log(
    `GAGAL: lebih dari ${LIMIT_SECONDS} detik model (setup: ${SETUP_LIMIT_SECONDS}): ${over.map((r) => `${r.operation} (${r.size})`).join(', ')}`,
  );
  process.exitCode = 1;
} else
  console.log(
    known.length
      ? `OK (--known-ok): selain ${known.length} yang diketahui di atas, setiap operasi di bawah ${LIMIT_SECONDS} detik model.`
      : `OK: setiap operasi di bawah ${LIMIT_SECONDS} detik model.`,
  );
