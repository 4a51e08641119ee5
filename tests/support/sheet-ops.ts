// Random edits of a small sheet written as Apps Script source (for probeHarness().run), and a script
// that reads back everything the Spreadsheet API shows about every cell. Together they check that
// a change in how the emulator stores cells changes nothing a script can see.
import fc from 'fast-check';

const ROWS = 12;
const COLS = 8;

/** Makes Sheet1 a ROWS × COLS grid (a new sheet is 1000 × 26). */
export const SMALL_SHEET = `var s = SpreadsheetApp.getActiveSheet();
s.deleteRows(${ROWS + 1}, s.getMaxRows() - ${ROWS}); s.deleteColumns(${COLS + 1}, s.getMaxColumns() - ${COLS});`;

const rect = fc
  .record({
    r: fc.integer({ min: 1, max: ROWS }),
    c: fc.integer({ min: 1, max: COLS }),
    h: fc.integer({ min: 1, max: 4 }),
    w: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ r, c, h, w }) => `s.getRange(${r}, ${c}, ${h}, ${w})`);

const value = fc.constantFrom(
  "'Ya'",
  "'Tidak'",
  "'teks'",
  '42',
  '3.5',
  'true',
  'false',
  "''",
  "'=A1*2'",
  'new Date(Date.UTC(2026, 0, 15, 3))',
  "'2026-02-01'",
);

const style = fc.constantFrom(
  "setFontWeight('bold')",
  "setFontWeight('normal')",
  'setFontWeight(null)',
  "setFontStyle('italic')",
  "setBackground('#ff0000')",
  "setBackground('#00ff00')",
  'setBackground(null)',
  "setFontColor('#0000ff')",
  'setFontSize(12)',
  "setNote('catatan')",
  "setNote('')",
  'setWrap(true)',
  'setWrap(false)',
  "setHorizontalAlignment('center')",
  "setVerticalAlignment('top')",
  'setBorder(true)',
);

const format = fc.constantFrom("'@'", "'0.00'", "'dd/mm/yyyy'", "'#,##0'");

const rule = fc.constantFrom(
  "SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build()",
  "SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak']).setHelpText('Pilih').build()",
  'SpreadsheetApp.newDataValidation().requireNumberBetween(1, 50).setAllowInvalid(false).build()',
  'SpreadsheetApp.newDataValidation().requireDateAfter(new Date(Date.UTC(2026, 0, 1))).build()',
  "SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('A1:A3')).setAllowInvalid(false).build()",
  'SpreadsheetApp.newDataValidation().requireCheckbox().build()',
  'null',
);

const op: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(rect, value).map(([r, v]) => `${r}.setValue(${v})`) },
  { weight: 3, arbitrary: fc.tuple(rect, format).map(([r, f]) => `${r}.setNumberFormat(${f})`) },
  { weight: 4, arbitrary: fc.tuple(rect, style).map(([r, m]) => `${r}.${m}`) },
  { weight: 3, arbitrary: fc.tuple(rect, rule).map(([r, v]) => `${r}.setDataValidation(${v})`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        rect,
        fc.constantFrom(
          'insertCheckboxes()',
          "insertCheckboxes('ya', 'tidak')",
          'check()',
          'uncheck()',
          'removeCheckboxes()',
          'clear()',
          'clear({ contentsOnly: true })',
          'clear({ formatOnly: true })',
          'clear({ validationsOnly: true })',
          'clearNote()',
          'clearFormat()',
          'clearDataValidations()',
          'merge()',
        ),
      )
      .map(([r, m]) => `${r}.${m}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('insertRowsAfter', 'deleteRows', 'insertColumnsAfter', 'deleteColumns'),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([m, at, n]) => `s.${m}(${at}, ${n})`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(rect, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
      .map(([r, row, col]) => `${r}.copyTo(s.getRange(${row}, ${col}))`),
  },
);

/** Apps Script source applying 1..n random edits to Sheet1; an edit Google would refuse is skipped. */
export const editScript = (n = 30): fc.Arbitrary<string> =>
  fc
    .array(op, { minLength: 1, maxLength: n })
    .map(
      (ops) =>
        `var s = SpreadsheetApp.getActiveSheet();\n${ops.map((o) => `try { ${o}; } catch (e) {}`).join('\n')}`,
    );

/** Apps Script source returning, for every tab, everything the API says about every cell. */
export const READ_EVERYTHING = `
function plain(v) {
  if (v instanceof Date) return 'Date:' + v.toISOString();
  if (v && typeof v.getA1Notation === 'function') return 'Range:' + v.getSheet().getName() + '!' + v.getA1Notation();
  if (Array.isArray(v)) return v.map(plain);
  return v;
}
return SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (sheet) {
  var all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  var each = [];
  for (var r = 1; r <= sheet.getMaxRows(); r++)
    for (var c = 1; c <= sheet.getMaxColumns(); c++) {
      var cell = all.getCell(r, c);
      each.push([cell.getFontColor(), cell.getFontSize(), cell.getFontFamily(), cell.getWrap(),
        cell.getHorizontalAlignment(), cell.getVerticalAlignment(), cell.isChecked(), cell.isPartOfMerge()]);
    }
  return {
    name: sheet.getName(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()],
    values: plain(all.getValues()),
    display: all.getDisplayValues(),
    formulas: all.getFormulas(),
    formats: all.getNumberFormats(),
    rules: all.getDataValidations().map(function (row) {
      return row.map(function (rule) {
        return rule && [rule.getCriteriaType(), plain(rule.getCriteriaValues()), rule.getAllowInvalid(), rule.getHelpText()];
      });
    }),
    weights: all.getFontWeights(),
    styles: all.getFontStyles(),
    backgrounds: all.getBackgrounds(),
    notes: all.getNotes(),
    sizes: all.getFontSizes(),
    each: each,
  };
});`;
