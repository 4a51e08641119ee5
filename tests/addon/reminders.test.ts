// Reminders on the built bundle in the emulator: the preview per OPD, what is sent with MailApp
// and logged, the daily quota (all or nothing), and the weekly trigger (exactly one, no UI).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/emulator/harness';
import type { ReminderPreview, WeeklyReminderStatus } from '../../src/shared/admin-api';
import type { Result } from '../../src/shared/api';
import { REMINDER_TEXT } from '../../src/shared/messages/reminders';
import {
  completeInnovation,
  draftInnovation,
  incompleteInnovation,
  saveAs,
  setSetting,
  values,
  verify,
  witaDate,
} from './admin-tools';
import {
  ADMIN,
  addUsers,
  DINKES_OP,
  DINKES_OP2,
  DINSOS_OP,
  directEditor,
  PROTECTED,
  setUp,
  USERS,
} from './support';

const DISDIK_OP = 'op.disdik@majenekab.go.id';
const ADMIN2 = 'admin2@majenekab.go.id';

type Preview = Result<{ preview: ReminderPreview }>;
type Sent = Result<{ sent: number; failed: number; message: string }>;
type Weekly = Result<{ weekly: WeeklyReminderStatus; message: string }>;

/**
 * DINKES: a draft with missing evidence and a short design, a returned innovation with notes,
 * and a verified one; DINSOS: only a verified innovation (nothing missing); DISDIK: an operator
 * but no innovation; every other example OPD: no operator at all.
 */
function scenario(): { h: Harness; ids: Record<string, string> } {
  const h = setUp();
  addUsers(h, [
    [DISDIK_OP, 'Operator Disdik', 'Operator', 'DISDIK', true],
    [ADMIN2, 'Admin kedua', 'Admin', '', true],
  ]);
  h.setUser(ADMIN);
  h.runMenu('syncAccess');
  setSetting(h, 'deadline', witaDate(10));
  const draft = saveAs(h, DINKES_OP, incompleteInnovation('DINKES', 'Posyandu Keliling'), false);
  const returned = saveAs(h, DINKES_OP, completeInnovation('DINKES', 'Si Cantik Sehat'), true);
  verify(h, returned, 'returned', {
    note: 'SK belum ditandatangani',
    notes: { '17': 'Surat tugas tahun lama' },
  });
  const done = saveAs(h, DINKES_OP2, completeInnovation('DINKES', 'Apotek Keliling'), true);
  verify(h, done, 'verified');
  const dinsos = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat Sasaran'), true);
  verify(h, dinsos, 'verified');
  const early = saveAs(h, DINSOS_OP, draftInnovation('DINSOS', 'Gagasan Baru'), false);
  h.setUser(ADMIN);
  h.ui.alerts.length = 0;
  return {
    h,
    ids: { draft: draft.id, returned: returned.id, done: done.id, dinsos: dinsos.id, early: early.id },
  };
}

