// The core runs inside Apps Script's V8: no Node, no DOM, and the bundle is evaluated on every call.
// Bundle the module as the build does (ES2020, IIFE) and run it in an empty node:vm context.
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { asInnovation, FIXTURE_INNOVATIONS } from './fixtures';

describe('duplicates in a bare V8 context', () => {
  it('loads without doing work and answers with no Node or DOM globals', async () => {
    const out = await esbuild.build({
      entryPoints: ['src/core/duplicates/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'Duplicates',
      target: 'es2020',
      platform: 'neutral',
      write: false,
    });
    const context = vm.createContext({});
    const start = performance.now();
    vm.runInContext(out.outputFiles[0]!.text, context);
    expect(performance.now() - start).toBeLessThan(100);
    const innovations = JSON.stringify(FIXTURE_INNOVATIONS.map(asInnovation));
    const pairs = JSON.parse(
      vm.runInContext(
        `JSON.stringify(Duplicates.findDuplicatePairs(${innovations}, { extraStopWords: ['majene'] }))`,
        context,
      ),
    ) as { a: { id: string }; b: { id: string } }[];
    expect(pairs.some((p) => p.a.id === 'kes-posyandu' && p.b.id === 'kes-posyandu-latpim')).toBe(true);
    const similar = JSON.parse(
      vm.runInContext(
        `JSON.stringify(Duplicates.findSimilarTo({ name: 'SIPINTAR' }, ${innovations}))`,
        context,
      ),
    ) as { id: string }[];
    expect(similar[0]?.id).toBe('pend-beasiswa');
  });
});
