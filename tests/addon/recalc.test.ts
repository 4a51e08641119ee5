// "Hitung ulang skor" through the built bundle (dist/Code.js) in the emulator: the numbers on the
// three generated tabs are the core's, a second run changes nothing but the time, input tabs are
// never written, the number of Sheets calls does not depend on the number of innovations, and only
// admins may run it.
import { describe, expect, it } from 'vitest';
import { applyAction, rankActions } from '../../src/core/actions';
import type { ScoringInput, ScoringResult } from '../../src/core/model';
import { getRubric } from '../../src/core/rubric';
import { score } from '../../src/core/scoring';
import { createHarness, type Harness } from '../../src/emulator/harness';
import { cloneState, type EmulatorState } from '../../src/emulator/state';
import { DASHBOARD_TEXT, RECALC_TEXT } from '../../src/shared/messages/recalc';
import { HEADERS, STATUS_LABELS } from '../../src/shared/messages/server';
import { makeInput } from '../support/recalc-fixtures';
import { listedOpds, seedRegister } from '../support/recalc-seed';
import { ADMIN, addUsers, BOSS, DINKES_OP, USERS, VERIFIER } from './support';

const RUBRIC = 'iid-2027'; // the settings' default
const NOW = new Date('2026-11-28T06:05:00Z'); // 14.05 WITA
const GENERATED = ['Ringkasan', 'Ringkasan OPD', 'Skor Inovasi'];

interface World {
  h: Harness;
  input: ScoringInput;
  result: ScoringResult;
  statuses: Record<string, 'draft' | 'submitted' | 'verified' | 'returned' | 'reverify'>;
}

let setUpState: EmulatorState | null = null;

/** The spreadsheet right after setup and sync access (made once, copied for each test). */
function freshState(): EmulatorState {
  if (!setUpState) {
    const h = createHarness({ owner: ADMIN, user: ADMIN, now: () => NOW });
    h.runMenu('setupSpreadsheet');
    addUsers(
      h,
      USERS.filter(([email]) => email !== ADMIN),
    );
    h.runMenu('syncAccess');
    setUpState = h.state;
  }
  return cloneState(setUpState);
}

/** A set-up spreadsheet holding `count` innovations over `opdCount` OPDs, as the owner wrote them. */
function world(count: number, opdCount = 8, seed = 17, now = NOW): World {
  const h = createHarness({ state: freshState(), owner: ADMIN, user: ADMIN, now: () => now });
  const opds = listedOpds(h);
  const rubric = getRubric(RUBRIC);
  const input = makeInput(rubric, count, { opds: opds.slice(0, opdCount).map((o) => o.code), seed });
  input.opds = opds.filter((o) => o.active).map((o) => ({ code: o.code, name: o.name }));
  const statuses = seedRegister(h, input);
  h.ui.alerts.length = 0;
  h.ui.toasts.length = 0;
  h.resetCounts();
  return { h, input, result: score(input), statuses };
}

function values(h: Harness, tab: string): unknown[][] {
  return h.spreadsheet.getSheetByName(tab)!.getDataRange().getValues() as unknown[][];
}

function display(h: Harness, tab: string): string[][] {
  return h.spreadsheet.getSheetByName(tab)!.getDataRange().getDisplayValues();
}

/** The dashboard row whose label (column A or B) is `label`. */
function dashboardRow(h: Harness, label: string): unknown[] {
  const row = values(h, 'Ringkasan').find((r) => r[0] === label || r[1] === label);
  if (!row) throw new Error(`baris "${label}" tidak ada di Ringkasan`);
  return row;
}

function recalc(h: Harness, user = ADMIN): void {
  h.setUser(user);
  h.runMenu('recalculate');
}

/** Everything stored for a tab (values, formats, styles, merges, charts), as JSON. */
function tabState(h: Harness, tab: string): string {
  const sheet = h.state.spreadsheet.sheets.find((s) => s.name === tab);
  return JSON.stringify(sheet);
}

