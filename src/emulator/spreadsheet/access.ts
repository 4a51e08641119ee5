// Who may edit what. Google enforces protections against the user a script runs as (the effective
// user), on every kind of edit: values, formats, validation, structure. The owner can always edit;
// a protection's editors can; with domain edit on, anyone in the owner's domain can. A viewer of
// the file can edit nothing (sharing.ts). A warning-only protection never blocks anyone: it warns
// a person typing in the sheet and is silent for scripts
// (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)).
import { contains, intersects, type Rect, rectA1 } from '../a1';
import { GasError } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { ExecutionContext, Runtime } from '../runtime';
import { isViewer, NO_ACCESS } from '../sharing';
import type { ProtectionState, SheetState } from '../state';

/** Label of an execution that stands for a person typing in the grid (not a script). */
export const TYPING_LABEL = 'ui:edit';

export function isTyping(exec: ExecutionContext | null): boolean {
  return exec?.label === TYPING_LABEL;
}

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

export function isConsumerAccount(email: string): boolean {
  return CONSUMER_DOMAINS.has(domainOf(email));
}

export function canEditProtection(rt: Runtime, p: ProtectionState, user: string): boolean {
  const u = user.toLowerCase();
  if (u === rt.owner) return true;
  if (isViewer(rt, u)) return false;
  if (p.mirror) return true;
  if (u === '') return false;
  if (p.editors.includes(u)) return true;
  return p.domainEdit && domainOf(u) === domainOf(rt.owner) && !isConsumerAccount(u);
}

function applies(p: ProtectionState, sheet: SheetState, rect: Rect | null): boolean {
  if (p.sheetId !== sheet.id) return false;
  if (p.range) return rect !== null && intersects(p.range, rect);
  // A sheet protection covers structure and every cell outside its unprotected ranges.
  if (rect === null) return true;
  return !p.unprotected.some((u) => contains(u, rect));
}

/**
 * Throws Google's protection error when the acting user may not edit `rect` of `sheet`
 * (rect null: a structural edit of the sheet such as rename, insert rows, freeze, delete).
 * Host-side calls (no execution) act as the owner.
 */
export function assertCanEdit(rt: Runtime, sheet: SheetState, rect: Rect | null): void {
  if (!rt.current) return;
  const user = rt.actingUser();
  if (isViewer(rt, user)) throw new GasError(NO_ACCESS);
  for (const p of rt.state.spreadsheet.protections) {
    if (!applies(p, sheet, rect)) continue;
    // A warning-only protection blocks no one and warns everyone typing there, its editors and
    // the owner included (Protection.setWarningOnly reference); scripts are never stopped by it.
    if (p.warningOnly) {
      if (isTyping(rt.current))
        rt.ui.warnings.push({ a1: rect ? `${sheet.name}!${rectA1(rect)}` : sheet.name, user });
      continue;
    }
    if (canEditProtection(rt, p, user)) continue;
    throw new GasError(GAS_ERRORS.protected);
  }
}

/** Whether the acting user could edit the cells (Range.canEdit / Protection.canEdit). */
export function canEditRect(rt: Runtime, sheet: SheetState, rect: Rect | null): boolean {
  try {
    const saved = rt.ui.warnings.length;
    assertCanEdit(rt, sheet, rect);
    rt.ui.warnings.length = saved;
    return true;
  } catch {
    return false;
  }
}
