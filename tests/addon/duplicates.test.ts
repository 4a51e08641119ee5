// Near-duplicates through the built bundle in the emulator: the sidebar's findSimilar (who may ask,
// what they learn of other OPDs' innovations, read-only and cheap), and the Kemungkinan Duplikat tab
// the recalculation writes (pairs, Balitbang's decisions kept across runs, a Ringkasan line, cost
// independent of the number of innovations and pairs).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUPLICATE_THRESHOLD, type DuplicatePair } from '../../src/core/duplicates';
import type { Harness } from '../../src/emulator/harness';
import { DUPLICATES_FORMATS, duplicatesTable, pairKey } from '../../src/server/duplicates/table';
import type { Result, SimilarInnovation } from '../../src/shared/api';
import { DUPLICATE_KIND_LABELS } from '../../src/shared/messages/duplicates';
import { HISTORY_TEXT } from '../../src/shared/messages/history';
import { DUPLICATE_DECISIONS, DUPLICATE_TAB_TEXT, SIMILAR_TEXT } from '../../src/shared/messages/similar';
import { TRAINING_TEXT } from '../../src/shared/messages/training';
import { antreanCopy, type Register, saveAsOperator, saveRegister } from './duplicates-fixtures';
import { draftInnovation } from './fixtures';
import {
  ADMIN,
  addUsers,
  BOSS,
  DINKES_OP,
  DINSOS_OP,
  directEditor,
  INACTIVE,
  PROTECTED,
  STRANGER,
  seedInnovations,
  setUp,
  tabValues,
  VERIFIER,
} from './support';

type Found = Result<{ items: SimilarInnovation[] }>;

const TAB = DUPLICATE_TAB_TEXT.tab;
const H = DUPLICATE_TAB_TEXT.headers;

function similar(h: Harness, user: string, draft: Record<string, unknown>): Found {
  h.setUser(user);
  return h.call<Found>('findSimilar', { id: '', name: '', design: '', goal: '', benefit: '', ...draft });
}

function items(r: Found): SimilarInnovation[] {
  if (!r.ok) throw new Error(r.message);
  return r.items;
}

function recalc(h: Harness): void {
  h.setUser(ADMIN);
  h.runMenu('recalculate');
}

/** Data rows of the tab as header → value records. */
function pairRows(h: Harness): Record<string, unknown>[] {
  const values = tabValues(h, TAB);
  const header = values[1]!.map(String);
  return values.slice(2).map((row) => Object.fromEntries(header.map((k, i) => [k, row[i]])));
}

