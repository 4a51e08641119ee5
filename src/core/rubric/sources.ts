// The public sources behind the presets (methodology.md §6). Tags: OFF official, GOV a regional
// government restating the rule, 3P a third-party app, INF inference.
import type { RubricSource } from './schema';

export const SOURCES = {
  P1: {
    ref: 'P1',
    title: 'PPT Sosialisasi IID Tahun 2023, BSKDN Kemendagri (rumus, MAX(10, n), predikat 2023)',
    url: 'https://id.scribd.com/document/654130239/PPT-Sosialisasi-IID-Tahun-2023-1',
    tag: 'OFF',
  },
  P2: {
    ref: 'P2',
    title: 'Pedoman Umum Penilaian IGA 2023 (Surat Mendagri 400.10.11/2704/SJ, 18 Mei 2023)',
    url: 'https://pdfcoffee.com/pedoman-umum-penilaian-iga-2023-pdf-free.html',
    tag: 'OFF',
  },
  P3: {
    ref: 'P3',
    title: 'Paparan Indeks Inovasi Daerah 2022, Balitbang Kemendagri (kriteria, bentuk, jenis, inisiator)',
    url: 'https://pdfcoffee.com/download/paparan-indeks-inovasi-daerah-3-pdf-free.html',
    tag: 'OFF',
  },
  P4: {
    ref: 'P4',
    title: 'Form isian proposal inovasi daerah (rancang bangun minimal 300 kata)',
    url: 'https://123dok.com/id/docs/form-isian-proposal-inovasi-daerah.11901683',
    tag: 'INF',
  },
  P5: {
    ref: 'P5',
    title: 'Bappeda Kota Yogyakarta, IGA 2023 (inovasi yang diterapkan 2021 dan 2022)',
    url: 'https://bappeda.jogjakota.go.id/detail/index/27526',
    tag: 'GOV',
  },
  P7: {
    ref: 'P7',
    title: 'Bappeda Kota Padang, evaluasi penginputan IID dan IGA 2025',
    url: 'https://bappeda.padang.go.id/evaluasi-penginputan-indeks-inovasi-daerah-iid-dan-pemberian-penghargaan-innovative-government-award-iga-tahun-2025',
    tag: 'GOV',
  },
  P8: {
    ref: 'P8',
    title: 'Bappeda Kota Tangerang, persiapan penilaian IGA 2025',
    url: 'https://bappeda.tangerangkota.go.id/berita/persiapan-penilaian-innovative-goverment',
    tag: 'GOV',
  },
  UU23: {
    ref: 'UU 23/2014',
    title: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, pasal 12 (urusan pelayanan dasar)',
    tag: 'OFF',
  },
  PP38: {
    ref: 'PP 38/2017',
    title: 'Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah (inisiator, jenis, bentuk)',
    tag: 'OFF',
  },
  C1_2026: {
    ref: 'C1 @91316a3',
    title:
      'SIMONDA Kab. Rote Ndao, backend/inovasi/iga.py: konfigurasi IGA 2026 (mengutip Surat Kepala BSKDN 400.10.11/1887/BSKDN)',
    url: 'https://github.com/prjctpy/simonda/blob/91316a399bdd85f703ba61852acbf83e8186bb60/backend/inovasi/iga.py',
    tag: '3P',
  },
  C1_2027: {
    ref: 'C1 @3a45857',
    title: 'SIMONDA Kab. Rote Ndao, backend/inovasi/iga.py: konfigurasi 2027 ("tabel prognosis")',
    url: 'https://github.com/prjctpy/simonda/blob/3a45857d904274ba61130728432f6dbd90ff439a/backend/inovasi/iga.py',
    tag: '3P',
  },
  C2: {
    ref: 'C2',
    title: 'safridwirizky/simonda, backend/inovasi/iga.py (konfigurasi 2027)',
    url: 'https://github.com/safridwirizky/simonda/blob/641bcbad002420882e1d713ca92cb685ac479a8d/backend/inovasi/iga.py',
    tag: '3P',
  },
  C3: {
    ref: 'C3',
    title: 'INOVA-HUB Bappeda Kab. Sumbawa: TOR §8, SimulasiIidService, IndikatorSeeder',
    url: 'https://github.com/void-panda/INOVAHUB-SUMBAWA',
    tag: '3P',
  },
  C4: {
    ref: 'C4',
    title:
      'riswandiii/iga, database/inovasi_db.sql: tiruan aplikasi IID 2023 (indikator SID, parameter, bukti dukung)',
    url: 'https://github.com/riswandiii/iga/blob/c2b78f3283aa340b2629d144555c8c06ea8c9c24/database/inovasi_db.sql',
    tag: '3P',
  },
  C5: {
    ref: 'C5',
    title:
      'Kota Metro, Sistem Penilaian Inovasi Daerah: katalog indikator (repositori tidak teridentifikasi)',
    tag: '3P',
  },
  C6: {
    ref: 'C6',
    title: 'Kota Makassar, SIGAP: halaman konfigurasi (indikator wajib, klasifikasi, Asta Cita)',
    tag: '3P',
  },
  INF_MAX: {
    ref: 'INF',
    title: 'Maksimum 63/111/76/250 cocok persis dengan proporsi resmi 2023 (SPD 25,2% dan SID 74,8%)',
    tag: 'INF',
  },
} satisfies Record<string, RubricSource>;
