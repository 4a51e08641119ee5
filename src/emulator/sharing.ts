// Who the spreadsheet file is shared with, as Drive's sharing dialog has it: one owner, editors,
// viewers (a commenter counts as a viewer here: neither may edit). Google's rules that follow:
// simple triggers do not run for a file opened read-only, so a viewer gets no custom menu
// (https://developers.google.com/apps-script/guides/triggers#restrictions); a viewer cannot run
// the bound script (its menu, google.script.run) and cannot change any cell.
//
// The harness's default stays lenient: an email the file was not shared with counts as an editor,
// so tests that never mention sharing keep working.
import { GasError } from './bridge';
import type { Runtime } from './runtime';

export type FileRole = 'owner' | 'editor' | 'viewer';

/** Google's answer when someone without edit rights reaches the file through a script. */
export const NO_ACCESS = 'You do not have permissions to access the requested document.';

export function fileRole(rt: Runtime, email: string): FileRole {
  const e = email.toLowerCase();
  const ss = rt.state.spreadsheet;
  if (e !== '' && e === ss.owner) return 'owner';
  if (ss.viewers.includes(e)) return 'viewer';
  return 'editor';
}

/** Shares the file with `email` as editor or viewer (changing an earlier role). */
export function share(rt: Runtime, email: string, role: 'editor' | 'viewer'): void {
  const e = email.toLowerCase();
  const ss = rt.state.spreadsheet;
  if (e === ss.owner) throw new Error('the owner cannot be given another role');
  ss.editors = ss.editors.filter((x) => x !== e);
  ss.viewers = ss.viewers.filter((x) => x !== e);
  (role === 'editor' ? ss.editors : ss.viewers).push(e);
}

export function isViewer(rt: Runtime, email: string): boolean {
  return fileRole(rt, email) === 'viewer';
}

/** Refuses a script execution (menu item, google.script.run, trigger) of a viewer. */
export function assertMayRunScript(rt: Runtime, email: string): void {
  if (isViewer(rt, email)) throw new GasError(NO_ACCESS);
}
