// The Data Rekap contract (docs/kontrak-data-rekap.md): what a regency writes reads back the same,
// and an aggregator never takes a wrong or half-arrived block for data.
import { describe, expect, it } from 'vitest';
import { planProvince, type RegencyEntry, spreadsheetKey } from '../../src/core/province';
import {
  buildRekap,
  REKAP_VERSION,
  REKAP_WIDTH,
  type RekapData,
  readRekap,
  rekapRows,
} from '../../src/core/rekap';
import { getRubric } from '../../src/core/rubric';
import { score } from '../../src/core/scoring';
import { provinceDashboard } from '../../src/server/province/dashboard';
import { PROVINCE_DASHBOARD } from '../../src/shared/messages/province';

const NOW = Date.UTC(2027, 2, 10);

function rekap(overrides: Partial<RekapData> = {}): RekapData {
  const result = score({
    rubric: 'iid-2027',
    spd: {},
    innovations: [],
    opds: [{ code: 'DINKES', name: 'Dinas Kesehatan' }],
  });
  return {
    ...buildRekap({
      regencyName: 'Kabupaten Majene',
      regionCode: '76.01',
      province: 'Sulawesi Barat',
      rubric: 'iid-2027',
      period: getRubric('iid-2027').year,
      computedAt: new Date(NOW).toISOString(),
      result,
      innovations: 0,
      actions: [],
    }),
    ...overrides,
  };
}

/** The cells as IMPORTRANGE brings them into a plain-text tab: every value a string. */
const asImported = (data: RekapData) => rekapRows(data).map((r) => r.map((v) => String(v)));

const entry = (code: string, key = `key_${code.replace('.', '_')}_0123456789abcdef`): RegencyEntry => ({
  row: 3,
  name: `Kabupaten ${code}`,
  code,
  url: `https://docs.google.com/spreadsheets/d/${key}/edit#gid=0`,
});

const expected = { rubric: 'iid-2027', period: 2027, now: NOW, maxAgeDays: 30 };

describe('Data Rekap', () => {
  it('reads back what a regency wrote, from text cells, and keeps codes such as 76.01 as text', () => {
    const data = rekap({
      history: [
        { year: 2025, iid: 40.5, verifiedIid: 31.25 },
        { year: 2026, iid: 52, verifiedIid: 44.1 },
      ],
      topAction: {
        gain: 3.25,
        projection: 'verified',
        kind: 'verify',
        owner: 'verifikator',
        opds: ['DINKES', 'DISDIK'],
        summary: 'Verifikasi 2 inovasi',
      },
    });
    const rows = asImported(data);
    expect(rows.every((r) => r.length === REKAP_WIDTH)).toBe(true);
    const read = readRekap(rows);
    expect(read).toEqual({ ok: true, data });
  });

  it('tells #REF!, loading, an empty block, another tab and another version apart', () => {
    expect(readRekap([['#REF!']])).toEqual({ ok: false, problems: [{ code: 'ref' }] });
    expect(readRekap([['Loading...']])).toEqual({ ok: false, problems: [{ code: 'loading' }] });
    expect(
      readRekap([
        ['', ''],
        ['', ''],
      ]),
    ).toEqual({ ok: false, problems: [{ code: 'empty' }] });
    expect(readRekap([['Nama', 'Majene']])).toEqual({ ok: false, problems: [{ code: 'not_rekap' }] });
    const rows = asImported(rekap());
    rows[1]![1] = '2';
    expect(readRekap(rows)).toEqual({
      ok: false,
      problems: [{ code: 'version', found: '2', expected: REKAP_VERSION }],
    });
  });

  it('names a missing key or an unreadable number instead of reading it as zero', () => {
    const rows = asImported(rekap()).filter((r) => r[0] !== 'iid_terverifikasi');
    expect(readRekap(rows)).toEqual({ ok: false, problems: [{ code: 'missing', key: 'iid_terverifikasi' }] });
    const bad = asImported(rekap());
    bad.find((r) => r[0] === 'iid_klaim')![1] = 'enam puluh';
    expect(readRekap(bad)).toEqual({
      ok: false,
      problems: [{ code: 'bad_number', key: 'iid_klaim', value: 'enam puluh' }],
    });
  });
});

