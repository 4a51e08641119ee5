// Setup gives each column of a table tab its dropdown and its plain-text format in few calls (the
// spans of validation-plan.ts, one RangeList for the text columns): every data row of every column
// must end exactly as the layout says, on a new tab and on a tab set up again.
import { describe, expect, it } from 'vitest';
import { getRubric } from '../../src/core';
import type { Harness } from '../../src/emulator/harness';
import { layoutInput } from '../../src/server/rubric';
import { validationPlan } from '../../src/server/setup/validation-plan';
import {
  FIRST_DATA_ROW,
  isPlainTextColumn,
  LEVEL_VALUES,
  opdTabLayout,
  type TableLayout,
  verificationLayout,
} from '../../src/server/sheets/layout';
import { newSpreadsheet } from './support';

const input = layoutInput(getRubric('iid-2027'));

/** What a column's dropdown must allow: its list, 'checkbox', or null for none. */
function expected(layout: TableLayout): (string | null)[] {
  return layout.columns.map((c) => {
    if (c.kind === 'checkbox') return 'CHECKBOX';
    if (c.kind === 'level') return LEVEL_VALUES.map(String).join('|');
    if (c.kind === 'enum' && c.options?.length) return c.options.map((o) => o.label).join('|');
    return null;
  });
}

function actual(h: Harness, layout: TableLayout, row: number): (string | null)[] {
  const sheet = h.spreadsheet.getSheetByName(layout.name)!;
  return (sheet.getRange(row, 1, 1, layout.columns.length).getDataValidations()[0] ?? []).map((rule) => {
    if (!rule) return null;
    if (String(rule.getCriteriaType()) === 'CHECKBOX') return 'CHECKBOX';
    return (rule.getCriteriaValues()[0] as unknown[]).map(String).join('|');
  });
}

function checkTab(h: Harness, layout: TableLayout): void {
  const sheet = h.spreadsheet.getSheetByName(layout.name)!;
  const last = sheet.getMaxRows();
  for (const row of [FIRST_DATA_ROW, last]) {
    expect(actual(h, layout, row), `${layout.name} baris ${row}`).toEqual(expected(layout));
    const formats = sheet.getRange(row, 1, 1, layout.columns.length).getNumberFormats()[0]!;
    expect(
      formats.map((f) => f === '@'),
      `${layout.name} baris ${row}`,
    ).toEqual(layout.columns.map(isPlainTextColumn));
  }
}

describe('setup formats every column as its layout says', () => {
  it('on new tabs, and on tabs whose dropdowns a person moved before setup ran again', () => {
    const h = newSpreadsheet();
    h.runMenu('setupSpreadsheet');
    const dinkes = opdTabLayout({ code: 'DINKES', name: 'Dinas Kesehatan' } as never, input);
    const layouts = [dinkes, verificationLayout(input)];
    for (const layout of layouts) checkTab(h, layout);
    // A stray dropdown on a text column, and a level column whose dropdown was removed.
    const sheet = h.spreadsheet.getSheetByName(dinkes.name)!;
    const level = dinkes.columns.findIndex((c) => c.kind === 'level') + 1;
    sheet
      .getRange(FIRST_DATA_ROW, 1, 10, 1)
      .setDataValidation(sheet.getRange(FIRST_DATA_ROW, level).getDataValidation());
    sheet.getRange(FIRST_DATA_ROW, level, 10, 1).clearDataValidations();
    h.runMenu('setupSpreadsheet');
    for (const layout of layouts) checkTab(h, layout);
  });
});

describe('validationPlan', () => {
  it('gives each rule once over its span, then puts back what the spans covered wrongly', () => {
    const wanted = ['a', null, 'a', 'b', 'a', null, 'c', 'c'];
    const plan = validationPlan(wanted);
    const result: (string | null)[] = wanted.map(() => null);
    for (const s of plan.spans) for (let i = s.start - 1; i < s.start - 1 + s.length; i++) result[i] = s.key;
    for (const s of plan.clear) for (let i = s.start - 1; i < s.start - 1 + s.length; i++) result[i] = null;
    expect(result).toEqual(wanted);
    // 'a' over columns 1–5, 'c' over 7–8, then 'b' on column 4: three calls instead of five.
    expect(plan.spans).toEqual([
      { start: 1, length: 5, key: 'a' },
      { start: 7, length: 2, key: 'c' },
      { start: 4, length: 1, key: 'b' },
    ]);
    expect(plan.clear).toEqual([
      { start: 2, length: 1, key: null },
      { start: 6, length: 1, key: null },
    ]);
  });
});
