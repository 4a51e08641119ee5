// The Proyek Pelatihan tab on the sheet: created (or repaired) by its Admin menu item with the
// conventions of every table tab, protected for admins, and its right-hand columns rewritten by the
// recalculation in one block (getNumberFormats + setValues), whatever the number of projects.
import type { PreparedCorpus } from '../../core/duplicates';
import type { ScoringResult } from '../../core/model';
import { TRAINING_TEXT } from '../../shared/messages/training';
import { adminMenuItem } from '../history/admin';
import { adminEmails } from '../history/scoring';
import { protectForAdmins } from '../history/tabs';
import { ensureTable } from '../setup/tabs';
import { FIRST_DATA_ROW, HEADER_ROW } from '../sheets/layout';
import type { FullRegistry } from '../sheets/registry';
import { encodeRow, readTable } from '../sheets/table';
import {
  projectsFromTable,
  TRAINING_INPUT_COLUMNS,
  TRAINING_KINDS,
  TRAINING_LAYOUT,
  TRAINING_OUTPUT_COLUMNS,
} from './layout';
import { type LinkedInnovation, linkProjects, linkValues, summarize, type TrainingSummary } from './link';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OUTPUT_HEADER_BACKGROUND = '#d9d9d9';
const OUTPUT_BACKGROUND = '#f3f3f3';

/** Creates or repairs the tab (header, formats, widths, dropdown, protection); data rows are kept. */
export function ensureTrainingTab(ss: Spreadsheet, admins: readonly string[]): Sheet {
  const { sheet } = ensureTable(ss, TRAINING_LAYOUT);
  protectForAdmins(sheet, admins, TRAINING_TEXT.description);
  const first = TRAINING_INPUT_COLUMNS.length + 1;
  const width = TRAINING_OUTPUT_COLUMNS.length;
  sheet.getRange(HEADER_ROW, first, 1, width).setBackground(OUTPUT_HEADER_BACKGROUND);
  const rows = sheet.getMaxRows() - FIRST_DATA_ROW + 1;
  sheet.getRange(FIRST_DATA_ROW, first, rows, width).setBackground(OUTPUT_BACKGROUND);
  // A dropdown that only warns: lists pasted from elsewhere spell the training in many ways.
  const kinds = SpreadsheetApp.newDataValidation()
    .requireValueInList(
      TRAINING_KINDS.map((k) => TRAINING_TEXT.kinds[k]),
      true,
    )
    .setAllowInvalid(true)
    .build();
  sheet.getRange(FIRST_DATA_ROW, 1, rows, 1).setDataValidation(kinds);
  return sheet;
}

/** Menu: Admin › Proyek pelatihan. Prepares the tab and opens it. */
export function showTrainingProjects(): void {
  adminMenuItem('showTrainingProjects', TRAINING_TEXT.menuItem, TRAINING_TEXT.failed, (ss, _ui, gate) => {
    const sheet = ensureTrainingTab(ss, adminEmails(gate.access));
    ss.setActiveSheet(sheet);
    ss.toast(TRAINING_TEXT.opened, TRAINING_TEXT.tab, 10);
  });
}

export type TrainingRun = { summary: TrainingSummary; problem: string | null } | null;

/**
 * During the recalculation: links every project and writes the recalculation's columns. Null when
 * the tab does not exist (no call beyond getSheetByName). `results[i]` belongs to the registry's
 * innovation i.
 */
export function writeTrainingLinks(
  ss: Spreadsheet,
  registry: FullRegistry,
  result: ScoringResult,
  corpus: PreparedCorpus,
): TrainingRun {
  const table = readTable(ss, TRAINING_LAYOUT);
  if (!table.sheet) return null;
  const opds = registry.opds.filter((o) => !o.problems?.length);
  const projects = projectsFromTable(table, opds, registry.settings.timeZone);
  const candidates: LinkedInnovation[] = registry.innovations.map((s, i) => ({
    innovation: s.innovation,
    counted: result.innovations[i]?.counted === true,
  }));
  const links = linkProjects(projects, candidates, corpus);
  const summary = summarize(links);
  if (!table.exact) return { summary, problem: TRAINING_TEXT.notExact };
  const height = table.lastRow - FIRST_DATA_ROW + 1;
  if (height <= 0) return { summary, problem: null };
  const output = { ...TRAINING_LAYOUT, columns: TRAINING_OUTPUT_COLUMNS };
  const byRow = new Map(links.map((l) => [l.project.row, linkValues(l)] as const));
  const range = table.sheet.getRange(
    FIRST_DATA_ROW,
    TRAINING_INPUT_COLUMNS.length + 1,
    height,
    TRAINING_OUTPUT_COLUMNS.length,
  );
  const formats = range.getNumberFormats();
  range.setValues(
    Array.from({ length: height }, (_, k) =>
      encodeRow(output, byRow.get(FIRST_DATA_ROW + k) ?? {}, formats[k]),
    ),
  );
  return { summary, problem: null };
}
