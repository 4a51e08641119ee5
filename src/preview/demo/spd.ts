// The demo's SPD tab: levels an admin of a regency like Majene could plausibly enter, with example
// evidence links. Invented figures; row 15 is left empty on purpose (a typical gap the dashboard's
// action list points at).
import type { SpdEntry } from '../../core/model';
import { DEMO_DOMAIN } from './people';

const link = (name: string) => `https://bukti.${DEMO_DOMAIN}/spd/${name}.pdf`;

export const DEMO_SPD: Readonly<Record<string, SpdEntry>> = {
  '1': {
    level: 3,
    evidence: link('rpjmd-visi-misi'),
    letterNumber: 'Perda 2/2025',
    letterDate: '2025-06-30',
  },
  '2a': { level: 3, evidence: link('perda-apbd-3-tahun') },
  '2b': { level: 2, evidence: link('apbd-belanja-wajib') },
  '3': { level: 2, evidence: link('rekap-izin-dpmptsp') },
  '4': { level: 2, evidence: link('bps-pendapatan-per-kapita') },
  '5a': { level: 2, evidence: link('bps-tpt-2-tahun') },
  '5b': { level: 2, evidence: link('bps-tpt-t-1') },
  '6': { level: 2, evidence: link('realisasi-investasi') },
  '7': { level: 2, evidence: link('realisasi-pad') },
  '8': { level: 3, evidence: link('lhp-bpk-wtp'), note: 'Opini WTP (contoh).' },
  '9': { level: 2, evidence: link('lhe-sakip'), note: 'Nilai SAKIP B (contoh).' },
  '10a': { level: 2, evidence: link('bps-kemiskinan-2-tahun') },
  '10b': { level: 1, evidence: link('bps-kemiskinan-t-1') },
  '11a': { level: 2, evidence: link('bps-ipm-2-tahun') },
  '11b': { level: 1, evidence: link('bps-ipm-t-1') },
  '12': {
    level: 1,
    evidence: link('piagam-inovator'),
    letterNumber: '800/214/BALITBANG/XII/2025',
    letterDate: '2025-12-10',
  },
  '13a': { level: 1, evidence: link('rekomendasi-kebijakan') },
  '13b': { level: 2, evidence: link('hasil-ikk') },
  '14': { level: 1, evidence: link('draf-ripj-pid'), note: 'Masih draf.' },
  '15': { level: 0 },
};
