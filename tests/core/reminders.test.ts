import { describe, expect, it } from 'vitest';
import type { InnovationResult, NotCountedReason } from '../../src/core/model';
import { buildReminders, daysBetween, type ReminderData } from '../../src/core/reminders';
import { formatDateLongId } from '../../src/shared/messages/common';
import { daysLeftText, reminderSubject } from '../../src/shared/messages/reminders';

function result(
  id: string,
  opd: string,
  reasonCodes: NotCountedReason[],
  noEvidence: string[] = [],
): InnovationResult {
  return {
    id,
    opd,
    name: id,
    sidScore: 0,
    verifiedSidScore: 0,
    counted: reasonCodes.length === 0,
    verifiedCounted: false,
    reasons: [],
    verifiedReasons: [],
    reasonCodes,
    indicators: noEvidence.map((i) => ({ id: i, level: 2, score: 0, problem: 'no_evidence' as const })),
    problems: [],
  };
}

const base = (id: string, opd: string, name: string, status: string, indicators = {}) => ({
  innovation: { id, opd, name, stage: 'penerapan' as const, indicators },
  status,
});

const data: ReminderData = {
  opds: [
    { code: 'DINKES', name: 'Dinas Kesehatan', active: true },
    { code: 'DISDIK', name: 'Dinas Pendidikan', active: true },
    { code: 'DINSOS', name: 'Dinas Sosial', active: true },
    { code: 'BPBD', name: 'BPBD', active: true },
    { code: 'LAMA', name: 'OPD Lama', active: false },
  ],
  users: [
    { email: 'Ops1@dinkes.go.id ', name: 'A', role: 'operator', opd: 'DINKES', active: true },
    { email: 'ops1@dinkes.go.id', name: 'A again', role: 'operator', opd: 'DINKES', active: true },
    { email: 'ops2@dinkes.go.id', name: 'B', role: 'operator', opd: 'DINKES', active: true },
    { email: 'gone@dinkes.go.id', name: 'C', role: 'operator', opd: 'DINKES', active: false },
    { email: 'verif@balitbang.go.id', name: 'V', role: 'verifikator', opd: 'DINKES', active: true },
    { email: 'ops@disdik.go.id', name: 'D', role: 'operator', opd: 'DISDIK', active: true },
    { email: 'ops@dinsos.go.id', name: 'E', role: 'operator', opd: 'DINSOS', active: true },
    { email: 'not-an-email', name: 'F', role: 'operator', opd: 'BPBD', active: true },
    { email: 'ops@lama.go.id', name: 'G', role: 'operator', opd: 'LAMA', active: true },
  ],
  innovations: [
    base('i1', 'DINKES', 'Posyandu Digital', 'draft', { '16': { level: 2 }, '35': { level: 0 } }),
    base('i2', 'DINKES', 'Si Cantik', 'returned'),
    base('i3', 'DINKES', 'Sudah Beres', 'verified'),
    base('i4', 'DINSOS', 'Bansos Tepat', 'verified'),
    base('i5', 'DINSOS', 'Lansia Sehat', 'submitted'),
    base('i6', 'BPBD', 'Siaga Bencana', 'draft'),
  ],
  verifications: {
    i2: { status: 'returned', note: 'Bukti SK tidak terbaca', notes: { '17': 'SK tahun lama', '16': ' ' } },
  },
};

const scoring = {
  innovations: [
    result(
      'i1',
      'DINKES',
      [
        { code: 'mandatory', indicators: ['35', '16'] },
        { code: 'design_words', words: 120, minimum: 300 },
      ],
      ['18', '16'],
    ),
    result('i2', 'DINKES', [
      { code: 'not_verified', status: 'returned' },
      { code: 'mandatory', indicators: ['17'], verified: true },
    ]),
    result('i3', 'DINKES', [{ code: 'mandatory', indicators: ['16'] }]),
    result('i4', 'DINSOS', []),
    result('i5', 'DINSOS', []),
    result('i6', 'BPBD', [
      { code: 'stage', stage: 'uji_coba' },
      { code: 'mandatory', indicators: ['16'] },
    ]),
  ],
};

const settings = { regencyName: 'Kabupaten Majene', deadline: '2026-08-31', timeZone: 'Asia/Makassar' };
const names = { '16': 'Regulasi inovasi daerah', '17': 'Ketersediaan SDM', '35': 'Video inovasi daerah' };

