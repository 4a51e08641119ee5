// Grid search of the tuning constants on the labelled set. Not a test: run it when the method or
// the set changes, then copy the chosen numbers into src/core/duplicates/tuning.ts.
//   node scripts/run-ts.mjs tests/duplicates/tune.ts
import { findDuplicatePairs, prepareCorpus, regionStopWords } from '../../src/core/duplicates';
import { TUNING } from '../../src/core/duplicates/tuning';
import { evaluate } from './evaluate';
import { TUNING_INNOVATIONS } from './fixtures';

const extraStopWords = regionStopWords('Kabupaten Majene');
const thresholds = Array.from({ length: 31 }, (_, i) => Math.round((0.3 + i * 0.01) * 100) / 100);
const rows: { params: string; threshold: number; f1: number; p: number; r: number; extraFp: number }[] = [];

for (const idfPower of [1, 1.25, 1.5, 1.75, 2]) {
  for (const minContentWords of [5, 8, 12]) {
    for (const contentWeight of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      // A dev script may set the shared constants directly: the library reads them at each call.
      Object.assign(TUNING, { idfPower, minContentWords, contentWeight });
      const corpus = prepareCorpus(TUNING_INNOVATIONS, { extraStopWords });
      const all = findDuplicatePairs(corpus, { threshold: 0, maxPhrases: 0, maxPartners: Infinity });
      for (const threshold of thresholds) {
        const e = evaluate(all.filter((p) => p.similarity >= threshold));
        const f1 = (2 * e.precision * e.recall) / (e.precision + e.recall || 1);
        rows.push({
          params: `idf^${idfPower} minWords=${minContentWords} content=${contentWeight}`,
          threshold,
          f1,
          p: e.precision,
          r: e.recall,
          extraFp: e.unlabelledFalsePositives.length,
        });
      }
    }
  }
}

// Per setting: the best score (F1, less 0.01 for every pair of different innovations flagged anywhere
// in the set) and how wide the band of thresholds reaching it is (wider = safer).
const bySetting = new Map<string, typeof rows>();
for (const r of rows) bySetting.set(r.params, [...(bySetting.get(r.params) ?? []), r]);
const summary = [...bySetting].map(([params, rs]) => {
  const best = Math.max(...rs.map((r) => r.f1 - r.extraFp * 0.01));
  const band = rs.filter((r) => r.f1 - r.extraFp * 0.01 >= best - 1e-9);
  const mid = band[Math.floor(band.length / 2)]!;
  return { params, best, width: band.length, from: band[0]!.threshold, to: band.at(-1)!.threshold, mid };
});
summary.sort((a, b) => b.best - a.best || b.width - a.width);
for (const s of summary.slice(0, Number(process.argv[2] ?? 20))) {
  console.log(
    `${s.params.padEnd(36)} score=${s.best.toFixed(3)} thresholds ${s.from}–${s.to} (mid ${s.mid.threshold}: P=${s.mid.p.toFixed(3)} R=${s.mid.r.toFixed(3)} unlabelled FP=${s.mid.extraFp})`,
  );
}
