// Runs every benchmark in bench/*.bench.ts in turn (speed targets are checked here, not in tests).
//   npm run bench                    all, as tables
//   npm run bench -- recalc          only those whose file name contains "recalc"
//   npm run bench -- --json          the same, as one JSON document on stdout (tables go to stderr)
//   npm run bench -- --known-ok      operations known to pass 30 modelled seconds are reported, not failed
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.find((a) => !a.startsWith('--'));
// Other flags (--known-ok) go to every benchmark.
const flags = args.filter((a) => a.startsWith('--') && a !== '--json');
// With --json, stdout carries the JSON document only: everything else goes to stderr.
const out = json ? ['inherit', 2, 'inherit'] : 'inherit';
const build = spawnSync('node', ['scripts/build.mjs'], { stdio: out });
if (build.status !== 0) process.exit(1);
const dir = json ? mkdtempSync(path.join(tmpdir(), 'bench-')) : null;
const results = [];
let failed = 0;
for (const f of readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !f.includes(only)) continue;
  console.error(`\n▶ ${f}`);
  const file = dir ? path.join(dir, `${f}.json`) : null;
  const r = spawnSync(
    'node',
    ['--expose-gc', 'scripts/run-ts.mjs', `bench/${f}`, ...flags, ...(file ? ['--json', file] : [])],
    { stdio: out },
  );
  if (r.status !== 0) failed++;
  let detail = null;
  try {
    if (file) detail = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A benchmark that writes no JSON reports only whether it passed.
  }
  results.push({
    benchmark: f.replace(/\.bench\.ts$/, ''),
    ok: r.status === 0,
    ...(detail ? { detail } : {}),
  });
}
if (dir) {
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ ok: failed === 0, benchmarks: results }, null, 2)}\n`);
}
process.exit(failed ? 1 : 0);
