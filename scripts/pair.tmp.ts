import { prepareCorpus, regionStopWords } from '../src/core/duplicates';
import { scorePair, sharedName, nameSimilarity, acronymMatch } from '../src/core/duplicates/score';
import { FIXTURE_INNOVATIONS } from '../tests/duplicates/fixtures';
const c = prepareCorpus(FIXTURE_INNOVATIONS, { extraStopWords: regionStopWords('Kabupaten Majene') });
const idx = new Map(c.docs.map((d, i) => [d.ref.id, i]));
const keyStr: string[] = [];
for (const p of process.argv.slice(2)) {
  const [x, y] = p.split(',');
  const a = c.docs[idx.get(x!)!]!; const b = c.docs[idx.get(y!)!]!;
  console.log(a.ref.name, '|', b.ref.name, scorePair(a, b), 'shared', sharedName(a, b).toFixed(3), 'tri', nameSimilarity(a,b).toFixed(3), 'infos', a.nameInfo.toFixed(2), b.nameInfo.toFixed(2), 'acr', acronymMatch(a,b));
  console.log('  segs', a.nameSegments.map(s=>s.info.toFixed(2)), b.nameSegments.map(s=>s.info.toFixed(2)));
}
