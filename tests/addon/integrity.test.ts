// Nothing a hand can type is trusted: the built bundle in the emulator, with hand edits made as the
// user (protections apply). The nine failures of issue 12 and each design point: derived statuses,
// ids bound to their OPD, verdicts keyed by OPD + ID and bound to content, warning-only server
// columns with hand edits reported, protection drift restored, setup failing closed, settings
// checked before any write, header rows found by name, separation of duties, add-on menu,
// permissions left unticked.
import { describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import { serializeState } from '../../src/emulator/state';
import type { IgaCsv, ReminderPreview } from '../../src/shared/admin-api';
import type {
  InnovationDetail,
  InnovationSummary,
  Result,
  SaveResult,
  SidebarContext,
} from '../../src/shared/api';
import { EXPORT_TEXT } from '../../src/shared/messages/export';
import {
  completeInnovation,
  draftInnovation,
  incompleteInnovation,
  saveAs,
  setSetting,
  values,
  verify,
} from './admin-tools';
import { hand, typeAs } from './hand';
import {
  ADMIN,
  addUsers,
  DINKES_OP,
  DINSOS_OP,
  PROTECTED,
  STRANGER,
  save,
  setUp,
  tabValues,
  VERIFIER,
} from './support';

type List = Result<{ items: InnovationSummary[] }>;
type Detail = Result<{ detail: InnovationDetail }>;

function headerOf(h: Harness, tab: string): string[] {
  return (tabValues(h, tab)[1] ?? []).map(String);
}

/** 1-based sheet row of the innovation with this ID (its last occurrence). */
function rowOfId(h: Harness, tab: string, id: string): number {
  const all = tabValues(h, tab);
  const col = headerOf(h, tab).indexOf('ID');
  for (let r = all.length - 1; r >= 2; r--) if (all[r]![col] === id) return r + 1;
  throw new Error(`no ${id} in ${tab}`);
}

function cell(h: Harness, tab: string, row: number, header: string): unknown {
  return tabValues(h, tab)[row - 1]![headerOf(h, tab).indexOf(header)];
}

function recalc(h: Harness): string[][] {
  h.setUser(ADMIN);
  h.ui.alerts.length = 0;
  h.runMenu('recalculate');
  return values(h, 'Ringkasan').map((r) => r.map(String));
}

/** The lines of Ringkasan's "Temuan integritas" section. */
function findings(rows: string[][]): string[] {
  const start = rows.findIndex((r) => r[0] === 'Temuan integritas');
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (let r = start + 1; r < rows.length && rows[r]![0] !== ''; r++) out.push(rows[r]![0]!);
  return out;
}

function exportedNames(h: Harness): string[] {
  h.setUser(ADMIN);
  const csv = h.call<Result<IgaCsv>>('getIgaCsv', ',');
  if (!csv.ok) throw new Error(csv.message);
  h.runMenu('showIgaExport');
  return values(h, EXPORT_TEXT.tab)
    .slice(2)
    .map((r) => String(r[0]));
}

function verdictRequest(id: string, revision: number) {
  const indicators: Record<string, 'accepted'> = {};
  for (let i = 16; i <= 35; i++) indicators[String(i)] = 'accepted';
  return { id, revision, decision: 'verified' as const, indicators, notes: {}, note: '' };
}

describe('1. an ID typed into another row borrows nothing', () => {
  it('keeps a DINSOS draft carrying a verified DINKES ID out of the queue, the scores and the export', () => {
    const h = setUp();
    const real = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, real, 'verified');
    const draft = saveAs(h, DINSOS_OP, draftInnovation('DINSOS', 'Draf Dinsos'), false);
    const row = rowOfId(h, 'Inovasi DINSOS', draft.id);
    // The DINSOS operator types the DINKES ID (readable in that tab) into their own draft.
    typeAs(h, DINSOS_OP, 'Inovasi DINSOS', row, 'ID', real.id);

    expect(exportedNames(h)).toEqual(['Posyandu Digital']);
    h.setUser(VERIFIER);
    const queue = h.call<List>('listForVerification');
    expect(queue.ok && queue.items.filter((i) => i.id === real.id).map((i) => [i.opd, i.status])).toEqual([
      ['DINKES', 'verified'],
    ]);
    const rows = recalc(h);
    const scores = values(h, 'Skor Inovasi');
    const dinsosRow = scores.find((r) => r[0] === 'DINSOS' && r[3] === 'Draf Dinsos')!;
    expect(dinsosRow[5]).toBe('Draf');
    expect(dinsosRow[8]).toBe(false);
    expect(String(dinsosRow[11])).toContain(`ID ${real.id} bukan milik OPD DINSOS`);
    expect(findings(rows).join('\n')).toMatch(
      new RegExp(`Inovasi DINSOS baris ${row} \\(Draf Dinsos\\): .*"ID".*bukan milik OPD DINSOS`),
    );
  });

  it('keys verdicts by OPD and ID: a verdict row of another OPD never applies', () => {
    const h = setUp();
    const real = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    verify(h, real, 'verified');
    // The Verifikasi row's OPD typed to another OPD: the DINKES innovation loses the verdict.
    typeAs(h, VERIFIER, 'Verifikasi', rowOfId(h, 'Verifikasi', real.id), 'OPD', 'DINSOS');
    h.setUser(DINKES_OP);
    const d = h.call<Detail>('getInnovation', real.id);
    expect(d.ok && d.detail.status).toBe('submitted');
    expect(exportedNames(h)).toEqual([]);
  });
});

