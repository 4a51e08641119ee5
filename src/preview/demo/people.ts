// Demo users of the preview. Every address is on `majene.example`, a reserved example domain that
// can never receive mail; the names are invented and belong to no real official.
import type { Role } from '../../shared/api';

export const DEMO_DOMAIN = 'majene.example';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  opd: string | null;
}

const at = (local: string) => `${local}@${DEMO_DOMAIN}`;

export const DEMO_ADMIN: DemoUser = { email: at('admin'), name: 'Nurhayati Basri', role: 'admin', opd: null };
export const DEMO_VERIFIKATOR: DemoUser = {
  email: at('verifikator'),
  name: 'Rusdi Tahir',
  role: 'verifikator',
  opd: null,
};

/** OPDs that get an operator in the demo; the other OPDs of the example list report nothing. */
const OPERATOR_OPDS: readonly [string, string][] = [
  ['DINKES', 'Sitti Aminah'],
  ['RSUD', 'Andi Irwan Mappa'],
  ['DISDIK', 'Hasnawati Rahman'],
  ['DINSOS', 'Muhammad Yusran'],
  ['DPUPR', 'Ridwan Saleh'],
  ['DISPERKIM', 'Nurul Fadhilah'],
  ['SATPOLPP', 'Akbar Hamzah'],
  ['BPBD', 'Fitriani Said'],
  ['DISDUKCAPIL', 'Syamsul Alam'],
  ['DPMPTSP', 'Herlina Abbas'],
  ['DISKOMINFO', 'Arham Jafar'],
  ['BKPSDM', 'Wahyuni Latif'],
  ['BPKPD', 'Taufik Hidayat'],
  ['BAPPEDA', 'Sri Wahyuningsih'],
  ['KEC-BANGGAE', 'Ilham Syarif'],
  ['KEC-PAMBOANG', 'Jumriani Ahmad'],
  ['KEC-MALUNDA', 'Kamaruddin Baso'],
];

export function operatorEmail(opd: string): string {
  return at(`operator.${opd.toLowerCase().replace(/[^a-z0-9]+/g, '')}`);
}

export const DEMO_OPERATORS: readonly DemoUser[] = OPERATOR_OPDS.map(([opd, name]) => ({
  email: operatorEmail(opd),
  name,
  role: 'operator',
  opd,
}));

export const DEMO_USERS: readonly DemoUser[] = [
  DEMO_ADMIN,
  { email: at('admin2'), name: 'Fadli Rasyid', role: 'admin', opd: null },
  DEMO_VERIFIKATOR,
  { email: at('verifikator2'), name: 'Hartini Maulana', role: 'verifikator', opd: null },
  ...DEMO_OPERATORS,
  { email: at('pimpinan'), name: 'Pimpinan Daerah (contoh)', role: 'pimpinan', opd: null },
];
