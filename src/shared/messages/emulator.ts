// Texts of the offline emulator that a person reads: why a saved preview state file cannot be
// loaded, and what to do about it.

const RESET = 'Buat ulang data pratinjau dengan: npm start -- --reset';
const named = (file: string | undefined) => (file ? ` ${file}` : '');

export const EMULATOR_STATE = {
  notJson: (file?: string) =>
    `Berkas data pratinjau${named(file)} tidak bisa dibaca (bukan JSON yang utuh). ${RESET}`,
  notState: (file?: string) => `Berkas${named(file)} bukan berkas data pratinjau Inovasi Daerah. ${RESET}`,
  unknownVersion: (found: string, supported: number, file?: string) =>
    `Berkas data pratinjau${named(file)} memakai format versi ${found}, sedangkan versi ini hanya mengenal format sampai versi ${supported}. ${RESET}`,
  damaged: (part: string, file?: string) =>
    `Berkas data pratinjau${named(file)} rusak (bagian ${part} tidak sesuai format). ${RESET}`,
} as const;

/** Texts the .xlsx download writes (the preview's "Unduh .xlsx"): its protection list and notes. */
export const XLSX_TEXT = {
  /** The extra sheet listing Google's protections, which a .xlsx file cannot hold per person. */
  protectionsSheet: 'Daftar Proteksi',
  protectionsHeader: [
    'Tab',
    'Rentang',
    'Keterangan',
    'Yang boleh mengubah',
    'Hanya peringatan',
    'Rentang yang dikecualikan',
  ],
  wholeSheet: '(seluruh tab)',
  mirrorsSharing: '(mengikuti izin berbagi spreadsheet)',
  /** Who may edit under a warning-only protection: everyone who may edit the tab, after a warning. */
  everyoneWarned: '(semua yang boleh mengedit tab, setelah peringatan)',
  yes: 'ya',
  no: 'tidak',
  /** The note on the first cell of a protected range or tab. */
  protectedNote: (where: string | null, editors: string) =>
    `Dilindungi${where ? ` ${where}` : ' (seluruh tab)'}; yang boleh mengubah: ${editors}`,
  /** The note on the first cell of a warning-only protected range or tab. */
  warningNote: (where: string | null) =>
    `Hanya peringatan${where ? ` ${where}` : ' (seluruh tab)'}: siapa pun yang boleh mengedit tab ini diminta mengonfirmasi dulu`,
} as const;
