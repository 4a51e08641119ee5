// SpreadsheetApp.getUi(): menus, alert and prompt (answered by the harness's responder), sidebars,
// dialogs. Everything shown is recorded in Runtime.ui for tests and the preview.
import { GasError, GasObject } from '../bridge';
import type { MenuRecord, Runtime, UiAnswer } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';
import { HtmlOutput } from './html';

export const BUTTONS = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SETS = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

function answerButton(a: UiAnswer): string {
  return typeof a === 'string' ? a : a.button;
}

export class Menu extends GasObject implements Surface<GoogleAppsScript.Base.Menu> {
  constructor(
    private readonly rt: Runtime,
    readonly _menu: MenuRecord,
  ) {
    super();
  }
  _gasClass() {
    return 'Menu';
  }
  addItem(caption: string, functionName: string): this {
    this._menu.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._menu.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this._menu.items.push({ kind: 'submenu', menu: menu._menu });
    return this;
  }
  /** Adding a menu with the same name again (onOpen runs on every open) replaces the old one. */
  addToUi(): void {
    const menus = this.rt.ui.menus;
    const i = menus.findIndex((m) => m.name === this._menu.name && m.addon === this._menu.addon);
    const copy = structuredClone(this._menu);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

export class PromptResponse extends GasObject implements Surface<GoogleAppsScript.Base.PromptResponse> {
  constructor(
    private readonly text: string,
    private readonly button: string,
  ) {
    super();
  }
  _gasClass() {
    return 'PromptResponse';
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): string {
    return this.button;
  }
}

export class Ui extends GasObject implements Surface<GoogleAppsScript.Base.Ui> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'Ui';
  }
  override _props() {
    return { Button: BUTTONS, ButtonSet: BUTTON_SETS };
  }
  private _ask(kind: 'alert' | 'prompt', args: unknown[]): UiAnswer {
    // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); prompt likewise.
    let title = '';
    let message: string;
    let buttons = kind === 'prompt' ? 'OK' : 'OK';
    if (args.length >= 3) {
      title = String(args[0]);
      message = String(args[1]);
      buttons = String(args[2]);
    } else {
      message = String(args[0] ?? '');
      if (args.length === 2) buttons = String(args[1]);
    }
    const req = { kind, title, message, buttons };
    const answer = this.rt.responder(req);
    this.rt.ui.alerts.push({ ...req, answer, user: this.rt.identity().active });
    return answer;
  }
  alert(...args: unknown[]): string {
    return answerButton(this._ask('alert', args));
  }
  prompt(...args: unknown[]): PromptResponse {
    const a = this._ask('prompt', args);
    return new PromptResponse(typeof a === 'string' ? '' : (a.text ?? ''), answerButton(a));
  }
  createMenu(caption: string): Menu {
    return new Menu(this.rt, { name: String(caption), addon: false, items: [] });
  }
  createAddonMenu(): Menu {
    return new Menu(this.rt, { name: 'Add-on', addon: true, items: [] });
  }
  showSidebar(userInterface: HtmlOutput): void {
    if (!(userInterface instanceof HtmlOutput)) throw new GasError('Invalid argument: userInterface');
    this.rt.ui.sidebars.push({
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      file: userInterface._file,
      user: this.rt.identity().active,
    });
  }
  private _dialog(userInterface: HtmlOutput, title: string, modal: boolean): void {
    if (!(userInterface instanceof HtmlOutput)) throw new GasError('Invalid argument: userInterface');
    this.rt.ui.dialogs.push({
      title: String(title),
      html: userInterface.getContent(),
      file: userInterface._file,
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
      modal,
      user: this.rt.identity().active,
    });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, true);
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, false);
  }
}

surfaceCheck<Menu, GoogleAppsScript.Base.Menu>(true);
surfaceCheck<PromptResponse, GoogleAppsScript.Base.PromptResponse>(true);
surfaceCheck<Ui, GoogleAppsScript.Base.Ui>(true);
