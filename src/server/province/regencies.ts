// The province's Kabupaten tab (name, Kemendagri code, spreadsheet URL of each regency) and the
// import tabs that pull each regency's Data Rekap with IMPORTRANGE. The script only writes the
// formula; Google copies the values, and reading them needs no scope beyond the spreadsheet itself.

import { type RegencyEntry, type RegencyInput, spreadsheetKey } from '../../core/province';
import { REKAP_MAX_ROWS, REKAP_WIDTH } from '../../core/rekap';
import {
  PROVINCE_TABS,
  PROVINCE_TEXT,
  REGENCY_HEADERS,
  REKAP_TAB_NAME,
} from '../../shared/messages/province';
import type { TableLayout } from '../sheets/layout';
import { PLAIN_TEXT_FORMAT, readSheetTable, writeRecords } from '../sheets/registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const REGENCIES_LAYOUT: TableLayout = {
  name: PROVINCE_TABS.regencies,
  access: 'admin',
  description: PROVINCE_TEXT.regenciesDescription,
  columns: [
    { key: 'name', header: REGENCY_HEADERS.name, kind: 'text', width: 220 },
    { key: 'code', header: REGENCY_HEADERS.code, kind: 'text', width: 160 },
    { key: 'url', header: REGENCY_HEADERS.url, kind: 'text', width: 480 },
  ],
  frozenColumns: 1,
};

/** Sulawesi Barat's regencies, so that a province there only pastes the URLs. */
export const EXAMPLE_REGENCIES: readonly { name: string; code: string }[] = [
  { name: 'Kabupaten Majene', code: '76.01' },
  { name: 'Kabupaten Polewali Mandar', code: '76.02' },
  { name: 'Kabupaten Mamasa', code: '76.03' },
  { name: 'Kabupaten Mamuju', code: '76.04' },
  { name: 'Kabupaten Pasangkayu', code: '76.05' },
  { name: 'Kabupaten Mamuju Tengah', code: '76.06' },
];

/** The Kabupaten tab's rows; null when the tab did not exist (it is created, with the examples). */
export function readRegencies(ss: Spreadsheet): RegencyEntry[] | null {
  const sheet = ss.getSheetByName(REGENCIES_LAYOUT.name);
  if (!sheet) {
    const created = ss.insertSheet(REGENCIES_LAYOUT.name);
    created
      .getRange(1, 1, created.getMaxRows(), REGENCIES_LAYOUT.columns.length)
      .setNumberFormat(PLAIN_TEXT_FORMAT);
    created
      .getRange(1, 1, 2, 3)
      .setValues([[REGENCIES_LAYOUT.description, '', ''], REGENCIES_LAYOUT.columns.map((c) => c.header)]);
    writeRecords(
      created,
      REGENCIES_LAYOUT,
      EXAMPLE_REGENCIES.map((r) => ({ ...r, url: '' })),
    );
    created.setFrozenRows(2);
    REGENCIES_LAYOUT.columns.forEach((c, i) => {
      if (c.width) created.setColumnWidth(i + 1, c.width);
    });
    return null;
  }
  return readSheetTable(sheet, REGENCIES_LAYOUT)
    .rows.map((row) => {
      const at = (key: string) => String(row.cells.get(key) ?? '').trim();
      return { row: row.rowNumber, name: at('name'), code: at('code'), url: at('url') };
    })
    .filter((e) => e.name || e.code || e.url);
}

export function importTabName(code: string): string {
  return `${PROVINCE_TABS.importPrefix}${code}`;
}

/** The formula built from the key only: nothing the admin typed reaches the formula as is. */
export function importFormula(key: string): string {
  return `=IMPORTRANGE("${key}","'${REKAP_TAB_NAME}'!A1:${String.fromCharCode(64 + REKAP_WIDTH)}${REKAP_MAX_ROWS}")`;
}

/**
 * Each listed regency's imported cells: the tab is created (or its formula corrected) when needed,
 * and then counts as just linked (the values arrive after Google evaluates it). Two reads per
 * regency; rows with problems of their own are not touched.
 */
export function readImports(
  ss: Spreadsheet,
  entries: readonly RegencyEntry[],
  usable: readonly boolean[],
): RegencyInput[] {
  return entries.map((entry, i) => {
    const key = spreadsheetKey(entry.url);
    if (!usable[i] || !key) return { entry, cells: [] };
    const formula = importFormula(key);
    const name = importTabName(entry.code);
    let sheet = ss.getSheetByName(name);
    if (!sheet) {
      sheet = ss.insertSheet(name);
      sheet.getRange(1, 1).setFormula(formula);
      return { entry, cells: null };
    }
    const anchor = sheet.getRange(1, 1);
    if (anchor.getFormula() !== formula) {
      sheet.getRange(1, 1, sheet.getMaxRows(), Math.min(sheet.getMaxColumns(), REKAP_WIDTH)).clearContent();
      anchor.setFormula(formula);
      return { entry, cells: null };
    }
    return { entry, cells: sheet.getRange(1, 1, REKAP_MAX_ROWS, REKAP_WIDTH).getValues() };
  });
}
