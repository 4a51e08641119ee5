import { findDuplicatePairs, prepareCorpus } from '../src/core/duplicates';
import { scorePair } from '../src/core/duplicates/score';
import { evaluatePublic, PUBLIC_INNOVATIONS, publicPairs } from '../tests/duplicates/public-set';

const found = findDuplicatePairs(PUBLIC_INNOVATIONS, { maxPartners: Infinity });
for (const s of ['tuning', 'holdout'] as const) {
  const e = evaluatePublic(found, publicPairs(s));
  console.log(s, e.precision.toFixed(2), e.recall.toFixed(2), e.tp, e.fp, e.fn);
  console.log(' missed', e.missed.join('; '));
  console.log(' wrong', e.wronglyFlagged.join('; '));
}
console.log('other', evaluatePublic(found, []).otherFalse);
const c = prepareCorpus(PUBLIC_INNOVATIONS);
const idx = new Map(c.docs.map((d, i) => [d.ref.id, i]));
for (const s of ['tuning', 'holdout'] as const)
  for (const p of publicPairs(s)) {
    const sc = scorePair(c.docs[idx.get(p.a)!]!, c.docs[idx.get(p.b)!]!);
    console.log(
      p.duplicate ? 'DUP' : 'neg',
      s.slice(0, 1),
      p.a.padEnd(30),
      p.b.padEnd(32),
      sc.similarity,
      'n',
      sc.nameSimilarity,
      'c',
      sc.contentSimilarity,
    );
  }
