// Training projects (proyek perubahan / aksi perubahan / aktualisasi of Latpim, PKA, PKP, Latsar):
// the Proyek Pelatihan tab the admin fills, the columns the recalculation fills (which innovation
// each project became, and how that was found), and the dashboard lines.
import { formatNumber } from './common';
import { formatSimilarity } from './duplicates';
import { shortList } from './recalc';

export type TrainingKind = 'latpim' | 'pka' | 'pkp' | 'latsar';
export type TrainingLink = 'id' | 'origin' | 'similarity';
export type TrainingFollowUp = 'counted' | 'innovation' | 'none';

export const TRAINING_TEXT = {
  tab: 'Proyek Pelatihan',
  description:
    'Proyek perubahan/aksi perubahan peserta Latpim, PKA, PKP dan Latsar, diisi admin (boleh ditempel sekaligus mulai baris 3). Kolom abu-abu di kanan diisi oleh Hitung ulang skor: inovasi yang lahir dari setiap proyek.',
  headers: {
    kind: 'Jenis pelatihan',
    batch: 'Angkatan',
    year: 'Tahun',
    participant: 'Nama peserta',
    nip: 'NIP',
    opd: 'OPD',
    title: 'Judul proyek',
    innovationId: 'ID inovasi terkait',
    linkedId: 'Inovasi tertaut (ID)',
    linkedName: 'Nama inovasi tertaut',
    linkedOpd: 'OPD inovasi',
    method: 'Cara tertaut',
    followUp: 'Tindak lanjut',
    note: 'Catatan hitung ulang',
  },
  kinds: {
    latpim: 'Latpim/PKN',
    pka: 'PKA',
    pkp: 'PKP',
    latsar: 'Latsar CPNS',
  } satisfies Record<TrainingKind, string>,
  /** Other ways people write the kind (lower case, without punctuation). */
  kindAliases: {
    latpim: ['latpim', 'pkn', 'pkn tk ii', 'pkn tingkat ii', 'diklatpim', 'diklat kepemimpinan', 'pim'],
    pka: ['pka', 'pelatihan kepemimpinan administrator', 'latpim iii', 'diklatpim iii'],
    pkp: ['pkp', 'pelatihan kepemimpinan pengawas', 'latpim iv', 'diklatpim iv'],
    latsar: ['latsar', 'latsar cpns', 'pelatihan dasar cpns', 'prajabatan', 'diklat prajabatan', 'cpns'],
  } satisfies Record<TrainingKind, string[]>,
  methods: {
    id: 'ID diisi admin',
    origin: 'Asal-usul inovasi (judul/peserta)',
    similarity: (similarity: number) => `Kemiripan judul ${formatSimilarity(similarity)}`,
  },
  followUps: {
    counted: 'Menjadi inovasi yang dihitung',
    innovation: 'Menjadi inovasi, belum dihitung',
    none: 'Tanpa tindak lanjut',
  } satisfies Record<TrainingFollowUp, string>,
  notes: {
    unknownId: (id: string) => `ID "${id}" tidak ditemukan di tab inovasi mana pun.`,
    unknownKind: (text: string) =>
      `Jenis pelatihan "${text}" tidak dikenal (pilih Latpim/PKN, PKA, PKP atau Latsar CPNS).`,
    unknownOpd: (text: string) => `OPD "${text}" tidak ada di tab OPD.`,
    badYear: (text: string) => `Tahun "${text}" bukan tahun yang dikenal.`,
    noTitle: 'Judul proyek kosong: tautan hanya dicari lewat ID atau nama peserta.',
    sharedWith: (rows: number[]) =>
      `Inovasi yang sama juga tertaut ke proyek baris ${rows.join(', ')}: periksa apakah proyek-proyek ini sebenarnya satu inovasi.`,
  },
  dashboardSummary: (total: number, counted: number, innovation: number, none: number) =>
    `Proyek pelatihan: ${formatNumber(total, 0)} proyek; ${formatNumber(counted, 0)} menjadi inovasi yang dihitung, ${formatNumber(innovation, 0)} menjadi inovasi yang belum dihitung, ${formatNumber(none, 0)} tanpa tindak lanjut (lihat tab Proyek Pelatihan).`,
  dashboardNone: (items: readonly string[]) => `Tanpa tindak lanjut: ${shortList(items, 5)}.`,
  dashboardEmpty:
    'Proyek pelatihan: belum ada yang dicatat. Admin dapat menempelkan daftarnya lewat Admin › Proyek pelatihan.',
  /** "Judul (Peserta, PKA 2024)" for the list of projects without follow-up. */
  projectLabel: (title: string, participant: string, kind: string, year: number | null) => {
    const detail = [participant, [kind, year ?? ''].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return detail ? `${title || '(tanpa judul)'} (${detail})` : title || '(tanpa judul)';
  },
  notExact:
    'Kolom tab Proyek Pelatihan tidak sesuai tata letak, jadi tautannya belum ditulis. Jalankan Admin › Proyek pelatihan untuk memperbaikinya (data tidak dihapus).',
  linkFailed:
    'Proyek pelatihan belum dapat ditautkan karena kesalahan tak terduga (rinciannya di log eksekusi Apps Script). Skor di atas tidak terpengaruh.',
  menuItem: 'Proyek pelatihan',
  opened:
    'Tab Proyek Pelatihan siap. Tempel daftar proyek mulai baris 3 (satu proyek per baris), lalu jalankan Hitung ulang skor untuk menautkannya ke inovasi.',
  failed:
    'Tab Proyek Pelatihan tidak dapat disiapkan karena kesalahan tak terduga. Coba lagi; rinciannya ada di log eksekusi Apps Script.',
} as const;
