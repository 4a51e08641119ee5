// What the IGA export tests (core and through the bundle) check against: the national form's field
// headers as the application words them, and a strict RFC 4180 reader for the CSV.

/** The 18 profile fields of the national form, in its order and wording. */
export const IGA_FORM_HEADERS = [
  'Nama Inovasi',
  'Tahapan Inovasi',
  'Inisiator Inovasi Daerah',
  'Nama Inisiator',
  'Jenis Inovasi',
  'Bentuk Inovasi Daerah',
  'Tematik / Asta Cita',
  'Klaster PKPN',
  'Klasifikasi Inovasi',
  'Urusan Pemerintahan Utama',
  'Urusan Lain yang Beririsan',
  'Waktu Uji Coba Inovasi Daerah',
  'Waktu Penerapan Inovasi Daerah',
  'Waktu Pengembangan Inovasi Daerah',
  'Rancang Bangun dan Pokok Perubahan yang Dilakukan',
  'Tujuan Inovasi Daerah',
  'Manfaat yang Diperoleh',
  'Hasil Inovasi',
];

/** A strict RFC 4180 reader (CRLF records), to prove the writer's output parses back to the same cells. */
export function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
