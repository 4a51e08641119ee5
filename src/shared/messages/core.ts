// Texts of the core: rubric lookup, profile validation, why an innovation is not counted, and
// the scoring CLI. Field names are the ones operators see in the sidebar.
import type { IndicatorScore, NotCountedReason, Stage } from '../../core/model';
import { formatDateId, INNOVATION_FIELD_NAMES } from './common';

export const STAGE_LABELS: Record<Stage, string> = {
  inisiatif: 'Inisiatif',
  uji_coba: 'Uji coba',
  penerapan: 'Penerapan',
};

/** Labels of the innovation's fields, as the sidebar names them. */
export const FIELD_LABELS: Record<string, string> = {
  id: 'ID inovasi',
  ...INNOVATION_FIELD_NAMES,
  developmentDate: 'Waktu pengembangan',
  goal: 'Tujuan inovasi',
  benefit: 'Manfaat inovasi',
  result: 'Hasil inovasi',
  origin: 'Asal inovasi',
  benefitBasis: 'Dasar pengukuran kemanfaatan (indikator 33)',
  indicators: 'Indikator',
  verification: 'Verifikasi',
  rubric: 'Rubrik',
  spd: 'Indikator SPD',
  innovations: 'Daftar inovasi',
  opds: 'Daftar OPD',
};

const ORIGIN_LABELS: Record<string, string> = {
  kind: 'Asal inovasi',
  title: 'Judul proyek atau program asal inovasi',
  participant: 'Nama peserta pelatihan',
  year: 'Tahun asal inovasi',
};

const ENTRY_LABELS: Record<string, string> = {
  level: 'Tingkat',
  evidence: 'Bukti dukung',
  letterNumber: 'Nomor surat',
  letterDate: 'Tanggal surat',
  note: 'Catatan',
};

const VERIFICATION_LABELS: Record<string, string> = {
  status: 'Status verifikasi',
  stale: 'Penanda verifikasi usang',
  note: 'Catatan verifikator',
  verifiedBy: 'Verifikator',
  verifiedAt: 'Waktu verifikasi',
  fingerprint: 'Sidik konten verifikasi',
};

