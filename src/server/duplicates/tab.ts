// Writes the Kemungkinan Duplikat tab during the recalculation: one read (the previous decisions),
// the pairs from the core, then the same fixed set of calls as the other generated tabs plus one for
// the decision dropdowns. Nothing here grows with the number of innovations or pairs.
import { type DuplicatePair, findDuplicates, type PreparedCorpus } from '../../core/duplicates';
import { DUPLICATE_TAB_TEXT } from '../../shared/messages/similar';
import type { StoredInnovation } from '../model';
import { generatedTab, writeTableTab } from '../recalc/table-tab';
import { FIRST_DATA_ROW } from '../sheets/layout';
import { readTable } from '../sheets/table';
import type { ArchivedText } from './archive';
import {
  type Crowding,
  DECISION_COLUMN,
  DECISION_OPTIONS,
  DUPLICATES_FORMATS,
  DUPLICATES_LAYOUT,
  decisionsFromTable,
  duplicatesTable,
} from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Pairs listed with their shared phrases; the rest are counted (decided ones are listed too). */
export const MAX_SHOWN_PAIRS = 500;

export interface DuplicatesSummary {
  pairs: number;
  open: number;
  /** Innovations with more similar partners than are listed, and how many each keeps; null if none. */
  crowded: Crowding | null;
}

export function writeDuplicatesTab(
  ss: Spreadsheet,
  innovations: readonly StoredInnovation[],
  corpus: PreparedCorpus,
  admins: readonly string[],
  timeZone: string,
  archived: readonly ArchivedText[] = [],
): DuplicatesSummary {
  const decisions = decisionsFromTable(readTable(ss, DUPLICATES_LAYOUT), timeZone);
  // One search; shared phrases, the costly part, for the listed pairs only.
  const report = findDuplicates(corpus, { phrasesFor: MAX_SHOWN_PAIRS });
  // An earlier period's innovation is named with its year ("… (Riwayat 2025)").
  const label = (ref: DuplicatePair['a']): DuplicatePair['a'] =>
    ref.year ? { ...ref, name: DUPLICATE_TAB_TEXT.archivedName(ref.name, ref.year) } : ref;
  const all = report.pairs.map((p) => ({ ...p, a: label(p.a), b: label(p.b) }));
  const refs = new Map([
    ...innovations.map((s) => [s.innovation.id, { opd: s.innovation.opd, name: s.innovation.name }] as const),
    ...archived.map(
      (a) => [a.id, { opd: a.opd, name: DUPLICATE_TAB_TEXT.archivedName(a.name, a.archivedYear) }] as const,
    ),
  ]);
  const crowded = report.crowded > 0 ? { innovations: report.crowded, partners: report.maxPartners } : null;
  const data = duplicatesTable(all.slice(0, MAX_SHOWN_PAIRS), all, decisions, refs, crowded);
  const isNew = ss.getSheetByName(DUPLICATES_LAYOUT.name) === null;
  const sheet = generatedTab(ss, DUPLICATES_LAYOUT.name, admins, DUPLICATES_LAYOUT.description);
  writeTableTab(sheet, data, DUPLICATES_FORMATS);
  if (isNew) {
    DUPLICATES_LAYOUT.columns.forEach((c, i) => {
      if (c.width) sheet.setColumnWidth(i + 1, c.width);
    });
  }
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(
      DECISION_OPTIONS.map((o) => o.label),
      true,
    )
    .setAllowInvalid(false)
    .build();
  sheet
    .getRange(FIRST_DATA_ROW, DECISION_COLUMN, data.rows.length, 1)
    .setDataValidations(data.pairRows.map((pair) => [pair ? rule : null]));
  return { pairs: data.pairs, open: data.open, crowded };
}