describe('recalculate: the numbers are the core’s', () => {
  const w = world(60);
  recalc(w.h);
  const { h, result } = w;
  const rubric = getRubric(RUBRIC);

  it('runs without an alert and tells its progress in toasts', () => {
    expect(h.ui.alerts).toEqual([]);
    const toasts = h.ui.toasts.map((t) => t.message);
    for (let step = 1; step <= 3; step++)
      expect(toasts.some((t) => t.startsWith(RECALC_TEXT.progress(step, 3)))).toBe(true);
    expect(toasts.at(-1)).toBe(RECALC_TEXT.done(result.claimed.iid, result.claimed.predikat));
  });

  it('shows the IID claimed and verified with their predikat and colour', () => {
    const claimed = dashboardRow(h, DASHBOARD_TEXT.iidClaimed);
    const verified = dashboardRow(h, DASHBOARD_TEXT.iidVerified);
    expect(claimed[2]).toBe(result.claimed.iid);
    expect(verified[2]).toBe(result.verified.iid);
    const rows = values(h, 'Ringkasan');
    const claimedAt = rows.indexOf(rows.find((r) => r[0] === DASHBOARD_TEXT.iidClaimed)!);
    expect(rows[claimedAt + 1]![2]).toBe(result.claimed.predikat);
    expect(rows[claimedAt + 3]![2]).toBe(result.verified.predikat);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(sheet.getRange(claimedAt + 2, 3).getBackground()).toBe(result.claimed.predikatColour);
    expect(sheet.getRange(claimedAt + 1, 3).getFontSize()).toBeGreaterThanOrEqual(24);
  });

  it('shows every component with its maximum, the divisor, the empty seats and the yandas urusan', () => {
    const c = result.claimed;
    const v = result.verified;
    const row = (label: string) => dashboardRow(h, label).slice(2, 4);
    expect(row(DASHBOARD_TEXT.spd('63'))).toEqual([c.spd, v.spd]);
    expect(row(DASHBOARD_TEXT.sidAverage('111'))).toEqual([c.sidAverage, v.sidAverage]);
    expect(row(DASHBOARD_TEXT.jumlahInovasi('76'))).toEqual([c.jumlahInovasi, v.jumlahInovasi]);
    expect(row(DASHBOARD_TEXT.total('250'))).toEqual([c.total, v.total]);
    expect(row(DASHBOARD_TEXT.counted)).toEqual([c.counted, v.counted]);
    expect(row(DASHBOARD_TEXT.divisor(rubric.minimumDivisor))).toEqual([c.divisor, v.divisor]);
    expect(row(DASHBOARD_TEXT.emptySeats)).toEqual([c.emptySeats, v.emptySeats]);
    expect(row(DASHBOARD_TEXT.yandasCovered(c.yandasRequired))).toEqual([
      DASHBOARD_TEXT.yandasCount(c.affairsCovered.length),
      DASHBOARD_TEXT.yandasCount(v.affairsCovered.length),
    ]);
  });

  it('writes numbers with Indonesian formatting', () => {
    expect(h.spreadsheet.getSpreadsheetLocale()).toBe('id_ID');
    const rows = display(h, 'Ringkasan');
    const claimed = rows.find((r) => r[0] === DASHBOARD_TEXT.iidClaimed)!;
    expect(claimed[2]).toBe(result.claimed.iid.toFixed(2).replace('.', ','));
  });

  it('shows the rubric, its warnings and the time of calculation in WITA', () => {
    const text = values(h, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain(DASHBOARD_TEXT.rubric(rubric.title));
    expect(text).toContain(DASHBOARD_TEXT.statusPrognosis);
    for (const warning of rubric.warnings) expect(text).toContain(warning);
    expect(text).toContain(DASHBOARD_TEXT.calculatedAt('28/11/2026 14.05 WITA'));
    expect(text).toContain('Kabupaten Majene');
  });

  it('lists the top actions with their exact gain, as the core ranks them', () => {
    const expected = rankActions(w.input, result, rubric, { statuses: w.statuses });
    expect(expected.length).toBeGreaterThan(0);
    const rows = values(h, 'Ringkasan');
    const first = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.actionsHeader) + 1;
    expected.forEach((a, i) => {
      const row = rows[first + i]!;
      expect(row[0]).toBe(i + 1);
      expect(String(row[1])).toContain(a.summary);
      expect(row[3]).toBe(a.gain);
      const after = score(applyAction(w.input, a));
      const key = a.projection === 'verified' ? 'verified' : 'claimed';
      expect(Math.round((after[key].iid - result[key].iid) * 100) / 100).toBe(a.gain);
    });
  });

  it('ranks every OPD, those that reported nothing in red, and names them', () => {
    const rows = values(h, 'Ringkasan');
    const header = rows.findIndex((r) => r[1] === DASHBOARD_TEXT.opd);
    const ranking = rows.slice(header + 1, header + 1 + result.opds.length);
    const byCode = new Map(result.opds.map((o) => [o.opd, o]));
    for (const r of ranking) {
      const o = byCode.get(String(r[1]))!;
      expect(r[0]).toBe(o.rank);
      expect(r[2]).toBe(o.contribution);
      expect(r[3]).toBe(o.verifiedContribution);
    }
    expect(new Set(ranking.map((r) => r[1]))).toEqual(new Set(byCode.keys()));
    expect(result.opdsWithNothing.length).toBeGreaterThan(0);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const nothing = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.nothingHeader);
    for (const code of result.opdsWithNothing) {
      expect(String(rows[nothing + 1]![0])).toContain(code);
      const at = ranking.findIndex((r) => r[1] === code) + header + 2;
      expect(sheet.getRange(at, 2).getBackground()).toBe('#f4c7c3');
    }
  });

  it('fits a phone: four columns, about 330 px, and two charts below the text', () => {
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(sheet.getMaxColumns()).toBe(4);
    let width = 0;
    for (let c = 1; c <= 4; c++) width += sheet.getColumnWidth(c);
    expect(width).toBeLessThanOrEqual(360);
    const charts = sheet.getCharts();
    expect(charts.length).toBe(2);
    for (const chart of charts) {
      expect(chart.getContainerInfo().getAnchorRow()).toBeGreaterThan(sheet.getLastRow() - 1);
      expect(Number(chart.getOptions().get('width'))).toBeLessThanOrEqual(width);
    }
  });

  it('writes one Skor Inovasi row per innovation with the core’s scores and reasons', () => {
    const rows = values(h, 'Skor Inovasi');
    expect(rows[1]![0]).toBe(HEADERS.opd);
    const data = rows.slice(2);
    expect(data.length).toBe(w.input.innovations.length);
    const byId = new Map(result.innovations.map((r) => [r.id, r]));
    for (const row of data) {
      const r = byId.get(String(row[2]))!;
      expect(row[0]).toBe(r.opd);
      expect(row[6]).toBe(r.counted);
      expect(row[7]).toBe(r.sidScore);
      expect(row[8]).toBe(r.verifiedCounted);
      expect(row[9]).toBe(r.verifiedSidScore);
      if (!r.counted) expect(String(row[10])).toContain(r.reasons[0]!);
      expect(row[5]).toBe(STATUS_LABELS[w.statuses[r.id]!]);
    }
  });

  it('writes one Ringkasan OPD row per OPD with the core’s counts, means and contributions', () => {
    const data = values(h, 'Ringkasan OPD').slice(2);
    expect(data.length).toBe(result.opds.length);
    const byCode = new Map(result.opds.map((o) => [o.opd, o]));
    for (const row of data) {
      const o = byCode.get(String(row[1]))!;
      expect(row.slice(0, 12)).toEqual([
        o.rank,
        o.opd,
        o.name,
        o.total,
        o.byStage.inisiatif,
        o.byStage.uji_coba,
        o.byStage.penerapan,
        o.counted,
        o.verifiedCounted,
        o.meanSid,
        o.contribution,
        o.verifiedContribution,
      ]);
    }
    const sheet = h.spreadsheet.getSheetByName('Ringkasan OPD')!;
    const red = data.findIndex((r) => result.opdsWithNothing.includes(String(r[1])));
    expect(sheet.getRange(red + 3, 1).getBackground()).toBe('#f4c7c3');
  });
});

