// Which identity Google gives an execution, by the context it runs in. Google's table "Permissions
// and types of scripts" (https://developers.google.com/apps-script/guides/services/authorization)
// and the Session / User references
// (https://developers.google.com/apps-script/reference/base/session#getActiveUser(),
// https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(),
// https://developers.google.com/apps-script/reference/base/user#getEmail()):
//
// | context                                   | runs as              | getActiveUser | getEffectiveUser |
// |-------------------------------------------|----------------------|---------------|------------------|
// | bound script: menu item, google.script.run| the user at keyboard | the user      | the user         |
// | simple trigger (onOpen, onEdit)           | the user at keyboard | '' unless the user is the owner (the developer) | same as active |
// | installable trigger (time-driven)         | the trigger's creator| the creator   | the creator      |
//
// "The user's email address is not available in any context that allows a script to run without
// that user's authorization, like a simple onOpen(e) or onEdit(e) trigger … However, these
// restrictions generally do not apply if the developer runs the script themselves or belongs to the
// same Google Workspace domain as the user." The emulator takes the strict reading: only the owner
// (who wrote and pushed the bound script) keeps the email; "generally" is no promise to build on.
// The account stays the user's, so their rights (protections) still apply.
import type { Identity } from './runtime';

export type ExecutionKind = 'run' | 'simple' | 'clock';

/**
 * The identity of an execution of `kind` started by `user` (who set up the harness or opened the
 * file); `creator` is the owner of an installable trigger.
 */
export function identityFor(kind: ExecutionKind, user: Identity, owner: string, creator?: string): Identity {
  switch (kind) {
    case 'run':
      return user;
    case 'simple': {
      const account = user.account ?? user.effective;
      if (account === owner) return user;
      return { active: '', effective: '', account };
    }
    case 'clock': {
      const who = (creator ?? user.effective).toLowerCase();
      return { active: who, effective: who };
    }
  }
}
