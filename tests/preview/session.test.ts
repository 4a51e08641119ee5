// The preview session on a small hand-written bundle: questions asked mid-execution are answered
// by re-running the execution with the answers (nothing it did before the question survives),
// google.script.run crosses as JSON, edits obey protections, and the state survives a restart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/emulator/authorization';
import { DEMO_OWNER } from '../../src/preview/demo/seed';
import { openSession, type PreviewSession } from '../../src/preview/session';
import { columnNumber, FIRST_DATA_ROW, usersLayout } from '../../src/server/sheets/layout';
import { PREVIEW } from '../../src/shared/messages/preview';
import { TAB_NAMES } from '../../src/shared/messages/server';

const BUNDLE = `
function onOpen() {
  SpreadsheetApp.getUi().createMenu('Uji').addItem('Tanya', 'ask').addItem('Panel', 'panel').addToUi();
}
function ask() {
  var ui = SpreadsheetApp.getUi();
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1').setValue('sebelum');
  ui.alert('Info', 'Mulai', ui.ButtonSet.OK);
  var r = ui.prompt('Nama', 'Siapa nama Anda?', ui.ButtonSet.OK_CANCEL);
  if (r.getSelectedButton() !== ui.Button.OK) { ui.alert('Batal'); return; }
  var yes = ui.alert('Yakin?', 'Simpan ' + r.getResponseText() + '?', ui.ButtonSet.YES_NO);
  if (yes === ui.Button.YES) sheet.getRange('B1').setValue(r.getResponseText());
  ui.alert('Tersimpan');
  SpreadsheetApp.getActiveSpreadsheet().toast('Selesai', 'Uji');
}
function panel() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Panel').setTitle('Panel uji'));
}
function echo(x) { return { got: x, when: new Date() }; }
function boom() { throw new Error('rusak'); }
`;

let dir: string;
let session: PreviewSession;

async function open(reset: boolean): Promise<PreviewSession> {
  return openSession({
    statePath: path.join(dir, 'state.json'),
    bundlePath: path.join(dir, 'Code.js'),
    reset,
    seed: () => 'kosong',
  });
}

const cell = (s: PreviewSession, a1: string) => {
  const sheet = s.engine.spreadsheet.getSheets()[0];
  return sheet?.getRange(a1).getValue();
};

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'inovasi-session-'));
  writeFileSync(path.join(dir, 'Code.js'), BUNDLE);
  writeFileSync(
    path.join(dir, 'Panel.html'),
    '<!doctype html><html><head><title>P</title></head><body>ok</body></html>',
  );
  writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Makassar' }));
  session = await open(true);
});

