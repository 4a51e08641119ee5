// Training projects through the built bundle in the emulator: the admin prepares the Proyek
// Pelatihan tab from the menu and pastes a batch; the recalculation links every project to the
// innovation it became (by the ID typed, by the innovation's recorded origin, or by similarity),
// says how, and the Ringkasan counts the projects that became counted innovations and names those
// without follow-up. The cost does not depend on the number of projects.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { TRAINING_OUTPUT_COLUMNS } from '../../src/server/training/layout';
import { personKey } from '../../src/server/training/link';
import { ACCESS_MESSAGES } from '../../src/shared/messages/server';
import { TRAINING_TEXT } from '../../src/shared/messages/training';
import { antrean, bankSampah, saveAsOperator } from './duplicates-fixtures';
import { completeInnovation } from './fixtures';
import { ADMIN, DINKES_OP, directEditor, PROTECTED, setUp, tabValues } from './support';

const TAB = TRAINING_TEXT.tab;
const FIRST_OUTPUT = 9; // column I

function recalc(h: Harness): void {
  h.setUser(ADMIN);
  h.runMenu('recalculate');
}

function dashboardText(h: Harness): string {
  return tabValues(h, 'Ringkasan')
    .map((r) => r[0])
    .join('\n');
}

/** Pastes rows as the admin would (values only, from row 3). */
function paste(h: Harness, rows: unknown[][]): void {
  const sheet = h.spreadsheet.getSheetByName(TAB)!;
  sheet.getRange(3, 1, rows.length, 8).setValues(rows);
}

/** The recalculation's columns of each data row, by header. */
function links(h: Harness): Record<string, unknown>[] {
  const values = tabValues(h, TAB);
  return values
    .slice(2)
    .map((row) =>
      Object.fromEntries(TRAINING_OUTPUT_COLUMNS.map((c, i) => [c.key, row[FIRST_OUTPUT - 1 + i]])),
    );
}

describe('Proyek Pelatihan: the tab', () => {
  it('is prepared by the admin’s menu item, with headers, and protected for admins', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    h.runMenu('showTrainingProjects');
    expect(h.ui.alerts.map((a) => a.message)).toEqual([ACCESS_MESSAGES.adminOnly(TRAINING_TEXT.menuItem)]);
    expect(h.spreadsheet.getSheetByName(TAB)).toBeNull();

    h.setUser(ADMIN);
    h.runMenu('showTrainingProjects');
    const values = tabValues(h, TAB);
    expect(values[0]![0]).toBe(TRAINING_TEXT.description);
    expect(values[1]!.slice(0, 8)).toEqual([
      TRAINING_TEXT.headers.kind,
      TRAINING_TEXT.headers.batch,
      TRAINING_TEXT.headers.year,
      TRAINING_TEXT.headers.participant,
      TRAINING_TEXT.headers.nip,
      TRAINING_TEXT.headers.opd,
      TRAINING_TEXT.headers.title,
      TRAINING_TEXT.headers.innovationId,
    ]);
    expect(h.spreadsheet.getActiveSheet().getName()).toBe(TAB);
    expect(h.ui.toasts.map((t) => t.message)).toContain(TRAINING_TEXT.opened);
    // A NIP typed as digits stays text (leading zeros kept).
    expect(h.spreadsheet.getSheetByName(TAB)!.getRange(3, 5).getNumberFormat()).toBe('@');
    const editor = directEditor(h);
    editor.setUser(DINKES_OP);
    expect(() => editor.call('directWrite', TAB, 'A3', 'PKA')).toThrow(PROTECTED);
    // Running it again repairs and keeps what was pasted.
    paste(h, [['PKA', 'I', 2025, 'Andi', '', 'DINKES', 'Judul', '']]);
    h.runMenu('showTrainingProjects');
    expect(tabValues(h, TAB)[2]!.slice(0, 7)).toEqual(['PKA', 'I', 2025, 'Andi', '', 'DINKES', 'Judul']);
  });
});