describe('2. a typed "Diajukan" does not bypass the submit rules', () => {
  it('treats an incomplete draft marked Diajukan by hand as a draft with its problems', () => {
    const h = setUp();
    const draft = saveAs(h, DINKES_OP, incompleteInnovation('DINKES', 'Belum Lengkap'), false);
    const row = rowOfId(h, 'Inovasi DINKES', draft.id);
    h.ui.warnings.length = 0;
    typeAs(h, DINKES_OP, 'Inovasi DINKES', row, 'Status', 'Diajukan');
    // Warning-only: the person typing is warned, nothing is blocked.
    expect(h.ui.warnings.map((w) => w.a1)).toContain(`Inovasi DINKES!B${row}`);

    h.setUser(VERIFIER);
    const queue = h.call<List>('listForVerification');
    expect(queue.ok && queue.items.map((i) => i.id)).not.toContain(draft.id);
    const refused = h.call<Result<object>>('saveVerification', verdictRequest(draft.id, draft.revision));
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining('belum dapat diverifikasi'),
    });
    expect(tabValues(h, 'Verifikasi').slice(2)).toEqual([]);

    h.setUser(DINKES_OP);
    const d = h.call<Detail>('getInnovation', draft.id);
    expect(d.ok && d.detail.status).toBe('draft');
    expect(d.ok && d.detail.problems?.join(' ')).toContain('belum memenuhi syarat pengajuan');
    const rows = recalc(h);
    expect(findings(rows).join('\n')).toMatch(
      new RegExp(`Inovasi DINKES baris ${row} .*"Status".*diubah langsung`),
    );
    expect(exportedNames(h)).toEqual([]);
  });
});

describe('3. a deleted header row', () => {
  it('is rebuilt by setup, the data kept, and the operator sees the list again', () => {
    const h = setUp();
    const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    expect(hand(h, DINKES_OP).call('deleteRow', 'Inovasi DINKES', 2)).toBe('ok');
    // Before any repair the list still reads the rows (never the first data row as a header).
    h.setUser(DINKES_OP);
    const before = h.call<List>('listInnovations', {});
    expect(before.ok && before.items.map((i) => [i.id, i.name])).toEqual([[saved.id, 'Posyandu Digital']]);
    h.setUser(ADMIN);
    h.runMenu('setupSpreadsheet');
    const message = h.ui.alerts.at(-1)!.message;
    expect(message).toContain('Spreadsheet siap');
    expect(message).toContain('Baris judul kolom tab "Inovasi DINKES" hilang dan dibuat ulang');
    expect(headerOf(h, 'Inovasi DINKES').slice(0, 2)).toEqual(['Nama inovasi', 'Status']);
    expect(cell(h, 'Inovasi DINKES', 3, 'ID')).toBe(saved.id);
    h.setUser(DINKES_OP);
    const list = h.call<List>('listInnovations', {});
    expect(list.ok && list.items.map((i) => [i.name, i.status])).toEqual([['Posyandu Digital', 'submitted']]);
  });

  it('reports a tab it cannot repair and still sets up the others and the protections', () => {
    const h = setUp();
    const admin2 = 'admin2@majenekab.go.id';
    addUsers(h, [[admin2, 'Admin baru', 'Admin', '', true]]);
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    // The owner takes the new admin off DINSOS's protection by hand: that tab cannot be repaired.
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINSOS')!;
    sheet
      .getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0]!
      .removeEditor(admin2);
    hand(h, ADMIN).call('deleteRow', 'Inovasi DINKES', 2);
    h.setUser(admin2);
    h.runMenu('setupSpreadsheet');
    const message = h.ui.alerts.at(-1)!.message;
    expect(message).toContain('Tab "Inovasi DINSOS" tidak dapat diperbaiki');
    expect(message).toContain('Spreadsheet siap');
    expect(message).toContain('Inovasi DINSOS');
    expect(message).toContain(`Minta salah satu dari ${ADMIN}`);
    // The tab after it was still repaired.
    expect(headerOf(h, 'Inovasi DINKES')[0]).toBe('Nama inovasi');
  });
});

