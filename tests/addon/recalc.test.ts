// "Hitung ulang skor" through the built bundle (dist/Code.js) in the emulator: the numbers on the
// three generated tabs are the core's, a second run changes nothing but the time, input tabs are
// never written, the number of Sheets calls does not depend on the number of innovations, and only
// admins may run it.
import { describe, expect, it } from 'vitest';
import { applyAction, rankActions } from '../../src/core/actions';
import { headlineActions, nextPredikat } from '../../src/core/dashboard';
import type { ScoringInput, ScoringResult } from '../../src/core/model';
import { getRubric } from '../../src/core/rubric';
import { score } from '../../src/core/scoring';
import { createHarness, type Harness } from '../../src/emulator/harness';
import { cloneState, type EmulatorState } from '../../src/emulator/state';
import { DASHBOARD_TEXT, RECALC_TEXT, shortList } from '../../src/shared/messages/recalc';
import { HEADERS, STATUS_LABELS } from '../../src/shared/messages/server';
import { makeInput, type RegisterOptions } from '../support/recalc-fixtures';
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
function world(
  count: number,
  opdCount = 8,
  seed = 17,
  now = NOW,
  register: Pick<RegisterOptions, 'quality' | 'affairs'> = {},
): World {
  const h = createHarness({ state: freshState(), owner: ADMIN, user: ADMIN, now: () => now });
  const opds = listedOpds(h);
  const rubric = getRubric(RUBRIC);
  const input = makeInput(rubric, count, {
    opds: opds.slice(0, opdCount).map((o) => o.code),
    seed,
    ...register,
  });
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

/** The dashboard row whose label (column A) is `label`: the Rincian's tables. */
function dashboardRow(h: Harness, label: string): unknown[] {
  const row = values(h, 'Ringkasan').find((r) => r[0] === label);
  if (!row) throw new Error(`baris "${label}" tidak ada di Ringkasan`);
  return row;
}

/** Sheets leaves about 3 px each side of a cell's text. */
const CELL_PADDING = 7;

/** Advance widths of a–z in 1/1000 em, from a list. */
const lowercase = (widths: string): Record<string, number> =>
  Object.fromEntries(widths.split(' ').map((w, i) => [String.fromCharCode(97 + i), Number(w)]));

/** Arial advance widths (Helvetica's metrics), regular and bold, for the words in Ringkasan. */
const ARIAL = {
  regular: lowercase(
    '556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500',
  ),
  bold: lowercase(
    '556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 556 556 500',
  ),
};

/** Pixel width of `text` at `size` pt in Arial: unknown characters (capitals, digits) count 667/1000 em. */
function textWidth(text: string, size: number, bold: boolean): number {
  const table = ARIAL[bold ? 'bold' : 'regular'];
  const units = [...text].reduce(
    (sum, ch) => sum + (table[ch] ?? (/[A-Z]/.test(ch) ? 722 : /[0-9]/.test(ch) ? 556 : 333)),
    0,
  );
  return (units / 1000) * size * (4 / 3);
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

  it('runs without an alert and tells its progress in toasts, the verified IID first', () => {
    expect(h.ui.alerts).toEqual([]);
    const toasts = h.ui.toasts.map((t) => t.message);
    for (let step = 1; step <= 3; step++)
      expect(toasts.some((t) => t.startsWith(RECALC_TEXT.progress(step, 3)))).toBe(true);
    expect(toasts.at(-1)).toBe(
      RECALC_TEXT.done(result.verified.iid, result.verified.predikat, result.claimed.iid),
    );
  });

  it('leads with the verified IID and predikat, the claimed one beside it as potensi', () => {
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const at = (a1: string) => sheet.getRange(a1);
    expect(at('A3').getValue()).toBe(DASHBOARD_TEXT.iidVerified);
    expect(at('A4').getValue()).toBe(result.verified.iid);
    expect(at('A4').getFontSize()).toBeGreaterThanOrEqual(24);
    expect(at('A7').getValue()).toBe(result.verified.predikat);
    expect(at('A7').getBackground()).toBe(result.verified.predikatColour);
    expect(at('A10').getValue()).toBe(DASHBOARD_TEXT.iidClaimed);
    expect(at('B10').getValue()).toBe(result.claimed.iid);
    expect(at('C10').getValue()).toBe(result.claimed.predikat);
    expect(at('B10').getFontSize()).toBeLessThan(at('A4').getFontSize());
  });

  it('says how many points the verified IID needs for the next predikat', () => {
    const up = nextPredikat(rubric, result.verified)!;
    // The next band up is the lowest minimum above the IID, and the points are the difference.
    const above = rubric.predikat
      .filter((b) => b.min > result.verified.iid)
      .sort((a, b) => a.min - b.min)[0]!;
    expect(up.name).toBe(above.name);
    expect(up.points).toBe(Math.round((above.min - result.verified.iid) * 100) / 100);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(sheet.getRange('A9').getValue()).toBe(DASHBOARD_TEXT.nextPredikat(up.name, up.points, up.min));
  });

  it('shows every component per projection in the Rincian, verified first', () => {
    const c = result.claimed;
    const v = result.verified;
    const row = (label: string) => dashboardRow(h, label).slice(1, 3);
    expect(row(DASHBOARD_TEXT.spd('63'))).toEqual([v.spd, c.spd]);
    expect(row(DASHBOARD_TEXT.sidAverage('111'))).toEqual([v.sidAverage, c.sidAverage]);
    expect(row(DASHBOARD_TEXT.jumlahInovasi('76'))).toEqual([v.jumlahInovasi, c.jumlahInovasi]);
    expect(row(DASHBOARD_TEXT.total('250'))).toEqual([v.total, c.total]);
    expect(row(DASHBOARD_TEXT.iid)).toEqual([v.iid, c.iid]);
    expect(row(DASHBOARD_TEXT.counted)).toEqual([v.counted, c.counted]);
    expect(row(DASHBOARD_TEXT.divisor(rubric.minimumDivisor))).toEqual([v.divisor, c.divisor]);
    expect(row(DASHBOARD_TEXT.emptySeats)).toEqual([v.emptySeats, c.emptySeats]);
    expect(row(DASHBOARD_TEXT.yandasCovered(c.yandasRequired))).toEqual([
      DASHBOARD_TEXT.yandasCount(v.affairsCovered.length),
      DASHBOARD_TEXT.yandasCount(c.affairsCovered.length),
    ]);
  });

  it('writes numbers with Indonesian formatting', () => {
    expect(h.spreadsheet.getSpreadsheetLocale()).toBe('id_ID');
    const rows = display(h, 'Ringkasan');
    expect(rows[3]![0]).toBe(result.verified.iid.toFixed(2).replace('.', ','));
    expect(rows[9]![1]).toBe(result.claimed.iid.toFixed(2).replace('.', ','));
  });

  it('shows the rubric and the time in WITA on top, its warnings in the Rincian, and a footnote linking there', () => {
    const rows = values(h, 'Ringkasan');
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(String(rows[0]![0])).toContain('Kabupaten Majene');
    expect(String(rows[1]![0])).toContain(DASHBOARD_TEXT.rubricPrognosis(rubric.title));
    expect(String(rows[1]![0])).toContain(DASHBOARD_TEXT.calculatedAt('28/11/2026 14.05 WITA'));
    const fold = rows
      .slice(0, 20)
      .flat()
      .map((v) => String(v));
    const below = rows
      .slice(20)
      .map((r) => String(r[0]))
      .join('\n');
    for (const warning of rubric.warnings) {
      expect(fold.some((t) => t.includes(warning))).toBe(false);
      expect(below).toContain(warning);
    }
    expect(below).toContain(DASHBOARD_TEXT.statusPrognosis);
    // One footnote line counts the caveats and links to the Rincian of this very tab.
    const detail = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.detailHeader) + 1;
    expect(detail).toBeGreaterThan(20);
    const formula = sheet.getRange('A20').getFormula();
    expect(formula).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${sheet.getSheetId()}&range=A${detail}",`));
    expect(formula).toContain(DASHBOARD_TEXT.footWarnings(rubric.warnings.length));
    expect(formula).toContain(DASHBOARD_TEXT.footPrognosis);
  });

  it('puts the three actions that raise the score most on the first screen, each with the IID it raises', () => {
    const ranked = rankActions(w.input, result, rubric, { statuses: w.statuses });
    const top = headlineActions(ranked, 3);
    expect(top.length).toBe(3);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(sheet.getRange('E3').getValue()).toBe(DASHBOARD_TEXT.actionsHeader);
    top.forEach((a, i) => {
      const r = 4 + 3 * i;
      expect(sheet.getRange(r, 5).getValue()).toBe(i + 1);
      expect(sheet.getRange(r, 6).getValue()).toBe(a.summary);
      expect(sheet.getRange(r, 7).getValue()).toBe(a.gain);
      expect(sheet.getRange(r + 2, 7).getValue()).toBe(DASHBOARD_TEXT.gainOf(a.projection));
    });
    // Verified gains lead: no claimed-only action comes before a verified one.
    const kinds = top.map((a) => a.projection);
    expect(kinds.indexOf('claimed') === -1 || kinds.lastIndexOf('verified') < kinds.indexOf('claimed')).toBe(
      true,
    );
  });

  it('lists every action in the Rincian with its exact gain and the IID it raises', () => {
    const expected = rankActions(w.input, result, rubric, { statuses: w.statuses });
    expect(expected.length).toBeGreaterThan(0);
    const rows = values(h, 'Ringkasan');
    const first = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.allActionsHeader) + 1;
    expected.forEach((a, i) => {
      const row = rows[first + i]!;
      expect(row[0]).toBe(`${i + 1}. ${a.summary}${DASHBOARD_TEXT.gainSuffix(a.projection)}`);
      expect(row[6]).toBe(a.gain);
      const after = score(applyAction(w.input, a));
      const key = a.projection === 'verified' ? 'verified' : 'claimed';
      expect(Math.round((after[key].iid - result[key].iid) * 100) / 100).toBe(a.gain);
    });
  });

  it('ranks every OPD by verified contribution, those that reported nothing in red, and names them', () => {
    const rows = values(h, 'Ringkasan');
    const header = rows.findIndex((r, i) => i > 20 && r[9] === DASHBOARD_TEXT.opd);
    const ranking = rows.slice(header + 1, header + 1 + result.opds.length);
    const byCode = new Map(result.opds.map((o) => [o.opd, o]));
    for (const r of ranking) {
      const o = byCode.get(String(r[9]))!;
      expect(r[10]).toBe(o.verifiedContribution);
      expect(r[11]).toBe(o.contribution);
    }
    expect(new Set(ranking.map((r) => r[9]))).toEqual(new Set(byCode.keys()));
    const verified = ranking.map((r) => Number(r[10]));
    expect(verified).toEqual([...verified].sort((a, b) => b - a));
    expect(ranking[0]![8]).toBe(1);
    // The first screen shows the top of the same ranking.
    expect(rows.slice(4, 17).map((r) => r[9])).toEqual(ranking.slice(0, 13).map((r) => r[9]));
    expect(String(rows[17]![8])).toContain(DASHBOARD_TEXT.rankingMore(result.opds.length - 13));
    expect(result.opdsWithNothing.length).toBeGreaterThan(0);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const nothing = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.nothingHeader);
    for (const code of result.opdsWithNothing) {
      expect(String(rows[nothing + 1]![0])).toContain(code);
      const at = ranking.findIndex((r) => r[9] === code) + header + 2;
      expect(sheet.getRange(at, 10).getBackground()).toBe('#f4c7c3');
    }
  });

  it('fills a 1366×768 window: wide panels, the first screen in fixed rows, no word cut by its column', () => {
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const columns = sheet.getMaxColumns();
    const widths = Array.from({ length: columns }, (_, i) => sheet.getColumnWidth(i + 1));
    const total = widths.reduce((a, b) => a + b, 0);
    // Not a phone strip: the panels use a laptop's width, and still fit beside the row numbers.
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(total).toBeLessThanOrEqual(1250);
    let height = 0;
    for (let r = 1; r <= 20; r++) height += sheet.getRowHeight(r);
    expect(height).toBeLessThanOrEqual(460);
    // Every word of the first screen fits the width of its (merged) cell: no "Terverifikas/i".
    const state = h.state.spreadsheet.sheets.find((s) => s.name === 'Ringkasan')!;
    const widthAt = (r: number, c: number) => {
      const m = state.merges.find((x) => x.r1 === r && x.c1 === c);
      return widths.slice(c - 1, m ? m.c2 : c).reduce((a, b) => a + b, 0);
    };
    const texts = sheet.getRange(1, 1, 20, columns).getDisplayValues();
    const sizes = sheet.getRange(1, 1, 20, columns).getFontSizes();
    const weights = sheet.getRange(1, 1, 20, columns).getFontWeights();
    const tooWide: string[] = [];
    for (let r = 0; r < texts.length; r++)
      for (let c = 0; c < columns; c++) {
        const bold = weights[r]![c] === 'bold';
        for (const word of texts[r]![c]!.split(/\s+/))
          if (textWidth(word, sizes[r]![c]!, bold) > widthAt(r + 1, c + 1) - CELL_PADDING)
            tooWide.push(`${word} (${r + 1},${c + 1})`);
      }
    expect(tooWide).toEqual([]);
  });

  it('draws the trend with dots (one year is one point), the composition and the contributions', () => {
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const charts = sheet.getCharts();
    expect(charts.length).toBe(3);
    const trend = charts[0]!;
    expect(trend.getContainerInfo().getAnchorRow()).toBeLessThanOrEqual(19);
    expect(Number(trend.getOptions().get('pointSize'))).toBeGreaterThan(0);
    const range = trend.getRanges()[0]!;
    expect(range.getValues().slice(1)).toEqual([
      [DASHBOARD_TEXT.trendCurrent(rubric.year), result.verified.iid, result.claimed.iid],
    ]);
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

describe('recalculate: every statement is true for the projection beside it', () => {
  // All six basic-service urusan claimed, few verified: the claimed projection meets the urusan
  // rule and the verified one does not, and the verified divisor is the smaller one.
  const w = world(40, 6, 24, NOW, {
    quality: 0.15,
    affairs: ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial'],
  });
  recalc(w.h);
  const { h, result } = w;
  const v = result.verified;
  const c = result.claimed;
  const cells = () =>
    values(h, 'Ringkasan')
      .flat()
      .map((x) => String(x));

  it('has the case it is about', () => {
    expect(c.affairsCovered.length).toBeGreaterThanOrEqual(c.yandasRequired);
    expect(v.affairsCovered.length).toBeLessThan(v.yandasRequired);
    expect(c.jumlahInovasi).toBeGreaterThan(0);
    expect(v.jumlahInovasi).toBe(0);
    expect(result.opds.some((o) => o.verifiedContribution > o.contribution)).toBe(true);
  });

  it('says the urusan rule is met for the potential only, next to both columns', () => {
    const statement = DASHBOARD_TEXT.yandasRule(false, true, v.yandasRequired);
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    // On the first screen under the components, and again in the Rincian.
    expect(sheet.getRange('A17').getValue()).toBe(statement);
    expect(cells().filter((t) => t === statement).length).toBe(2);
    // No line says the rule is met without saying for which projection.
    const unqualified = cells().filter(
      (t) => /urusan pelayanan dasar/i.test(t) && /terpenuhi/i.test(t) && !/terverifikasi|potensi/i.test(t),
    );
    expect(unqualified).toEqual([]);
    // The missing urusan are named per projection.
    const missing = cells().filter((t) => t.startsWith('Urusan pelayanan dasar yang belum tercakup'));
    expect(missing).toEqual([
      expect.stringContaining('(terverifikasi)'),
      expect.stringContaining('(potensi)'),
    ]);
  });

  it('explains why a verified contribution is larger than the claimed one, with both divisors', () => {
    const larger = result.opds.filter((o) => o.verifiedContribution > o.contribution).map((o) => o.opd);
    expect(v.divisor).toBeLessThan(c.divisor);
    const note = cells().find((t) => t.startsWith(DASHBOARD_TEXT.contributionRule(v.divisor, c.divisor)));
    expect(note).toBeDefined();
    expect(note).toContain(DASHBOARD_TEXT.contributionLarger(shortList(larger, 6)));
    // The first screen, where both numbers stand side by side, says it too.
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    expect(String(sheet.getRange('I18').getValue())).toContain(
      DASHBOARD_TEXT.foldContributionNote(v.divisor, c.divisor),
    );
  });

  it('labels every gain with the IID it raises', () => {
    const sheet = h.spreadsheet.getSheetByName('Ringkasan')!;
    const ranked = rankActions(w.input, result, getRubric(RUBRIC), { statuses: w.statuses });
    headlineActions(ranked, 3).forEach((a, i) => {
      expect(sheet.getRange(6 + 3 * i, 7).getValue()).toBe(DASHBOARD_TEXT.gainOf(a.projection));
    });
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
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getCharts().length).toBe(3);
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
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getRange('A4').getValue()).toBe(result.verified.iid);
    expect(
      values(h, 'Skor Inovasi')
        .slice(2)
        .map((r) => r[3]),
    ).toEqual(['(belum ada inovasi)']);
    expect(values(h, 'Ringkasan OPD').slice(2).length).toBe(result.opds.length);
    // With nothing reported, filling the SPD and the empty seats are what raises the score.
    const rows = values(h, 'Ringkasan');
    const actions = rows.findIndex((r) => r[0] === DASHBOARD_TEXT.allActionsHeader);
    const listed = rows.slice(actions + 1, actions + 9).map((r) => String(r[0]));
    expect(
      listed.some((t) => t.startsWith('1. Tambah 14 inovasi penerapan untuk mengisi kursi kosong')),
    ).toBe(true);
    expect(listed.some((t) => /^\d\. Admin: isi SPD yang masih kosong/.test(t))).toBe(true);
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getCharts().length).toBe(3);
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
    // The first screen's footnote says there are data problems and links to them.
    const footnote = h.spreadsheet.getSheetByName('Ringkasan')!.getRange('A20').getFormula();
    expect(footnote).toContain(DASHBOARD_TEXT.footProblems);
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
