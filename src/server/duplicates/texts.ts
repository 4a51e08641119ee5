// What near-duplicate search reads from the register: id, name, rancang bangun, tujuan and manfaat
// of every innovation. One getValues() per OPD tab; only those five columns are turned into text,
// so a sidebar check does not parse the hundred indicator columns of every row.
import {
  type InnovationText,
  type PreparedCorpus,
  prepareCorpus,
  regionStopWords,
} from '../../core/duplicates';
import type { OpdRecord, Settings } from '../model';
import { RowReader } from '../sheets/cells';
import { type LayoutInput, opdTabLayout, type TableLayout } from '../sheets/layout';
import { readTable, type TableRead } from '../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEXT_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'design', 'goal', 'benefit']);

/** An OPD tab's layout narrowed to the columns similarity needs (columns are found by header). */
export function textLayout(opd: Pick<OpdRecord, 'code' | 'name'>, input: LayoutInput): TableLayout {
  const full = opdTabLayout(opd, input);
  return { ...full, columns: full.columns.filter((c) => TEXT_KEYS.has(c.key)) };
}

/** The texts of one tab read with `textLayout`; a row without an ID gets the same stand-in id as the registry's. */
export function textsFromTable(table: TableRead, opd: string, timeZone: string): InnovationText[] {
  const columns = new Map(table.layout.columns.map((c) => [c.key, c] as const));
  return table.rows.map((row) => {
    const r = new RowReader(row.cells, columns, row.rowNumber, timeZone);
    const text: InnovationText = {
      id: r.text('id').trim() || `${opd}-baris-${row.rowNumber}`,
      opd,
      name: r.text('name').trim(),
    };
    for (const key of ['design', 'goal', 'benefit'] as const) {
      const t = r.optionalText(key);
      if (t !== undefined) text[key] = t;
    }
    return text;
  });
}

/** Every innovation's text in the given OPDs' tabs (a missing tab reads as empty). */
export function readInnovationTexts(
  ss: Spreadsheet,
  opds: readonly Pick<OpdRecord, 'code' | 'name'>[],
  input: LayoutInput,
  timeZone: string,
): InnovationText[] {
  const out: InnovationText[] = [];
  for (const opd of opds)
    out.push(...textsFromTable(readTable(ss, textLayout(opd, input)), opd.code, timeZone));
  return out;
}

/** The words of the regency's own name say nothing about an innovation ("Majene Sehat" vs "Majene Cerdas"). */
export function regencyStopWords(settings: Pick<Settings, 'regencyName'>): string[] {
  return regionStopWords(settings.regencyName);
}

/** The corpus of a register already read (recalculation, import), with the regency's stop words. */
export function corpusOf(
  innovations: readonly InnovationText[],
  settings: Pick<Settings, 'regencyName'>,
): PreparedCorpus {
  return prepareCorpus(innovations, { extraStopWords: regencyStopWords(settings) });
}
