// The recalculation's part for innovations counted twice or never recorded: one corpus of the whole
// register, the Kemungkinan Duplikat tab, the links of the Proyek Pelatihan tab, and the lines the
// Ringkasan shows about both.
import type { ScoringResult } from '../../core/model';
import { DUPLICATE_TAB_TEXT } from '../../shared/messages/similar';
import { TRAINING_TEXT } from '../../shared/messages/training';
import type { FullRegistry } from '../sheets/registry';
import { writeTrainingLinks } from '../training/tab';
import { writeDuplicatesTab } from './tab';
import { corpusOf } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes both tabs and returns the Ringkasan lines (Bahasa Indonesia). */
export function writeFindings(
  ss: Spreadsheet,
  registry: FullRegistry,
  result: ScoringResult,
  admins: readonly string[],
): string[] {
  const corpus = corpusOf(
    registry.innovations.map((s) => s.innovation),
    registry.settings,
  );
  const duplicates = writeDuplicatesTab(ss, registry.innovations, corpus, admins, registry.settings.timeZone);
  const lines = [DUPLICATE_TAB_TEXT.dashboardLine(duplicates.pairs, duplicates.open)];
  const training = writeTrainingLinks(ss, registry, result, corpus);
  if (!training || training.summary.total === 0) {
    lines.push(TRAINING_TEXT.dashboardEmpty);
    return lines;
  }
  const s = training.summary;
  lines.push(TRAINING_TEXT.dashboardSummary(s.total, s.counted, s.innovation, s.none));
  if (s.withoutFollowUp.length) lines.push(TRAINING_TEXT.dashboardNone(s.withoutFollowUp));
  if (training.problem) lines.push(training.problem);
  return lines;
}
