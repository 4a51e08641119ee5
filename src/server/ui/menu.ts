// The "Inovasi Daerah" menu. onOpen is a simple trigger: it may run with AuthMode.NONE (no access
// to the spreadsheet's data, no identity) and must only build the menu, so the role checks happen
// when an item is chosen, and an item a role may not use explains why in an alert.
import { EXPORT_TEXT } from '../../shared/messages/export';
import { HISTORY_TEXT } from '../../shared/messages/history';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { PROVINCE_TEXT } from '../../shared/messages/province';
import { REMINDER_TEXT } from '../../shared/messages/reminders';
import { MENU } from '../../shared/messages/server';
import { TRAINING_TEXT } from '../../shared/messages/training';

export interface MenuItem {
  caption: string;
  /** A top-level entry point exported from src/server/index.ts. */
  functionName: string;
}

/** Items everyone sees; each entry point checks the caller's role itself. */
export const MAIN_ITEMS: readonly MenuItem[] = [
  { caption: MENU.openSidebar, functionName: 'showSidebar' },
  { caption: MENU.verification, functionName: 'showVerification' },
  { caption: MENU.recalculate, functionName: 'recalculate' },
  { caption: MENU.settings, functionName: 'showSettings' },
  { caption: MENU.help, functionName: 'showHelp' },
];

/**
 * The admin submenu. Admin features of other modules (reminders, closing a period, export,
 * import, training projects) add their item here, after the two setup items.
 */
export const ADMIN_ITEMS: readonly MenuItem[] = [
  { caption: MENU.setup, functionName: 'setupSpreadsheet' },
  { caption: MENU.syncAccess, functionName: 'syncAccess' },
  { caption: REMINDER_TEXT.menuItem, functionName: 'showReminderDialog' },
  { caption: HISTORY_TEXT.menuClose, functionName: 'closePeriod' },
  { caption: HISTORY_TEXT.menuTrend, functionName: 'refreshTrend' },
  { caption: EXPORT_TEXT.menuItem, functionName: 'showIgaExport' },
  { caption: IMPORT_TEXT.menuItem, functionName: 'showImportDialog' },
  { caption: TRAINING_TEXT.menuItem, functionName: 'showTrainingProjects' },
  { caption: PROVINCE_TEXT.menu, functionName: 'recalculateProvince' },
];

/**
 * Whether the script runs as an Editor add-on: an add-on not yet used in this document opens in
 * AuthMode.NONE (a bound script never does); otherwise ScriptApp says how it was installed. When
 * it cannot tell (ScriptApp refused), it is a bound script.
 */
function runsAsAddon(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): boolean {
  if (e?.authMode === ScriptApp.AuthMode.NONE) return true;
  try {
    return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
  } catch {
    return false;
  }
}

/**
 * The same items either way: a bound script gets the "Inovasi Daerah" menu in the menu bar; an
 * add-on gets them under Ekstensi › Inovasi Daerah (add-ons may not add a top-level menu).
 */
function buildMenu(addon: boolean): void {
  const ui = SpreadsheetApp.getUi();
  const menu = addon ? ui.createAddonMenu() : ui.createMenu(MENU.title);
  for (const item of MAIN_ITEMS) menu.addItem(item.caption, item.functionName);
  const admin = ui.createMenu(MENU.admin);
  for (const item of ADMIN_ITEMS) admin.addItem(item.caption, item.functionName);
  menu.addSeparator().addSubMenu(admin).addToUi();
}

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(runsAsAddon(e));
}

/** Installing an Editor add-on runs onInstall, not onOpen, in the open document. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(true);
}