describe('Proyek Pelatihan: linking by the recalculation', () => {
  let h: Harness;
  const ids = { posyandu: '', antrean: '', bank: '' };
  beforeAll(() => {
    h = setUp();
    ids.posyandu = saveAsOperator(
      h,
      {
        ...completeInnovation('DINKES', 'Posyandu Keliling Pesisir'),
        origin: {
          kind: 'pka',
          title: 'Aksi Perubahan Layanan Posyandu Keliling',
          participant: 'dr. Andi Rahman, M.Kes',
          year: 2025,
        },
      },
      true,
    );
    ids.antrean = saveAsOperator(h, antrean());
    ids.bank = saveAsOperator(h, bankSampah());
    h.setUser(ADMIN);
    h.runMenu('showTrainingProjects');
    paste(h, [
      [
        'PKP',
        'Angkatan II',
        2024,
        'Siti Aminah',
        '197001012000032001',
        'DINKES',
        'Antrean pasien',
        ids.antrean,
      ],
      ['PKA', 'I', 2025, 'Budi', '', 'DINKES', 'AKSI PERUBAHAN — Layanan Posyandu Keliling', ''],
      ['PKA', '', '', 'Andi Rahman', '', 'Dinas Kesehatan', 'Peningkatan Gizi Balita', ''],
      ['Latsar CPNS', '', 2025, 'Rina', '', 'DINSOS', 'Bank Sampah Digital di Kelurahan', ''],
      ['Diklatpim IV', '', 2024, 'Joko', '', 'DINSOS', 'Gerakan Literasi Desa Terpencil', ''],
      ['Pelatihan X', '', 'dua ribu', 'Ani', '', 'DINAS ANTAH', 'Program Sapu Bersih Kantor', 'XYZ-123'],
    ]);
    recalc(h);
  });

  it('links by the ID the admin typed', () => {
    const l = links(h)[0]!;
    expect([l.linkedId, l.linkedName, l.linkedOpd]).toEqual([
      ids.antrean,
      'Sistem Antrean Online Puskesmas (SIANTRE)',
      'DINKES',
    ]);
    expect(l.method).toBe(TRAINING_TEXT.methods.id);
    expect(l.followUp).toBe(TRAINING_TEXT.followUps.innovation);
  });

  it('links by the innovation’s recorded origin: the same title, or the same participant of the same training', () => {
    const [, byTitle, byPerson] = links(h);
    expect(byTitle!.linkedId).toBe(ids.posyandu);
    expect(byTitle!.method).toBe(TRAINING_TEXT.methods.origin);
    expect(byPerson!.linkedId).toBe(ids.posyandu);
    expect(byPerson!.method).toBe(TRAINING_TEXT.methods.origin);
    // The innovation is complete and submitted: counted in the claimed projection.
    const scores = tabValues(h, 'Skor Inovasi').find((r) => r[2] === ids.posyandu)!;
    expect(scores[6]).toBe(true);
    expect(byTitle!.followUp).toBe(TRAINING_TEXT.followUps.counted);
    // Two projects that became one innovation are pointed out on both rows.
    expect(byTitle!.note).toContain(TRAINING_TEXT.notes.sharedWith([5]));
    expect(byPerson!.note).toContain(TRAINING_TEXT.notes.sharedWith([4]));
  });

  it('links by similarity of the title when nothing else ties them, and says how similar', () => {
    const l = links(h)[3]!;
    expect(l.linkedId).toBe(ids.bank);
    expect(String(l.method)).toMatch(/^Kemiripan judul \d+%$/);
    expect(l.followUp).toBe(TRAINING_TEXT.followUps.innovation);
  });

  it('marks projects without follow-up, with what is wrong in their row', () => {
    const [, , , , literasi, sapu] = links(h);
    expect(literasi!.linkedId).toBe('');
    expect(literasi!.followUp).toBe(TRAINING_TEXT.followUps.none);
    expect(sapu!.followUp).toBe(TRAINING_TEXT.followUps.none);
    for (const note of [
      TRAINING_TEXT.notes.unknownId('XYZ-123'),
      TRAINING_TEXT.notes.unknownKind('Pelatihan X'),
      TRAINING_TEXT.notes.badYear('dua ribu'),
      TRAINING_TEXT.notes.unknownOpd('DINAS ANTAH'),
    ])
      expect(sapu!.note).toContain(note);
  });

  it('counts on the Ringkasan how many became counted innovations and names those without follow-up', () => {
    const text = dashboardText(h);
    expect(text).toContain(TRAINING_TEXT.dashboardSummary(6, 2, 2, 2));
    expect(text).toContain(
      TRAINING_TEXT.dashboardNone([
        'Gerakan Literasi Desa Terpencil (Joko, PKP 2024)',
        'Program Sapu Bersih Kantor (Ani)',
      ]),
    );
  });

  it('leaves the admin’s columns as pasted and rewrites its own columns on the next run', () => {
    const before = tabValues(h, TAB).map((r) => r.slice(0, 8));
    const sheet = h.spreadsheet.getSheetByName(TAB)!;
    sheet.getRange(7, 8).setValue(ids.bank); // the admin now knows which innovation it became
    recalc(h);
    expect(tabValues(h, TAB).map((r) => r.slice(0, 8))).toEqual(
      before.map((r, i) => (i === 6 ? [...r.slice(0, 7), ids.bank] : r)),
    );
    expect(links(h)[4]!.linkedId).toBe(ids.bank);
    expect(dashboardText(h)).toContain(TRAINING_TEXT.dashboardSummary(6, 2, 3, 1));
  });
});

describe('Proyek Pelatihan: without the tab, and cost', () => {
  it('says on the Ringkasan how to start when no project is recorded, and creates no tab', () => {
    const h = setUp();
    recalc(h);
    expect(dashboardText(h)).toContain(TRAINING_TEXT.dashboardEmpty);
    expect(h.spreadsheet.getSheetByName(TAB)).toBeNull();
  });

  it('makes the same Sheets calls for 2 projects and for 40', () => {
    const run = (count: number) => {
      const h = setUp();
      saveAsOperator(h, antrean());
      h.setUser(ADMIN);
      h.runMenu('showTrainingProjects');
      paste(
        h,
        Array.from({ length: count }, (_, i) => [
          'PKP',
          '',
          2025,
          `Peserta ${i}`,
          '',
          'DINKES',
          `Proyek nomor ${i}`,
          '',
        ]),
      );
      h.resetCounts();
      recalc(h);
      expect(links(h)).toHaveLength(count);
      return h.counts();
    };
    expect(run(40)).toEqual(run(2));
  }, 30_000);
});

describe('personKey', () => {
  it('ignores degrees, punctuation and case', () => {
    expect(personKey('dr. Andi Rahman, M.Kes')).toBe('andi rahman');
    expect(personKey('ANDI RAHMAN')).toBe('andi rahman');
    expect(personKey('Hj. Siti Aminah, S.Sos., M.Si')).toBe('siti aminah');
  });
});
