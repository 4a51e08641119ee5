// Seed data for a new spreadsheet: Kabupaten Majene's settings and an illustrative OPD list
// (shared/iid/majene.md: the official list was not found, so the OPD tab says it is an example).
import type { OpdRecord, Settings } from './model';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  regencyName: 'Kabupaten Majene',
  province: 'Sulawesi Barat',
  rubricId: 'iid-2027',
  deadline: null,
  timeZone: 'Asia/Makassar',
  separationOfDuties: true,
  regionCode: '76.01',
  level: 'kabupaten',
});

const opd = (code: string, name: string): OpdRecord => ({ code, name, active: true });

/** Standard nomenclature of a regency's perangkat daerah plus Majene's eight kecamatan. */
export const EXAMPLE_OPDS: readonly OpdRecord[] = Object.freeze([
  opd('SETDA', 'Sekretariat Daerah'),
  opd('INSPEKTORAT', 'Inspektorat'),
  opd('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah'),
  opd('DISDIK', 'Dinas Pendidikan'),
  opd('DINKES', 'Dinas Kesehatan'),
  opd('DINSOS', 'Dinas Sosial'),
  opd('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'),
  opd('DISPERKIM', 'Dinas Perumahan dan Kawasan Permukiman'),
  opd('SATPOLPP', 'Satuan Polisi Pamong Praja'),
  opd('DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'),
  opd('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'),
  opd('DISKOMINFO', 'Dinas Komunikasi dan Informatika'),
  opd('BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia'),
  opd('BPKPD', 'Badan Pengelolaan Keuangan dan Pendapatan Daerah'),
  opd('BPBD', 'Badan Penanggulangan Bencana Daerah'),
  opd('BALITBANG', 'Badan Penelitian dan Pengembangan Daerah'),
  opd('RSUD', 'Rumah Sakit Umum Daerah'),
  opd('KEC-BANGGAE', 'Kecamatan Banggae'),
  opd('KEC-BANGGAE-TIMUR', 'Kecamatan Banggae Timur'),
  opd('KEC-PAMBOANG', 'Kecamatan Pamboang'),
  opd('KEC-SENDANA', 'Kecamatan Sendana'),
  opd('KEC-TAMMERODO', 'Kecamatan Tammerodo Sendana'),
  opd('KEC-TUBO', 'Kecamatan Tubo Sendana'),
  opd('KEC-MALUNDA', 'Kecamatan Malunda'),
  opd('KEC-ULUMANDA', 'Kecamatan Ulumanda'),
]);
