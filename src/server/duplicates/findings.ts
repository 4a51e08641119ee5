// The recalculation's part for innovations counted twice or never recorded: one corpus of the whole
// register and of the earlier periods' innovations (Riwayat), the Kemungkinan Duplikat tab, the links of the Proyek Pelatihan tab, and the lines the
// Ringkasan shows about both.
import type { ScoringResult } from '../../core/model';
import { DUPLICATE_TAB_TEXT } from '../../shared/messages/similar';
import { TRAINING_TEXT } from '../../shared/messages/training';
import { logError } from '../api/guard';
import type { FullRegistry } from '../sheets/registry';
import { type TrainingRun, writeTrainingLinks } from '../training/tab';
import { readArchivedTexts } from './archive';
import { writeDuplicatesTab } from './tab';
import { corpusOf } from './texts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes both tabs and returns the Ringkasan lines (Bahasa Indonesia). A failure here is logged and
 * reported on the Ringkasan instead of stopping the recalculation: the IID comes first.
 */
export function writeFindings(
  ss: Spreadsheet,
  registry: FullRegistry,
  result: ScoringResult,
  admins: readonly string[],
): string[] {
  const current = registry.innovations.map((s) => s.innovation);
  let archived: ReturnType<typeof readArchivedTexts> = [];
  try {
    archived = readArchivedTexts(ss, current, registry.settings.timeZone);
  } catch (error) {
    // Without Riwayat the register is still compared with itself.
    logError('recalculate: Riwayat', error);
  }
  const corpus = corpusOf([...current, ...archived], registry.settings);
  const lines: string[] = [];
  try {
    const duplicates = writeDuplicatesTab(
      ss,
      registry.innovations,
      corpus,
      admins,
      registry.settings.timeZone,
      archived,
    );
    const line = DUPLICATE_TAB_TEXT.dashboardLine(duplicates.pairs, duplicates.open);
    const crowded = duplicates.crowded;
    // One line either way: the Ringkasan's calls do not depend on what was found.
    lines.push(
      crowded ? `${line} ${DUPLICATE_TAB_TEXT.crowded(crowded.innovations, crowded.partners)}` : line,
    );
  } catch (error) {
    logError('recalculate: Kemungkinan Duplikat', error);
    lines.push(DUPLICATE_TAB_TEXT.failed);
  }
  try {
    lines.push(...trainingLines(writeTrainingLinks(ss, registry, result, corpus)));
  } catch (error) {
    logError('recalculate: Proyek Pelatihan', error);
    lines.push(TRAINING_TEXT.linkFailed);
  }
  return lines;
}

function trainingLines(training: TrainingRun): string[] {
  if (!training || training.summary.total === 0) return [TRAINING_TEXT.dashboardEmpty];
  const s = training.summary;
  const lines = [TRAINING_TEXT.dashboardSummary(s.total, s.counted, s.innovation, s.none)];
  if (s.withoutFollowUp.length) lines.push(TRAINING_TEXT.dashboardNone(s.withoutFollowUp));
  if (training.problem) lines.push(training.problem);
  return lines;
}
