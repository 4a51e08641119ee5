// Issue 13 on the built bundle: editing a submitted or verified innovation never turns it into a
// Draf by accident (Simpan perubahan keeps it submitted, Tarik ke draf is explicit), a draft
// without Tahapan keeps it empty, dates that have not happened are refused, an invalid SPD link
// typed in the grid is named as such, a verdict remembers what it was given to (so a re-review
// shows what changed), and the small refusals say the true thing.
import { describe, expect, it } from 'vitest';
import { changedFields, getRubric } from '../../src/core';
import type { Innovation } from '../../src/core/model';
import type { Harness } from '../../src/emulator/harness';
import type { InnovationDetail, Result, SaveResult } from '../../src/shared/api';
import { ACTION_TEXT } from '../../src/shared/messages/recalc';
import { ACCESS_MESSAGES, SAVE_MESSAGES } from '../../src/shared/messages/server';
import { completeInnovation, saveAs, values, verify, witaDate } from './admin-tools';
import { draftInnovation } from './fixtures';
import { ADMIN, DINKES_OP, STRANGER, save, setUp, tabValues } from './support';

type Detail = Result<{ detail: InnovationDetail }>;

function detail(h: Harness, id: string): InnovationDetail {
  const r = h.call<Detail>('getInnovation', id);
  if (!r.ok) throw new Error(r.message);
  return r.detail;
}

