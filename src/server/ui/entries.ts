// Menu entry points that open something: the sidebar (edit or verification mode), the Pengaturan
// tab, the help text.
import { ACCESS_MESSAGES, HELP_TEXT, MENU, SETTINGS_MESSAGES } from '../../shared/messages/server';
import { adminRefusal, canVerify, isAdmin } from '../access';
import { logError } from '../api/guard';
import { openScope } from '../api/scope';
import { SETTINGS_LAYOUT } from '../sheets/layout';
import { alert, toast } from './dialogs';
import { setSidebarMode } from './sidebar-mode';

const SIDEBAR_FILE = 'Sidebar';

function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** "Buka sidebar": everyone; read-only callers see why inside the sidebar. */
export function showSidebar(): void {
  setSidebarMode('edit');
  openSidebar();
}

/** "Verifikasi": the same sidebar, starting on the verification queue (verifikator, admin). */
export function showVerification(): void {
  try {
    const { caller } = openScope();
    if (!canVerify(caller)) {
      alert(caller.refusedReason ?? ACCESS_MESSAGES.verifierOnly);
      return;
    }
  } catch (error) {
    logError('showVerification', error);
  }
  setSidebarMode('verification');
  openSidebar();
}

/** "Pengaturan": opens the Pengaturan tab for admins. */
export function showSettings(): void {
  const scope = openScope();
  if (!isAdmin(scope.caller)) {
    alert(adminRefusal(scope.caller, MENU.settings));
    return;
  }
  const sheet = scope.ss.getSheetByName(SETTINGS_LAYOUT.name);
  if (!sheet) {
    alert(SETTINGS_MESSAGES.missing);
    return;
  }
  scope.ss.setActiveSheet(sheet);
  toast(SETTINGS_MESSAGES.opened);
}

export function showHelp(): void {
  alert(HELP_TEXT, MENU.help);
}