describe('Kirim Pengingat', () => {
  let h: Harness;
  let preview: ReminderPreview;

  beforeAll(() => {
    h = scenario().h;
    const r = h.call<Preview>('getReminderPreview');
    if (!r.ok) throw new Error(r.message);
    preview = r.preview;
  });

  it('previews one message per OPD with something missing, to its active operators', () => {
    const byOpd = Object.fromEntries(preview.reminders.map((r) => [r.opd, r]));
    expect(Object.keys(byOpd).sort()).toEqual(['DINKES', 'DINSOS', 'DISDIK']);
    expect(byOpd.DINKES!.recipients.sort()).toEqual([DINKES_OP2, DINKES_OP].sort());
    expect(byOpd.DISDIK!.recipients).toEqual([DISDIK_OP]);
    expect(preview.recipientCount).toBe(4);
    expect(preview.quota).toBe(100);
    expect(preview.deadlineText).toMatch(/\(WITA\), 10 hari lagi$/);
  });

  it('lists exactly what is missing in the DINKES message', () => {
    const dinkes = preview.reminders.find((r) => r.opd === 'DINKES')!;
    const body = dinkes.body;
    expect(dinkes.subject).toMatch(/^\[Inovasi Daerah\] Dinas Kesehatan: \d+ hal perlu dilengkapi, batas /);
    expect(body).toContain('Posyandu Keliling (Draf)');
    expect(body).toContain('Masih draf, belum diajukan');
    expect(body).toMatch(/\* 16 [^\n]*: tautan bukti belum diisi/);
    expect(body).toMatch(/\* 35 [^\n]*: tingkat belum dipilih/);
    expect(body).toMatch(/nilainya masih 0\): 20 /);
    expect(body).toMatch(/Rancang bangun baru 6 kata; minimal 300 kata\./);
    expect(body).toContain('Si Cantik Sehat (Perlu Perbaikan)');
    expect(body).toContain('Catatan: "SK belum ditandatangani"');
    expect(body).toMatch(/\* 17 [^\n]*: "Surat tugas tahun lama"/);
    expect(body).not.toContain('Apotek Keliling');
    expect(body).toContain('Batas waktu pengajuan: ');
  });

  it('tells an OPD without innovations to record one, and names the draft of DINSOS only', () => {
    const disdik = preview.reminders.find((r) => r.opd === 'DISDIK')!;
    expect(disdik.body).toContain('Dinas Pendidikan belum mencatat satu pun inovasi');
    const dinsos = preview.reminders.find((r) => r.opd === 'DINSOS')!;
    expect(dinsos.body).toContain('Gagasan Baru (Draf)');
    expect(dinsos.body).not.toContain('Bansos Tepat Sasaran');
  });

  it('lists OPDs without operators apart, as nobody can be reminded there', () => {
    const codes = preview.unreachable.map((u) => u.opd);
    expect(codes).toContain('SETDA');
    expect(codes).not.toContain('DINKES');
  });

  it('opens the preview dialog from the menu for admins, and refuses everyone else', () => {
    h.setUser(ADMIN);
    h.runMenu('showReminderDialog');
    expect(h.ui.dialogs.at(-1)).toMatchObject({
      title: REMINDER_TEXT.dialogTitle,
      file: 'Pengingat',
      modal: true,
    });
    h.setUser(DINKES_OP);
    const before = h.ui.dialogs.length;
    h.runMenu('showReminderDialog');
    expect(h.ui.dialogs.length).toBe(before);
    expect(h.ui.alerts.at(-1)?.message).toMatch(/hanya untuk admin/);
    expect(h.call<Preview>('getReminderPreview')).toMatchObject({ ok: false });
    expect(h.call<Sent>('sendReminders', preview.fingerprint)).toMatchObject({ ok: false });
    expect(h.mail).toHaveLength(0);
    h.setUser(ADMIN);
  });
});

