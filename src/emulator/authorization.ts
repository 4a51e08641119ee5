// Authorization per user, as Google asks for it. Each user of a bound script authorizes it once
// (the consent screen lists the manifest's oauthScopes); until then a menu click, a
// google.script.run call or a trigger of theirs fails with "Authorization is required to perform
// that action." (https://github.com/googleworkspace/apps-script-samples/issues/175). With granular
// consent a user may untick scopes: the script still runs, and each call that needs a missing scope
// throws "You do not have permission to call X. Required permissions: …"
// (https://developers.google.com/apps-script/concepts/scopes#granular_consent).
//
// The harness's default stays lenient (everyone authorized with every scope); a test or the
// preview asks for strict authorization, or revokes one user.
import { GasError } from './bridge';
import type { ExecutionContext, Runtime } from './runtime';
import type { AuthorizationState } from './state';

export const SCOPES = {
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  userinfoEmail: 'https://www.googleapis.com/auth/userinfo.email',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;

export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

/** Google's message for a call whose scope the user did not grant. */
export function missingScopeMessage(call: string, alternatives: readonly string[]): string {
  const list = alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' || ')})`;
  return `You do not have permission to call ${call}. Required permissions: ${list}`;
}

const SHEETS = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets] as const;

/** Classes whose every method reads or changes the bound spreadsheet (reference pages' "Authorization"). */
const SPREADSHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'Protection',
  'NamedRange',
  'EmbeddedChart',
  'DataValidation',
  'ConditionalFormatRule',
]);

/** SpreadsheetApp methods that only build objects or read enums need no scope. */
const SPREADSHEET_APP_FREE = new Set(['newDataValidation', 'newConditionalFormatRule', 'newTextStyle']);

const SCRIPT_APP_SCOPED = new Set(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']);

/**
 * The scopes a call needs (any one of them suffices), or null when it needs none. From the
 * "Authorization" section of each method's reference page.
 */
export function requiredScopes(cls: string, method: string): readonly string[] | null {
  if (SPREADSHEET_CLASSES.has(cls)) return SHEETS;
  switch (cls) {
    case 'SpreadsheetApp':
      if (method === 'getUi') return [SCOPES.containerUi];
      return SPREADSHEET_APP_FREE.has(method) ? null : SHEETS;
    case 'Ui':
    case 'Menu':
      return [SCOPES.containerUi];
    case 'Session':
      return method === 'getActiveUser' || method === 'getEffectiveUser' ? [SCOPES.userinfoEmail] : null;
    case 'MailApp':
      return [SCOPES.sendMail];
    case 'ScriptApp':
      return SCRIPT_APP_SCOPED.has(method) ? [SCOPES.scriptApp] : null;
    case 'ClockTriggerBuilder':
    case 'SpreadsheetTriggerBuilder':
      return method === 'create' ? [SCOPES.scriptApp] : null;
    default:
      return null;
  }
}

const LENIENT: AuthorizationState = Object.freeze({ strict: false, users: Object.freeze({}) });

/** The table to read: a state that never recorded anything is lenient (and stays unrecorded). */
function table(rt: Runtime): AuthorizationState {
  return rt.state.authorization ?? LENIENT;
}

/** The table to change, created on the first change. */
function writable(rt: Runtime): AuthorizationState {
  rt.state.authorization ??= { strict: false, users: {} };
  return rt.state.authorization;
}

/** The scopes `email` granted, or null when they never authorized the script (or revoked it). */
export function grantedScopes(rt: Runtime, email: string): readonly string[] | null {
  const auth = table(rt);
  const e = email.toLowerCase();
  if (Object.hasOwn(auth.users, e)) return auth.users[e] ?? null;
  return auth.strict ? null : rt.options.oauthScopes;
}

/**
 * Whether `email` must pass the consent screen before running anything: never authorized, or
 * the manifest now asks for a scope they were never asked about (Google asks again then).
 */
export function needsConsent(rt: Runtime, email: string): boolean {
  const auth = table(rt);
  const e = email.toLowerCase();
  const granted = grantedScopes(rt, e);
  if (!granted) return true;
  const asked = auth.asked?.[e] ?? granted;
  return rt.options.oauthScopes.some((s) => !asked.includes(s));
}

/** Records a consent: every manifest scope except the unticked ones. */
export function authorize(rt: Runtime, email: string, unticked: readonly string[] = []): void {
  const auth = writable(rt);
  const e = email.toLowerCase();
  auth.users[e] = rt.options.oauthScopes.filter((s) => !unticked.includes(s));
  auth.asked ??= {};
  auth.asked[e] = [...rt.options.oauthScopes];
}

/** The user removes the script from their account's connected apps. */
export function revoke(rt: Runtime, email: string): void {
  const auth = writable(rt);
  const e = email.toLowerCase();
  auth.users[e] = null;
  if (auth.asked) delete auth.asked[e];
}

/** From now on only users who authorized count as authorized (the preview, strict tests). */
export function setStrict(rt: Runtime, strict: boolean): void {
  writable(rt).strict = strict;
}

/** Throws Google's message when the execution's user has not authorized the script. */
export function assertAuthorized(rt: Runtime, email: string): void {
  if (needsConsent(rt, email)) throw new GasError(AUTHORIZATION_REQUIRED);
}

/**
 * The refusal for one call of a FULL execution whose user did not grant the scope it needs, or
 * null. Simple triggers (LIMITED) run without the user's authorization; their limits are apart.
 */
export function scopeRefusal(
  rt: Runtime,
  exec: ExecutionContext,
  cls: string,
  method: string,
): { e: string; n: string } | null {
  if (exec.authMode !== 'FULL') return null;
  const needed = requiredScopes(cls, method);
  if (!needed) return null;
  const granted = grantedScopes(rt, exec.identity.account ?? exec.identity.effective);
  if (granted && needed.some((s) => granted.includes(s))) return null;
  return { e: missingScopeMessage(`${cls}.${method}`, needed), n: 'Exception' };
}
