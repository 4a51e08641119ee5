// Builds what `clasp push` sends: dist/Code.js (server bundle whose entry points are top-level
// function declarations, the only form Apps Script detects), one self-contained HTML file per page
// in src/sidebar/*.html (scripts and styles inlined: HtmlService serves no static files), and the
// manifest.
//   node scripts/build.mjs            readable output (Apps Script has no source maps)
//   node scripts/build.mjs --minify   minified
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const minify = process.argv.includes('--minify');
const SERVER_ENTRY = path.join(root, 'src/server/index.ts');
export const GLOBAL_NAME = 'InovasiDaerah';

const common = {
  bundle: true,
  target: 'es2020',
  charset: 'utf8',
  legalComments: 'none',
  minify,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function buildServer() {
  // esbuild reports export names only for ESM output, so a cheap in-memory ESM pass comes first.
  const probe = await esbuild.build({
    ...common,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    entryPoints: [SERVER_ENTRY],
    format: 'esm',
    write: false,
    metafile: true,
    outdir: dist,
  });
  const names = Object.values(probe.metafile.outputs)[0].exports;
  for (const n of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(n) || n === 'default')
      throw new Error(`bad export name for Apps Script: ${n}`);
  }
  const footer = names
    .map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`)
    .join('\n');
  await esbuild.build({
    ...common,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    entryPoints: [SERVER_ENTRY],
    outfile: path.join(dist, 'Code.js'),
    format: 'iife',
    globalName: GLOBAL_NAME,
    footer: { js: footer },
  });
  return names;
}

const INLINE = /<!--\s*@inline-(css|js)\s+(\S+)\s*-->/g;

async function buildPage(file) {
  const src = await readFile(file, 'utf8');
  const dir = path.dirname(file);
  const parts = [];
  for (const m of src.matchAll(INLINE)) {
    const [marker, kind, rel] = m;
    const target = path.join(dir, rel);
    const out = await esbuild.build({
      ...common,
      // Pages are always minified: the 150 KB budget of an inlined sidebar is about what the browser
      // loads, and DevTools pretty-prints; readable output matters only for Code.js (no source maps).
      minify: true,
      platform: 'browser',
      entryPoints: [target],
      format: kind === 'js' ? 'iife' : undefined,
      write: false,
      loader: { '.css': 'css' },
    });
    // A literal "</script" or "</style" inside inlined code would end the element early.
    const code = out.outputFiles[0].text.replace(/<\/(script|style)/gi, '<\\/$1');
    parts.push([marker, kind === 'js' ? `<script>\n${code}</script>` : `<style>\n${code}</style>`]);
  }
  let html = src;
  for (const [marker, replacement] of parts) html = html.replace(marker, () => replacement);
  const out = path.join(dist, path.basename(file));
  await writeFile(out, html);
  return { name: path.basename(file), bytes: Buffer.byteLength(html) };
}

export async function build() {
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const names = await buildServer();
  const pageDir = path.join(root, 'src/sidebar');
  const pages = [];
  for (const f of (await readdir(pageDir)).filter((f) => f.endsWith('.html')).sort()) {
    pages.push(await buildPage(path.join(pageDir, f)));
  }
  await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  return { entryPoints: names, pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const { entryPoints, pages } = await build();
  const ms = Math.round(performance.now() - t0);
  console.log(
    `dist/Code.js: ${entryPoints.length} entry points; ${pages.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(1)} KB`).join(', ')}; ${ms} ms`,
  );
}
