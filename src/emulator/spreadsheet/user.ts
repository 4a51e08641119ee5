// A user as Session and Protection.getEditors() return it.
import { GasObject } from '../bridge';
import { type Surface, surfaceCheck } from '../surface';

export class User extends GasObject implements Surface<GoogleAppsScript.Base.User> {
  constructor(private readonly email: string) {
    super();
  }
  _gasClass() {
    return 'User';
  }
  getEmail(): string {
    return this.email;
  }
  getUserLoginId(): string {
    return this.email;
  }
  override toString(): string {
    return this.email;
  }
}

surfaceCheck<User, GoogleAppsScript.Base.User>(true);