describe('sending', () => {
  it('sends what the preview showed, logs it, and never sends the same plan twice', () => {
    const { h } = scenario();
    const preview = h.call<Preview>('getReminderPreview');
    if (!preview.ok) throw new Error(preview.message);
    const sent = h.call<Sent>('sendReminders', preview.preview.fingerprint);
    expect(sent).toMatchObject({ ok: true, sent: 3, failed: 0 });
    expect(h.mail.map((m) => m.to).sort()).toEqual(
      [[DINKES_OP, DINKES_OP2].join(','), DINSOS_OP, DISDIK_OP].sort(),
    );
    const dinkesMail = h.mail.find((m) => m.to.includes(DINKES_OP))!;
    const dinkesPreview = preview.preview.reminders.find((r) => r.opd === 'DINKES')!;
    expect(dinkesMail.subject).toBe(dinkesPreview.subject);
    expect(dinkesMail.body).toBe(dinkesPreview.body);
    expect(dinkesMail.replyTo).toBe(ADMIN);
    expect(dinkesMail.from).toBe(ADMIN);

    const log = values(h, 'Log Pengingat');
    expect(log[1]).toEqual([...REMINDER_TEXT.logHeaders]);
    const rows = log.slice(2);
    const sentRows = rows.filter((r) => r[4] === REMINDER_TEXT.resultSent);
    expect(sentRows.map((r) => r[2]).sort()).toEqual(['Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Sosial']);
    expect(sentRows.find((r) => r[2] === 'Dinas Kesehatan')).toEqual([
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} WITA$/),
      `${[DINKES_OP, DINKES_OP2].join(', ')}`,
      'Dinas Kesehatan',
      dinkesPreview.subject,
      'Terkirim',
      ADMIN,
      'Manual',
    ]);
    expect(rows.some((r) => r[2] === 'Sekretariat Daerah' && r[4] === REMINDER_TEXT.resultNoRecipient)).toBe(
      true,
    );

    // The log is the admins' record: nobody else can rewrite it.
    const edit = directEditor(h);
    edit.setUser(DINKES_OP);
    expect(() => edit.call('directWrite', 'Log Pengingat', 'E3', 'Terkirim')).toThrow(PROTECTED);
    edit.setUser(ADMIN2);
    expect(edit.call('directWrite', 'Log Pengingat', 'H3', 'catatan admin')).toBe('ok');

    const again = h.call<Sent>('sendReminders', preview.preview.fingerprint);
    expect(again.ok).toBe(false);
    expect(h.mail).toHaveLength(3);
    expect(values(h, 'Log Pengingat').length).toBe(log.length);
  });

  it('refuses a confirmation whose preview no longer matches the data', () => {
    const { h } = scenario();
    const preview = h.call<Preview>('getReminderPreview');
    if (!preview.ok) throw new Error(preview.message);
    saveAs(h, DISDIK_OP, draftInnovation('DISDIK', 'Sekolah Ramah Anak'), false);
    h.setUser(ADMIN);
    const sent = h.call<Sent>('sendReminders', preview.preview.fingerprint);
    expect(sent).toEqual({ ok: false, message: REMINDER_TEXT.changedSincePreview });
    expect(h.mail).toHaveLength(0);
  });

  it('sends none at all when the daily quota cannot cover every recipient', () => {
    const { h } = scenario();
    h.runtime.mailSentToday = 97; // 3 left, 4 needed
    const preview = h.call<Preview>('getReminderPreview');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.quota).toBe(3);
    const sent = h.call<Sent>('sendReminders', preview.preview.fingerprint);
    expect(sent).toEqual({ ok: false, message: REMINDER_TEXT.quotaShort(3, 4) });
    expect(h.mail).toHaveLength(0);
    const rows = values(h, 'Log Pengingat').slice(2);
    const quotaRows = rows.filter((r) => r[4] === REMINDER_TEXT.resultQuota(3, 4));
    expect(quotaRows.map((r) => r[2]).sort()).toEqual([
      'Dinas Kesehatan',
      'Dinas Pendidikan',
      'Dinas Sosial',
    ]);
    // Once the quota allows it, the same preview goes out in full.
    h.runtime.mailSentToday = 0;
    expect(h.call<Sent>('sendReminders', preview.preview.fingerprint)).toMatchObject({ ok: true, sent: 3 });
  });

  it('sends nothing to an OPD with nothing missing, and nothing at all when all are complete', () => {
    const h = setUp({ users: USERS.filter(([, , role, opd]) => role !== 'Operator' || opd === 'DINSOS') });
    const dinsos = saveAs(h, DINSOS_OP, completeInnovation('DINSOS', 'Bansos Tepat Sasaran'), true);
    verify(h, dinsos, 'verified');
    const preview = h.call<Preview>('getReminderPreview');
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.preview.reminders).toEqual([]);
    expect(preview.preview.complete).toContain('Dinas Sosial');
    expect(h.call<Sent>('sendReminders', preview.preview.fingerprint)).toEqual({
      ok: false,
      message: REMINDER_TEXT.nothingToSend,
    });
    expect(h.mail).toHaveLength(0);
  });
});

