// Grid search of the tuning constants on the labelled tuning pairs: the written set (fixtures/
// originals + derived) and the tuning half of the public descriptions (fixtures/public.ts). Not a
// test: run it when the method or the sets change, then copy the chosen numbers into
// src/core/duplicates/tuning.ts. The held-out pairs of both sets are never read here.
//   node scripts/run-ts.mjs tests/duplicates/tune.ts
import { findDuplicatePairs, prepareCorpus, regionStopWords } from '../../src/core/duplicates';
import { TUNING } from '../../src/core/duplicates/tuning';
import { evaluate } from './evaluate';
import { TUNING_INNOVATIONS } from './fixtures';
import { PUBLIC_DESCRIPTIONS } from './fixtures/public';
import { evaluatePublic, PUBLIC_INNOVATIONS, publicPairs } from './public-set';

const extraStopWords = regionStopWords('Kabupaten Majene');
const thresholds = Array.from({ length: 31 }, (_, i) => Math.round((0.35 + i * 0.01) * 100) / 100);
const publicTuning = PUBLIC_INNOVATIONS.filter((_, i) => PUBLIC_DESCRIPTIONS[i]!.split === 'tuning');
const publicLabels = publicPairs('tuning');
const rows: { params: string; threshold: number; score: number; p: number; r: number }[] = [];

for (const nameUnitsFull of [2, 2.5, 3]) {
  for (const nameAlone of [0.3, 0.4, 0.5]) {
    for (const contentSupport of [0.2, 0.25, 0.3]) {
      for (const contentWeight of [0.7, 0.8, 0.9, 1]) {
        // A dev script may set the shared constants directly: the library reads them at each call.
        Object.assign(TUNING, { nameUnitsFull, nameAlone, contentSupport, contentWeight });
        const written = findDuplicatePairs(prepareCorpus(TUNING_INNOVATIONS, { extraStopWords }), {
          threshold: 0,
          maxPhrases: 0,
          maxPartners: Infinity,
        });
        const real = findDuplicatePairs(prepareCorpus(publicTuning), {
          threshold: 0,
          maxPhrases: 0,
          maxPartners: Infinity,
        });
        for (const threshold of thresholds) {
          const w = evaluate(written.filter((p) => p.similarity >= threshold));
          const r = evaluatePublic(
            real.filter((p) => p.similarity >= threshold),
            publicLabels,
          );
          const tp = w.truePositives + r.tp;
          const fp = w.falsePositives + r.fp + w.unlabelledFalsePositives.length + r.otherFalse.length;
          const fn = w.falseNegatives + r.fn;
          const p = tp / (tp + fp || 1);
          const rec = tp / (tp + fn || 1);
          // Recall first: a missed duplicate costs more than a glance at a false one (F2).
          const score = (5 * p * rec) / (4 * p + rec || 1);
          rows.push({
            params: `full=${nameUnitsFull} alone=${nameAlone} support=${contentSupport} content=${contentWeight}`,
            threshold,
            score,
            p,
            r: rec,
          });
        }
      }
    }
  }
}

// Per setting: the best score and how wide the band of thresholds reaching it is (wider = safer).
const bySetting = new Map<string, typeof rows>();
for (const r of rows) bySetting.set(r.params, [...(bySetting.get(r.params) ?? []), r]);
const summary = [...bySetting].map(([params, rs]) => {
  const best = Math.max(...rs.map((r) => r.score));
  const band = rs.filter((r) => r.score >= best - 1e-9);
  const mid = band[Math.floor(band.length / 2)]!;
  return { params, best, width: band.length, from: band[0]!.threshold, to: band.at(-1)!.threshold, mid };
});
summary.sort((a, b) => b.best - a.best || b.width - a.width);
for (const s of summary.slice(0, Number(process.argv[2] ?? 20))) {
  console.log(
    `${s.params.padEnd(52)} F2=${s.best.toFixed(3)} thresholds ${s.from}–${s.to} (mid ${s.mid.threshold}: P=${s.mid.p.toFixed(3)} R=${s.mid.r.toFixed(3)})`,
  );
}
const at = Number(process.argv[3] ?? Number.NaN);
if (Number.isFinite(at)) {
  console.log(`\nAt threshold ${at}:`);
  for (const r of rows
    .filter((x) => x.threshold === at)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10))
    console.log(`${r.params.padEnd(52)} F2=${r.score.toFixed(3)} P=${r.p.toFixed(3)} R=${r.r.toFixed(3)}`);
}
