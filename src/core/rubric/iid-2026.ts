// IGA 2026: the rules of Surat Kepala BSKDN 400.10.11/1887/BSKDN (29 Apr 2026) as two independent
// third-party apps transcribe them (methodology.md §1.1, §1.3). The guideline itself is not public.
import {
  ASTA_CITA,
  CLASSIFICATIONS,
  FORMS,
  INITIATORS,
  KINDS,
  PKPN_CLUSTERS,
  PREDIKAT_2026,
  SID_INDICATORS_2026,
  SID_VARIABLES_2026,
  SPD_ROWS_2026,
  SPD_VARIABLES_2026,
} from './catalogue-2026';
import type { Rubric } from './schema';
import { SOURCES } from './sources';

// Built by a function so that bundles which never load presets (the sidebar) can drop it.
export const IID_2026: Rubric = /* @__PURE__ */ preset2026();

function preset2026(): Rubric {
  return {
    id: 'iid-2026',
    year: 2026,
    title: 'Indeks Inovasi Daerah 2026',
    status: 'resmi-3p',
    warnings: [
      'Pedoman resmi IGA 2026 (Surat Kepala BSKDN 400.10.11/1887/BSKDN) belum tersedia untuk umum. Aturan ini disusun dari dua aplikasi pihak ketiga yang mengutipnya; cocokkan dengan pedoman resmi begitu diterima.',
      'Penanda indikator SPD wajib hanya berasal dari satu sumber pihak ketiga.',
      'Akibat resmi indikator wajib yang kosong tidak ditemukan. Aplikasi ini memilih cara yang paling hati-hati: inovasi dengan indikator wajib bernilai 0 tidak dihitung.',
    ],
    sources: [
      SOURCES.C1_2026,
      SOURCES.C3,
      SOURCES.C5,
      SOURCES.C6,
      SOURCES.P1,
      SOURCES.P4,
      SOURCES.UU23,
      SOURCES.PP38,
      SOURCES.INF_MAX,
    ],
    confidence: [
      {
        topic: 'Rumus IID dan maksimum 63/111/76/250',
        level: 'tinggi',
        note: 'Bentuk rumus sama dengan salindia resmi 2023; maksimum cocok dengan proporsi resmi.',
      },
      {
        topic: 'Pembagi MAX(12, n), 5 dari 6 urusan pelayanan dasar, batas predikat',
        level: 'sedang',
        note: 'Dua aplikasi pihak ketiga yang independen mengutip pedoman 2026.',
      },
      {
        topic: 'Indikator SID, bobot, dan parameter',
        level: 'sedang',
        note: 'Bobot dikuatkan tiga aplikasi; teks parameter dikuatkan dua aplikasi.',
      },
      {
        topic: 'Indikator SPD',
        level: 'sedang',
        note: 'Bobot dikuatkan dua aplikasi; pengelompokan variabel berkeyakinan rendah.',
      },
      {
        topic: 'Jendela penerapan dan alternatif tanggal pengembangan',
        level: 'sedang',
        note: 'Satu aplikasi pihak ketiga mengutip Lampiran I butir IV.B dan XIII; aplikasi kedua sejalan.',
      },
    ],
    spd: { variables: SPD_VARIABLES_2026, rows: SPD_ROWS_2026 },
    sid: { variables: SID_VARIABLES_2026, indicators: SID_INDICATORS_2026 },
    minimumDivisor: 12,
    jumlahInovasi: { pointsPerInnovation: 0.38, cap: 200, yandasRequired: 5, known: true },
    predikat: PREDIKAT_2026,
    penerapanWindow: { start: '2024-01-01', end: '2025-12-31', developmentDateAlternative: true },
    minDesignWords: 300,
    reReporting: {
      maxReports: 2,
      note: 'Bappeda Kab. Tegal (IGA 2024): satu inovasi paling banyak dua kali diikutkan IGA, dan hanya bila sudah berkembang. Aturan 2026 sendiri belum terbaca; keyakinan rendah–sedang.',
    },
    rules: { evidenceRequired: true, mandatoryExcludes: true, countedStages: ['penerapan'] },
    profile: {
      initiators: INITIATORS,
      kinds: KINDS,
      forms: FORMS,
      themes: ASTA_CITA,
      classifications: CLASSIFICATIONS,
      pkpnClusters: PKPN_CLUSTERS,
    },
    maxima: { spd: 63, sid: 111, jumlahInovasi: 76, total: 250 },
  };
}
