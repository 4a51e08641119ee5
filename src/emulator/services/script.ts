// ScriptApp: installable triggers (recorded per owner, as Google keeps them per user), AuthMode.
import { randomUUID } from 'node:crypto';
import { AUTHORIZATION_REQUIRED, grantedScopes, needsConsent } from '../authorization';
import { GasError, GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import type { TriggerState } from '../state';
import { type Surface, surfaceCheck } from '../surface';
import { isDate } from '../values';

const MAX_TRIGGERS_PER_USER = 20;
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const enumOf = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, n]));

function createTrigger(rt: Runtime, t: Omit<TriggerState, 'id' | 'owner'>): Trigger {
  const owner = rt.actingUser();
  if (rt.state.triggers.filter((x) => x.owner === owner).length >= MAX_TRIGGERS_PER_USER)
    throw new GasError(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  const state: TriggerState = { ...t, id: randomUUID().replace(/-/g, '').slice(0, 19), owner };
  rt.state.triggers.push(state);
  return new Trigger(state);
}

export class Trigger extends GasObject implements Surface<GoogleAppsScript.Script.Trigger> {
  constructor(readonly _state: TriggerState) {
    super();
  }
  _gasClass() {
    return 'Trigger';
  }
  getHandlerFunction(): string {
    return this._state.handler;
  }
  getUniqueId(): string {
    return this._state.id;
  }
  getEventType(): string {
    return this._state.eventType;
  }
  getTriggerSource(): string {
    return this._state.source;
  }
  /** The spreadsheet's id; null for clock triggers (the type says string). */
  getTriggerSourceId(): string {
    return this._state.sourceId as string;
  }
}

export class ClockTriggerBuilder
  extends GasObject
  implements Surface<GoogleAppsScript.Script.ClockTriggerBuilder>
{
  private readonly schedule: Record<string, unknown> = {};
  constructor(
    private readonly rt: Runtime,
    private readonly handler: string,
  ) {
    super();
  }
  _gasClass() {
    return 'ClockTriggerBuilder';
  }
  private _set(key: string, value: unknown): this {
    this.schedule[key] = value;
    return this;
  }
  after(durationMilliseconds: number): this {
    return this._set('afterMs', durationMilliseconds);
  }
  at(date: unknown): this {
    if (!isDate(date)) throw new GasError('Invalid argument: date');
    return this._set('at', new Date(date.getTime()));
  }
  atDate(year: number, month: number, day: number): this {
    return this._set('atDate', [year, month, day]);
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new GasError('Invalid argument: hour');
    return this._set('atHour', hour);
  }
  nearMinute(minute: number): this {
    return this._set('nearMinute', minute);
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new GasError(
        'The value you passed to everyMinutes was invalid. Accepted values are 1, 5, 10, 15 and 30.',
      );
    return this._set('everyMinutes', n);
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new GasError(
        'The value you passed to everyHours was invalid. Accepted values are 1, 2, 4, 6, 8 and 12.',
      );
    return this._set('everyHours', n);
  }
  everyDays(n: number): this {
    return this._set('everyDays', n);
  }
  everyWeeks(n: number): this {
    return this._set('everyWeeks', n);
  }
  onWeekDay(day: unknown): this {
    const d = String(day);
    if (!WEEKDAYS.includes(d)) throw new GasError('Invalid argument: day');
    return this._set('onWeekDay', d);
  }
  onMonthDay(day: number): this {
    return this._set('onMonthDay', day);
  }
  inTimezone(timezone: string): this {
    return this._set('timeZone', timezone);
  }
  create(): Trigger {
    const s = this.schedule;
    const recurring = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'onMonthDay'].some(
      (k) => k in s,
    );
    const once = 'at' in s || 'afterMs' in s || 'atDate' in s;
    if (!recurring && !once) throw new GasError('Clock triggers must have a frequency or a time to run.');
    if ('onWeekDay' in s && !('everyWeeks' in s)) throw new GasError('onWeekDay requires everyWeeks.');
    return createTrigger(this.rt, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule: { ...s },
    });
  }
}

export class SpreadsheetTriggerBuilder
  extends GasObject
  implements Surface<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
{
  private event: TriggerState['eventType'] | null = null;
  constructor(
    private readonly rt: Runtime,
    private readonly handler: string,
  ) {
    super();
  }
  _gasClass() {
    return 'SpreadsheetTriggerBuilder';
  }
  onOpen(): this {
    this.event = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.event = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this.event) throw new GasError('Spreadsheet triggers must have an event type.');
    return createTrigger(this.rt, {
      handler: this.handler,
      eventType: this.event,
      source: 'SPREADSHEETS',
      sourceId: this.rt.state.spreadsheet.id,
      schedule: {},
    });
  }
}

