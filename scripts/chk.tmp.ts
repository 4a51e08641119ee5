import { prepareCorpus } from '../src/core/duplicates';
import { spellsOut } from '../src/core/duplicates/names';
import { acronymMatch, scorePair } from '../src/core/duplicates/score';

const spelled = [{ id: 'x', opd: 'D', name: 'Kios Pelayanan Administrasi Kependudukan Langsung Jadi' }];
const c = prepareCorpus(spelled);
const q = c.vectorize({ name: 'e-Pak Ladi' });
console.log(spellsOut('pakladi', c.docs[0]!.expansion!), spellsOut('epakladi', c.docs[0]!.expansion!));
console.log(acronymMatch(q, c.docs[0]!), scorePair(q, c.docs[0]!));
