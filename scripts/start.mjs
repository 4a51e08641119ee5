// `npm start [-- --port N --state FILE --reset]`: builds dist/ (the real Code.js and Sidebar.html),
// then runs the local preview server on it.
import { spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  ['scripts/run-ts.mjs', 'src/preview/main.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
