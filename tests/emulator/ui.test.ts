// getUi(): menus, alert/prompt, sidebars and dialogs; HtmlService; toast.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GAS_ERRORS } from '../../src/emulator/errors';
import { probeHarness } from '../support/emulator';

/** Pages as the build puts them in dist/ (written here: scriptlet syntax is not HTML a linter accepts). */
function pagesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emu-html-'));
  writeFileSync(
    path.join(dir, 'Page.html'),
    '<!doctype html><html lang="id"><body><h1>Halo</h1></body></html>',
  );
  writeFileSync(
    path.join(dir, 'Template.html'),
    '<p>Halo, <?= name ?>!</p><? for (var i = 0; i < n; i++) { ?><i><?= i ?></i><? } ?><?!= raw ?>\n',
  );
  return dir;
}

describe('Ui (developers.google.com/apps-script/reference/base/ui)', () => {
  test('onOpen builds a menu with items, a separator and a submenu (guides/menus)', () => {
    const h = probeHarness();
    h.runTrigger('onOpen');
    h.runTrigger('onOpen');
    expect(h.ui.menus).toEqual([
      {
        name: 'Inovasi',
        addon: false,
        items: [
          { kind: 'item', caption: 'Buka sidebar', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            menu: {
              name: 'Admin',
              addon: false,
              items: [{ kind: 'item', caption: 'Siapkan', functionName: 'setup' }],
            },
          },
        ],
      },
    ]);
  });

  test('simple triggers run in AuthMode.LIMITED and cannot send mail (guides/triggers#restrictions)', () => {
    const h = probeHarness();
    expect(h.runTrigger('mailInTrigger')).toEqual([
      'LIMITED',
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    ]);
    expect(h.mail).toHaveLength(0);
    expect(h.runMenu('mailInTrigger')).toEqual([null, 'sent']);
  });

  test('alert and prompt are answered by the responder; the buttons and texts are recorded', () => {
    const h = probeHarness();
    h.ui.respond((req) => (req.kind === 'prompt' ? { button: 'OK', text: 'Majene' } : 'YES'));
    const out = h.run(`var ui = SpreadsheetApp.getUi();
      var a = ui.alert('Hapus?', 'Yakin menghapus?', ui.ButtonSet.YES_NO);
      var p = ui.prompt('Nama kabupaten');
      return [a === ui.Button.YES, p.getResponseText(), p.getSelectedButton()];`);
    expect(out).toEqual([true, 'Majene', 'OK']);
    expect(h.ui.alerts.map((a) => [a.kind, a.title, a.message, a.buttons])).toEqual([
      ['alert', 'Hapus?', 'Yakin menghapus?', 'YES_NO'],
      ['prompt', '', 'Nama kabupaten', 'OK'],
    ]);
  });

  test('showSidebar and showModalDialog record the HTML from the bundle folder, title and size', () => {
    const h = probeHarness({ htmlDir: pagesDir() });
    h.run(`var ui = SpreadsheetApp.getUi();
      ui.showSidebar(HtmlService.createHtmlOutputFromFile('Page').setTitle('Inovasi Daerah'));
      ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(300), 'Dialog');`);
    expect(h.ui.sidebars[0]).toMatchObject({ title: 'Inovasi Daerah', file: 'Page' });
    expect(h.ui.sidebars[0]!.html).toContain('<h1>Halo</h1>');
    expect(h.ui.dialogs[0]).toMatchObject({
      title: 'Dialog',
      html: '<b>x</b>',
      width: 400,
      height: 300,
      modal: true,
    });
  });

  test('a missing HTML file fails like Google; templates evaluate scriptlets with their variables', () => {
    const h = probeHarness({ htmlDir: pagesDir() });
    expect(() => h.run(`HtmlService.createHtmlOutputFromFile('Nope');`)).toThrow(
      GAS_ERRORS.htmlNotFound('Nope'),
    );
    const html =
      h.run(`var t = HtmlService.createTemplateFromFile('Template'); t.name = '<Ana>'; t.n = 2; t.raw = '<br>';
      return t.evaluate().getContent();`);
    expect(html).toBe('<p>Halo, &lt;Ana&gt;!</p><i>0</i><i>1</i><br>\n');
  });

  test('toast is recorded with title and timeout (spreadsheet#toastmsg,-title,-timeoutseconds)', () => {
    const h = probeHarness({ user: 'a@b.id' });
    h.run(`SpreadsheetApp.getActive().toast('Tersimpan', 'Inovasi', 3);`);
    expect(h.ui.toasts).toEqual([
      { message: 'Tersimpan', title: 'Inovasi', timeoutSeconds: 3, user: 'a@b.id' },
    ]);
  });
});