describe('recalculate: safe to repeat', () => {
  it('gives the same sheets on a second run (but the time), charts included once', () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    let clock = NOW;
    const w = world(40, 6, 5);
    const h = createHarness({ state: w.h.state, owner: ADMIN, user: ADMIN, now: () => clock });
    recalc(h);
    const first = Object.fromEntries(GENERATED.map((t) => [t, tabState(h, t)]));
    clock = later;
    recalc(h);
    for (const tab of GENERATED) {
      const again = tabState(h, tab);
      if (tab === 'Ringkasan') {
        expect(again).not.toBe(first[tab]);
        expect(again.replace('28/11/2026 15.05 WITA', '28/11/2026 14.05 WITA')).toBe(first[tab]);
      } else expect(again, tab).toBe(first[tab]);
    }
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getCharts().length).toBe(2);
  });

  it('never writes to an input tab', () => {
    const { h } = world(40, 6, 9);
    const inputs = h.spreadsheet
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => !GENERATED.includes(n));
    expect(inputs.length).toBeGreaterThan(5);
    const before = inputs.map((t) => tabState(h, t));
    recalc(h);
    recalc(h);
    expect(inputs.map((t) => tabState(h, t))).toEqual(before);
  });

  it('leaves spreadsheet-wide settings (locale, time zone) to setup', () => {
    const { h } = world(10, 2, 5);
    // An admin switched the file's locale by hand after setup: recalculating does not undo it.
    h.spreadsheet.setSpreadsheetLocale('en_US');
    h.spreadsheet.setSpreadsheetTimeZone('Asia/Jakarta');
    recalc(h);
    expect(h.ui.alerts).toEqual([]);
    expect(h.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(h.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
  });

  it('leaves no old rows behind when the register shrinks', () => {
    const { h, input } = world(50, 4, 21);
    recalc(h);
    // The owner deletes most of DINKES's rows by hand.
    const opd = input.innovations[0]!.opd;
    const tab = h.spreadsheet.getSheetByName(`Inovasi ${opd}`)!;
    const kept = input.innovations.filter((i) => i.opd === opd).length;
    tab.deleteRows(4, kept - 1);
    recalc(h);
    const scores = h.spreadsheet.getSheetByName('Skor Inovasi')!;
    const remaining = input.innovations.length - (kept - 1);
    expect(scores.getMaxRows()).toBe(2 + remaining);
    expect(values(h, 'Skor Inovasi').slice(2).length).toBe(remaining);
  });
});