describe('4. setup fails closed', () => {
  it('answers "hanya untuk admin" to anyone but the owner once Pengguna is renamed or emptied', () => {
    for (const damage of ['rename', 'empty'] as const) {
      const h = setUp();
      const editor = hand(h, ADMIN);
      if (damage === 'rename') editor.call('renameTab', 'Pengguna', 'Pengguna lama');
      else editor.call('clearTab', 'Pengguna');
      const before = serializeState(h.state);
      for (const user of [DINKES_OP, STRANGER]) {
        h.setUser(user);
        h.ui.alerts.length = 0;
        h.runMenu('setupSpreadsheet');
        expect(h.ui.alerts.at(-1)?.message).toContain('hanya untuk admin');
        expect(h.ui.alerts.at(-1)?.message).not.toContain('tak terduga');
      }
      expect(serializeState(h.state)).toBe(before);
      // The owner may repair it.
      h.setUser(ADMIN);
      h.runMenu('setupSpreadsheet');
      expect(h.ui.alerts.at(-1)?.message).toContain('Spreadsheet siap');
    }
  });
});

describe('5. settings are checked before any write', () => {
  it('refuses a time zone it does not know, naming the cell, in setup, recalculation and reminders', () => {
    const h = setUp();
    setSetting(h, 'timeZone', 'Mars/Olympus');
    const before = serializeState(h.state);
    h.setUser(ADMIN);
    h.runMenu('setupSpreadsheet');
    expect(h.ui.alerts.at(-1)?.message).toMatch(
      /Pengaturan!B\d+ \(Zona waktu\): "Mars\/Olympus" bukan zona waktu/,
    );
    h.runMenu('recalculate');
    expect(h.ui.alerts.at(-1)?.message).toMatch(/Pengaturan!B\d+ \(Zona waktu\)/);
    const preview = h.call<Result<{ preview: ReminderPreview }>>('getReminderPreview');
    expect(preview).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Pengaturan!B\d+ \(Zona waktu\)/),
    });
    expect(serializeState(h.state)).toBe(before);
  });

  it('names the cell of a bad deadline, rubric or separation setting', () => {
    const h = setUp();
    setSetting(h, 'deadline', '31/02/2026');
    setSetting(h, 'separationOfDuties', 'mungkin');
    h.runMenu('recalculate');
    const message = h.ui.alerts.at(-1)!.message;
    expect(message).toMatch(/Pengaturan!B\d+ \(Batas pengajuan OPD\): "31\/02\/2026" bukan tanggal/);
    expect(message).toMatch(/Pengaturan!B\d+ \(Pemisahan tugas verifikasi\): "mungkin" bukan Ya atau Tidak/);
  });
});

