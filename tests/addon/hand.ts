// What a person does by hand in the spreadsheet, as a user the emulator's protections apply to:
// typing into a cell, deleting a row, removing a protection, renaming a tab. A second script on
// the same state runs each as the current user (scripts run as the user, so Google applies the
// same protections to them as to typing); warning-only protections are recorded in `ui.warnings`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHarness, type Harness } from '../../src/emulator/harness';

let bundle: string | null = null;

const SOURCE = `
function sheet_(tab) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab); }
function header_(tab) { return sheet_(tab).getRange(2, 1, 1, sheet_(tab).getLastColumn()).getValues()[0]; }
function typeCell(tab, a1, value) { sheet_(tab).getRange(a1).setValue(value); return 'ok'; }
function typeAt(tab, row, header, value) {
  var col = header_(tab).indexOf(header) + 1;
  if (col < 1) throw new Error('no column ' + header);
  sheet_(tab).getRange(row, col).setValue(value);
  return 'ok';
}
function rowOf(tab, header, value) {
  var col = header_(tab).indexOf(header);
  var values = sheet_(tab).getDataRange().getValues();
  for (var r = 2; r < values.length; r++) if (values[r][col] === value) return r + 1;
  return 0;
}
function deleteRow(tab, row) { sheet_(tab).deleteRow(row); return 'ok'; }
function unprotect(tab) {
  sheet_(tab).getProtections(SpreadsheetApp.ProtectionType.SHEET).forEach(function (p) { p.remove(); });
  return 'ok';
}
function renameTab(tab, name) { sheet_(tab).setName(name); return 'ok'; }
function clearTab(tab) { sheet_(tab).getRange(3, 1, sheet_(tab).getMaxRows() - 2, sheet_(tab).getMaxColumns()).clearContent(); return 'ok'; }
`;

/** A hand on the spreadsheet of `h`, acting as `user`. */
export function hand(h: Harness, user: string): Harness {
  if (!bundle) {
    const dir = mkdtempSync(path.join(tmpdir(), 'inovasi-hand-'));
    bundle = path.join(dir, 'Code.js');
    writeFileSync(bundle, SOURCE);
  }
  const editor = createHarness({ bundlePath: bundle, state: h.state });
  editor.setUser(user);
  return editor;
}
