// Root words (kata dasar) the stemmer checks its candidates against. Without a full dictionary an
// affix stripper guesses, and a guess only hurts when a bare word and its derived forms land on
// different stems ("didik" vs "pendidikan" → "didi"), or when a root looks affixed ("sekolah",
// "berkas", "digital"). This list covers those cases for the vocabulary of regional-government
// innovation texts; a word missing here still stems consistently with its own derived forms.
const ROOTS = `
ada adil adu air ajar ajak akhir akses aku akun alam alat alih alir aman ambil amat ampu anak
angkat angkut aniaya antar antre antri anggar anggota angka api arah arsip asah asuh atas atur
awas ayo bagi bahan bahas baik baca badan bagus bangun bantu banjir banyak bayar bayi beda bekal
beli benar bencana beras berat berita berkas bersih besar betul biaya bidan bijak bimbing bina
bisnis bobot buat bubar budaya buka bukti bulan buruh butuh cabut cacat cair cakup campur capai
cari catat cegah cek cepat cerdas cermat cetak cinta cipta cocok cukup daftar dagang dalam damping
dana dapat darah darurat data datang dekat dengar desa diam didik digital dinas dini diri disiplin
diskusi distribusi dokter dorong dukung dulu duduk edar ekspor embung emas empat enak erat gabung
gagal gaji galang gali ganti gawat gelar gemar gerak giat gizi golong guna gunung guru hadap hadir
hak hamil hapus harga hasil hati hemat hidup hilang hitung hubung hukum hutan ibu ikan ikat ikut
ilmu imbang imunisasi info ingat ingin inti isi istirahat izin jadi jadwal jalan jalin jamin jangkau
jawab jemput jenis jual juang jumlah jurnal kabar kader kait kaji kala kami kampung kantor karang
karya kasih kata kawal kebun kecil kelas kelola keluarga keluh kembang kena kenal kendali kepala
kerja kirim kota kotor kuasa kumpul kunjung kuat kurang labuh lahir lahan laksana lalu lambat lampir
lancar langgar lanjut lansia lapor latih laut layan lengkap lestari lewat lihat lindung lingkung
lisan lokal luas luka lulus lupa makan maju malam mandiri manfaat mangrove masak masalah masuk
masyarakat mati media merah milik minat minta miskin mitra muat mudah mula mulai murah musyawarah
nafkah nama nikah nilai nikmat obat olah olahraga orang padu pagi pahala pakai paket pandang
pangan panggil pantau pasar pasien pasok pasti patuh pecah pekan peluk pena pendek pengaruh penuh
peran perahu perda periksa perintah perlu persen pesan pesantren pesisir peta petik pikir pilih
pimpin pinjam pintar pindah pokok potong pulang pungut pupuk putus rakit rancang rapat rata rawat
rekam rekap remaja rencana ringan rintis ruang rumah rusak sadar sah saji sakit salah sampah
sampai sambung sapa saring sebar sedia segar sehat sejahtera sekolah sektor sekretariat selesai
semai senam seni sepeda serah serta sertifikat setor siap siar sidang singkat sisa sosialisasi
suluh sumber surat susun syarat tahan tahu tambah tampil tanam tangan tani tanggap tanggung
tanya tapis tata taman teman tempat tentu terang terap terapi terampil terima ternak tertib tiba
tindak tinggal tingkat titip tolong tuju tukar tulis tumbuh tunggu tunjuk turun tutup uang ubah
ukur ulang umum unduh unggah urus usaha usul utama wajib wakil warga warta waktu wilayah wujud
yakin
`;

let rootSet: Set<string> | null = null;

/** Built on first use: Apps Script evaluates the bundle on every call, so its top level stays idle. */
export function isRootWord(word: string): boolean {
  if (!rootSet) rootSet = new Set(ROOTS.split(/\s+/).filter(Boolean));
  return rootSet.has(word);
}
