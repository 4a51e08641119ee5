// Setup removes the empty tab a new Google spreadsheet starts with ("Sheet1", or its localized
// name), and never a default tab that holds anything: a value, or a formula that shows nothing.
import { describe, expect, it } from 'vitest';
import { createHarness } from '../../src/emulator/harness';
import { SETUP_MESSAGES } from '../../src/shared/messages/server';
import { ADMIN, bundlePath } from './support';

function spreadsheetWith(sheets: string[]) {
  return createHarness({ owner: ADMIN, user: ADMIN, bundlePath: bundlePath(), sheets });
}

function tabNames(h: ReturnType<typeof spreadsheetWith>): string[] {
  return h.spreadsheet.getSheets().map((s) => s.getName());
}

describe('setupSpreadsheet and the default tab', () => {
  it('removes an empty "Sheet1" and says so', () => {
    const h = spreadsheetWith(['Sheet1']);
    h.runMenu('setupSpreadsheet');
    expect(tabNames(h)).not.toContain('Sheet1');
    expect(tabNames(h)[0]).toBe('Ringkasan');
    expect(h.ui.alerts.at(-1)?.message).toContain(SETUP_MESSAGES.removedEmptyTab('Sheet1'));
    // A second run has nothing left to remove and says nothing about it.
    h.runMenu('setupSpreadsheet');
    expect(h.ui.alerts.at(-1)?.message).not.toContain('Sheet1');
  });

  it('removes the localized "Lembar1" too, but not an empty tab of another name', () => {
    const h = spreadsheetWith(['Lembar1', 'Catatan']);
    h.runMenu('setupSpreadsheet');
    expect(tabNames(h)).not.toContain('Lembar1');
    expect(tabNames(h)).toContain('Catatan');
  });

  it('keeps "Sheet1" when a cell has a value, with the value', () => {
    const h = spreadsheetWith(['Sheet1']);
    h.spreadsheet.getSheetByName('Sheet1')!.getRange('C7').setValue('daftar lama');
    h.runMenu('setupSpreadsheet');
    expect(h.spreadsheet.getSheetByName('Sheet1')?.getRange('C7').getValue()).toBe('daftar lama');
    expect(h.ui.alerts.at(-1)?.message).not.toContain(SETUP_MESSAGES.removedEmptyTab('Sheet1'));
  });

  it('keeps "Sheet1" when its only content is a formula that shows nothing', () => {
    const h = spreadsheetWith(['Sheet1']);
    h.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setFormula('=""');
    h.runMenu('setupSpreadsheet');
    expect(h.spreadsheet.getSheetByName('Sheet1')?.getRange('A1').getFormula()).toBe('=""');
  });
});
