// CacheService: values up to 100 KB, keys up to 250 characters, expiry up to 6 hours (default 10 min).
import { GasError, GasObject } from '../bridge';
import { GAS_ERRORS } from '../errors';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
const MAX_KEY = 250;
const MAX_TTL_S = 21_600;

export class Cache extends GasObject implements Surface<GoogleAppsScript.Cache.Cache> {
  constructor(
    private readonly rt: Runtime,
    private readonly name: string,
  ) {
    super();
  }
  _gasClass() {
    return 'Cache';
  }
  private _map() {
    let m = this.rt.caches.get(this.name);
    if (!m) {
      m = new Map();
      this.rt.caches.set(this.name, m);
    }
    return m;
  }
  private _check(key: string, value?: string): void {
    if (key.length > MAX_KEY) throw new GasError('Argument too large: key');
    if (value !== undefined && Buffer.byteLength(value, 'utf8') > MAX_CACHE_VALUE_BYTES)
      throw new GasError(GAS_ERRORS.cacheValueTooLarge);
  }
  get(key: string): string | null {
    const m = this._map();
    const e = m.get(String(key));
    if (!e) return null;
    if (e.expires <= this.rt.now().getTime()) {
      m.delete(String(key));
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    this._check(k, v);
    const ttl = Math.min(MAX_TTL_S, expirationInSeconds ?? 600);
    this._map().set(k, { value: v, expires: this.rt.now().getTime() + ttl * 1000 });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this._check(k, String(v));
    for (const [k, v] of Object.entries(values)) this.put(k, String(v), expirationInSeconds);
  }
  remove(key: string): void {
    this._map().delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.remove(k);
  }
}

export class CacheService extends GasObject implements Surface<GoogleAppsScript.Cache.CacheService> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'CacheService';
  }
  getScriptCache(): Cache {
    return new Cache(this.rt, 'script');
  }
  getDocumentCache(): Cache | null {
    return this.rt.options.container ? new Cache(this.rt, 'document') : null;
  }
  getUserCache(): Cache {
    return new Cache(this.rt, `user:${this.rt.actingUser()}`);
  }
}

surfaceCheck<Cache, GoogleAppsScript.Cache.Cache>(true);
surfaceCheck<CacheService, GoogleAppsScript.Cache.CacheService>(true);
