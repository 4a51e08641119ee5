// Turns a demo spec into the Innovation an operator would have typed: a rancang bangun written
// from its parts, the 20 SID indicators with evidence links and letters, the profile fields.
// Everything is derived from the spec alone, so the demo is the same on every machine.
import type { IndicatorEntry, Innovation, Level } from '../../core/model';
import type { DemoInnovation, LevelProfile } from './catalogue';
import { DEMO_DOMAIN } from './people';

export const SID_IDS = Array.from({ length: 20 }, (_, i) => String(16 + i));

// Levels per profile, indicators 16..35. "strong" ≈ 90 of 111 points, "medium" ≈ 56, "weak" ≈ 26.
const PROFILES: Record<LevelProfile, readonly Level[]> = {
  strong: [2, 2, 3, 3, 2, 2, 3, 2, 2, 3, 3, 3, 3, 2, 2, 1, 3, 3, 2, 3],
  medium: [1, 2, 2, 2, 1, 1, 2, 2, 1, 2, 2, 2, 2, 1, 1, 0, 2, 2, 1, 2],
  weak: [1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1],
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Small stable hash of a string (FNV-1a, 32 bit): varies the demo without randomness. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const RISKS = [
  'Risiko terbesar adalah menurunnya semangat pelaksana setelah tahun pertama dan pergantian pegawai yang memegang peran kunci. Karena itu setiap tugas dicatat dalam panduan kerja tertulis, pelaksana baru didampingi pelaksana lama selama satu bulan, dan capaian diumumkan terbuka agar semua pihak melihat manfaatnya.',
  'Tantangan yang diperkirakan adalah keterbatasan anggaran, sinyal, dan jarak tempuh di wilayah yang jauh dari ibu kota kabupaten. Jalan keluarnya adalah pembagian biaya dengan pemerintah desa, jadwal yang disepakati sejak awal tahun, serta cara kerja cadangan yang tetap berjalan ketika perangkat atau jaringan tidak tersedia.',
  'Hambatan utama datang dari kebiasaan lama: sebagian warga dan petugas masih nyaman dengan cara sebelumnya. Karena itu penerapan dilakukan bertahap, dimulai dari lokasi yang paling siap, disertai sosialisasi langsung oleh tokoh masyarakat, dan setiap keluhan dicatat lalu dijawab dalam pertemuan bulanan.',
];

const ORDINALS = ['Pertama', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam'];

function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

/**
 * The rancang bangun, in the order the national form asks for it: background, idea, how it runs,
 * who is involved, what changes, results and how it lasts. A `shortDesign` spec keeps only the
 * first two paragraphs, as operators often do.
 */
export function designText(spec: DemoInnovation, opdName: string): string {
  const paragraphs = [
    `Latar belakang. ${sentence(spec.problem)} Keadaan ini paling terasa di ${spec.place}.`,
    `Gagasan. ${spec.name} dirancang oleh ${opdName} untuk menjawab masalah tersebut. ${sentence(spec.idea)}`,
    `Cara kerja. ${spec.steps.map((s, i) => `${ORDINALS[i] ?? 'Selanjutnya'}, ${sentence(s)}`).join(' ')}`,
    `Pihak yang terlibat. Inovasi ini dijalankan bersama ${spec.actors}. Pembagian tugas mereka dituangkan dalam surat penugasan dan dibahas kembali dalam rapat evaluasi.`,
    `Pokok perubahan. Dibandingkan cara sebelumnya, ${spec.change}. Tujuannya: ${spec.goal.charAt(0).toLowerCase()}${spec.goal.slice(1)}`,
    `Hasil dan keberlanjutan. ${sentence(spec.result)} ${sentence(spec.benefit)} ${sentence(spec.sustain)}`,
    `Ukuran keberhasilan. Sasaran utamanya adalah warga dan aparatur yang dilayani ${opdName} di ${spec.place}. Keberhasilan diukur dengan membandingkan keadaan sebelum dan sesudah penerapan. Data capaian dikumpulkan setiap bulan oleh pengelola inovasi, diperiksa pimpinan ${opdName}, dan dibahas dalam rapat evaluasi triwulanan bersama pihak yang terlibat.`,
    `Risiko dan cara mengatasinya. ${RISKS[stableHash(spec.key) % RISKS.length]}`,
    `Rencana pengembangan. Ke depan, ${opdName} berencana memperluas ${spec.name} ke lokasi lain, menyempurnakan panduan teknisnya, dan membagikan pengalaman penerapannya kepada perangkat daerah maupun kabupaten lain yang ingin menirunya.`,
  ];
  return (spec.shortDesign ? paragraphs.slice(0, 2) : paragraphs).join('\n\n');
}

function levelsOf(spec: DemoInnovation): Level[] {
  const levels = [...PROFILES[spec.levels]];
  // Two stable nudges per innovation so that scores differ within a profile.
  const h = stableHash(spec.key);
  const up = h % 20;
  const down = (h >>> 8) % 20;
  levels[up] = Math.min(3, (levels[up] ?? 0) + 1) as Level;
  if (down !== up && (levels[down] ?? 0) > 1) levels[down] = ((levels[down] ?? 1) - 1) as Level;
  for (const id of spec.emptyIndicators ?? []) levels[Number(id) - 16] = 0;
  return levels;
}

function evidenceLink(spec: DemoInnovation, id: string): string {
  if (id === '35') return `https://video.${DEMO_DOMAIN}/${spec.key}`;
  return `https://bukti.${DEMO_DOMAIN}/${spec.opd.toLowerCase()}/${spec.key}/indikator-${id}.pdf`;
}

function indicatorsOf(spec: DemoInnovation): Record<string, IndicatorEntry> {
  const levels = levelsOf(spec);
  const base = spec.implementationDate ?? spec.trialDate ?? '2026-01-05';
  const out: Record<string, IndicatorEntry> = {};
  SID_IDS.forEach((id, i) => {
    const level = levels[i] ?? 0;
    if (level === 0) {
      out[id] = { level: 0 };
      return;
    }
    const entry: IndicatorEntry = { level };
    if (!spec.missingEvidence?.includes(id)) entry.evidence = evidenceLink(spec, id);
    // Letters exist for the indicators whose evidence is a decree or a report.
    if (['16', '17', '18', '21', '23', '31', '34'].includes(id)) {
      const date = addDays(base, -30 + (stableHash(spec.key + id) % 25));
      const month = Number(date.slice(5, 7));
      entry.letterNumber = `${100 + i}/${(stableHash(id + spec.key) % 900) + 100}/${spec.opd}/${ROMAN[month - 1]}/${date.slice(0, 4)}`;
      entry.letterDate = date;
    }
    if (id === '33') entry.note = 'Basis a: jumlah penerima manfaat (orang).';
    out[id] = entry;
  });
  return out;
}

/** The Innovation as the operator saves it (id empty: the server assigns one). */
export function buildInnovation(spec: DemoInnovation, opdName: string): Innovation {
  const innovation: Innovation = {
    id: '',
    opd: spec.opd,
    name: spec.name,
    stage: spec.stage,
    mainAffair: spec.mainAffair,
    otherAffairs: spec.otherAffairs ?? [],
    trialDate: spec.trialDate ?? null,
    implementationDate: spec.implementationDate ?? null,
    developmentDate: spec.developmentDate ?? null,
    design: designText(spec, opdName),
    goal: spec.goal,
    benefit: spec.benefit,
    result: spec.result,
    indicators: indicatorsOf(spec),
    initiator: spec.initiator,
    initiatorName: spec.initiatorName,
    kind: spec.kind,
    form: spec.form,
    theme: spec.theme,
    classification: 'perangkat_daerah',
    origin: spec.origin ?? { kind: 'program_opd', title: '', participant: '', year: null },
    benefitBasis: 'a',
  };
  return innovation;
}
