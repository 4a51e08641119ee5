// Runs a TypeScript entry on Node 20 (which cannot run .ts itself): esbuild bundles it to
// .cache/run/ with npm packages left external, then it is imported with argv as if run directly.
//   node scripts/run-ts.mjs src/cli/score.ts ARGS...
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('pemakaian: node scripts/run-ts.mjs FILE.ts [ARGUMEN...]');
  process.exit(2);
}
const outDir = path.join(root, '.cache/run');
await mkdir(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
await esbuild.build({
  entryPoints: [path.resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  // Bundled code still resolves its own relative files (fixtures, dist/) from the source tree.
  define: { 'import.meta.dirname': JSON.stringify(path.dirname(path.resolve(entry))) },
});
process.argv = [process.argv[0], path.resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
