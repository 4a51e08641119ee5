// Authorization per user: the consent screen on a user's first run, granular consent, and
// ScriptApp.getAuthorizationInfo / requireScopes.
// https://developers.google.com/apps-script/guides/services/authorization
// https://developers.google.com/apps-script/concepts/scopes#granular_consent
// https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
import { describe, expect, test } from 'vitest';
import { SCOPES } from '../../src/emulator/authorization';
import { probeHarness } from '../support/emulator';

const OWNER = 'admin@majenekab.go.id';
const OPERATOR = 'operator.dinkes@majenekab.go.id';
const REQUIRED = 'Authorization is required to perform that action.';

describe('authorization per user', () => {
  test('by default every user has authorized every scope (existing tests stay as they are)', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    expect(h.needsAuthorization()).toBe(false);
    expect(h.call('writeOne', 'Sheet1', 'A1', 'x')).toBe(true);
  });

  test("strict: a user's first run fails with Google's message and runs nothing, until they authorize", () => {
    // github.com/googleworkspace/apps-script-samples/issues/175 quotes the message.
    const h = probeHarness({ owner: OWNER, user: OPERATOR, authorization: 'strict' });
    expect(h.needsAuthorization()).toBe(true);
    expect(() => h.call('writeOne', 'Sheet1', 'A1', 'x')).toThrow(REQUIRED);
    expect(() => h.runMenu('topLevelRuns')).toThrow(REQUIRED);
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('');
    expect(h.totalCalls()).toBe(0);
    h.authorize(OPERATOR);
    expect(h.needsAuthorization()).toBe(false);
    h.call('writeOne', 'Sheet1', 'A1', 'x');
    expect(h.spreadsheet.getRange('A1').getValue()).toBe('x');
  });

  test('strict: simple triggers need no authorization (onOpen still builds the menu)', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR, authorization: 'strict' });
    h.runTrigger('onOpen');
    expect(h.ui.menus.map((m) => m.name)).toEqual(['Inovasi']);
  });

  test('a revoked authorization is asked for again', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.revokeAuthorization(OPERATOR);
    expect(() => h.call('topLevelRuns')).toThrow(REQUIRED);
    h.authorize(OPERATOR);
    expect(h.call('topLevelRuns')).toBe(1);
  });

  test("granular consent: the script runs, and a call needing the unticked scope throws Google's error", () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.authorize(OPERATOR, { untick: [SCOPES.sendMail] });
    expect(h.call('writeOne', 'Sheet1', 'A1', 'x')).toBe(true);
    expect(h.runMenu('mailInTrigger')).toEqual([
      null,
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SCOPES.sendMail}`,
    ]);
    expect(h.mail).toHaveLength(0);
  });

  test('granular consent without the spreadsheet scope: reading the sheet names both scopes that would do', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.authorize(OPERATOR, { untick: [SCOPES.spreadsheetsCurrentOnly] });
    expect(() => h.call('read', 'Sheet1', 'A1')).toThrow(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${SCOPES.spreadsheetsCurrentOnly} || ${SCOPES.spreadsheets})`,
    );
  });

  test('granular consent without userinfo.email: Session.getActiveUser throws', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    h.authorize(OPERATOR, { untick: [SCOPES.userinfoEmail] });
    expect(() => h.call('whoAmI')).toThrow(/Session\.getActiveUser.*userinfo\.email/);
  });

  test('ScriptApp.getAuthorizationInfo reports REQUIRED while a scope is unticked; requireAllScopes stops the run', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR });
    expect(h.call('authorizationProbe')).toEqual({ status: 'NOT_REQUIRED', url: null });
    h.authorize(OPERATOR, { untick: [SCOPES.scriptApp] });
    expect(h.call('authorizationProbe')).toMatchObject({ status: 'REQUIRED' });
    expect(() => h.run('ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL); return 1;')).toThrow(REQUIRED);
    expect(h.run(`ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['${SCOPES.sendMail}']); return 1;`)).toBe(
      1,
    );
  });

  test('the consent is remembered in the saved state', () => {
    const h = probeHarness({ owner: OWNER, user: OPERATOR, authorization: 'strict' });
    h.authorize(OPERATOR);
    const copy = probeHarness({ state: structuredClone(h.state), user: 'new@majenekab.go.id' });
    expect(copy.needsAuthorization(OPERATOR)).toBe(false);
    expect(copy.needsAuthorization()).toBe(true);
  });
});
