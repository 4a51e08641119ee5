// Day one on Google, on the stricter emulator: who has authorized what, who the file is shared
// with, and which identity each kind of execution gets.
// https://developers.google.com/apps-script/guides/services/authorization (consent, table of contexts)
// https://developers.google.com/apps-script/guides/triggers#restrictions (simple triggers, viewers)
// https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/emulator/authorization';
import { NO_ACCESS } from '../../src/emulator/sharing';
import { ACCESS_MESSAGES } from '../../src/shared/messages/server';
import { ADMIN, BOSS, DINKES_OP, setUp } from './support';

const REQUIRED = 'Authorization is required to perform that action.';

interface Context {
  email: string;
  role: string | null;
  readOnlyReason: string | null;
}

function menuCaptions(h: ReturnType<typeof setUp>): string[] {
  return h.ui.menus.flatMap((m) => m.items.map((i) => (i.kind === 'item' ? i.caption : i.kind)));
}

describe('an operator on day one', () => {
  it('opens the file and gets the whole menu although Google hides their email in onOpen', () => {
    const h = setUp();
    h.setUser(DINKES_OP);
    h.ui.menus.length = 0;
    h.runTrigger('onOpen');
    expect(h.ui.menus.map((m) => m.name)).toEqual(['Inovasi Daerah']);
    expect(menuCaptions(h)).toContain('Buka sidebar');
  });

  it('meets "Authorization is required" on the first menu click, and nothing runs until they authorize', () => {
    const h = setUp();
    h.revokeAuthorization(DINKES_OP);
    h.setUser(DINKES_OP);
    h.runTrigger('onOpen');
    expect(h.needsAuthorization()).toBe(true);
    expect(() => h.runMenu('showSidebar')).toThrow(REQUIRED);
    expect(() => h.call('getContext')).toThrow(REQUIRED);
    expect(h.ui.sidebars).toHaveLength(0);
    h.authorize(DINKES_OP);
    h.runMenu('showSidebar');
    expect(h.ui.sidebars).toHaveLength(1);
    expect(h.call<Context>('getContext')).toMatchObject({
      email: DINKES_OP,
      role: 'operator',
      readOnlyReason: null,
    });
  });

  it('who left "see your email address" unticked is read-only and told which permission to give', () => {
    const h = setUp();
    h.authorize(DINKES_OP, { untick: [SCOPES.userinfoEmail] });
    h.setUser(DINKES_OP);
    expect(h.call<Context>('getContext')).toMatchObject({
      email: '',
      readOnlyReason: ACCESS_MESSAGES.emailNotGranted,
    });
  });
});

describe('the weekly reminder trigger', () => {
  it('runs as the admin who installed it, whoever has the file open, and sends as them', () => {
    const h = setUp();
    expect(h.call<{ ok: boolean }>('setWeeklyReminders', true).ok).toBe(true);
    h.setUser(DINKES_OP);
    h.runTimeTrigger(h.triggers[0]!);
    expect(h.triggers[0]!.owner).toBe(ADMIN);
    expect(h.mail.length).toBeGreaterThan(0);
    expect(h.mail.every((m) => m.from === ADMIN)).toBe(true);
  });

  it("stops with Google's message and sends nothing once its creator revoked the script", () => {
    const h = setUp();
    h.call('setWeeklyReminders', true);
    h.revokeAuthorization(ADMIN);
    expect(() => h.runTimeTrigger(h.triggers[0]!)).toThrow(REQUIRED);
    expect(h.mail).toHaveLength(0);
  });
});

describe('a viewer (the leadership) opening the file', () => {
  it('gets no menu, cannot run the script and cannot type into any tab', () => {
    const h = setUp();
    h.share(BOSS, 'viewer');
    h.setUser(BOSS);
    h.ui.menus.length = 0;
    h.runTrigger('onOpen');
    expect(h.ui.menus).toEqual([]);
    expect(() => h.runMenu('showSidebar')).toThrow(NO_ACCESS);
    expect(() => h.call('getContext')).toThrow(NO_ACCESS);
    expect(() => h.type('Ringkasan', 'A1', 'x')).toThrow(NO_ACCESS);
    expect(h.spreadsheet.getSheetByName('Ringkasan')!.getRange('A1').getValue()).not.toBe('x');
  });
});
