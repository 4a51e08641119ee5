// IGA 2027, a prognosis: the "tabel prognosis" of one third-party app raises the minimum divisor
// to 14 and requires all six yandas urusan; everything else is assumed unchanged from 2026.
import { IID_2026 } from './iid-2026';
import type { Rubric } from './schema';
import { SOURCES } from './sources';

// Built by a function so that bundles which never load presets (the sidebar) can drop it.
export const IID_2027: Rubric = /* @__PURE__ */ prognosis2027();

function prognosis2027(): Rubric {
  return {
    ...IID_2026,
    id: 'iid-2027',
    year: 2027,
    title: 'Indeks Inovasi Daerah 2027 (prognosis)',
    status: 'prognosis',
    warnings: [
      'Ini prognosis, bukan pedoman resmi: pembagi minimal 14 dan kewajiban keenam urusan pelayanan dasar berasal dari tabel prognosis satu aplikasi pihak ketiga.',
      'Jendela penerapan 1 Januari 2025 – 31 Desember 2026 adalah perkiraan (pola dua tahun sebelum tahun penilaian).',
      'Indikator, bobot, parameter, dan batas predikat diasumsikan sama dengan 2026.',
      ...IID_2026.warnings.slice(1),
    ],
    sources: [SOURCES.C1_2027, SOURCES.C2, ...IID_2026.sources],
    confidence: [
      {
        topic: 'Pembagi MAX(14, n) dan 6 dari 6 urusan pelayanan dasar',
        level: 'rendah',
        note: 'Satu aplikasi pihak ketiga ("tabel prognosis").',
      },
      {
        topic: 'Jendela penerapan 2025–2026',
        level: 'rendah',
        note: 'Inferensi dari pola tahun sebelumnya.',
      },
      ...IID_2026.confidence.filter((c) => !c.topic.startsWith('Pembagi') && !c.topic.startsWith('Jendela')),
    ],
    minimumDivisor: 14,
    jumlahInovasi: { ...IID_2026.jumlahInovasi, yandasRequired: 6 },
    penerapanWindow: { start: '2025-01-01', end: '2026-12-31', developmentDateAlternative: true },
  };
}
