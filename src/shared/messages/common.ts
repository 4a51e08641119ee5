/** Formats a number the Indonesian way: decimal comma, dot for thousands (e.g. 1.234,56). */
export function formatNumber(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

export const APP_NAME = 'Inovasi Daerah';

/**
 * The names of an innovation's profile fields. The sheet's headers, the sidebar's labels, the
 * import's field list and the validation messages start from these and override only where their
 * place needs other words (a short header, a longer question in the form).
 */
export const INNOVATION_FIELD_NAMES = {
  opd: 'OPD',
  name: 'Nama inovasi',
  stage: 'Tahapan inovasi',
  initiator: 'Inisiator',
  initiatorName: 'Nama inisiator',
  kind: 'Jenis inovasi',
  form: 'Bentuk inovasi',
  theme: 'Tematik',
  classification: 'Klasifikasi',
  pkpnCluster: 'Klaster PKPN',
  mainAffair: 'Urusan utama',
  otherAffairs: 'Urusan lain yang beririsan',
  trialDate: 'Waktu uji coba',
  implementationDate: 'Waktu penerapan',
  design: 'Rancang bangun',
} as const;

/** An innovation's status, worded the same in the sheet's dropdown, the sidebar and the e-mails. */
export const STATUS_LABELS = {
  draft: 'Draf',
  submitted: 'Diajukan',
  returned: 'Perlu Perbaikan',
  verified: 'Terverifikasi',
  reverify: 'Perlu verifikasi ulang',
} as const;

/** A status code in words; a code nobody knows is shown as it is. */
export function statusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** Indonesian month names, January first (also used by the preview's cell display). */
export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
/** Indonesian day names, Sunday first as Date.getDay() counts; "Jumat" is the standard (KBBI) spelling. */
export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-08-31" → "31 Agustus 2026"; anything that is not an ISO date comes back unchanged. */
export function formatDateId(iso: string): string {
  const m = ISO_DATE.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "2026-08-31" → "Senin, 31 Agustus 2026". */
export function formatDateLongId(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${weekday}, ${formatDateId(iso)}`;
}

/** Indonesian time-zone names; other zones are shown by their IANA name. */
const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "Asia/Makassar" → "WITA"; a zone outside Indonesia keeps its IANA name. */
export function zoneLabel(timeZone: string): string {
  return ZONE_NAMES[timeZone] ?? timeZone;
}