describe('recalculate: edge cases', () => {
  it('works on a freshly set-up spreadsheet with no innovation at all', () => {
    const { h, result } = world(0);
    recalc(h);
    expect(h.ui.alerts).toEqual([]);
    expect(dashboardRow(h, DASHBOARD_TEXT.iidClaimed)[2]).toBe(result.claimed.iid);
    expect(
      values(h, 'Skor Inovasi')
        .slice(2)
        .map((r) => r[3]),
    ).toEqual(['(belum ada inovasi)']);
    expect(values(h, 'Ringkasan OPD').slice(2).length).toBe(result.opds.length);
    // With nothing reported, filling the SPD and the empty seats are what raises the score.
    const rows = values(h, 'Ringkasan');
    const actions = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.actionsHeader);
    const listed = rows.slice(actions + 1, actions + 9).map((r) => String(r[1]));
    expect(listed.some((t) => t.startsWith('Tambah 14 inovasi penerapan untuk mengisi kursi kosong'))).toBe(
      true,
    );
    expect(listed.some((t) => t.startsWith('Admin: isi SPD yang masih kosong'))).toBe(true);
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getCharts().length).toBe(2);
  });

  it('tells a second admin to wait while a recalculation runs, and writes nothing', () => {
    const { h } = world(10, 3, 8);
    const before = GENERATED.map((t) => tabState(h, t));
    const release = h.holdLock('script');
    recalc(h);
    release();
    expect(h.ui.alerts.map((a) => a.message)).toEqual([RECALC_TEXT.busy]);
    expect(GENERATED.map((t) => tabState(h, t))).toEqual(before);
  });

  it('shows problems of the register on the dashboard', () => {
    const { h } = world(10, 3, 8);
    h.spreadsheet.deleteSheet(h.spreadsheet.getSheetByName('SPD')!);
    recalc(h);
    const text = values(h, 'Ringkasan')
      .map((r) => r[0])
      .join('\n');
    expect(text).toContain('Tab "SPD" tidak ada');
  });

  it('recreates a deleted generated tab', () => {
    const { h, input } = world(10, 3, 8);
    h.spreadsheet.deleteSheet(h.spreadsheet.getSheetByName('Skor Inovasi')!);
    recalc(h);
    expect(values(h, 'Skor Inovasi').slice(2).length).toBe(input.innovations.length);
  });
});

describe('recalculate: cost and access', () => {
  it('makes the same Sheets calls, method by method, for 20 and for 200 innovations', () => {
    const small = world(20, 8, 1);
    const large = world(200, 8, 2);
    recalc(small.h);
    recalc(large.h);
    const a = small.h.counts();
    const b = large.h.counts();
    expect(b).toEqual(a);
    const writes = Object.entries(a).filter(([m]) => /\.set(Values|Value)$/.test(m));
    expect(writes.reduce((s, [, n]) => s + n, 0)).toBeLessThanOrEqual(5);
  });

  it('refuses operators, verifikators and pimpinan with an explanation, and changes nothing', () => {
    const { h } = world(10, 3, 4);
    const before = GENERATED.map((t) => tabState(h, t));
    for (const user of [DINKES_OP, VERIFIER, BOSS]) {
      h.ui.alerts.length = 0;
      recalc(h, user);
      expect(h.ui.alerts.map((a) => a.message)).toEqual([RECALC_TEXT.adminOnly]);
    }
    expect(GENERATED.map((t) => tabState(h, t))).toEqual(before);
  });
});
