// What every sidebar call starts with: the spreadsheet, the access tables (Pengaturan, OPD,
// Pengguna: three reads) and the caller resolved from them.
import { ownerOfId } from '../../core/integrity';
import { type Caller, identify, ownerEmail, sessionIdentity } from '../access';
import type { OpdRecord, StoredInnovation } from '../model';
import { opdTabLayout } from '../sheets/layout';
import {
  type AccessTables,
  applyVerifications,
  findInnovationInTable,
  type ReadContext,
  readAccessTables,
  readContext,
  readOpdTab,
  readTable,
  readVerificationTab,
  statusChecks,
} from '../sheets/registry';

export interface CallScope {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  access: AccessTables;
  caller: Caller;
  ctx: ReadContext;
}

export function openScope(): CallScope {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const access = readAccessTables(ss);
  const who = sessionIdentity();
  const caller = identify(who.email, access, () => ownerEmail(ss), who.emailNotGranted);
  return { ss, access, caller, ctx: readContext(access) };
}

/** OPDs with a usable code (rows with problems have no tab to read). */
export function usableOpds(access: AccessTables): OpdRecord[] {
  return access.opds.filter((o) => !o.problems?.length);
}

/**
 * The OPD an innovation id belongs to: ids made by saves start with the OPD code and a dash; the
 * longest matching code wins (codes such as KEC-BANGGAE and KEC-BANGGAE-TIMUR share a prefix).
 */
export function opdOfId(id: string, opds: readonly OpdRecord[]): OpdRecord | undefined {
  const code = ownerOfId(
    id,
    opds.map((o) => o.code),
  );
  return opds.find((o) => o.code === code);
}

/** Innovations of the given OPDs with their derived status (one read per OPD tab + Verifikasi). */
export function readInnovations(scope: CallScope, opds: readonly OpdRecord[]): StoredInnovation[] {
  const out: StoredInnovation[] = [];
  for (const opd of opds) out.push(...readOpdTab(scope.ss, opd, scope.ctx).innovations);
  applyVerifications(out, readVerificationTab(scope.ss, scope.ctx).byKey, statusChecks(scope.access));
  return out;
}

/**
 * Finds one innovation the caller may read: first in the tab its id points to, then (admins,
 * verifikators, pimpinan) in every other tab, for ids typed by hand.
 */
export function findInnovation(
  scope: CallScope,
  id: string,
  readable: readonly OpdRecord[],
): StoredInnovation | null {
  const first = opdOfId(id, readable);
  const order = first ? [first, ...readable.filter((o) => o !== first)] : [...readable];
  for (const opd of order) {
    const hit = findInnovationInTable(
      readTable(scope.ss, opdTabLayout(opd, scope.ctx.input)),
      opd,
      scope.ctx,
      id,
    );
    if (hit) {
      applyVerifications(
        [hit],
        readVerificationTab(scope.ss, scope.ctx, id).byKey,
        statusChecks(scope.access),
      );
      return hit;
    }
  }
  return null;
}
