// The urusan pemerintahan of UU 23/2014 pasal 12 plus the fungsi penunjang the national IID
// application lists (copied from shared/iid/urusan.json). Codes are this project's stable
// identifiers: sources spell names differently, so records store codes, never names.

export type UrusanGroup =
  | 'wajib_pelayanan_dasar'
  | 'wajib_non_pelayanan_dasar'
  | 'pilihan'
  | 'fungsi_penunjang';

export interface Urusan {
  code: string;
  name: string;
  group: UrusanGroup;
  /** One of the six urusan wajib pelayanan dasar that the jumlah-inovasi rule counts. */
  yandas: boolean;
}

export const URUSAN: readonly Urusan[] = /* @__PURE__ */ Object.freeze([
  { code: 'pendidikan', name: 'Pendidikan', group: 'wajib_pelayanan_dasar', yandas: true },
  { code: 'kesehatan', name: 'Kesehatan', group: 'wajib_pelayanan_dasar', yandas: true },
  { code: 'pupr', name: 'Pekerjaan Umum dan Penataan Ruang', group: 'wajib_pelayanan_dasar', yandas: true },
  {
    code: 'perkim',
    name: 'Perumahan Rakyat dan Kawasan Permukiman',
    group: 'wajib_pelayanan_dasar',
    yandas: true,
  },
  {
    code: 'trantibum_linmas',
    name: 'Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
    group: 'wajib_pelayanan_dasar',
    yandas: true,
  },
  { code: 'sosial', name: 'Sosial', group: 'wajib_pelayanan_dasar', yandas: true },
  { code: 'tenaga_kerja', name: 'Tenaga Kerja', group: 'wajib_non_pelayanan_dasar', yandas: false },
  {
    code: 'pppa',
    name: 'Pemberdayaan Perempuan dan Pelindungan Anak',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  { code: 'pangan', name: 'Pangan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'pertanahan', name: 'Pertanahan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'lingkungan_hidup', name: 'Lingkungan Hidup', group: 'wajib_non_pelayanan_dasar', yandas: false },
  {
    code: 'adminduk_capil',
    name: 'Administrasi Kependudukan dan Pencatatan Sipil',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  {
    code: 'pmd',
    name: 'Pemberdayaan Masyarakat dan Desa',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  {
    code: 'ppkb',
    name: 'Pengendalian Penduduk dan Keluarga Berencana',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  { code: 'perhubungan', name: 'Perhubungan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'kominfo', name: 'Komunikasi dan Informatika', group: 'wajib_non_pelayanan_dasar', yandas: false },
  {
    code: 'koperasi_ukm',
    name: 'Koperasi, Usaha Kecil, dan Menengah',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  { code: 'penanaman_modal', name: 'Penanaman Modal', group: 'wajib_non_pelayanan_dasar', yandas: false },
  {
    code: 'kepemudaan_olahraga',
    name: 'Kepemudaan dan Olahraga',
    group: 'wajib_non_pelayanan_dasar',
    yandas: false,
  },
  { code: 'statistik', name: 'Statistik', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'persandian', name: 'Persandian', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'kebudayaan', name: 'Kebudayaan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'perpustakaan', name: 'Perpustakaan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'kearsipan', name: 'Kearsipan', group: 'wajib_non_pelayanan_dasar', yandas: false },
  { code: 'kelautan_perikanan', name: 'Kelautan dan Perikanan', group: 'pilihan', yandas: false },
  { code: 'pariwisata', name: 'Pariwisata', group: 'pilihan', yandas: false },
  { code: 'pertanian', name: 'Pertanian', group: 'pilihan', yandas: false },
  { code: 'kehutanan', name: 'Kehutanan', group: 'pilihan', yandas: false },
  { code: 'esdm', name: 'Energi dan Sumber Daya Mineral', group: 'pilihan', yandas: false },
  { code: 'perdagangan', name: 'Perdagangan', group: 'pilihan', yandas: false },
  { code: 'perindustrian', name: 'Perindustrian', group: 'pilihan', yandas: false },
  { code: 'transmigrasi', name: 'Transmigrasi', group: 'pilihan', yandas: false },
  { code: 'perencanaan', name: 'Perencanaan', group: 'fungsi_penunjang', yandas: false },
  { code: 'keuangan', name: 'Keuangan', group: 'fungsi_penunjang', yandas: false },
  { code: 'kepegawaian', name: 'Kepegawaian', group: 'fungsi_penunjang', yandas: false },
  { code: 'diklat', name: 'Pendidikan dan Pelatihan', group: 'fungsi_penunjang', yandas: false },
  { code: 'litbang', name: 'Penelitian dan Pengembangan', group: 'fungsi_penunjang', yandas: false },
  {
    code: 'fungsi_lain',
    name: 'Fungsi lain sesuai ketentuan peraturan perundang-undangan',
    group: 'fungsi_penunjang',
    yandas: false,
  },
]);

/** The six urusan wajib yang berkaitan dengan pelayanan dasar, in the order of the law. */
export const YANDAS_CODES: readonly string[] = /* @__PURE__ */ Object.freeze(
  URUSAN.filter((u) => u.yandas).map((u) => u.code),
);

/** Abbreviations in everyday use by OPDs and spelling variants seen in sources. */
const EXTRA_ALIASES: Record<string, string> = {
  'pu dan penataan ruang': 'pupr',
  'pekerjaan umum': 'pupr',
  'perumahan dan kawasan permukiman': 'perkim',
  trantibum: 'trantibum_linmas',
  'trantibum linmas': 'trantibum_linmas',
  trantibumlinmas: 'trantibum_linmas',
  'ketertiban umum': 'trantibum_linmas',
  'pemberdayaan perempuan dan perlindungan anak': 'pppa',
  adminduk: 'adminduk_capil',
  dukcapil: 'adminduk_capil',
  'kependudukan dan pencatatan sipil': 'adminduk_capil',
  kb: 'ppkb',
  'keluarga berencana': 'ppkb',
  'koperasi dan ukm': 'koperasi_ukm',
  'koperasi ukm': 'koperasi_ukm',
  'pemuda dan olahraga': 'kepemudaan_olahraga',
  'energi dan sumber daya mineral': 'esdm',
  'pendidikan dan pelatihan': 'diklat',
  'penelitian dan pengembangan': 'litbang',
  'riset dan inovasi': 'litbang',
};

/** Lower-case, punctuation-free, with the spelling variants folded to one form. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bperlindungan\b/g, 'pelindungan')
    .replace(/\bpemukiman\b/g, 'permukiman')
    .replace(/\bketentraman\b/g, 'ketenteraman');
}

let index: Map<string, Urusan> | null = null;

// Built on first use: Apps Script re-evaluates the bundle on every call, so the top level stays idle.
function lookupIndex(): Map<string, Urusan> {
  if (index) return index;
  const map = new Map<string, Urusan>();
  const byCode = new Map(URUSAN.map((u) => [u.code, u] as const));
  for (const u of URUSAN) {
    map.set(u.code, u);
    map.set(normalise(u.code), u);
    map.set(normalise(u.name), u);
  }
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) {
    const u = byCode.get(code);
    if (u) map.set(normalise(alias), u);
  }
  index = map;
  return map;
}

/** Finds an urusan by its code, its name or a known spelling variant; undefined when unknown. */
export function findUrusan(codeOrName: string): Urusan | undefined {
  if (typeof codeOrName !== 'string') return undefined;
  const map = lookupIndex();
  return map.get(codeOrName) ?? map.get(normalise(codeOrName));
}

/** True when the code (exactly, not a name) is one of URUSAN's codes. */
export function isUrusanCode(code: string): boolean {
  const u = lookupIndex().get(code);
  return u !== undefined && u.code === code;
}
