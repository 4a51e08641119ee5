// Word lists for normalisation. Two tiers of stop words, because names are short: function words
// always go, while government boilerplate goes from names only when something else is left
// ("Pelayanan Prima" must not become empty).

/** Indonesian function words and fillers, removed everywhere. */
const FUNCTION_WORDS = `
ada adalah agar akan aku anda antara apa apabila atas atau bagaimana bagi bahkan bahwa baik banyak
baru beberapa begitu belum berbagai berupa bila bisa boleh bukan cukup dalam dan dapat dari daripada
demi demikian dengan di dia dimana disini ditempat hal hanya harus hingga ia ialah ini itu jadi
jika juga kami kapan karena ke kecuali kembali kepada ketika kita lagi lain lainnya lalu maka
mampu mana masih masing melalui memang menjadi menurut merupakan mereka misalnya mulai namun nya
oleh pada padahal para per perlu pula pun saat saja salah sama sambil sampai sangat satu sebab
sebagai sebagaimana sebelum sebuah secara sedang sedangkan sehingga sejak sekitar selain selalu
selama seluruh semakin sementara semua sendiri seorang seperti sering serta sesuai setelah setiap
suatu sudah supaya tanpa tapi telah tentang terhadap termasuk tersebut tertentu tetapi tiap tidak
untuk walaupun yaitu yakni yang
`;

/** Government and report boilerplate: in every other text, so it says nothing about which innovation it is. */
const BOILERPLATE = `
badan bagian bidang daerah dinas inovasi instansi kab kabupaten kantor kegiatan kota layanan
nomor opd pelayanan pemda pemerintah pemerintahan pemkab perangkat program provinsi rangka seksi
tahun upaya upt uptd
`;

/**
 * Abbreviations common in regional-government writing, expanded so that "yan kesehatan" and
 * "pelayanan kesehatan" or "bumil" and "ibu hamil" meet. Names of institutions everyone writes
 * the same way (puskesmas, posyandu, ktp) stay as they are; synonyms map onto one spelling.
 */
const ABBREVIATIONS: Record<string, string> = {
  adminduk: 'administrasi kependudukan',
  akte: 'akta',
  antrian: 'antrean',
  apk: 'aplikasi',
  app: 'aplikasi',
  apps: 'aplikasi',
  bansos: 'bantuan sosial',
  bumil: 'ibu hamil',
  bumdes: 'badan usaha milik desa',
  dgn: 'dengan',
  dinkes: 'dinas kesehatan',
  disdik: 'dinas pendidikan',
  disdukcapil: 'dinas kependudukan pencatatan sipil',
  dukcapil: 'kependudukan pencatatan sipil',
  dg: 'dengan',
  dlm: 'dalam',
  dll: '',
  dsb: '',
  el: 'elektronik',
  faskes: 'fasilitas kesehatan',
  hp: 'telepon',
  handphone: 'telepon',
  jamkesda: 'jaminan kesehatan daerah',
  kades: 'kepala desa',
  kec: 'kecamatan',
  kel: 'kelurahan',
  kk: 'kartu keluarga',
  masy: 'masyarakat',
  medsos: 'media sosial',
  nakes: 'tenaga kesehatan',
  offline: 'luring',
  online: 'daring',
  ortu: 'orang tua',
  pkm: 'puskesmas',
  pns: 'asn',
  rs: 'rumah sakit',
  rsud: 'rumah sakit umum daerah',
  sd: 'sekolah dasar',
  sk: 'surat keputusan',
  smartphone: 'telepon',
  tdk: 'tidak',
  tte: 'tanda tangan elektronik',
  ttd: 'tanda tangan',
  utk: 'untuk',
  wa: 'whatsapp',
  website: 'web',
  yan: 'pelayanan',
  yg: 'yang',
};

let functionWords: Set<string> | null = null;
let boilerplate: Set<string> | null = null;

const toSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export function isFunctionWord(word: string): boolean {
  functionWords ??= toSet(FUNCTION_WORDS);
  return functionWords.has(word);
}

export function isBoilerplate(word: string): boolean {
  boilerplate ??= toSet(BOILERPLATE);
  return boilerplate.has(word);
}

let abbreviations: Map<string, string> | null = null;

/** The words an abbreviation stands for, or undefined when `word` is not a known abbreviation. */
export function expandAbbreviation(word: string): string[] | undefined {
  abbreviations ??= new Map(Object.entries(ABBREVIATIONS));
  const expansion = abbreviations.get(word);
  if (expansion === undefined) return undefined;
  return expansion ? expansion.split(' ') : [];
}
