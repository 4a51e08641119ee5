// How the preview reads what an execution did, from the emulator's records: the menus onOpen built,
// the buttons of a question, whether the spreadsheet changed (from the service-call counters).
import type { MenuEntry, MenuRecord, UiRequest } from '../emulator/runtime';
import type { EffectsView, MenuEntryView, MenuView } from './protocol';

/** Apps Script button names of a ButtonSet. */
export function buttonsOf(req: UiRequest): string[] {
  if (req.kind === 'prompt' && req.buttons === 'OK') return ['OK'];
  switch (req.buttons) {
    case 'OK_CANCEL':
      return ['OK', 'CANCEL'];
    case 'YES_NO':
      return ['YES', 'NO'];
    case 'YES_NO_CANCEL':
      return ['YES', 'NO', 'CANCEL'];
    default:
      return req.kind === 'prompt' ? ['OK', 'CANCEL'] : ['OK'];
  }
}

/** An alert with only an OK button needs no decision: it is shown, and the script goes on. */
export const needsAnswer = (req: UiRequest) => req.kind === 'prompt' || buttonsOf(req).length > 1;

function menuEntries(items: MenuEntry[]): MenuEntryView[] {
  return items.map((item): MenuEntryView => {
    if (item.kind === 'item') return { kind: 'item', caption: item.caption, functionName: item.functionName };
    if (item.kind === 'separator') return { kind: 'separator' };
    return { kind: 'submenu', caption: item.menu.name, items: menuEntries(item.menu.items) };
  });
}

export function menuViews(menus: MenuRecord[]): MenuView[] {
  return menus.map((m) => ({ caption: m.name, items: menuEntries(m.items) }));
}

/** Function names reachable from the menus (only these may be run as menu items). */
export function menuFunctions(menus: MenuView[]): Set<string> {
  const names = new Set<string>();
  const walk = (items: MenuEntryView[]) => {
    for (const i of items) {
      if (i.kind === 'item') names.add(i.functionName);
      else if (i.kind === 'submenu') walk(i.items);
    }
  };
  for (const m of menus) walk(m.items);
  return names;
}

// Services whose non-reading methods change the saved state (cells, formats, protections,
// properties, triggers). Builders change nothing until their result is applied to one of these.
const STATEFUL =
  /^(Range|RangeList|Sheet|Spreadsheet|Protection|NamedRange|EmbeddedChart|Properties|ScriptApp|Trigger|[A-Za-z]*TriggerBuilder)\./;
const READS = /\.(get|is|has|can|find|toast|copy$)/;

/** Whether the calls counted between two snapshots of the counters changed the spreadsheet. */
export function mutated(before: Record<string, number>, after: Record<string, number>): boolean {
  return Object.entries(after).some(
    ([key, n]) => n !== (before[key] ?? 0) && STATEFUL.test(key) && !READS.test(key),
  );
}

export const emptyEffects = (): EffectsView => ({
  toasts: [],
  alerts: [],
  sidebar: null,
  dialog: null,
  error: null,
});