afterEach(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview session', () => {
  it('builds the menu from onOpen for the current user', () => {
    expect(session.stateView().menus).toEqual([
      {
        caption: 'Uji',
        items: [
          { kind: 'item', caption: 'Tanya', functionName: 'ask' },
          { kind: 'item', caption: 'Panel', functionName: 'panel' },
        ],
      },
    ]);
  });

  it('asks each question in turn and undoes what ran before an unanswered one', () => {
    const first = session.runMenu('ask', []);
    expect(first.status).toBe('question');
    expect(first.question).toMatchObject({ kind: 'prompt', title: 'Nama', buttons: ['OK', 'CANCEL'] });
    expect(first.effects.alerts).toEqual([{ title: 'Info', message: 'Mulai' }]);
    expect(cell(session, 'A1')).toBe('');

    const second = session.runMenu('ask', [{ button: 'OK', text: 'Ani' }]);
    expect(second.status).toBe('question');
    expect(second.question).toMatchObject({ kind: 'alert', message: 'Simpan Ani?', buttons: ['YES', 'NO'] });
    expect(second.effects.alerts).toEqual([]);
    expect(cell(session, 'B1')).toBe('');

    const done = session.runMenu('ask', [{ button: 'OK', text: 'Ani' }, { button: 'YES' }]);
    expect(done.status).toBe('done');
    expect(done.effects.alerts).toEqual([{ title: '', message: 'Tersimpan' }]);
    expect(done.effects.toasts).toEqual([
      { title: 'Uji', message: 'Selesai', timeoutSeconds: expect.any(Number) },
    ]);
    expect(cell(session, 'A1')).toBe('sebelum');
    expect(cell(session, 'B1')).toBe('Ani');
  });

  it('follows the answer the person gave (cancel)', () => {
    const done = session.runMenu('ask', [{ button: 'CANCEL', text: '' }]);
    expect(done.status).toBe('done');
    expect(done.effects.alerts.map((a) => a.message)).toEqual(['Batal']);
    expect(cell(session, 'B1')).toBe('');
  });

  it('runs only functions the menu offers', () => {
    const r = session.runMenu('boom', []);
    expect(r.effects.error).toMatch(/boom/);
  });

  it('serves a sidebar with google.script.run bridged to the bundle, JSON-safe', async () => {
    const r = session.runMenu('panel', []);
    expect(r.effects.sidebar).toMatchObject({ title: 'Panel uji', width: 300 });
    const html = session.panelHtml(r.effects.sidebar?.id ?? '');
    expect(html).toContain('google.script');
    expect(html?.indexOf('<script>')).toBeLessThan(html?.indexOf('<title>') ?? 0);
    expect(await session.bridgeCall({ name: 'echo', args: [{ a: [1, 'dua'] }] })).toEqual({
      ok: true,
      value: { got: { a: [1, 'dua'] }, when: null },
    });
    expect(await session.bridgeCall({ name: 'boom', args: [] })).toEqual({ ok: false, error: 'rusak' });
    expect((await session.bridgeCall({ name: 'tidakAda', args: [] })).ok).toBe(false);
  });

  it("refuses an edit of a protected cell with Google's message, and accepts an allowed one", () => {
    const sheet = session.engine.spreadsheet.getSheets()[0];
    sheet?.getRange('C1').protect().removeEditors(['tamu@contoh.example']);
    session.switchUser('tamu@contoh.example');
    const refused = session.editCell(sheet?.getName() ?? '', 0, 2, 'coba', false);
    expect(refused).toMatchObject({ ok: false, message: PREVIEW.protectedEdit });
    expect(cell(session, 'C1')).toBe('');
    const typed = session.editCell(sheet?.getName() ?? '', 0, 3, '2,5', false);
    expect(typed.ok).toBe(true);
    // Typed in an Indonesian spreadsheet, "2,5" is the number 2.5.
    expect(cell(session, 'D1')).toBe(2.5);
    session.switchUser(DEMO_OWNER);
    expect(session.editCell(sheet?.getName() ?? '', 0, 2, 'pemilik', false).ok).toBe(true);
  });

  it('keeps the state across a restart', async () => {
    session.runMenu('ask', [{ button: 'OK', text: 'Budi' }, { button: 'YES' }]);
    await session.close();
    session = await open(false);
    expect(cell(session, 'B1')).toBe('Budi');
  });

  // Day one as on Google: each user authorizes the script on their first run
  // (developers.google.com/apps-script/guides/services/authorization); simple triggers do not run
  // for a viewer (developers.google.com/apps-script/guides/triggers#restrictions).
  it("shows a newcomer's first run as the consent step, with the manifest's permissions in Bahasa Indonesia", () => {
    const newcomer = 'operator@contoh.example';
    expect(session.stateView().consent).toBeNull(); // the owner set the spreadsheet up
    session.switchUser(newcomer);
    const consent = session.stateView().consent;
    expect(consent?.email).toBe(newcomer);
    expect(consent?.scopes.map((s) => s.description)).toContain(PREVIEW.scopes[SCOPES.sendMail]);
    expect(consent?.scopes.every((s) => PREVIEW.scopes[s.scope] === s.description)).toBe(true);
    const first = session.runMenu('ask', [{ button: 'OK', text: 'Budi' }, { button: 'YES' }]);
    expect(first.status).toBe('consent');
    expect(cell(session, 'A1')).toBe('');
    expect(session.authorize([]).consent).toBeNull();
    expect(session.runMenu('ask', [{ button: 'OK', text: 'Budi' }, { button: 'YES' }]).status).toBe('done');
    expect(cell(session, 'B1')).toBe('Budi');
  });

  it('remembers a consent with a permission unticked, and the calls needing it then fail', async () => {
    session.switchUser('operator@contoh.example');
    session.authorize([SCOPES.containerUi]);
    expect(session.stateView().consent).toBeNull();
    const run = session.runMenu('panel', []);
    expect(run.effects.error).toContain(SCOPES.containerUi);
    await session.close();
    session = await open(false);
    session.switchUser('operator@contoh.example');
    expect(session.stateView().consent).toBeNull();
  });

  it('opens the file for the leadership as Viewer: no menu, no typing, the role on the page', () => {
    const users = session.engine.spreadsheet.insertSheet(TAB_NAMES.users);
    const layout = usersLayout([]);
    const row = [] as string[];
    row[columnNumber(layout, 'email') - 1] = 'bupati@contoh.example';
    row[columnNumber(layout, 'role') - 1] = 'Pimpinan';
    users.getRange(FIRST_DATA_ROW, 1, 1, row.length).setValues([Array.from(row, (v) => v ?? '')]);
    delete session.engine.state.authorization; // a state saved before day one was modelled
    session.prepareDayOne();
    session.switchUser('bupati@contoh.example');
    const view = session.stateView();
    expect(view.fileRole).toBe('viewer');
    expect(view.users.find((u) => u.email === 'bupati@contoh.example')?.fileRole).toBe('viewer');
    expect(view.menus).toEqual([]);
    const sheet = session.engine.spreadsheet.getSheets()[0]!.getName();
    expect(session.sheetView(sheet)?.readOnly).toBe(true);
    expect(session.editCell(sheet, 0, 0, 'x', false)).toMatchObject({
      ok: false,
      message: PREVIEW.viewerEdit,
    });
    expect(cell(session, 'A1')).toBe('');
  });
});
