// What a person does by hand in the spreadsheet, as a user the emulator's protections apply to.
// Typing into a cell goes through the harness's `type` (parsed as typed input; a warning-only
// protection is recorded in `ui.warnings` and does not block). Deleting a row, removing a
// protection or renaming a tab are done by a second script on the same state run as that user
// (scripts run as the user, so Google applies the same protections to them).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHarness, type Harness } from '../../src/emulator/harness';

let bundle: string | null = null;

const SOURCE = `
function sheet_(tab) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tab); }
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

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `user` types `text` into the cell of `row` under `header` (row 2) of `tab`, as a person. */
export function typeAs(
  h: Harness,
  user: string,
  tab: string,
  row: number,
  header: string,
  text: string,
): void {
  const headers = (
    h.spreadsheet
      .getSheetByName(tab)!
      .getRange(2, 1, 1, h.spreadsheet.getSheetByName(tab)!.getLastColumn())
      .getValues()[0] ?? []
  ).map(String);
  const col = headers.indexOf(header) + 1;
  if (col < 1) throw new Error(`no column ${header} in ${tab}`);
  const saved = h.user;
  h.setUser(user);
  try {
    h.type(tab, `${columnLetter(col)}${row}`, text);
  } finally {
    h.setUser(saved);
  }
}
