// LockService. A lock is held per execution; waitLock/tryLock block a worker execution until the
// lock is free or the timeout passes; locks still held are released when the execution ends.
import { GasError, GasObject, type Park } from '../bridge';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';

const MAX_WAIT_MS = 300_000;

export class Lock extends GasObject implements Surface<GoogleAppsScript.Lock.Lock> {
  constructor(
    private readonly rt: Runtime,
    private readonly scope: string,
  ) {
    super();
  }
  _gasClass() {
    return 'Lock';
  }
  private _execId(): number {
    return this.rt.current?.id ?? 0;
  }
  private _acquire(
    timeoutInMillis: number,
    onTimeout: () => { v: unknown } | { e: string; n: string },
  ): true | Park {
    const ms = Number(timeoutInMillis);
    if (!(ms >= 0) || ms > MAX_WAIT_MS) throw new GasError(`Invalid argument: timeoutInMillis`);
    const exec = this.rt.current;
    if (!exec) {
      if (this.rt.locks.tryAcquire(this.scope, 0)) return true;
      const r = onTimeout();
      if ('e' in r) throw new GasError(r.e);
      return true;
    }
    return this.rt.locks.acquire(this.scope, exec, ms, onTimeout, (t) => this.rt.advanceClock(t));
  }
  waitLock(timeoutInMillis: number): undefined | Park {
    const r = this._acquire(timeoutInMillis, () => this.rt.lockTimeoutError());
    return r === true ? undefined : r;
  }
  tryLock(timeoutInMillis: number): boolean {
    const r = this._acquire(timeoutInMillis, () => ({ v: false }));
    // A Park is settled by the bridge into the boolean the script receives.
    return r === true ? true : (r as unknown as boolean);
  }
  hasLock(): boolean {
    return this.rt.locks.holder(this.scope) === this._execId();
  }
  releaseLock(): void {
    this.rt.locks.release(this.scope, this._execId());
  }
}

export class LockService extends GasObject implements Surface<GoogleAppsScript.Lock.LockService> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'LockService';
  }
  /** null outside a bound container, as documented. */
  getDocumentLock(): Lock | null {
    return this.rt.options.container ? new Lock(this.rt, 'document') : null;
  }
  getScriptLock(): Lock {
    return new Lock(this.rt, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this.rt, `user:${this.rt.actingUser()}`);
  }
}

surfaceCheck<Lock, GoogleAppsScript.Lock.Lock>(true);
surfaceCheck<LockService, GoogleAppsScript.Lock.LockService>(true);
