// A1 notation as Sheets reads it.
// https://developers.google.com/sheets/api/guides/concepts#cell (A1 notation, open-ended ranges)
import { describe, expect, test } from 'vitest';
import { bindA1, columnToLetters, lettersToColumn, parseA1, rectA1 } from '../../src/emulator/a1';

describe('A1 notation (developers.google.com/sheets/api/guides/concepts#cell)', () => {
  test('column letters round-trip, including AA and ZZZ', () => {
    for (const n of [1, 26, 27, 52, 702, 703, 18278]) expect(lettersToColumn(columnToLetters(n))).toBe(n);
    expect(columnToLetters(27)).toBe('AA');
  });

  test('cells, rectangles, absolute markers and lower case', () => {
    expect(bindA1(parseA1('B3')!, 1000, 26)).toEqual({ r1: 3, c1: 2, r2: 3, c2: 2 });
    expect(bindA1(parseA1('$a$1:c$2')!, 1000, 26)).toEqual({ r1: 1, c1: 1, r2: 2, c2: 3 });
    expect(bindA1(parseA1('C2:A1')!, 1000, 26)).toEqual({ r1: 1, c1: 1, r2: 2, c2: 3 });
  });

  test('whole columns, whole rows and open-ended ranges run to the edge of the sheet', () => {
    expect(bindA1(parseA1('A:C')!, 1000, 26)).toEqual({ r1: 1, c1: 1, r2: 1000, c2: 3 });
    expect(bindA1(parseA1('2:5')!, 1000, 26)).toEqual({ r1: 2, c1: 1, r2: 5, c2: 26 });
    expect(bindA1(parseA1('A2:C')!, 1000, 26)).toEqual({ r1: 2, c1: 1, r2: 1000, c2: 3 });
  });

  test('sheet prefixes, quoted names with spaces and doubled quotes', () => {
    expect(parseA1('Data!A1:B2')!.sheetName).toBe('Data');
    expect(parseA1("'Ringkasan OPD'!A1")!.sheetName).toBe('Ringkasan OPD');
    expect(parseA1("'It''s'!A1")!.sheetName).toBe("It's");
  });

  test('what Sheets answers "Range not found" for', () => {
    for (const bad of ['', 'A', '1', 'A0', 'A1:B2:C3', '1A', 'A1:']) expect(parseA1(bad)).toBeNull();
  });

  test('rectangles print back as A1', () => {
    expect(rectA1({ r1: 1, c1: 1, r2: 1, c2: 1 })).toBe('A1');
    expect(rectA1({ r1: 2, c1: 1, r2: 10, c2: 28 })).toBe('A2:AB10');
  });
});
