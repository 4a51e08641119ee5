// PropertiesService with Google's quotas: 9 KB per value, 500 KB per property store.
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class Properties extends GasObject implements Surface<GoogleAppsScript.Properties.Properties> {
  constructor(private readonly store: () => Record<string, string>) {
    super();
  }
  _gasClass() {
    return 'Properties';
  }
  private _commit(changes: Record<string, string>, replaceAll: boolean): void {
    const next = replaceAll ? {} : { ...this.store() };
    for (const [k, v] of Object.entries(changes)) {
      if (bytes(v) > MAX_VALUE_BYTES) throw new GasError(GAS_ERRORS.propertyValueTooLarge);
      next[k] = v;
    }
    const total = Object.entries(next).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > MAX_STORE_BYTES) throw new GasError(GAS_ERRORS.propertyQuota);
    const target = this.store();
    for (const k of Object.keys(target)) delete target[k];
    Object.assign(target, next);
  }
  getProperty(key: string): string | null {
    return this.store()[String(key)] ?? null;
  }
  setProperty(key: string, value: string): this {
    this._commit({ [String(key)]: String(value) }, false);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store() };
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const changes: Record<string, string> = {};
    for (const [k, v] of Object.entries(properties)) changes[k] = String(v);
    this._commit(changes, !!deleteAllOthers);
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this.store());
  }
  deleteProperty(key: string): this {
    delete this.store()[String(key)];
    return this;
  }
  deleteAllProperties(): this {
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this;
  }
}

export class PropertiesService
  extends GasObject
  implements Surface<GoogleAppsScript.Properties.PropertiesService>
{
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'PropertiesService';
  }
  getScriptProperties(): Properties {
    return new Properties(() => this.rt.state.properties.script);
  }
  getDocumentProperties(): Properties | null {
    return this.rt.options.container ? new Properties(() => this.rt.state.properties.document) : null;
  }
  /** Per user: the user the script runs as. */
  getUserProperties(): Properties {
    const user = this.rt.actingUser();
    return new Properties(() => {
      const all = this.rt.state.properties.user;
      all[user] ??= {};
      return all[user]!;
    });
  }
}

surfaceCheck<Properties, GoogleAppsScript.Properties.Properties>(true);
surfaceCheck<PropertiesService, GoogleAppsScript.Properties.PropertiesService>(true);