describe('weekly reminder', () => {
  it('installs exactly one Monday 08:00 trigger, however often it is switched on', () => {
    const { h } = scenario();
    const on = h.call<Weekly>('setWeeklyReminders', true);
    expect(on).toMatchObject({ ok: true, weekly: { enabled: true, owner: ADMIN, mine: true } });
    expect(h.call<Weekly>('setWeeklyReminders', true).ok).toBe(true);
    expect(h.triggers).toHaveLength(1);
    expect(h.triggers[0]).toMatchObject({
      handler: 'sendWeeklyReminders',
      owner: ADMIN,
      eventType: 'CLOCK',
      schedule: expect.objectContaining({ everyWeeks: 1, onWeekDay: 'MONDAY', atHour: 8 }),
    });

    // A second admin cannot add a second trigger (nor remove the first one's).
    h.setUser(ADMIN2);
    const other = h.call<Weekly>('setWeeklyReminders', true);
    expect(other).toEqual({ ok: false, message: REMINDER_TEXT.weeklyOwnedByOther(ADMIN) });
    expect(h.call<Weekly>('setWeeklyReminders', false).ok).toBe(false);
    expect(h.triggers).toHaveLength(1);
    const preview = h.call<Preview>('getReminderPreview');
    expect(preview.ok && preview.preview.weekly).toMatchObject({ enabled: true, owner: ADMIN, mine: false });

    h.setUser(ADMIN);
    expect(h.call<Weekly>('setWeeklyReminders', false)).toMatchObject({
      ok: true,
      weekly: { enabled: false },
    });
    expect(h.triggers).toHaveLength(0);
  });

  it('sends from the trigger without any UI, logs it, and skips a plan already sent', () => {
    const { h } = scenario();
    h.call<Weekly>('setWeeklyReminders', true);
    const alerts = h.ui.alerts.length;
    h.setUser(DINKES_OP); // the trigger runs as its owner, whoever is at the keyboard
    h.runTimeTrigger(h.triggers[0]!);
    expect(h.mail).toHaveLength(3);
    expect(h.mail.every((m) => m.from === ADMIN)).toBe(true);
    expect(h.ui.alerts.length).toBe(alerts);
    const weeklyRows = values(h, 'Log Pengingat')
      .slice(2)
      .filter((r) => r[6] === REMINDER_TEXT.modeWeekly && r[4] === REMINDER_TEXT.resultSent);
    expect(weeklyRows).toHaveLength(3);
    h.runTimeTrigger(h.triggers[0]!);
    expect(h.mail).toHaveLength(3);
  });

  it('switches itself off when its installer is no longer an admin', () => {
    const { h } = scenario();
    h.setUser(ADMIN2);
    expect(h.call<Weekly>('setWeeklyReminders', true).ok).toBe(true);
    const users = h.spreadsheet.getSheetByName('Pengguna')!;
    const row = users
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === ADMIN2);
    users.getRange(row + 1, 5).setValue(false);
    h.runTimeTrigger(h.triggers[0]!);
    expect(h.mail).toHaveLength(0);
    expect(h.triggers).toHaveLength(0);
    h.setUser(ADMIN);
    const preview = h.call<Preview>('getReminderPreview');
    expect(preview.ok && preview.preview.weekly.enabled).toBe(false);
    expect(h.logs.join('\n')).toContain(REMINDER_TEXT.weeklyNotAdmin);
  });

  it('does nothing when called by anyone but the recorded trigger owner', () => {
    const { h } = scenario();
    h.call<Weekly>('setWeeklyReminders', true);
    h.setUser(DINKES_OP);
    h.call('sendWeeklyReminders');
    expect(h.mail).toHaveLength(0);
    expect(h.triggers).toHaveLength(1);
  });
});
