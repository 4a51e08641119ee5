// Publishes the regency's Data Rekap tab (docs/kontrak-data-rekap.md): the machine-readable summary
// a provincial rollup imports with IMPORTRANGE. The plan is the core's; here it is only written, in
// three calls, as plain text so that codes such as "76.01" stay text.
import type { Action } from '../../core/actions/types';
import type { HistoryRow } from '../../core/history';
import type { ScoringResult } from '../../core/model';
import { buildRekap, REKAP_WIDTH, rekapRows } from '../../core/rekap';
import { REKAP_TAB_NAME, REKAP_TEXT } from '../../shared/messages/province';
import { PLAIN_TEXT_FORMAT } from '../sheets/cells';
import type { FullRegistry } from '../sheets/registry';
import { generatedTab } from './table-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The regency's closed periods, for the province's trend. */
function closedPeriods(history: readonly HistoryRow[]) {
  return history
    .filter((r) => r.kind === 'kabupaten' && r.iid !== null && r.verifiedIid !== null)
    .map((r) => ({ year: r.year, iid: r.iid!, verifiedIid: r.verifiedIid! }));
}

export function writeRekapTab(
  ss: Spreadsheet,
  registry: FullRegistry,
  result: ScoringResult,
  actions: readonly Action[],
  admins: readonly string[],
  now: Date,
  history: readonly HistoryRow[],
): void {
  const rows = rekapRows(
    buildRekap({
      regencyName: registry.settings.regencyName,
      regionCode: registry.settings.regionCode,
      province: registry.settings.province,
      rubric: registry.rubric.id,
      period: registry.rubric.year,
      computedAt: now.toISOString(),
      result,
      innovations: registry.innovations.length,
      actions,
      history: closedPeriods(history),
    }),
  );
  const sheet = generatedTab(ss, REKAP_TAB_NAME, admins, REKAP_TEXT.description);
  // Three calls: what a longer earlier table left goes with clearContents.
  sheet.clearContents();
  const range = sheet.getRange(1, 1, rows.length, REKAP_WIDTH);
  range.setNumberFormat(PLAIN_TEXT_FORMAT);
  range.setValues(rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v))));
}
