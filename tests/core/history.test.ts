import { describe, expect, it } from 'vitest';
import {
  archivedYears,
  buildArchive,
  buildTrend,
  countReports,
  type HistoryRow,
  nextYearEligibility,
  nextYearRulesFrom,
} from '../../src/core/history';
import type { InnovationResult, OpdResult, Projection } from '../../src/core/model';
import { getRubric } from '../../src/core/rubric';
import { ineligibleText } from '../../src/shared/messages/history';
import { innovationResult } from './support';

function projection(iid: number, counted: number, predikat: string): Projection {
  return {
    spd: 40,
    spdMax: 63,
    sidSum: 0,
    sidAverage: 0,
    divisor: 12,
    emptySeats: 0,
    counted,
    affairsCovered: [],
    affairsMissing: [],
    yandasRequired: 5,
    jumlahInovasi: 0,
    sid: 50.5,
    total: 0,
    maxTotal: 250,
    iid,
    predikat,
  };
}

function inn(
  id: string,
  opd: string,
  counted: boolean,
  verifiedCounted: boolean,
  sid: number,
): InnovationResult {
  return innovationResult({
    id,
    opd,
    sidScore: sid,
    verifiedSidScore: verifiedCounted ? sid - 1 : 0,
    counted,
    verifiedCounted,
  });
}

function opd(code: string, name: string, total: number, counted: number, verifiedCounted: number): OpdResult {
  return {
    opd: code,
    name,
    total,
    byStage: { inisiatif: 0, uji_coba: 0, penerapan: total },
    counted,
    verifiedCounted,
    meanSid: 60,
    contribution: 5,
    verifiedContribution: 4,
    rank: 1,
  };
}

function archive(year: number, verified: Record<string, boolean>): HistoryRow[] {
  const ids = Object.keys(verified);
  return buildArchive({
    year,
    rubric: `iid-${year}`,
    regencyName: 'Kabupaten Majene',
    scoring: {
      claimed: projection(40 + year - 2025, ids.length, 'Inovatif'),
      verified: projection(30 + year - 2025, ids.filter((i) => verified[i]).length, 'Kurang Inovatif'),
      innovations: ids.map((id) =>
        inn(id, id.startsWith('k') ? 'DINKES' : 'DISDIK', true, verified[id]!, 70),
      ),
      opds: [opd('DISDIK', 'Dinas Pendidikan', 1, 1, 1), opd('DINKES', 'Dinas Kesehatan', 2, 2, 1)],
    },
    innovations: ids.map((id) => ({
      innovation: {
        id,
        opd: id.startsWith('k') ? 'DINKES' : 'DISDIK',
        name: `Inovasi ${id}`,
        stage: 'penerapan',
      },
      status: verified[id] ? 'verified' : 'submitted',
    })),
    closedAt: `${year + 1}-01-05T02:00:00.000Z`,
    closedBy: 'admin@majene.go.id',
  });
}

describe('buildArchive', () => {
  const rows = archive(2026, { k2: true, k1: false, d1: true });

  it('writes the regency, each OPD and each innovation with its stable id', () => {
    expect(rows.map((r) => [r.kind, r.opd, r.innovationId])).toEqual([
      ['kabupaten', '', ''],
      ['opd', 'DISDIK', ''],
      ['opd', 'DINKES', ''],
      ['inovasi', 'DISDIK', 'd1'],
      ['inovasi', 'DINKES', 'k1'],
      ['inovasi', 'DINKES', 'k2'],
    ]);
    expect(rows.every((r) => r.year === 2026 && r.rubric === 'iid-2026')).toBe(true);
  });

  it('keeps the regency projection claimed and verified', () => {
    const k = rows[0]!;
    expect(k).toMatchObject({
      opdName: 'Kabupaten Majene',
      total: 3,
      counted: 3,
      verifiedCounted: 2,
      iid: 41,
      verifiedIid: 31,
      predikat: 'Inovatif',
      verifiedPredikat: 'Kurang Inovatif',
      spd: 40,
      sidScore: 50.5,
      closedBy: 'admin@majene.go.id',
    });
  });

  it('keeps per-OPD results, with the verified mean computed from verified innovations', () => {
    expect(rows[2]).toMatchObject({ opdName: 'Dinas Kesehatan', total: 2, counted: 2, verifiedCounted: 1 });
    expect(rows[2]!.verifiedSidScore).toBe(69);
    expect(rows[2]!.contribution).toBe(5);
  });

  it('keeps per-innovation scores, counted as 1 or 0', () => {
    expect(rows[4]).toMatchObject({
      innovationName: 'Inovasi k1',
      stage: 'penerapan',
      status: 'submitted',
      counted: 1,
      verifiedCounted: 0,
      sidScore: 70,
      verifiedSidScore: 0,
    });
  });
});