describe('buildReminders', () => {
  const plan = buildReminders(data, scoring, settings, '2026-08-19', { indicatorNames: names });

  it('reminds exactly the OPDs with something missing, in OPD-list order', () => {
    expect(plan.reminders.map((r) => r.opd)).toEqual(['DINKES', 'DISDIK']);
    expect(plan.complete).toEqual(['DINSOS']);
    expect(plan.unreachable.map((r) => r.opd)).toEqual(['BPBD']);
    expect(plan.deadline).toEqual({ date: '2026-08-31', daysLeft: 12 });
  });

  it("sends to the OPD's active operators only, lower-cased and de-duplicated", () => {
    expect(plan.reminders[0]!.recipients).toEqual(['ops1@dinkes.go.id', 'ops2@dinkes.go.id']);
    expect(plan.reminders[1]!.recipients).toEqual(['ops@disdik.go.id']);
    expect(plan.recipientCount).toBe(3);
  });

  it('lists per innovation what is missing', () => {
    const dinkes = plan.reminders[0]!;
    expect(dinkes.noInnovation).toBe(false);
    expect(dinkes.innovations.map((t) => t.id)).toEqual(['i1', 'i2']);
    expect(dinkes.innovations[0]!.issues).toEqual([
      { kind: 'draft' },
      {
        kind: 'mandatory',
        indicators: [
          { id: '16', gap: 'no_evidence' },
          { id: '35', gap: 'not_filled' },
        ],
      },
      { kind: 'evidence', indicators: ['18'] },
      { kind: 'design_words', words: 120, minimum: 300 },
    ]);
    expect(dinkes.innovations[1]!.issues).toEqual([
      {
        kind: 'returned',
        note: 'Bukti SK tidak terbaca',
        indicatorNotes: [{ id: '17', note: 'SK tahun lama' }],
      },
    ]);
    expect(dinkes.itemCount).toBe(5);
  });

  it('words the e-mail in Bahasa Indonesia with the deadline in WITA', () => {
    const { subject, body } = plan.reminders[0]!;
    expect(subject).toBe(
      '[Inovasi Daerah] Dinas Kesehatan: 5 hal perlu dilengkapi, batas 31 Agustus 2026 (12 hari lagi)',
    );
    expect(body).toContain('Yth. Operator Inovasi Daerah Dinas Kesehatan,');
    expect(body).toContain('Batas waktu pengajuan: Senin, 31 Agustus 2026 (WITA), 12 hari lagi.');
    expect(body).toContain('1. Posyandu Digital (Draf)');
    expect(body).toContain('Masih draf, belum diajukan');
    expect(body).toContain('* 16 Regulasi inovasi daerah: tautan bukti belum diisi');
    expect(body).toContain('* 35 Video inovasi daerah: tingkat belum dipilih');
    expect(body).toContain('tautan bukti belum diisi (nilainya masih 0): Indikator 18');
    expect(body).toContain('Rancang bangun baru 120 kata; minimal 300 kata.');
    expect(body).toContain('2. Si Cantik (Perlu Perbaikan)');
    expect(body).toContain('Catatan: "Bukti SK tidak terbaca"');
    expect(body).toContain('* 17 Ketersediaan SDM: "SK tahun lama"');
    expect(body).not.toContain('Sudah Beres');
  });

  it('tells an OPD without innovations to record one', () => {
    const disdik = plan.reminders[1]!;
    expect(disdik.noInnovation).toBe(true);
    expect(disdik.itemCount).toBe(1);
    expect(disdik.body).toContain('Dinas Pendidikan belum mencatat satu pun inovasi');
  });

  it('does not ask about evidence of an innovation that is not at a counted stage', () => {
    const bpbd = plan.unreachable[0]!;
    expect(bpbd.innovations[0]!.issues).toEqual([{ kind: 'draft' }]);
  });

  it('fingerprints the plan so a confirmation can be tied to its preview', () => {
    const again = buildReminders(data, scoring, settings, '2026-08-19', { indicatorNames: names });
    expect(again.fingerprint).toBe(plan.fingerprint);
    const later = buildReminders(data, scoring, settings, '2026-08-20', { indicatorNames: names });
    expect(later.fingerprint).not.toBe(plan.fingerprint);
  });

  it('leaves the deadline out when Pengaturan has none, and says when it has passed', () => {
    const none = buildReminders(data, scoring, { ...settings, deadline: null }, '2026-08-19');
    expect(none.deadline).toBeNull();
    expect(none.reminders[0]!.body).not.toContain('Batas waktu');
    expect(none.reminders[0]!.subject).toBe('[Inovasi Daerah] Dinas Kesehatan: 5 hal perlu dilengkapi');
    const late = buildReminders(data, scoring, settings, '2026-09-02');
    expect(late.deadline!.daysLeft).toBe(-2);
    expect(late.reminders[0]!.subject).toContain('batas waktu sudah lewat');
    expect(late.reminders[0]!.body).toContain('sudah lewat 2 hari');
  });

  it('sends nothing when every OPD is complete', () => {
    const done = buildReminders(
      { ...data, opds: [{ code: 'DINSOS', name: 'Dinas Sosial', active: true }] },
      scoring,
      settings,
      '2026-08-19',
    );
    expect(done.reminders).toEqual([]);
    expect(done.recipientCount).toBe(0);
  });
});

describe('date wording', () => {
  it('counts calendar days and names weekdays', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
    expect(formatDateLongId('2026-08-17')).toBe('Senin, 17 Agustus 2026');
    expect(daysLeftText(1)).toBe('besok');
    expect(daysLeftText(0)).toBe('hari ini');
    expect(
      reminderSubject({
        regencyName: 'X',
        opdName: 'Y',
        noInnovation: true,
        itemCount: 1,
        deadline: { date: '2026-08-31', daysLeft: 0 },
        timeZone: 'Asia/Makassar',
        innovations: [],
      }),
    ).toContain('(hari ini)');
  });
});
