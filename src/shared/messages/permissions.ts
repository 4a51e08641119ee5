// Google's permission screen: what each permission the add-on asks for is used for, and what a
// person who left one unticked is told.

/** Scope URL → the permission as Google's consent screen names it (Indonesian) and what it is for. */
export const PERMISSIONS: Record<string, { name: string; use: string }> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': {
    name: 'Melihat dan mengelola spreadsheet tempat aplikasi ini dipasang',
    use: 'membaca dan menyimpan inovasi di spreadsheet ini saja (bukan file Anda yang lain)',
  },
  'https://www.googleapis.com/auth/script.container.ui': {
    name: 'Menampilkan dan menjalankan konten pihak ketiga di dalam aplikasi Google',
    use: 'menampilkan menu Inovasi Daerah, sidebar, dan dialog',
  },
  'https://www.googleapis.com/auth/userinfo.email': {
    name: 'Melihat alamat email utama Akun Google Anda',
    use: 'mengenali Anda dan peran Anda di tab Pengguna',
  },
  'https://www.googleapis.com/auth/script.send_mail': {
    name: 'Mengirim email atas nama Anda',
    use: 'mengirim pengingat ke operator OPD (hanya admin yang mengirim)',
  },
  'https://www.googleapis.com/auth/script.scriptapp': {
    name: 'Menjalankan saat Anda tidak ada',
    use: 'pengingat mingguan otomatis (hanya admin yang memasangnya)',
  },
};

export const PERMISSION_TEXT = {
  missing: (scope: string) => {
    const p = PERMISSIONS[scope];
    const what = p ? `"${p.name}" (dipakai untuk ${p.use})` : scope;
    return `Izin ${what} belum Anda berikan: kotaknya tidak dicentang di layar izin Google. Tidak ada yang diubah. Untuk memberikannya: buka myaccount.google.com/connections, hapus akses skrip Inovasi Daerah, lalu pilih lagi menu Inovasi Daerah dan centang semua izin yang diminta (atau "Pilih semua").`;
  },
} as const;