/**
 * Names the field at a dotted path in words, e.g. ["indicators","16","evidence"] →
 * "Bukti dukung indikator 16". Paths of the scoring input ("innovations.3.name") drop their prefix:
 * the CLI names the innovation separately.
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const p = path.map(String);
  const [head, second, third] = p;
  if (head === undefined) return 'Data';
  if (head === 'indicators' && second !== undefined) {
    return third ? `${ENTRY_LABELS[third] ?? third} indikator ${second}` : `Indikator ${second}`;
  }
  if (head === 'spd' && second !== undefined) {
    return third ? `${ENTRY_LABELS[third] ?? third} SPD ${second}` : `Indikator SPD ${second}`;
  }
  if (head === 'origin' && second !== undefined) return ORIGIN_LABELS[second] ?? `Asal inovasi (${second})`;
  if (head === 'otherAffairs' && second !== undefined) {
    return `${FIELD_LABELS.otherAffairs} ke-${Number(second) + 1}`;
  }
  if (head === 'verification' && second !== undefined) {
    if ((second === 'indicators' || second === 'notes') && third !== undefined) {
      return second === 'indicators'
        ? `Putusan verifikasi indikator ${third}`
        : `Catatan verifikasi indikator ${third}`;
    }
    return VERIFICATION_LABELS[second] ?? `Verifikasi (${second})`;
  }
  if (head === 'opds' && second !== undefined)
    return `OPD ke-${Number(second) + 1}${third ? ` (${third})` : ''}`;
  return FIELD_LABELS[head] ?? head;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'benar/salah (true/false)',
  object: 'objek',
  array: 'daftar',
  record: 'objek',
  null: 'kosong (null)',
};

export const coreMessages = {
  unknownRubric: (id: string, ids: readonly string[]) =>
    `Rubrik "${id}" tidak dikenal. Pilihan yang tersedia: ${ids.join(', ')}.`,
  invalidPreset: (id: string, problems: string[]) =>
    `Preset rubrik "${id}" rusak dan tidak dapat dipakai: ${problems.join('; ')}.`,

  required: (label: string) => `${label} wajib diisi.`,
  wrongType: (label: string, expected: string) =>
    `${label} harus berupa ${TYPE_NAMES[expected] ?? expected}.`,
  tooLong: (label: string, max: number) => `${label} terlalu panjang (paling banyak ${max} karakter).`,
  tooMany: (label: string, max: number) => `${label} terlalu banyak (paling banyak ${max}).`,
  tooSmall: (label: string, min: number) => `${label} paling kecil ${min}.`,
  tooBig: (label: string, max: number) => `${label} paling besar ${max}.`,
  notInteger: (label: string) => `${label} harus bilangan bulat.`,
  level: (label: string) => `${label} harus 0, 1, 2, atau 3.`,
  controlCharacters: (label: string) => `${label} berisi karakter kontrol yang tidak diizinkan.`,
  invisibleCharacter: (label: string, code: string, line: number) =>
    `${label} baris ${line} berisi karakter tak terlihat ${code} (pengubah arah teks atau spasi lebar nol) yang dapat menyamarkan tautan. Ketik ulang tautannya tanpa karakter itu.`,
  badDate: (label: string) =>
    `${label} harus tanggal yang ada, dengan format TTTT-BB-HH (misalnya 2025-03-17).`,
  badTimestamp: (label: string) => `${label} harus waktu berformat ISO (misalnya 2025-03-17T09:30:00+08:00).`,
  badUrl: (label: string) =>
    `${label} harus berupa tautan yang diawali http:// atau https:// (pisahkan beberapa tautan dengan baris baru).`,
  badOption: (label: string, options: readonly string[]) =>
    `${label} tidak dikenal. Pilihan: ${options.join(', ')}.`,
  badFingerprint: (label: string) => `${label} harus 16 digit heksadesimal.`,
  unknownUrusan: (label: string, value: string) =>
    `${label} "${value}" bukan urusan pemerintahan yang dikenal. Pakai kode urusan (misalnya pendidikan, kesehatan, pupr).`,
  unknownIndicator: (id: string, rubricId: string) => `Indikator ${id} tidak ada dalam rubrik ${rubricId}.`,
  unknownSpdRow: (id: string, rubricId: string) => `Indikator SPD ${id} tidak ada dalam rubrik ${rubricId}.`,
  unknownKey: (label: string, key: string) => `${label}: kolom "${key}" tidak dikenal.`,
  trialAfterImplementation: 'Waktu uji coba tidak boleh setelah waktu penerapan.',
  developmentBeforeImplementation: 'Waktu pengembangan tidak boleh sebelum waktu penerapan.',
  dateRequiredForStage: (label: string, stage: Stage) =>
    `${label} wajib diisi untuk inovasi tahap ${STAGE_LABELS[stage].toLowerCase()}.`,
  evidenceRequired: (id: string) => `Bukti dukung indikator ${id} wajib diisi bila tingkatnya 1, 2, atau 3.`,
  originTitleRequired: 'Judul proyek perubahan wajib diisi untuk inovasi yang berasal dari pelatihan.',
  benefitBasisRequired: 'Pilih dasar pengukuran kemanfaatan (indikator 33) bila tingkatnya 1, 2, atau 3.',
  duplicateInnovationId: (id: string) => `ID inovasi "${id}" dipakai lebih dari sekali.`,
  duplicateOpd: (code: string) => `Kode OPD "${code}" tercantum lebih dari sekali.`,
  invalid: 'Isian tidak valid.',
};

/** Words a machine-readable reason for the operator and the dashboard. */
export function describeReason(
  reason: NotCountedReason,
  indicatorNames: Record<string, string> = {},
): string {
  switch (reason.code) {
    case 'stage': {
      const counted = (reason.countedStages ?? ['penerapan']).map((st) => STAGE_LABELS[st].toLowerCase());
      return `Tahapan masih ${STAGE_LABELS[reason.stage].toLowerCase()}; yang dihitung hanya inovasi tahap ${counted.join(' atau ')}.`;
    }
    case 'window': {
      const range = `${formatDateId(reason.start)} – ${formatDateId(reason.end)}`;
      return reason.developmentAlternative === false
        ? `Waktu penerapan tidak berada dalam rentang ${range}.`
        : `Waktu penerapan maupun waktu pengembangan tidak berada dalam rentang ${range}.`;
    }
    case 'design_words':
      return `Rancang bangun baru ${reason.words} kata; paling sedikit ${reason.minimum} kata.`;
    case 'mandatory': {
      const list = reason.indicators
        .map((id) => (indicatorNames[id] ? `${id} (${indicatorNames[id]})` : id))
        .join(', ');
      return `Indikator wajib belum bernilai (tingkat 1–3 dengan bukti dukung${
        reason.verified ? ' yang diterima verifikator' : ''
      }): ${list}.`;
    }
    case 'not_verified':
      return reason.status === 'returned'
        ? 'Dikembalikan verifikator untuk diperbaiki.'
        : 'Belum diverifikasi oleh verifikator.';
    case 'stale':
      return 'Diubah setelah diverifikasi; perlu verifikasi ulang.';
    case 'invalid':
      return `Data inovasi bermasalah: ${reason.problems.join(' ')}`;
  }
}

export const INDICATOR_PROBLEM_LABELS: Record<NonNullable<IndicatorScore['problem']>, string> = {
  no_evidence: 'Belum ada bukti dukung',
  rejected: 'Ditolak verifikator',
  not_accepted: 'Belum diterima verifikator',
};

export const cliMessages = {
  scoreUsage: 'Pemakaian: npm run --silent score -- BERKAS.json',
  cannotRead: (file: string, detail: string) => `Berkas "${file}" tidak dapat dibaca: ${detail}`,
  badJson: (file: string, detail: string) => `Berkas "${file}" bukan JSON yang valid: ${detail}`,
  invalidInput: (count: number) => `Masukan tidak valid (${count} masalah):`,
  innovationAt: (index: number, id: string | undefined) =>
    id ? `Inovasi ke-${index + 1} (id "${id}")` : `Inovasi ke-${index + 1}`,
  failed: (detail: string) => `Penilaian gagal: ${detail}`,
};
