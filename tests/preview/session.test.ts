// The preview session on a small hand-written bundle: questions asked mid-execution are answered
// by re-running the execution with the answers (nothing it did before the question survives),
// google.script.run crosses as JSON, edits obey protections, and the state survives a restart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_OWNER } from '../../src/preview/demo/seed';
import { openSession, type PreviewSession } from '../../src/preview/session';
import { PREVIEW } from '../../src/shared/messages/preview';

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
});
