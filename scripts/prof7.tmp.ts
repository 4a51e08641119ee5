// Near-duplicate detection at regency scale: 2,000 synthetic innovations with rancang bangun of
// about 300 words (the IID minimum), 5 % of them renamed copies and 3 % paraphrases of others.
// Measures findDuplicatePairs (all pairs, corpus preparation included) and one findSimilarTo against
// a prepared corpus, and checks that the planted duplicates are found. Target: well under 1 s.
// Then the degenerate register: 2,000 innovations sharing one rancang bangun word for word (every
// OPD pasting the same text), where every pair is a duplicate; it must stay as cheap.
//   npm run bench -- duplicates
import { performance } from 'node:perf_hooks';
import { findDuplicatePairs, findDuplicates, findSimilarTo, prepareCorpus } from '../src/core/duplicates';
import type { Innovation } from '../src/core/model';
import type { TrainingProject } from '../src/server/training/layout';
import { linkProjects } from '../src/server/training/link';
import { FIXTURE_INNOVATIONS } from '../tests/duplicates/fixtures';

const SIZE = 2000;
const COPIES = 0.05;
const PARAPHRASES = 0.03;
const TARGET_MS = 1000;

// Deterministic, so every run measures the same corpus.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Words in their natural frequencies, per urusan and overall, from the evaluation set's texts.
const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
const allWords: string[] = [];
const byAffair = new Map<string, string[]>();
for (const f of FIXTURE_INNOVATIONS) {
  const w = words([f.design, f.goal, f.benefit].join(' '));
  allWords.push(...w);
  byAffair.set(f.mainAffair, [...(byAffair.get(f.mainAffair) ?? []), ...w]);
}
const affairs = [...byAffair.keys()];

// Real texts about different innovations differ in their content words: a synthetic lexicon of
// 20,000 word forms, Zipf-distributed, from which every innovation draws its own 60.
const syllables = [
  'si',
  'ga',
  'pin',
  'tar',
  'ma',
  'ju',
  'se',
  'hat',
  'ber',
  'ka',
  'lo',
  'ra',
  'di',
  'nu',
  'te',
  'pa',
];
const lexicon = Array.from({ length: 20000 }, (_, i) => {
  let w = '';
  for (let n = i + 7; w.length < 6 || n > 0; n = Math.floor(n / syllables.length))
    w += syllables[n % syllables.length];
  return w;
});
const zipf = () =>
  lexicon[Math.min(lexicon.length - 1, Math.floor(Math.exp(random() * Math.log(lexicon.length))))]!;
const ownWords = () => Array.from({ length: 60 }, zipf);

function sentence(topic: string[], own: string[]): string {
  const length = 8 + Math.floor(random() * 10);
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    out.push(r < 0.3 ? pick(own) : r < 0.65 ? pick(topic) : pick(allWords));
  }
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function text(topic: string[], own: string[], targetWords: number): string {
  const sentences: string[] = [];
  let n = 0;
  while (n < targetWords) {
    const s = sentence(topic, own);
    sentences.push(s);
    n += s.split(' ').length;
  }
  return sentences.join(' ');
}

const acronym = () =>
  Array.from({ length: 3 + Math.floor(random() * 2) }, () => pick(syllables))
    .join('')
    .toUpperCase();

function original(i: number): Innovation {
  const affair = pick(affairs);
  const topic = byAffair.get(affair)!;
  const own = ownWords();
  return {
    id: `inv-${i}`,
    opd: `OPD-${i % 40}`,
    name: `${acronym()} (${text(topic, own, 4).replace(/\.$/, '')})`,
    stage: 'penerapan',
    mainAffair: affair,
    design: text(topic, own, 300),
    goal: text(topic, own, 20),
    benefit: text(topic, own, 20),
    indicators: {},
  };
}

/** A training project's copy: a new name, a few words changed. */
function renamedCopy(of: Innovation, i: number): Innovation {
  const design = (of.design ?? '').split(' ');
  for (let k = 0; k < 5; k++) design[Math.floor(random() * design.length)] = pick(allWords);
  return { ...of, id: `inv-${i}`, opd: `OPD-${i % 40}`, name: `${acronym()} MAJU`, design: design.join(' ') };
}

/** The same scheme retold: sentences reordered, one word in five replaced, the goal rewritten. */
function paraphrase(of: Innovation, i: number): Innovation {
  const topic = byAffair.get(of.mainAffair)!;
  const own = ownWords();
  const sentences = (of.design ?? '').split('. ').sort(() => random() - 0.5);
  const design = sentences
    .join('. ')
    .split(' ')
    .map((w) => (random() < 0.2 ? pick(topic) : w))
    .join(' ');
  return {
    ...of,
    id: `inv-${i}`,
    opd: `OPD-${i % 40}`,
    name: of.name.toLowerCase(),
    design,
    goal: text(topic, own, 20),
  };
}

const innovations: Innovation[] = [];
const planted: [string, string][] = [];
const originals = Math.round(SIZE * (1 - COPIES - PARAPHRASES));
for (let i = 0; i < originals; i++) innovations.push(original(i));
for (let i = originals; i < SIZE; i++) {
  const of = innovations[Math.floor(random() * originals)]!;
  const copy = i < originals + SIZE * COPIES ? renamedCopy(of, i) : paraphrase(of, i);
  innovations.push(copy);
  planted.push([of.id, copy.id]);
}

for (let r = 0; r < 4; r++) findDuplicatePairs(innovations);
