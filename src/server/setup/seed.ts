// What setup writes into the admin tabs: the settings (kept when present), the example OPD list
// and the first admin (only into empty tabs), and the SPD rows of the active rubric (levels and
// evidence already entered are kept by row id; rows the rubric does not know stay below).
import type { Rubric } from '../../core';
import { RUBRIC_IDS } from '../../core';
import { LEVEL_LABELS, SETTING_HELP, SETUP_MESSAGES } from '../../shared/messages/server';
import { EXAMPLE_OPDS } from '../defaults';
import type { UserRecord } from '../model';
import { RowReader } from '../sheets/cells';
import {
  FIRST_DATA_ROW,
  LAYOUT_VERSION,
  OPDS_LAYOUT,
  SETTING_KEYS,
  SETTINGS_LAYOUT,
  SPD_LAYOUT,
  type TableLayout,
  usersLayout,
} from '../sheets/layout';
import { opdValues, settingsFromTable, settingsValues, userValues } from '../sheets/records';
import { readSheetTable, type TableRow, writeRecords } from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function readerOf(layout: TableLayout, row: TableRow, timeZone: string): RowReader {
  return new RowReader(row.cells, new Map(layout.columns.map((c) => [c.key, c])), row.rowNumber, timeZone);
}

/** The text shown next to the rubric setting: its title and every warning of the year. */
export function rubricNote(rubric: Rubric): string {
  const warnings = rubric.warnings.length
    ? ` ${SETUP_MESSAGES.rubricWarnings} ${rubric.warnings.join(' ')}`
    : '';
  return `${SETUP_MESSAGES.rubric(rubric.title)}${warnings}`;
}

/** Rewrites Pengaturan in canonical order, keeping every value already set and any extra rows. */
export function seedSettings(sheet: Sheet, rubricFor: (id: string) => Rubric): Rubric {
  const table = readSheetTable(sheet, SETTINGS_LAYOUT);
  const read = settingsFromTable(table);
  const rubric = rubricFor(read.settings.rubricId);
  const known = new Set(read.rows.values());
  const extras = table.rows
    .filter((r) => !known.has(r.rowNumber))
    .map((row) => {
      const r = readerOf(SETTINGS_LAYOUT, row, read.settings.timeZone);
      return { key: r.text('key'), value: r.text('value'), help: r.text('help') };
    });
  writeRecords(sheet, SETTINGS_LAYOUT, [
    ...settingsValues(read.settings, LAYOUT_VERSION, rubricNote(rubric)),
    ...extras,
  ]);
  const rubricRow = FIRST_DATA_ROW + SETTING_KEYS.indexOf('rubricId');
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...RUBRIC_IDS], true)
    .setAllowInvalid(false)
    .setHelpText(SETTING_HELP.rubricId)
    .build();
  sheet.getRange(rubricRow, 2).setDataValidation(rule);
  const levelRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(Object.values(LEVEL_LABELS), true)
    .setAllowInvalid(false)
    .setHelpText(SETTING_HELP.level)
    .build();
  sheet.getRange(FIRST_DATA_ROW + SETTING_KEYS.indexOf('level'), 2).setDataValidation(levelRule);
  return rubric;
}

/** The example OPD list, only into an empty OPD tab. Returns true when it seeded. */
export function seedOpds(sheet: Sheet): boolean {
  if (readSheetTable(sheet, OPDS_LAYOUT).rows.length > 0) return false;
  writeRecords(sheet, OPDS_LAYOUT, EXAMPLE_OPDS.map(opdValues));
  return true;
}

/** The first admin, only into an empty Pengguna tab. Returns true when it seeded. */
export function seedFirstAdmin(sheet: Sheet, email: string, opdCodes: readonly string[]): boolean {
  const layout = usersLayout(opdCodes);
  if (!email || readSheetTable(sheet, layout).rows.length > 0) return false;
  const admin: UserRecord = {
    email,
    name: email.split('@')[0] ?? email,
    role: 'admin',
    opd: null,
    active: true,
  };
  writeRecords(sheet, layout, [userValues(admin)]);
  return true;
}

/** One row per SPD row of the rubric, with what the admin already entered for it. */
export function seedSpd(sheet: Sheet, rubric: Rubric, timeZone: string): void {
  const table = readSheetTable(sheet, SPD_LAYOUT);
  const entered = new Map<string, Record<string, unknown>>();
  const unknown: Record<string, unknown>[] = [];
  const known = new Set(rubric.spd.rows.map((r) => r.id));
  for (const row of table.rows) {
    const r = readerOf(SPD_LAYOUT, row, timeZone);
    const id = r.text('id').trim();
    const kept: Record<string, unknown> = {
      level: r.level('level'),
      evidence: r.optionalText('evidence'),
      letterNumber: r.optionalText('letterNumber'),
      letterDate: r.date('letterDate'),
      note: r.optionalText('note'),
    };
    if (known.has(id) && !entered.has(id)) entered.set(id, kept);
    else
      unknown.push({
        id,
        number: r.text('number'),
        variable: r.text('variable'),
        name: r.text('name'),
        weight: r.number('weight'),
        ...kept,
      });
  }
  const rows = rubric.spd.rows.map((row) => ({
    id: row.id,
    number: String(row.number),
    variable: row.variable,
    name: row.name,
    weight: row.weight,
    level: 0,
    ...entered.get(row.id),
  }));
  writeRecords(sheet, SPD_LAYOUT, [...rows, ...unknown]);
}
