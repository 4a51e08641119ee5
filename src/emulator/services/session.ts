// Session: who runs the script. The harness switches the user; '' models Google hiding the identity.
import { createHash } from 'node:crypto';
import { GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import { User } from '../spreadsheet/user';
import { type Surface, surfaceCheck } from '../surface';

export class Session extends GasObject implements Surface<GoogleAppsScript.Base.Session> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'Session';
  }
  getActiveUser(): User {
    return new User(this.rt.identity().active);
  }
  getEffectiveUser(): User {
    return new User(this.rt.identity().effective);
  }
  getScriptTimeZone(): string {
    return this.rt.options.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'id';
  }
  getTemporaryActiveUserKey(): string {
    const who = this.rt.identity().active || this.rt.identity().effective;
    return createHash('sha256').update(`emulator:${who}`).digest('base64url').slice(0, 40);
  }
}

surfaceCheck<Session, GoogleAppsScript.Base.Session>(true);