describe('6–9. small holes', () => {
  it('6. refuses product tabs as an import source whatever their case', () => {
    const h = setUp();
    h.setUser(ADMIN);
    for (const tab of ['pengguna', 'PENGGUNA', 'inovasi dinsos', ' Verifikasi ']) {
      const r = h.call<Result<object>>('previewImport', { source: { kind: 'tab', tab } });
      expect(r, tab).toMatchObject({
        ok: false,
        message: expect.stringContaining('adalah tab aplikasi ini'),
      });
    }
  });

  it('7. keeps a typed leading apostrophe in free text', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const inv = { ...completeInnovation('DINKES', "'=1+1"), goal: "'+62 811", result: "'@x" };
    const r = save(h, inv);
    if (!r.ok) throw new Error(r.message);
    const d = h.call<Detail>('getInnovation', r.id);
    expect(d.ok && [d.detail.innovation.name, d.detail.innovation.goal, d.detail.innovation.result]).toEqual([
      "'=1+1",
      "'+62 811",
      "'@x",
    ]);
  });

  it('8. refuses invisible bidi and zero-width characters in links, naming the character and the line', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    for (const [ch, code] of [
      ['\u202e', 'U+202E'],
      ['\u200b', 'U+200B'],
      ['\u2066', 'U+2066'],
    ] as const) {
      const inv = completeInnovation('DINKES');
      inv.indicators['17'] = {
        ...inv.indicators['17']!,
        evidence: `https://drive.google.com/a\nhttps://drive.google.com/${ch}gpj.exe`,
      };
      const r = save(h, inv, { submit: true });
      expect(r.ok).toBe(false);
      const messages = (!r.ok && r.fieldErrors?.map((e) => e.message)) || [];
      expect(messages.join(' ')).toContain(`baris 2 berisi karakter tak terlihat ${code}`);
    }
    expect(tabValues(h, 'Inovasi DINKES').slice(2)).toEqual([]);
  });

  it('9. strips line breaks from the e-mail subject', () => {
    const h = setUp();
    saveAs(h, DINKES_OP, draftInnovation('DINKES', 'Gagasan'), false);
    const opds = h.spreadsheet.getSheetByName('OPD')!;
    const at = (opds.getDataRange().getValues() as unknown[][]).findIndex((r) => r[0] === 'DINKES') + 1;
    opds.getRange(at, 2).setValue('Dinas\r\nBcc: semua@contoh.example Kesehatan');
    setSetting(h, 'deadline', '2030-01-31');
    h.setUser(ADMIN);
    const preview = h.call<Result<{ preview: ReminderPreview }>>('getReminderPreview');
    if (!preview.ok) throw new Error(preview.message);
    const subject = preview.preview.reminders.find((r) => r.opd === 'DINKES')!.subject;
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('Dinas Bcc: semua@contoh.example Kesehatan');
    const sent = h.call<Result<object>>('sendReminders', preview.preview.fingerprint);
    expect(sent.ok).toBe(true);
    for (const m of h.mail) expect(m.subject).not.toMatch(/[\r\n]/);
  });
});

describe('server-owned columns', () => {
  it('warn a person typing, never block the script, and a hand edit is reported with its row and column', () => {
    const h = setUp();
    const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Digital'), true);
    const row = rowOfId(h, 'Inovasi DINKES', saved.id);
    h.ui.warnings.length = 0;
    typeAs(h, DINKES_OP, 'Inovasi DINKES', row, 'Diubah oleh', 'kepala@majenekab.go.id');
    expect(h.ui.warnings.length).toBeGreaterThan(0);
    // The forged name never reaches another user's conflict message.
    h.setUser(DINKES_OP);
    const conflict = save(h, { ...completeInnovation('DINKES', 'Lama'), id: saved.id }, { baseRevision: 0 });
    expect(conflict).toMatchObject({ ok: false, conflict: true });
    expect(!conflict.ok && conflict.message).not.toContain('kepala@');
    expect(!conflict.ok && conflict.message).toContain('tidak tercatat');
    // Another OPD's operator is still blocked by the tab's own protection.
    expect(() => typeAs(h, DINSOS_OP, 'Inovasi DINKES', row, 'Revisi', '9')).toThrow(PROTECTED);
    // The server still writes these columns (a warning-only protection never stops a script).
    h.setUser(DINKES_OP);
    const again = save(
      h,
      { ...completeInnovation('DINKES', 'Posyandu Digital 2'), id: saved.id },
      {
        baseRevision: 1,
        submit: true,
      },
    );
    expect(again.ok).toBe(true);
    expect(findings(recalc(h))).toEqual([
      'Tidak ada temuan: status, ID, dan kolom milik server sesuai isinya.',
    ]);
    // A hand edit after the save is found.
    typeAs(h, DINKES_OP, 'Inovasi DINKES', row, 'Diubah oleh', 'kepala@majenekab.go.id');
    typeAs(h, DINKES_OP, 'Inovasi DINKES', row, 'Tahapan', 'Inisiatif');
    const lines = findings(recalc(h)).join('\n');
    expect(lines).toContain(`Inovasi DINKES baris ${row} (Posyandu Digital 2)`);
    expect(lines).toContain('kolom "Diubah oleh" diubah langsung di sheet');
    expect(lines).toContain('isi inovasi diubah langsung di sheet');
  });

  it('are protected warning-only, in one range for the technical group and one for the status', () => {
    const h = setUp();
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    const header = headerOf(h, 'Inovasi DINKES');
    const ranges = sheet
      .getProtections(SpreadsheetApp_ProtectionType_RANGE)
      .map((p) => [p.getRange().getColumn(), p.getRange().getNumColumns(), p.isWarningOnly()]);
    expect(ranges).toEqual(
      expect.arrayContaining([
        [header.indexOf('Status') + 1, 1, true],
        [header.indexOf('ID') + 1, 9, true],
      ]),
    );
  });
});

