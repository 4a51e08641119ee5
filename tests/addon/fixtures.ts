// Innovations for the add-on tests: a complete one that passes the 2027 rubric's submit rules, and
// builders for variations.
import type { IndicatorEntry, Innovation } from '../../src/core/model';

export const DESIGN_WORDS = Array.from({ length: 320 }, (_, i) => `kata${i}`).join(' ');

function indicators(level: 0 | 1 | 2 | 3): Record<string, IndicatorEntry> {
  const out: Record<string, IndicatorEntry> = {};
  for (let id = 16; id <= 35; id++) {
    out[String(id)] =
      level === 0
        ? { level: 0 }
        : {
            level,
            evidence: `https://drive.google.com/file/d/bukti-${id}`,
            letterNumber: `800/${id}/DINKES/2025`,
            letterDate: '2025-03-17',
          };
  }
  return out;
}

/** Passes validateInnovation(getRubric('iid-2027'), …, 'submit'). */
export function completeInnovation(
  opd: string,
  name = 'Posyandu Digital Majene',
  level: 0 | 1 | 2 | 3 = 2,
): Innovation {
  return {
    id: '',
    opd,
    name,
    stage: 'penerapan',
    mainAffair: 'kesehatan',
    otherAffairs: ['sosial'],
    trialDate: '2025-01-15',
    implementationDate: '2025-06-01',
    design: DESIGN_WORDS,
    goal: 'Mempercepat layanan posyandu.',
    benefit: 'Ibu dan balita terlayani lebih cepat.',
    result: 'Cakupan imunisasi naik.',
    indicators: indicators(level),
    initiator: 'opd',
    initiatorName: 'dr. Andi',
    kind: 'digital',
    form: 'pelayanan_publik',
    theme: 'asta_cita_4',
    classification: 'perangkat_daerah',
    origin: { kind: 'program_opd', title: 'Program posyandu', year: 2025 },
    benefitBasis: 'a',
  };
}

/** Only what a draft needs. */
export function draftInnovation(opd: string, name: string): Innovation {
  return { id: '', opd, name, stage: 'inisiatif', mainAffair: '', indicators: {} };
}
