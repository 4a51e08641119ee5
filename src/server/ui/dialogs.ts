// Small UI helpers for menu items: alerts and toasts. Menu items run with the user's full
// authorisation, so they may read the spreadsheet; onOpen never calls these.
import { APP_NAME } from '../../shared/messages/common';

export function alert(message: string, title: string = APP_NAME): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function toast(message: string, seconds = 5): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, APP_NAME, seconds);
}

/** Opens one of the built pages (dist/<file>.html) as a modal dialog. */
export function showDialog(file: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