describe('provincial plan', () => {
  it('shows the trend of verified IID over the closed periods when a regency has history', () => {
    const a = rekap({ regionCode: '76.01', history: [{ year: 2026, iid: 50, verifiedIid: 41.5 }] });
    const b = rekap({ regionCode: '76.02' });
    a.verified.iid = 47.25;
    const plan = planProvince(
      [
        { entry: entry('76.01'), cells: asImported(a) },
        { entry: entry('76.02'), cells: asImported(b) },
      ],
      expected,
    );
    const grid = provinceDashboard({
      province: 'Sulawesi Barat',
      rubric: 'iid-2027',
      period: 2027,
      calculatedAt: '',
      timeZone: 'Asia/Makassar',
      plan,
    });
    const values = grid.rows.map((r) => r.map((c) => c.value));
    const at = values.findIndex((r) => r[0] === PROVINCE_DASHBOARD.trendHeader);
    expect(values[at + 1]!.slice(0, 3)).toEqual([PROVINCE_DASHBOARD.trendFirstColumn, '2026', '2027']);
    expect(values[at + 2]!.slice(0, 3)).toEqual(['Kabupaten Majene', 41.5, 47.25]);
    expect(values[at + 3]!.slice(0, 3)).toEqual(['Kabupaten Majene', PROVINCE_DASHBOARD.trendNoData, 0]);
    const without = provinceDashboard({
      province: 'Sulawesi Barat',
      rubric: 'iid-2027',
      period: 2027,
      calculatedAt: '',
      timeZone: 'Asia/Makassar',
      plan: planProvince([{ entry: entry('76.02'), cells: asImported(b) }], expected),
    });
    expect(without.rows.some((r) => r[0]!.value === PROVINCE_DASHBOARD.trendHeader)).toBe(false);
  });

  it('takes the key from a spreadsheet URL only', () => {
    expect(spreadsheetKey('https://docs.google.com/spreadsheets/d/abcDEF_123-xyz/edit#gid=0')).toBe(
      'abcDEF_123-xyz',
    );
    expect(spreadsheetKey('https://evil.example/spreadsheets/d/abcDEF_123-xyz/edit')).toBeNull();
    expect(spreadsheetKey('"),IMPORTXML("http://x')).toBeNull();
  });

  it('ranks by verified IID with ties sharing a rank, and never ranks a regency with a problem', () => {
    const a = rekap({ regionCode: '76.01' });
    const b = rekap({ regionCode: '76.02' });
    const c = rekap({ regionCode: '76.03' });
    a.verified.iid = 40;
    b.verified.iid = 40;
    a.claimed.iid = 50;
    b.claimed.iid = 55;
    c.verified.iid = 90;
    const plan = planProvince(
      [
        { entry: entry('76.01'), cells: asImported(a) },
        { entry: entry('76.02'), cells: asImported(b) },
        // Listed as 76.04 but the URL leads to 76.03's sheet: a copy-paste slip, not a ranking.
        { entry: entry('76.04'), cells: asImported(c) },
        { entry: entry('76.02'), cells: asImported(b) },
        { entry: { ...entry('76.05'), url: 'bukan url' }, cells: null },
        {
          entry: entry('76.06'),
          cells: asImported(
            rekap({ regionCode: '76.06', computedAt: new Date(NOW + 3 * 86_400_000).toISOString() }),
          ),
        },
      ],
      expected,
    );
    expect(plan.ranked.map((r) => [r.entry.code, r.verifiedRank, r.claimedRank])).toEqual([
      ['76.02', 1, 1],
      ['76.01', 1, 2],
    ]);
    expect(plan.excluded.map((x) => [x.entry.code, x.problems.map((p) => p.code)])).toEqual([
      ['76.04', ['code_mismatch']],
      ['76.02', ['duplicate_code']],
      ['76.05', ['bad_url']],
      ['76.06', ['future']],
    ]);
    expect(plan.yandasGaps.every((g) => g.regencies.length === 2)).toBe(true);
  });
});