export class TriggerBuilder extends GasObject implements Surface<GoogleAppsScript.Script.TriggerBuilder> {
  constructor(
    private readonly rt: Runtime,
    private readonly handler: string,
  ) {
    super();
  }
  _gasClass() {
    return 'TriggerBuilder';
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.rt, this.handler);
  }
  forSpreadsheet(_sheet: unknown): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.rt, this.handler);
  }
}

/**
 * What ScriptApp.getAuthorizationInfo reports for the calling user
 * (https://developers.google.com/apps-script/reference/script/authorization-info).
 */
export class AuthorizationInfo
  extends GasObject
  implements Surface<GoogleAppsScript.Script.AuthorizationInfo>
{
  constructor(
    private readonly required: boolean,
    private readonly granted: readonly string[],
    private readonly url: string,
  ) {
    super();
  }
  _gasClass() {
    return 'AuthorizationInfo';
  }
  getAuthorizationStatus(): string {
    return this.required ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  /** Null when no authorization is required, as documented. */
  getAuthorizationUrl(): string {
    return (this.required ? this.url : null) as string;
  }
  /** Newer than @types/google-apps-script: the scopes the user granted among those asked about. */
  getAuthorizedScopes(): string[] {
    return [...this.granted];
  }
}

export class ScriptApp extends GasObject implements Surface<GoogleAppsScript.Script.ScriptApp> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'ScriptApp';
  }
  override _props() {
    return {
      AuthMode: enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']),
      AuthorizationStatus: enumOf(['REQUIRED', 'NOT_REQUIRED']),
      InstallationSource: enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']),
      EventType: enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']),
      TriggerSource: enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']),
      WeekDay: enumOf(WEEKDAYS),
    };
  }
  /** A bound script is not installed as an add-on: NONE (the emulator runs bound scripts only). */
  getInstallationSource(): string {
    return 'NONE';
  }
  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw new GasError('Invalid argument: functionName');
    return new TriggerBuilder(this.rt, functionName);
  }
  /** Only the calling user's triggers, as on Google. */
  getProjectTriggers(): Trigger[] {
    const me = this.rt.actingUser();
    return this.rt.state.triggers.filter((t) => t.owner === me).map((t) => new Trigger(t));
  }
  getUserTriggers(_container: unknown): Trigger[] {
    const me = this.rt.actingUser();
    return this.rt.state.triggers
      .filter((t) => t.owner === me && t.source === 'SPREADSHEETS')
      .map((t) => new Trigger(t));
  }
  deleteTrigger(trigger: Trigger): void {
    const me = this.rt.actingUser();
    const t = this.rt.state.triggers.find((x) => x.id === trigger._state.id);
    if (t && t.owner !== me) throw new GasError('You do not have permission to delete this trigger.');
    this.rt.state.triggers = this.rt.state.triggers.filter((x) => x.id !== trigger._state.id);
  }
  getScriptId(): string {
    return this.rt.options.scriptId;
  }
  /** For the calling user: REQUIRED while any of `oAuthScopes` (default: the manifest's) is not granted. */
  getAuthorizationInfo(_authMode: unknown, oAuthScopes?: string[]): AuthorizationInfo {
    const me = this.rt.actingUser();
    const asked = oAuthScopes ?? this.rt.options.oauthScopes;
    const granted = grantedScopes(this.rt, me) ?? [];
    const required = needsConsent(this.rt, me) || asked.some((s) => !granted.includes(s));
    return new AuthorizationInfo(
      required,
      granted.filter((s) => asked.includes(s)),
      `https://script.google.com/macros/d/${this.rt.options.scriptId}/authorize`,
    );
  }
  /**
   * Ends the execution with the consent prompt when the user has not granted every listed scope
   * (https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)).
   */
  requireScopes(_authMode: unknown, oAuthScopes: string[]): void {
    const granted = grantedScopes(this.rt, this.rt.actingUser()) ?? [];
    if (oAuthScopes.some((s) => !granted.includes(s))) throw new GasError(AUTHORIZATION_REQUIRED);
  }
  requireAllScopes(authMode: unknown): void {
    this.requireScopes(authMode, this.rt.options.oauthScopes);
  }
  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
}

surfaceCheck<Trigger, GoogleAppsScript.Script.Trigger>(true);
surfaceCheck<ClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>(true);
surfaceCheck<SpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(true);
surfaceCheck<TriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>(true);
surfaceCheck<ScriptApp, GoogleAppsScript.Script.ScriptApp>(true);
