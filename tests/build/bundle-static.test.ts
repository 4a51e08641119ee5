// Static proofs about what `clasp push` sends (a runtime call cannot prove them): Apps Script sees
// only top-level function declarations as entry points, runs no modules, and has no Node or browser
// globals; sidebars must be self-contained. dist/ is built by the vitest global setup.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const codePath = path.join(dist, 'Code.js');
let code = '';

/** Export names of src/server/index.ts, found the way scripts/build.mjs finds them (ESM probe). */
async function serverExports(): Promise<string[]> {
  const probe = await esbuild.build({
    entryPoints: [path.join(root, 'src/server/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    outdir: path.join(root, '.cache/probe'),
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return Object.values(probe.metafile.outputs)[0]!.exports;
}

const GAS_GLOBALS = [
  'SpreadsheetApp',
  'HtmlService',
  'Session',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Utilities',
  'MailApp',
  'ScriptApp',
  'Logger',
  'Charts',
  'UrlFetchApp',
  'DriveApp',
  'ContentService',
];
const FOREIGN_GLOBALS = [
  'process',
  'require',
  'module',
  'exports',
  'Buffer',
  'global',
  'URL',
  'URLSearchParams',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'TextEncoder',
  'TextDecoder',
  'fetch',
  'window',
  'document',
  'navigator',
  'self',
];

beforeAll(() => {
  code = readFileSync(codePath, 'utf8');
});

describe('dist/Code.js (APPS-SCRIPT-NOTES.md: "Bundling and runtime")', () => {
  test('every export of src/server/index.ts is a column-0 top-level `function X(` forwarder', async () => {
    const names = await serverExports();
    expect(names.length).toBeGreaterThan(0);
    const declared = new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]));
    for (const name of names) expect(declared, `entry point ${name}`).toContain(name);
  });

  test('it is a classic script: it compiles outside a module (no import/export) and has no dynamic import()', () => {
    expect(() => new vm.Script(code, { filename: codePath })).not.toThrow();
    expect(code).not.toMatch(/(^|[^.\w$'"`])import\s*\(/m);
  });

  test('its top level evaluates where Node and browser globals do not exist (as in Apps Script)', () => {
    // An empty context has only the JavaScript built-ins: any unguarded use of process, require, URL,
    // setTimeout, TextEncoder, window, document... at load time throws a ReferenceError here.
    const context = vm.createContext({});
    const t0 = performance.now();
    new vm.Script(code, { filename: codePath }).runInContext(context);
    const ms = performance.now() - t0;
    for (const name of FOREIGN_GLOBALS)
      expect(vm.runInContext(`typeof ${name}`, context), name).toBe('undefined');
    // DESIGN.md: "load it in node:vm in a few milliseconds" (generous bound for a loaded CI machine).
    expect(ms).toBeLessThan(500);
  });

  test('its top level does no work: no Apps Script service is touched while it loads', () => {
    const touched: string[] = [];
    const sandbox: Record<string, unknown> = {};
    for (const name of GAS_GLOBALS)
      Object.defineProperty(sandbox, name, {
        get() {
          touched.push(name);
          return undefined;
        },
        configurable: true,
      });
    new vm.Script(code, { filename: codePath }).runInContext(vm.createContext(sandbox));
    expect(touched).toEqual([]);
  });
});

describe('dist/*.html (guides/html/best-practices: no static files, inline everything)', () => {
  const pages = readdirSync(dist).filter((f) => f.endsWith('.html'));

  test('the sidebar exists', () => {
    expect(pages).toContain('Sidebar.html');
  });

  test.each(pages)('%s loads nothing from outside and stays under 150 KB', (page) => {
    const html = readFileSync(path.join(dist, page), 'utf8');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b[^>]*\bhref\s*=/i);
    expect(html).not.toMatch(/<!--\s*@inline-(js|css)/);
    expect(statSync(path.join(dist, page)).size).toBeLessThan(150 * 1024);
  });
});