// The emulator's enum value (a string), usable host-side without an execution.
const SpreadsheetApp_ProtectionType_RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

describe('protection drift', () => {
  it('is restored by the recalculation and reported', () => {
    const h = setUp();
    expect(hand(h, DINKES_OP).call('unprotect', 'Inovasi DINKES')).toBe('ok');
    // Until restored, anyone may write there.
    typeAs(h, DINSOS_OP, 'Inovasi DINKES', 3, 'Nama inovasi', 'x');
    const lines = findings(recalc(h));
    expect(lines).toContain('Proteksi tab Inovasi DINKES dipulihkan (proteksi dihapus).');
    expect(() => typeAs(h, DINSOS_OP, 'Inovasi DINKES', 3, 'Nama inovasi', 'y')).toThrow(PROTECTED);
    // Nothing changed since: nothing to report.
    expect(findings(recalc(h)).join('\n')).not.toContain('dipulihkan');
  });

  it('is restored by the weekly trigger, which runs as its admin, and shown by the next recalculation', () => {
    const h = setUp();
    h.setUser(ADMIN);
    const on = h.call<Result<object>>('setWeeklyReminders', true);
    expect(on.ok).toBe(true);
    hand(h, DINKES_OP).call('unprotect', 'Inovasi DINKES');
    const trigger = h.triggers.find((t) => t.handler === 'sendWeeklyReminders')!;
    h.runTimeTrigger(trigger);
    expect(() => typeAs(h, DINSOS_OP, 'Inovasi DINKES', 3, 'Nama inovasi', 'y')).toThrow(PROTECTED);
    expect(findings(recalc(h))).toContain('Proteksi tab Inovasi DINKES dipulihkan (proteksi dihapus).');
  });

  it('tells a new admin who is not yet an editor of a protection who can sync it', () => {
    const h = setUp();
    const admin2 = 'admin2@majenekab.go.id';
    addUsers(h, [[admin2, 'Admin baru', 'Admin', '', true]]);
    h.setUser(admin2);
    h.runMenu('syncAccess');
    const message = h.ui.alerts.at(-1)!.message;
    expect(message).toContain('Google hanya mengizinkan editor sebuah proteksi mengubahnya');
    expect(message).toContain(`Minta salah satu dari ${ADMIN}`);
    expect(message).not.toContain('tak terduga');
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    h.setUser(admin2);
    h.runMenu('syncAccess');
    expect(h.ui.alerts.at(-1)!.message).not.toContain('hanya mengizinkan editor');
  });
});

describe('separation of duties', () => {
  it('keeps an author and a verifikator of the same OPD from verifying, unless the setting is off', () => {
    const h = setUp();
    addUsers(h, [['verif.dinkes@majenekab.go.id', 'Verifikator Dinkes', 'Verifikator', 'DINKES', true]]);
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    h.setUser(ADMIN);
    const own = save(h, { ...completeInnovation('DINKES', 'Buatan Admin'), opd: 'DINKES' }, { submit: true });
    if (!own.ok) throw new Error(own.message);
    const refused = h.call<Result<object>>('saveVerification', verdictRequest(own.id, own.revision));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('pemisahan tugas') });
    const other = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Buatan Operator'), true);
    h.setUser('verif.dinkes@majenekab.go.id');
    expect(
      h.call<Result<object>>('saveVerification', verdictRequest(other.id, other.revision)),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('OPD DINKES'),
    });
    h.setUser(VERIFIER);
    expect(h.call<SaveResult>('saveVerification', verdictRequest(other.id, other.revision)).ok).toBe(true);
    setSetting(h, 'separationOfDuties', 'Tidak');
    h.setUser(ADMIN);
    expect(h.call<SaveResult>('saveVerification', verdictRequest(own.id, own.revision)).ok).toBe(true);
    expect(exportedNames(h).sort()).toEqual(['Buatan Admin', 'Buatan Operator']);
    // Switched on again: the admin's verdict of their own innovation counts for nothing (as would
    // one typed into Verifikasi by hand), and the next recalculation says why.
    setSetting(h, 'separationOfDuties', 'Ya');
    expect(exportedNames(h)).toEqual(['Buatan Operator']);
    expect(findings(recalc(h)).join('\n')).toContain(`putusan verifikasi oleh ${ADMIN} tidak berlaku`);
  });
});