describe('findSimilar: what an operator sees while typing', () => {
  let h: Harness;
  let reg: Register;
  beforeAll(() => {
    h = setUp();
    reg = saveRegister(h);
  });

  it('finds another OPD’s innovation by a similar name, with its OPD’s name, but not its id or content', () => {
    const found = items(similar(h, DINSOS_OP, { name: 'Antrean Online Puskesmas' }));
    const hit = found.find((i) => i.name === 'Sistem Antrean Online Puskesmas (SIANTRE)')!;
    expect(hit).toBeDefined();
    expect(hit.opd).toBe('DINKES');
    expect(hit.opdName).toBe('Dinas Kesehatan');
    expect(hit.id).toBe('');
    expect(hit.similarity).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
    expect(hit.sharedPhrases).toEqual(['Antrean Online Puskesmas']);
    expect(Object.keys(hit).sort()).toEqual([
      'id',
      'kind',
      'name',
      'opd',
      'opdName',
      'sharedPhrases',
      'similarity',
    ]);
    expect(JSON.stringify(found)).not.toContain('WhatsApp');
  });

  it('finds a paraphrased rancang bangun even under a different name, and names the shared phrases', () => {
    const copy = antreanCopy();
    const found = items(
      similar(h, DINKES_OP, { name: 'Layanan Pendaftaran Pasien', design: copy.design, goal: copy.goal }),
    );
    const hit = found.find((i) => i.name === 'Antrean Daring Puskesmas Majene')!;
    expect(hit.kind).toBe('isi');
    expect(hit.sharedPhrases.length).toBeGreaterThan(0);
    expect(hit.sharedPhrases.join(' ')).toMatch(/antrean/i);
  });

  it('gives the id of the caller’s own OPD’s innovations, and never returns the draft itself', () => {
    const own = items(similar(h, DINKES_OP, { name: 'Posyandu Keliling' }));
    expect(own.map((i) => [i.id, i.name])).toEqual([[reg.posyandu, 'Posyandu Keliling Pesisir']]);
    const self = items(similar(h, DINKES_OP, { id: reg.posyandu, name: 'Posyandu Keliling Pesisir' }));
    expect(self).toEqual([]);
  });

  it('does not flag a different innovation on another topic', () => {
    expect(items(similar(h, DINSOS_OP, { name: 'Gerakan Literasi Desa Terpencil' }))).toEqual([]);
  });

  it('answers every known role, and refuses strangers and inactive accounts with a message', () => {
    for (const user of [ADMIN, VERIFIER, BOSS, DINKES_OP])
      expect(similar(h, user, { name: 'Bank Sampah' }).ok).toBe(true);
    for (const user of [STRANGER, INACTIVE, '']) {
      const r = similar(h, user, { name: 'Bank Sampah' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
  });

  it('refuses oversized or malformed drafts and answers an empty one with nothing', () => {
    for (const bad of [{ name: 'x'.repeat(501) }, { design: 'kata '.repeat(5000) }, { name: 42 }]) {
      const r = similar(h, DINKES_OP, bad);
      expect(r).toEqual({ ok: false, message: SIMILAR_TEXT.badRequest });
    }
    h.setUser(DINKES_OP);
    expect(h.call<Found>('findSimilar', 'Posyandu')).toEqual({ ok: false, message: SIMILAR_TEXT.badRequest });
    expect(items(similar(h, DINKES_OP, {}))).toEqual([]);
  });

  it('only reads: no lock, no write, one read per tab it needs', () => {
    h.setUser(DINSOS_OP);
    const calls = h.measure(() => {
      h.call('findSimilar', { id: '', name: 'Antrean Online Puskesmas', design: '', goal: '', benefit: '' });
    });
    const writes = Object.keys(calls).filter((m) => /\.(set|insert|delete|clear|append)/.test(m));
    expect(writes).toEqual([]);
    expect(calls['LockService.getDocumentLock'] ?? 0).toBe(0);
    expect(calls['LockService.getScriptLock'] ?? 0).toBe(0);
    // Pengaturan, OPD, Pengguna, then one getValues per OPD tab.
    const opdTabs = tabValues(h, 'OPD').slice(2).length;
    expect(calls['Range.getValues']).toBe(3 + opdTabs);
  });
});

describe('Kemungkinan Duplikat: the recalculation’s table for Balitbang', () => {
  let h: Harness;
  let reg: Register;
  beforeAll(() => {
    h = setUp();
    reg = saveRegister(h);
    recalc(h);
  });

  it('lists the renamed copy as one pair with both OPDs, the similarity and the shared phrases', () => {
    expect(h.ui.alerts).toEqual([]);
    const values = tabValues(h, TAB);
    expect(values[0]![0]).toBe(DUPLICATE_TAB_TEXT.description);
    const rows = pairRows(h);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(new Set([row[H.idA], row[H.idB]])).toEqual(new Set([reg.antrean, reg.copy]));
    expect(new Set([row[H.opdA], row[H.opdB]])).toEqual(new Set(['DINKES', 'DINSOS']));
    expect(row[H.similarity]).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
    // "Sistem Antrean Online Puskesmas" and "Antrean Daring Puskesmas Majene": online is daring.
    expect(row[H.contentSimilarity]).toBeGreaterThanOrEqual(0.6);
    expect(row[H.nameSimilarity]).toBeGreaterThanOrEqual(0.6);
    expect(row[H.kind]).toBe(DUPLICATE_KIND_LABELS.keduanya);
    expect(String(row[H.phrases])).toMatch(/“.+”/);
    expect(row[H.decision]).toBe(DUPLICATE_DECISIONS.open);
    const sheet = h.spreadsheet.getSheetByName(TAB)!;
    expect(sheet.getRange(3, 7).getNumberFormat()).toBe('0%');
    const rule = sheet.getRange(3, 12).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(Object.values(DUPLICATE_DECISIONS));
  });

  it('puts one line with the count on the Ringkasan', () => {
    const text = tabValues(h, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain(DUPLICATE_TAB_TEXT.dashboardHeader);
    expect(text).toContain(DUPLICATE_TAB_TEXT.dashboardLine(1, 1));
  });

  it('keeps Balitbang’s decision and note across runs, whichever way round the pair is written', () => {
    const sheet = h.spreadsheet.getSheetByName(TAB)!;
    const [idA, idB] = [sheet.getRange(3, 1).getValue(), sheet.getRange(3, 4).getValue()];
    // The admin writes the pair the other way round (as a copy from elsewhere would be).
    sheet.getRange(3, 1).setValue(idB);
    sheet.getRange(3, 4).setValue(idA);
    sheet.getRange(3, 12).setValue(DUPLICATE_DECISIONS.keep);
    sheet.getRange(3, 13).setValue('Dua layanan berbeda lokasi');
    recalc(h);
    recalc(h);
    const row = pairRows(h)[0]!;
    expect(row[H.decision]).toBe(DUPLICATE_DECISIONS.keep);
    expect(row[H.note]).toBe('Dua layanan berbeda lokasi');
    const text = tabValues(h, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain(DUPLICATE_TAB_TEXT.dashboardLine(1, 0));
  });

  it('keeps a decided pair listed (marked) when it is no longer similar, and drops it once an innovation is gone', () => {
    const copy = {
      ...antreanCopy(),
      id: reg.copy,
      name: 'Rumah Singgah Lansia',
      design:
        'Lansia terlantar ditampung sementara di rumah singgah, didampingi pekerja sosial, lalu dipertemukan kembali dengan keluarganya atau dirujuk ke panti.',
      goal: 'Melindungi lansia terlantar.',
      benefit: 'Lansia mendapat tempat aman.',
    };
    h.setUser(DINSOS_OP);
    const detail = h.call<{ ok: boolean; detail: { revision: number } }>('getInnovation', reg.copy);
    saveAsOperatorEdit(h, copy, detail.detail.revision);
    recalc(h);
    const rows = pairRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0]![H.decision]).toBe(DUPLICATE_DECISIONS.keep);
    expect(rows[0]![H.nameB] === 'Rumah Singgah Lansia' || rows[0]![H.nameA] === 'Rumah Singgah Lansia').toBe(
      true,
    );
    expect(rows[0]![H.remark]).toBe(DUPLICATE_TAB_TEXT.belowThreshold);
    expect(rows[0]![H.similarity]).toBe('');
    // The owner deletes the DINSOS row by hand: the decision goes with it.
    const tab = h.spreadsheet.getSheetByName('Inovasi DINSOS')!;
    const all = tab.getDataRange().getValues();
    const at = all.findIndex((r) => r[all[1]!.indexOf('ID')] === reg.copy);
    tab.deleteRow(at + 1);
    recalc(h);
    expect(pairRows(h).map((r) => r[H.nameA])).toEqual([DUPLICATE_TAB_TEXT.none]);
  });

  it('can be edited by admins only', () => {
    const editor = directEditor(h);
    editor.setUser(DINKES_OP);
    expect(() => editor.call('directWrite', TAB, 'L3', DUPLICATE_DECISIONS.merge)).toThrow(PROTECTED);
    editor.setUser(ADMIN);
    expect(editor.call('directWrite', TAB, 'M3', 'catatan admin')).toBe('ok');
  });
});

function saveAsOperatorEdit(
  h: Harness,
  innovation: ReturnType<typeof antreanCopy>,
  baseRevision: number,
): void {
  const r = h.call<{ ok: boolean; message?: string }>('saveInnovation', {
    idempotencyKey: `edit-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    baseRevision,
    submit: false,
    innovation,
  });
  if (!r.ok) throw new Error(r.message);
}

describe('Kemungkinan Duplikat: cost', () => {
  /** A set-up sheet with `copies` near-identical innovations in DINKES (so copies² / 2 pairs). */
  function world(copies: number): Harness {
    const h = setUp();
    seedInnovations(h, { code: 'DINKES', name: 'Dinas Kesehatan' }, copies);
    saveAsOperator(h, draftInnovation('DINSOS', 'Bank Sampah Digital Kelurahan'));
    h.setUser(ADMIN);
    h.resetCounts();
    return h;
  }

  it('makes the same Sheets calls for 5 copies (10 pairs) and for 30 (each with its 10 closest)', () => {
    const small = world(5);
    const large = world(30);
    recalc(small);
    recalc(large);
    expect(large.counts()).toEqual(small.counts());
    expect(pairRows(small)).toHaveLength(10);
    // 30 copies would make 435 pairs; each keeps its 10 most similar, and with equal similarity the
    // first in the register: the 55 pairs among the first 11 and 10 × 19 to the others.
    const rows = pairRows(large);
    const pairs = rows.filter((r) => r[H.idA]);
    expect(pairs).toHaveLength(245);
    const partners = new Map<unknown, number>();
    for (const r of pairs)
      for (const id of [r[H.idA], r[H.idB]]) partners.set(id, (partners.get(id) ?? 0) + 1);
    const seeded = [...partners.keys()].filter((id) => String(id).startsWith('DINKES-SEED'));
    expect(seeded).toHaveLength(30);
    for (const id of seeded) expect(partners.get(id)).toBeGreaterThanOrEqual(10);
    expect(rows.at(-1)![H.remark]).toBe(DUPLICATE_TAB_TEXT.crowded(30, 10));
    const text = tabValues(large, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain(DUPLICATE_TAB_TEXT.dashboardLine(245, 245));
    expect(text).toContain(DUPLICATE_TAB_TEXT.crowded(30, 10));
    expect(tabValues(small, 'Ringkasan').flat()).not.toContain(DUPLICATE_TAB_TEXT.crowded(5, 10));
  }, 60_000);
});

describe('Kemungkinan Duplikat: the table as data', () => {
  const pair = (a: string, b: string, similarity: number): DuplicatePair => ({
    a: { id: a, opd: 'DINKES', name: `Inovasi ${a}` },
    b: { id: b, opd: 'DINSOS', name: `Inovasi ${b}` },
    similarity,
    nameSimilarity: similarity,
    contentSimilarity: 0,
    kind: 'nama',
    sharedPhrases: ['inovasi'],
  });
  const all = [pair('A', 'B', 0.9), pair('C', 'D', 0.8), pair('E', 'F', 0.7)];
  const refs = new Map(
    ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => [id, { opd: 'DINKES', name: `Inovasi ${id}` }]),
  );

  it('lists the shown pairs, then decided pairs beyond them, then says how many are not shown', () => {
    const decisions = new Map([[pairKey('F', 'E'), { decision: 'merge' as const, note: '' }]]);
    const t = duplicatesTable(all.slice(0, 1), all, decisions, refs);
    expect(t.rows.map((r) => [r[0], r[3], r[11]])).toEqual([
      ['A', 'B', DUPLICATE_DECISIONS.open],
      ['E', 'F', DUPLICATE_DECISIONS.merge],
      ['', '', ''],
    ]);
    expect(t.rows[2]![13]).toBe(DUPLICATE_TAB_TEXT.notShown(1));
    expect(t.rows[1]![10]).toBe('');
    expect(t.pairRows).toEqual([true, true, false]);
    expect([t.pairs, t.open]).toEqual([3, 2]);
  });

  it('drops the decision of a pair whose innovation no longer exists', () => {
    const decisions = new Map([
      [pairKey('A', 'G'), { decision: 'keep' as const, note: 'x' }],
      [pairKey('A', 'Z'), { decision: 'keep' as const, note: 'y' }],
    ]);
    const t = duplicatesTable([], [], decisions, refs);
    expect(t.rows.map((r) => [r[0], r[3], r[13]])).toEqual([['A', 'G', DUPLICATE_TAB_TEXT.belowThreshold]]);
  });

  it('writes names as text, so an innovation named like a formula stays inert', () => {
    const t = duplicatesTable(
      [{ ...all[0]!, a: { id: 'A', opd: 'DINKES', name: '=HYPERLINK("x")' } }],
      all.slice(0, 1),
      new Map(),
      refs,
    );
    expect(t.rows[0]![2]).toBe('=HYPERLINK("x")');
    expect(DUPLICATES_FORMATS[2]).toBe('@');
  });
});

describe('Kemungkinan Duplikat: a failure does not stop the recalculation', () => {
  it('still writes the Ringkasan, with a line saying the pairs could not be listed', () => {
    const second = 'admin2@majenekab.go.id';
    const h = setUp();
    addUsers(h, [[second, 'Admin kedua', 'Admin', '', true]]);
    h.setUser(ADMIN);
    h.runMenu('syncAccess');
    saveRegister(h);
    h.setUser(second);
    h.runMenu('recalculate');
    // The owner then locks the tab for the second admin.
    h.spreadsheet.getSheetByName(TAB)!.getProtections('SHEET')[0]!.removeEditor(second);
    h.ui.alerts.length = 0;
    h.runMenu('recalculate');
    expect(h.ui.alerts).toEqual([]);
    const text = tabValues(h, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain(DUPLICATE_TAB_TEXT.failed);
    expect(text).toContain(TRAINING_TEXT.dashboardEmpty);
    expect(h.logs.join('\n')).toContain('Kemungkinan Duplikat');
  });
});

describe('earlier periods: the Riwayat tab is compared too', () => {
  const HH = HISTORY_TEXT.headers;
  const ARCHIVED = 'DINKES-2025-0042';
  let h: Harness;
  let reg: Register;
  let renamed: string;

  /** Riwayat as Tutup Periode leaves it: last year's innovations, one no longer in the register. */
  function seedRiwayat(): void {
    const sheet = h.spreadsheet.insertSheet(HISTORY_TEXT.historyTab);
    const width = HH.length;
    const row = (cells: Partial<Record<(typeof HH)[number], unknown>>) =>
      HH.map((header) => cells[header] ?? '');
    sheet.getRange(1, 1, 5, width).setValues([
      row({ Tahun: HISTORY_TEXT.historyDescription }),
      [...HH],
      row({ Tahun: 2025, Jenis: 'Kabupaten', 'Nama OPD / daerah': 'Kabupaten Majene' }),
      row({
        Tahun: 2025,
        Jenis: 'Inovasi',
        'Kode OPD': 'DINKES',
        'Nama OPD / daerah': 'Dinas Kesehatan',
        'ID inovasi': ARCHIVED,
        'Nama inovasi': 'SIPANDU Bumil (Sistem Pemantauan Ibu Hamil)',
      }),
      // Still in the register: compared through its row, with its content, not through Riwayat.
      row({
        Tahun: 2025,
        Jenis: 'Inovasi',
        'Kode OPD': 'DINKES',
        'Nama OPD / daerah': 'Dinas Kesehatan',
        'ID inovasi': reg.posyandu,
        'Nama inovasi': 'Posyandu Keliling Pesisir',
      }),
    ]);
  }

  beforeAll(() => {
    h = setUp();
    reg = saveRegister(h);
    seedRiwayat();
    renamed = saveAsOperator(h, {
      ...draftInnovation('DINSOS', 'Si Pandu Bumil Terpadu'),
      design:
        'Bidan desa mencatat setiap ibu hamil berisiko tinggi dan memantau kunjungan pemeriksaan kehamilan lewat aplikasi, sehingga ibu yang tidak datang segera dikunjungi kader.',
    });
  });

  it('warns an operator of last year’s innovation renamed, with its year and OPD, but no id', () => {
    const found = items(similar(h, DINSOS_OP, { name: 'SiPandu Bumil' }));
    const hit = found.find((i) => i.name === 'SIPANDU Bumil (Sistem Pemantauan Ibu Hamil)')!;
    expect(hit).toBeDefined();
    expect(hit.year).toBe(2025);
    expect(hit.id).toBe('');
    expect(hit.opdName).toBe(SIMILAR_TEXT.archived('Dinas Kesehatan', 2025));
    expect(hit.similarity).toBeGreaterThanOrEqual(DEFAULT_DUPLICATE_THRESHOLD);
    // The archived row of an innovation still in the register is not listed twice.
    const posyandu = items(similar(h, DINSOS_OP, { name: 'Posyandu Keliling Pesisir' }));
    expect(posyandu.map((i) => [i.name, i.year])).toEqual([['Posyandu Keliling Pesisir', undefined]]);
  });

  it('lists the re-report and last year’s innovation as a pair on Kemungkinan Duplikat', () => {
    recalc(h);
    const rows = pairRows(h);
    const pair = rows.find((r) => r[H.idB] === ARCHIVED || r[H.idA] === ARCHIVED)!;
    expect(pair).toBeDefined();
    expect(new Set([pair[H.idA], pair[H.idB]])).toEqual(new Set([renamed, ARCHIVED]));
    expect(pair[H.nameB]).toBe(
      DUPLICATE_TAB_TEXT.archivedName('SIPANDU Bumil (Sistem Pemantauan Ibu Hamil)', 2025),
    );
    expect(pair[H.kind]).toBe(DUPLICATE_KIND_LABELS.nama);
    // Archived innovations are not paired with each other, nor is one still in the register.
    expect(rows.filter((r) => r[H.idA] === ARCHIVED || r[H.idB] === ARCHIVED)).toHaveLength(1);
  });
});
