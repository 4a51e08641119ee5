// Innovations for the duplicate, training and import tests: a renamed, paraphrased copy across two
// OPDs (the Sekda's "differ only in name"), and two unrelated ones, saved through the real entry
// points.
import type { Innovation } from '../../src/core/model';
import type { Harness } from '../../src/emulator/harness';
import { draftInnovation } from './fixtures';
import { DINKES_OP, DINSOS_OP, save } from './support';

export function antrean(): Innovation {
  return {
    ...draftInnovation('DINKES', 'Sistem Antrean Online Puskesmas (SIANTRE)'),
    design:
      'Pasien mendaftar antrean puskesmas dari rumah melalui aplikasi WhatsApp dan situs web. Petugas loket menerima daftar antrean harian, memanggil pasien sesuai nomor, dan mengirim pengingat ketika giliran sudah dekat. Data kunjungan direkap otomatis setiap bulan untuk perencanaan layanan.',
    goal: 'Mengurangi waktu tunggu pasien di puskesmas.',
    benefit: 'Pasien tidak perlu datang subuh untuk mengambil nomor antrean.',
  };
}

/** The same innovation, renamed and paraphrased by another OPD. */
export function antreanCopy(): Innovation {
  return {
    ...draftInnovation('DINSOS', 'Antrean Daring Puskesmas Majene'),
    design:
      'Warga mendaftar antrean puskesmas dari rumah lewat WhatsApp atau situs web. Petugas loket menerima daftar antrean setiap hari, memanggil pasien menurut nomor, dan mengirim pengingat saat giliran hampir tiba. Data kunjungan direkap otomatis tiap bulan untuk perencanaan layanan.',
    goal: 'Mengurangi waktu tunggu pasien.',
    benefit: 'Pasien tidak perlu datang pagi buta untuk nomor antrean.',
  };
}

export function bankSampah(): Innovation {
  return {
    ...draftInnovation('DINSOS', 'Bank Sampah Digital Kelurahan'),
    design:
      'Warga menyetor sampah plastik dan kertas ke bank sampah kelurahan, ditimbang, lalu dicatat di aplikasi sebagai tabungan. Saldo dapat ditukar dengan sembako atau dibayarkan ke rekening. Pengurus melaporkan jumlah sampah terkumpul setiap minggu kepada dinas.',
    goal: 'Mengurangi sampah rumah tangga.',
    benefit: 'Warga mendapat penghasilan tambahan.',
  };
}

export function posyandu(): Innovation {
  return {
    ...draftInnovation('DINKES', 'Posyandu Keliling Pesisir'),
    design:
      'Kader posyandu dan bidan desa mendatangi dusun pesisir dengan perahu setiap bulan untuk menimbang balita, memberi imunisasi, dan penyuluhan gizi ibu hamil. Hasil penimbangan dicatat pada buku KIA dan dilaporkan ke puskesmas.',
    goal: 'Meningkatkan cakupan imunisasi di pesisir.',
    benefit: 'Balita di dusun terpencil terlayani.',
  };
}

/** Saves as the OPD's operator and returns the id; throws with the server's message on failure. */
export function saveAsOperator(h: Harness, innovation: Innovation, submit = false): string {
  h.setUser(innovation.opd === 'DINKES' ? DINKES_OP : DINSOS_OP);
  const r = save(h, innovation, { submit });
  if (!r.ok) throw new Error(`save failed: ${r.message} ${JSON.stringify(r.fieldErrors ?? [])}`);
  return r.id;
}

export interface Register {
  antrean: string;
  copy: string;
  bank: string;
  posyandu: string;
}

/** The four innovations above, saved as drafts by their OPDs' operators. */
export function saveRegister(h: Harness): Register {
  return {
    antrean: saveAsOperator(h, antrean()),
    copy: saveAsOperator(h, antreanCopy()),
    bank: saveAsOperator(h, bankSampah()),
    posyandu: saveAsOperator(h, posyandu()),
  };
}