describe('old layout tabs', () => {
  it('are migrated by setup: name and status first, timestamps as date-times, rows sealed, nothing lost', () => {
    const h = setUp();
    const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Posyandu Lama'), true);
    verify(h, saved, 'verified');
    // Rewrite the tab in the layout of version 1: meta first, timestamps as ISO text, no seal.
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    const all = sheet.getDataRange().getValues() as unknown[][];
    const header = all[1]!.map(String);
    const meta = [
      'ID',
      'Revisi',
      'Status',
      'Kunci pengajuan terakhir',
      'Sidik jari',
      'Dibuat oleh',
      'Dibuat pada',
      'Diubah oleh',
      'Diubah pada',
    ];
    const rest = header.filter((x) => !meta.includes(x) && x !== 'Segel');
    const order = [...meta, ...rest];
    const pick = (r: unknown[]) =>
      order.map((name) => {
        const v = r[header.indexOf(name)];
        return v instanceof Date ? v.toISOString() : v;
      });
    sheet.getRange(1, 1, all.length, header.length).clearContent();
    sheet.getRange(1, 1, 1, header.length).clearDataValidations();
    sheet.getRange(3, 1, 1, header.length).clearDataValidations();
    sheet.getRange(3, 1, 1, header.length).setNumberFormat('@');
    sheet.getRange(2, 1, 2, order.length).setValues([order, pick(all[2]!)]);
    h.setUser(ADMIN);
    h.runMenu('setupSpreadsheet');
    expect(headerOf(h, 'Inovasi DINKES').slice(0, 2)).toEqual(['Nama inovasi', 'Status']);
    expect(cell(h, 'Inovasi DINKES', 3, 'Dibuat pada')).toBeInstanceOf(Date);
    expect(String(cell(h, 'Inovasi DINKES', 3, 'Segel'))).toMatch(/^s1\./);
    h.setUser(DINKES_OP);
    const d = h.call<Detail>('getInnovation', saved.id);
    expect(d.ok && [d.detail.innovation.name, d.detail.status, d.detail.revision]).toEqual([
      'Posyandu Lama',
      'verified',
      1,
    ]);
    expect(findings(recalc(h))).toEqual([
      'Tidak ada temuan: status, ID, dan kolom milik server sesuai isinya.',
    ]);
    expect(exportedNames(h)).toEqual(['Posyandu Lama']);
  });
});

describe('a clean first day on Google', () => {
  it('builds the menu under Ekstensi as an add-on (onInstall, onOpen in AuthMode.NONE), the same items', () => {
    const h = setUp();
    h.runTrigger('onOpen');
    const bound = h.ui.menus.at(-1)!;
    expect([bound.name, bound.addon]).toEqual(['Inovasi Daerah', false]);
    h.runTrigger('onInstall', { authMode: 'FULL' });
    const installed = h.ui.menus.at(-1)!;
    expect(installed.addon).toBe(true);
    h.runTrigger('onOpen', { authMode: 'NONE' });
    const addon = h.ui.menus.at(-1)!;
    expect(addon.addon).toBe(true);
    expect(addon.items).toEqual(bound.items);
  });

  it('names a permission left unticked and how to grant it', () => {
    const h = setUp();
    h.authorize(ADMIN, { untick: ['https://www.googleapis.com/auth/script.send_mail'] });
    saveAs(h, DINKES_OP, draftInnovation('DINKES', 'Gagasan'), false);
    setSetting(h, 'deadline', '2030-01-31');
    h.setUser(ADMIN);
    const preview = h.call<Result<{ preview: ReminderPreview }>>('getReminderPreview');
    expect(preview).toMatchObject({
      ok: false,
      message: expect.stringContaining('"Mengirim email atas nama Anda"'),
    });
    h.authorize(DINKES_OP, { untick: ['https://www.googleapis.com/auth/userinfo.email'] });
    h.setUser(DINKES_OP);
    const ctx = h.call<SidebarContext>('getContext');
    expect(ctx.readOnlyReason).toContain('"Melihat alamat email utama Akun Google Anda"');
    expect(ctx.readOnlyReason).not.toContain('beberapa akun');
  });
});
