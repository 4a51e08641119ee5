// The whole test suite, as the README and CI run it: type check (server, sidebar and Node code each
// against their own globals), Biome (lint + format), then every vitest test (unit, the built bundle
// in the emulator, and the browser tests in Debian's Chromium). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const stages = [
  ['tipe (tsc)', 'npm', ['run', '--silent', 'typecheck']],
  ['lint & format (biome)', 'npx', ['biome', 'check', '.']],
];
let stageFailures = 0;
for (const [name, cmd, args] of stages) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    stageFailures++;
    console.error(`✗ ${name} gagal`);
  }
}
console.log('\n▶ vitest');
rmSync(report, { force: true });
const extra = process.argv.slice(2);
const v = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = stageFailures;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A suite that fails to load (e.g. a missing browser) has no failed test but must still count.
  failed += (r.testResults ?? []).filter(
    (t) => t.status === 'failed' && t.assertionResults.length === 0,
  ).length;
  if (r.numPendingTests || r.numTodoTests) {
    console.error(`✗ ${r.numPendingTests + r.numTodoTests} test dilewati: tidak boleh ada test yang di-skip`);
    failed += r.numPendingTests + r.numTodoTests;
  }
} else {
  failed++;
}
if (v.status !== 0 && failed === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
