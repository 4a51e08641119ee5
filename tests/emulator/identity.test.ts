// Identity by context: one test per row of Google's table "Permissions and types of scripts"
// (https://developers.google.com/apps-script/guides/services/authorization) as the Session and User
// references spell it out (https://developers.google.com/apps-script/reference/base/session,
// https://developers.google.com/apps-script/reference/base/user#getEmail()).
import { describe, expect, test } from 'vitest';
import { probeHarness } from '../support/emulator';

const OWNER = 'admin@majenekab.go.id';
const OPERATOR = 'operator.dinkes@majenekab.go.id';

describe('identity by context (guides/services/authorization, base/session)', () => {
  test('bound script, menu item and google.script.run: runs as the user at the keyboard', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    expect(h.runMenu('identityProbe')).toMatchObject({ active: OPERATOR, effective: OPERATOR });
    expect(h.call('identityProbe')).toMatchObject({ active: OPERATOR, effective: OPERATOR });
  });

  test('simple trigger of a user who is not the owner: getActiveUser and getEffectiveUser are empty', () => {
    // "not available in any context that allows a script to run without that user's authorization,
    // like a simple onOpen(e) or onEdit(e) trigger" (base/user#getEmail()).
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    expect(h.runTrigger('identityProbe')).toEqual({
      authMode: 'LIMITED',
      active: '',
      effective: '',
      eventUser: '',
    });
  });

  test('simple trigger of the owner (who wrote the script) keeps the email', () => {
    const h = probeHarness({ owner: OWNER, user: OWNER });
    expect(h.runTrigger('identityProbe')).toEqual({
      authMode: 'LIMITED',
      active: OWNER,
      effective: OWNER,
      eventUser: OWNER,
    });
  });

  test("a simple trigger with a hidden email still acts with the user's own rights", () => {
    const h = probeHarness({ owner: OWNER, sheets: ['Data'] });
    h.addFileEditor(OPERATOR);
    h.run(`var p = SpreadsheetApp.getActive().getSheetByName('Data').protect();
      p.removeEditors(p.getEditors()); p.addEditor('${OPERATOR}');`);
    h.setUser('someone.else@majenekab.go.id');
    expect(() => h.runTrigger('writeDataInTrigger')).toThrow(/protected cell/);
    h.setUser(OPERATOR);
    expect(h.runTrigger('writeDataInTrigger')).toBe(true);
  });

  test('installable time-driven trigger: runs as its creator, whoever uses the file now', () => {
    // getEffectiveUser: "If the script is running under an installable trigger, this returns the
    // account of the user who created the trigger."
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.call('installWeekly', 'logIdentity');
    h.setUser(OWNER);
    h.runTimeTrigger(h.triggers[0]!);
    expect(h.spreadsheet.getSheetByName('Log')!.getRange('A1:B1').getValues()).toEqual([
      [OPERATOR, OPERATOR],
    ]);
  });

  test("a time-driven trigger whose creator revoked the script fails with Google's message", () => {
    // Google mails the creator "Authorization is required to perform that action." for every run
    // (github.com/webdigi/GmailScheduler/issues/43).
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.call('installWeekly', 'logIdentity');
    h.revokeAuthorization(OPERATOR);
    expect(() => h.runTimeTrigger(h.triggers[0]!)).toThrow(
      'Authorization is required to perform that action.',
    );
    expect(h.spreadsheet.getSheetByName('Log')).toBeNull();
  });
});
