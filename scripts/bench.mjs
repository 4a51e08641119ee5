// Runs every benchmark in bench/*.bench.ts in turn (speed targets are checked here, not in tests).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const build = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
let failed = 0;
for (const f of readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !f.includes(only)) continue;
  console.log(`\n▶ ${f}`);
  const r = spawnSync('node', ['--expose-gc', 'scripts/run-ts.mjs', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
