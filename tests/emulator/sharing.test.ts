// File sharing roles: owner, editor, viewer.
// Simple triggers "do not run if a file is opened in read-only (view or comment) mode"
// (https://developers.google.com/apps-script/guides/triggers#restrictions); a viewer cannot run
// the bound script nor change a cell.
import { describe, expect, test } from 'vitest';
import { NO_ACCESS } from '../../src/emulator/sharing';
import { probeHarness } from '../support/emulator';

const OWNER = 'admin@majenekab.go.id';
const BUPATI = 'bupati@majenekab.go.id';

describe('sharing roles', () => {
  test('an email the file was never shared with counts as editor (lenient default); the owner is owner', () => {
    const h = probeHarness({ owner: OWNER });
    expect(h.fileRole(OWNER)).toBe('owner');
    expect(h.fileRole('operator@majenekab.go.id')).toBe('editor');
    h.share(BUPATI, 'viewer');
    expect(h.fileRole(BUPATI)).toBe('viewer');
    h.share(BUPATI, 'editor');
    expect(h.fileRole(BUPATI)).toBe('editor');
  });

  test('a viewer opening the file gets no simple trigger, so no menu', () => {
    const h = probeHarness({ owner: OWNER });
    h.share(BUPATI, 'viewer');
    h.setUser(BUPATI);
    expect(h.runTrigger('onOpen')).toBeUndefined();
    expect(h.ui.menus).toEqual([]);
    expect(h.totalCalls()).toBe(0);
  });

  test('a viewer cannot run the bound script: no menu item, no google.script.run', () => {
    const h = probeHarness({ owner: OWNER });
    h.share(BUPATI, 'viewer');
    h.setUser(BUPATI);
    expect(() => h.call('topLevelRuns')).toThrow(NO_ACCESS);
    expect(() => h.runMenu('topLevelRuns')).toThrow(NO_ACCESS);
  });

  test("in concurrent executions too, a viewer's call fails without running and an editor's runs", async () => {
    const h = probeHarness({ owner: OWNER });
    h.share(BUPATI, 'viewer');
    const results = await h.concurrent([
      { user: BUPATI, name: 'writeOne', args: ['Sheet1', 'A1', 'x'] },
      { user: 'operator@majenekab.go.id', name: 'writeOne', args: ['Sheet1', 'A2', 'y'] },
    ]);
    expect(results.map((r) => [r.user, r.ok, r.error ?? null])).toEqual([
      [BUPATI, false, NO_ACCESS],
      ['operator@majenekab.go.id', true, null],
    ]);
    expect(h.spreadsheet.getRange('A1:A2').getValues()).toEqual([[''], ['y']]);
  });

  test('a viewer cannot type into any cell, protected or not', () => {
    const h = probeHarness({ owner: OWNER });
    h.share(BUPATI, 'viewer');
    h.setUser(BUPATI);
    expect(() => h.type('Sheet1', 'A1', 'x')).toThrow(NO_ACCESS);
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('');
  });

  test('a time-driven trigger of a former editor now viewer runs but cannot write', () => {
    const h = probeHarness({ owner: OWNER, user: BUPATI });
    h.call('installWeekly', 'logIdentity');
    h.share(BUPATI, 'viewer');
    expect(() => h.runTimeTrigger(h.triggers[0]!)).toThrow(NO_ACCESS);
  });

  test('an editor types into an unprotected cell as typed input', () => {
    const h = probeHarness({ owner: OWNER, locale: 'id_ID' });
    h.setUser('operator@majenekab.go.id');
    h.type('Sheet1', 'A1', '3,5');
    expect(h.spreadsheet.getRange('A1').getValue()).toBe(3.5);
  });
});
