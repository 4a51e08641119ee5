import { describe, expect, it } from 'vitest';
import { stem } from '../../src/core/duplicates';

describe('stem', () => {
  it.each([
    ['pelayanan', 'layan'],
    ['melayani', 'layan'],
    ['pendidikan', 'didik'],
    ['kesehatan', 'sehat'],
    ['pertanian', 'tani'],
    ['petani', 'tani'],
    ['pengelolaan', 'kelola'],
    ['mengembangkan', 'kembang'],
    ['pendaftaran', 'daftar'],
    ['terdaftar', 'daftar'],
    ['pemantauan', 'pantau'],
    ['penyuluhan', 'suluh'],
    ['perizinan', 'izin'],
    ['perencanaan', 'rencana'],
    ['bekerja', 'kerja'],
    ['pekerjaan', 'kerja'],
    ['mengikuti', 'ikut'],
    ['membuktikan', 'bukti'],
    ['penilaian', 'nilai'],
    ['menggunakan', 'guna'],
    ['pengiriman', 'kirim'],
    ['penanganan', 'tangan'],
    ['menangani', 'tangan'],
    ['mencegah', 'cegah'],
    ['penyebaran', 'sebar'],
    ['pemeriksaan', 'periksa'],
    ['pembangunan', 'bangun'],
    ['ketersediaan', 'sedia'],
    ['belajar', 'ajar'],
    ['pelajaran', 'ajar'],
    ['keberlanjutan', 'lanjut'],
    ['kebersihan', 'bersih'],
    ['pelayanannya', 'layan'],
    ['dijalankan', 'jalan'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('maps a root and its derived forms onto one stem', () => {
    const families = [
      ['layan', 'layanan', 'pelayanan', 'melayani', 'dilayani'],
      ['daftar', 'pendaftaran', 'mendaftar', 'terdaftar', 'didaftarkan'],
      ['didik', 'pendidik', 'pendidikan', 'mendidik'],
      ['ajar', 'belajar', 'pelajar', 'mengajar', 'pengajaran', 'pelajaran'],
      ['bantu', 'bantuan', 'membantu', 'dibantu'],
      ['pantau', 'memantau', 'pemantauan', 'dipantau'],
    ];
    for (const family of families) {
      expect(new Set(family.map(stem)), family.join(', ')).toEqual(new Set([family[0]]));
    }
  });

  it('leaves root words that look affixed alone', () => {
    for (const word of [
      'sekolah',
      'masalah',
      'jumlah',
      'berita',
      'berkas',
      'digital',
      'disiplin',
      'keluarga',
      'pangan',
      'bidan',
      'terapi',
      'pesan',
    ]) {
      expect(stem(word)).toBe(word);
    }
  });

  it('does not strip -i from loanwords in -si', () => {
    for (const word of ['informasi', 'sosialisasi', 'aplikasi', 'lokasi', 'imunisasi', 'inovasi']) {
      expect(stem(word)).toBe(word);
    }
    expect(stem('mensosialisasikan')).toBe('sosialisasi');
    expect(stem('terintegrasi')).toBe('integrasi');
  });

  it('leaves short words, numbers and anything not a plain lower-case word unchanged', () => {
    for (const word of ['ibu', 'kb', '2024', 'covid19', 'Pelayanan', 'e-ktp', '']) {
      expect(stem(word)).toBe(word);
    }
  });

  it('never returns a stem shorter than three letters for a longer word', () => {
    for (const word of ['memakan', 'diam', 'peta', 'menu', 'bela', 'kenal', 'berat', 'perlu', 'sesi']) {
      expect(stem(word).length).toBeGreaterThanOrEqual(3);
    }
  });
});