describe('re-reporting', () => {
  const rows = [
    ...archive(2025, { k1: true, d1: true }),
    ...archive(2026, { k1: true, d1: false, k2: true }),
  ];

  it('counts distinct years in which an innovation was verified and counted', () => {
    const counts = countReports(rows);
    expect(counts.get('k1')).toEqual({ id: 'k1', years: [2025, 2026], times: 2 });
    expect(counts.get('d1')).toEqual({ id: 'd1', years: [2025], times: 1 });
    expect(counts.get('k2')?.times).toBe(1);
    expect(counts.has('zz')).toBe(false);
    // A year archived twice by mistake must not count twice.
    expect(countReports([...rows, ...archive(2026, { k1: true })]).get('k1')?.times).toBe(2);
    expect(archivedYears(rows)).toEqual([2025, 2026]);
  });

  it('judges next year by the window (pengembangan alternative) and the re-report limit', () => {
    const counts = countReports(rows);
    const window = { start: '2025-01-01', end: '2026-12-31', developmentDateAlternative: true };
    const list = nextYearEligibility(
      [
        { id: 'k1', opd: 'DINKES', name: 'A', implementationDate: '2025-03-01', developmentDate: null },
        {
          id: 'd1',
          opd: 'DISDIK',
          name: 'B',
          implementationDate: '2023-03-01',
          developmentDate: '2026-02-01',
        },
        {
          id: 'k2',
          opd: 'DINKES',
          name: 'C',
          implementationDate: '2023-03-01',
          developmentDate: '2024-06-01',
        },
        { id: 'new', opd: 'DINKES', name: 'D', implementationDate: '2026-01-10' },
      ],
      counts,
      { year: 2027, rubric: 'iid-2027', window, maxReports: 2 },
    );
    expect(list.map((e) => [e.id, e.times, e.eligible])).toEqual([
      ['k1', 2, false],
      ['d1', 1, true],
      ['k2', 1, false],
      ['new', 0, true],
    ]);
    expect(list[0]!.reasons).toEqual([{ code: 'limit', times: 2, max: 2 }]);
    expect(list[2]!.reasons).toEqual([{ code: 'window', start: '2025-01-01', end: '2026-12-31' }]);
    expect(ineligibleText(list[0]!.reasons[0]!)).toBe('sudah dilaporkan 2 kali (batas 2 kali)');
    expect(ineligibleText(list[2]!.reasons[0]!)).toBe(
      'penerapan dan pengembangan di luar jendela 1 Januari 2025 – 31 Desember 2026',
    );
    const noAlternative = nextYearEligibility(
      [
        {
          id: 'd1',
          opd: 'DISDIK',
          name: 'B',
          implementationDate: '2023-03-01',
          developmentDate: '2026-02-01',
        },
      ],
      counts,
      {
        year: 2027,
        rubric: 'iid-2027',
        window: { ...window, developmentDateAlternative: false },
        maxReports: null,
      },
    );
    expect(noAlternative[0]!.eligible).toBe(false);
  });

  it("takes the window and the re-report limit from the next year's preset (data, not code)", () => {
    const rules = nextYearRulesFrom(2027, getRubric('iid-2027'));
    expect(rules).toEqual({
      year: 2027,
      rubric: 'iid-2027',
      window: { start: '2025-01-01', end: '2026-12-31', developmentDateAlternative: true },
      maxReports: getRubric('iid-2027').reReporting?.maxReports ?? null,
    });
    expect(rules.maxReports).toBe(2);
    expect(nextYearRulesFrom(2031, null)).toEqual({
      year: 2031,
      rubric: null,
      window: null,
      maxReports: null,
    });
  });

  it('says nothing when the next year has no rubric', () => {
    const list = nextYearEligibility(
      [{ id: 'k1', opd: 'DINKES', name: 'A', implementationDate: '2025-03-01' }],
      countReports(rows),
      { year: 2031, rubric: null, window: null, maxReports: null },
    );
    expect(list[0]!.eligible).toBeNull();
    expect(ineligibleText(list[0]!.reasons[0]!)).toBe('rubrik 2031 belum tersedia');
  });
});

describe('buildTrend', () => {
  it('gives the IID per year and each OPD counts per year, zeros where absent', () => {
    const rows = [...archive(2026, { k1: true }), ...archive(2025, { k1: true, d1: true })];
    const trend = buildTrend(rows);
    expect(trend.years).toEqual([2025, 2026]);
    expect(trend.regency.map((r) => [r.year, r.iid, r.verifiedIid, r.verifiedCounted])).toEqual([
      [2025, 40, 30, 2],
      [2026, 41, 31, 1],
    ]);
    expect(trend.opds.map((o) => o.opd)).toEqual(['DISDIK', 'DINKES']);
    expect(trend.opds[1]!.years).toEqual([
      { total: 2, counted: 2, verifiedCounted: 1 },
      { total: 2, counted: 2, verifiedCounted: 1 },
    ]);
    const partial = buildTrend([...rows, ...archive(2027, {}).filter((r) => r.kind === 'kabupaten')]);
    expect(partial.opds[0]!.years[2]).toEqual({ total: 0, counted: 0, verifiedCounted: 0 });
  });
});
