// Typed promises over google.script.run for the admin dialogs (Pengingat, Ekspor, Impor), checked
// against AdminApi the way server.ts checks the sidebar's calls against ServerApi.
import type { AdminApi } from '../shared/admin-api';
import { runScript } from './server';

export { closeDialog } from './server';

export function callAdmin<K extends keyof AdminApi>(
  name: K,
  ...args: Parameters<AdminApi[K]>
): Promise<ReturnType<AdminApi[K]>> {
  return runScript(name, args);
}
