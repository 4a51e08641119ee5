// Day one on Google's limits, through dist/Code.js: a setup that Google stops half-way and what
// it leaves, a setup run again after it, and the menu of a simple trigger that Google stops at
// 30 s (developers.google.com/apps-script/guides/services/quotas: 6 min per execution, 30 s for
// simple triggers; what an execution wrote before it was stopped stays).
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/harness';
import { EXCEEDED_MAXIMUM_EXECUTION_TIME } from '../../src/emulator/limits';
import { cloneState } from '../../src/emulator/state';
import { opdTabName } from '../../src/server/sheets/layout';
import { addOpds, listedOpds } from '../support/recalc-seed';
import { ADMIN, bundlePath, newSpreadsheet } from './support';

const OPD_COUNT = 40;

/** Setup run once (25 example OPDs), then 15 more OPDs listed by hand: their tabs do not exist yet. */
function fortyOpdsListed() {
  const h = newSpreadsheet();
  h.runMenu('setupSpreadsheet');
  addOpds(
    h,
    Array.from({ length: OPD_COUNT - listedOpds(h).length }, (_, i) => ({
      code: `UPTD-${String(i + 1).padStart(2, '0')}`,
      name: `UPTD Layanan ${i + 1}`,
    })),
  );
  h.ui.alerts.length = 0;
  return h.state;
}

/** Each tab with its protections' editors, in tab order. */
function tabs(state: ReturnType<typeof fortyOpdsListed>) {
  const ss = state.spreadsheet;
  return ss.sheets.map((s) => ({
    name: s.name,
    protections: ss.protections.filter((p) => p.sheetId === s.id).map((p) => [...p.editors].sort()),
  }));
}

describe('setup stopped by Google', () => {
  it('keeps the tabs it finished, protects nothing yet, and a second run completes it', () => {
    const state = fortyOpdsListed();
    const whole = createHarness({
      state: cloneState(state),
      owner: ADMIN,
      user: ADMIN,
      bundlePath: bundlePath(),
    });
    const wholeRun = whole.measureCost(() => whole.runMenu('setupSpreadsheet'));
    // A cap that falls in the middle of this run (Google's is 6 minutes; the old setup made
    // thousands of calls and grew with every OPD toward it).
    const cap = wholeRun.seconds / 2;
    const h = createHarness({
      state: cloneState(state),
      owner: ADMIN,
      user: ADMIN,
      bundlePath: bundlePath(),
      limits: { executionSeconds: cap, countCpu: false },
    });
    const protectedBefore = tabs(h.state).filter((t) => t.protections.length > 0).length;
    expect(() => h.runMenu('setupSpreadsheet')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(h.lastExecution()!.stopped).toBe(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    // No alert: Google ends the run, the script's catch cannot tell the admin anything.
    expect(h.ui.alerts).toEqual([]);
    const opdTabs = listedOpds(h).map((o) => h.spreadsheet.getSheetByName(opdTabName(o.code)) ?? o.code);
    const made = opdTabs.filter((t) => typeof t !== 'string');
    const missing = opdTabs.filter((t) => typeof t === 'string');
    expect(made.length).toBeGreaterThan(25);
    expect(missing.length).toBeGreaterThan(0);
    // Protections come last: the new OPD tabs made before the stop are open to every editor.
    expect(tabs(h.state).filter((t) => t.protections.length > 0).length).toBe(protectedBefore);
    const fresh = tabs(h.state).filter((t) => t.name.includes('UPTD'));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((t) => t.protections.length === 0)).toBe(true);

    // The document lock went with the stopped execution: running setup again (no cap) finishes.
    const again = createHarness({ state: h.state, owner: ADMIN, user: ADMIN, bundlePath: bundlePath() });
    again.runMenu('setupSpreadsheet');
    expect(again.ui.alerts.at(-1)?.message).toMatch(/selesai|siap/i);
    expect(tabs(again.state)).toEqual(tabs(whole.state));
    for (const { name } of tabs(again.state)) {
      const a = again.spreadsheet.getSheetByName(name)!;
      const b = whole.spreadsheet.getSheetByName(name)!;
      expect(a.getDataRange().getValues(), name).toEqual(b.getDataRange().getValues());
      expect(a.getRange(3, 1, 1, a.getMaxColumns()).getNumberFormats(), name).toEqual(
        b.getRange(3, 1, 1, b.getMaxColumns()).getNumberFormats(),
      );
    }
  });
});

describe('onOpen within the simple-trigger cap', () => {
  it('makes no Sheets call, so it fits the 30 s whatever the register holds', () => {
    const h = newSpreadsheet();
    const run = h.measureCost(() => h.runTrigger('onOpen'));
    expect(run.sheetsCalls).toBe(0);
    expect(h.ui.menus.at(-1)?.name).toBe('Inovasi Daerah');
  });

  it('when Google stops it, the person gets no menu', () => {
    const h = createHarness({
      owner: ADMIN,
      user: ADMIN,
      bundlePath: bundlePath(),
      limits: { simpleTriggerSeconds: 0.001, countCpu: false },
    });
    expect(() => h.runTrigger('onOpen')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(h.ui.menus).toEqual([]);
    // The same function from the editor's Run button is not a simple trigger: 6 minutes.
    h.runMenu('onOpen');
    expect(h.ui.menus.at(-1)?.name).toBe('Inovasi Daerah');
  });
});