function snapshot(h: Harness): string {
  return JSON.stringify(h.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

/** A verified DINKES innovation, as its operator sees it. */
function verified(): { h: Harness; id: string; revision: number } {
  const h = setUp();
  const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES'), true);
  verify(h, saved, 'verified');
  h.setUser(DINKES_OP);
  return { h, ...saved };
}

function edit(id: string, changes: Partial<Innovation> = {}): Innovation {
  return { ...completeInnovation('DINKES'), id, ...changes };
}

describe('saving an innovation that is already submitted', () => {
  it('refuses a plain draft save of a submitted innovation and changes nothing', () => {
    const h = setUp();
    const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES'), true);
    const before = snapshot(h);
    const r = save(h, edit(saved.id, { name: 'Salah ketik diperbaiki' }), { baseRevision: saved.revision });
    expect(r).toEqual({ ok: false, message: SAVE_MESSAGES.withdrawNeeded });
    expect(snapshot(h)).toBe(before);
    expect(detail(h, saved.id).status).toBe('submitted');
  });

  it('Simpan perubahan keeps a verified innovation submitted and asks for re-verification', () => {
    const { h, id, revision } = verified();
    const r = save(h, edit(id, { name: 'Posyandu Digital Majene (revisi)' }), {
      baseRevision: revision,
      submit: true,
    });
    expect(r).toMatchObject({ ok: true, status: 'reverify', message: SAVE_MESSAGES.savedReverify });
    expect(detail(h, id).status).toBe('reverify');
  });

  it('Simpan perubahan without a change in content leaves the verdict standing', () => {
    const { h, id, revision } = verified();
    const r = save(h, edit(id), { baseRevision: revision, submit: true });
    expect(r).toMatchObject({ ok: true, status: 'verified', message: SAVE_MESSAGES.savedVerified });
  });

  it('Tarik ke draf takes even an unchanged verified innovation out of the verified projection', () => {
    const { h, id, revision } = verified();
    const r = save(h, edit(id), { baseRevision: revision, withdraw: true });
    expect(r).toMatchObject({ ok: true, status: 'draft', message: SAVE_MESSAGES.withdrawn });
    const d = detail(h, id);
    expect(d.status).toBe('draft');
    expect(d.verification?.status).toBe('pending');
    h.setUser(ADMIN);
    h.runMenu('recalculate');
    const scores = tabValues(h, 'Skor Inovasi');
    const row = scores.find((r) => r.includes(id)) ?? [];
    expect(row.join('|')).toMatch(/Draf/);
    // Submitted again with the very content that was verified: the verdict holds again.
    h.setUser(DINKES_OP);
    const again = save(h, edit(id), { baseRevision: revision + 1, submit: true });
    expect(again).toMatchObject({ ok: true, status: 'verified' });
  });
});

describe('what a draft stores', () => {
  it('keeps Tahapan empty when none was chosen (no Inisiatif made up)', () => {
    const h = setUp();
    const { stage: _none, ...noStage } = draftInnovation('DINKES', 'Gagasan tanpa tahapan');
    const saved = saveAs(h, DINKES_OP, noStage as Innovation, false);
    const d = detail(h, saved.id);
    expect(d.innovation.stage).toBeUndefined();
    expect(d.problems ?? []).toEqual([]);
    const row = tabValues(h, 'Inovasi DINKES').find((r) => r.includes(saved.id)) ?? [];
    expect(row).not.toContain('Inisiatif');
    expect(row).not.toContain('inisiatif');
  });
});

describe('dates and links', () => {
  it('refuses a date that has not happened yet, naming the field and the date', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const before = snapshot(h);
    const future = witaDate(400);
    const inv = completeInnovation('DINKES');
    inv.implementationDate = future;
    inv.indicators['17'] = { ...inv.indicators['17']!, letterDate: witaDate(30) };
    const r = save(h, inv, { submit: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries((r.fieldErrors ?? []).map((e) => [e.path, e.message]));
    expect(byPath.implementationDate).toMatch(/^Waktu penerapan .* belum terjadi \(hari ini /);
    expect(byPath['indicators.17.letterDate']).toMatch(/belum terjadi/);
    expect(snapshot(h)).toBe(before);
  });

  it('says which line of the evidence is not a link', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    const inv = completeInnovation('DINKES');
    inv.indicators['18'] = {
      level: 2,
      evidence: 'https://drive.google.com/file/d/sk\nlemari arsip bidang P2P',
    };
    const r = save(h, inv, { submit: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = r.fieldErrors?.find((e) => e.path === 'indicators.18.evidence')?.message ?? '';
    expect(message).toContain('baris 2');
    expect(message).toContain('lemari');
  });

  it('reports an invalid SPD link typed in the grid as "link tidak valid", not as missing evidence', () => {
    const h = setUp();
    const spd = h.spreadsheet.getSheetByName('SPD')!;
    const header = (spd.getDataRange().getValues()[1] ?? []) as string[];
    const rows = spd.getDataRange().getValues();
    const rowId = getRubric('iid-2027').spd.rows[0]!.id;
    const r = rows.findIndex((row) => row[0] === rowId) + 1;
    const levelCol = header.findIndex((t) => /^Tingkat/.test(t)) + 1;
    const evidenceCol = header.findIndex((t) => /bukti/i.test(t)) + 1;
    expect(r * levelCol * evidenceCol).toBeGreaterThan(0);
    spd.getRange(r, levelCol).setValue(3);
    spd.getRange(r, evidenceCol).setValue('ada di lemari Balitbang');
    h.setUser(ADMIN);
    h.runMenu('recalculate');
    const text = values(h, 'Ringkasan').flat().join('\n');
    expect(text).toContain(ACTION_TEXT.spdEvidence([], [rowId]).split(' (')[0]);
    expect(text).toMatch(new RegExp(`SPD ${rowId}\\): link tidak valid`));
    expect(text).not.toMatch(new RegExp(`lengkapi bukti SPD [^\\n]*\\b${rowId}\\b`));
  });
});

describe('a re-review knows what changed since the verdict', () => {
  it('the verdict keeps what it was given to, field by field', () => {
    const h = setUp();
    const saved = saveAs(h, DINKES_OP, completeInnovation('DINKES'), true);
    verify(h, saved, 'returned', { note: 'Perbaiki bukti indikator 18.' });
    h.setUser(DINKES_OP);
    const changed = edit(saved.id, { name: 'Posyandu Digital Majene Terpadu', trialDate: '2025-02-01' });
    changed.indicators['18'] = {
      ...changed.indicators['18']!,
      evidence: 'https://drive.google.com/file/d/sk-baru',
    };
    const r = save(h, changed, { baseRevision: saved.revision, submit: true });
    expect(r).toMatchObject({ ok: true, status: 'reverify' });
    const d = detail(h, saved.id);
    expect(d.verification?.snapshot).toBeTruthy();
    const changes = changedFields(d.verification?.snapshot ?? {}, d.innovation);
    expect(changes.map((c) => c.path).sort()).toEqual(['indicators.18.evidence', 'name', 'trialDate']);
    expect(changes.find((c) => c.path === 'name')).toMatchObject({
      before: 'Posyandu Digital Majene',
      after: 'Posyandu Digital Majene Terpadu',
    });
  });
});

describe('refusals that say the true thing', () => {
  it('Tutup Periode tells a guest why they have no role, not that it is recorded in Pengguna', () => {
    const h = setUp();
    h.setUser(STRANGER);
    h.runMenu('closePeriod');
    const message = h.ui.alerts.at(-1)?.message ?? '';
    expect(message).toContain(ACCESS_MESSAGES.unknownUser(STRANGER));
    expect(message).not.toContain('Peran Anda tercatat');
  });

  it('the reminder preview of a plan already sent says so instead of offering to send it again', () => {
    const h = setUp();
    saveAs(h, DINKES_OP, draftInnovation('DINKES', 'Gagasan'), false);
    h.setUser(ADMIN);
    type Preview = Result<{ preview: { fingerprint: string; alreadySent?: string } }>;
    const first = h.call<Preview>('getReminderPreview');
    if (!first.ok) throw new Error(first.message);
    expect(first.preview.alreadySent).toBeUndefined();
    expect(h.call<SaveResult>('sendReminders', first.preview.fingerprint).ok).toBe(true);
    const again = h.call<Preview>('getReminderPreview');
    if (!again.ok) throw new Error(again.message);
    expect(again.preview.alreadySent).toMatch(/sudah dikirim pada/);
  });
});
