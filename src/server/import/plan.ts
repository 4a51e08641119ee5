// Which valid rows are new: a row is skipped when its OPD already has an innovation of the same
// name, when it is near-duplicate of any existing innovation (any OPD, the core's similarity above
// the threshold), when an earlier row of the same import is the same innovation, or when it was
// imported before (its id is derived from OPD and name, so importing the same list twice imports
// nothing the second time). Pure.
import { findDuplicatePairs, type InnovationText } from '../../core/duplicates';
import { fnv1a64 } from '../../core/fingerprint';
import type { ImportRowReport } from '../../shared/import-api';
import { IMPORT_TEXT } from '../../shared/messages/import';
import { newInnovationId } from '../api/save';
import { corpusOf } from '../duplicates/texts';
import type { Settings } from '../model';
import { plain } from '../training/layout';
import type { Candidate } from './rows';

export interface PlannedRow {
  candidate: Candidate & {
    innovation: NonNullable<Candidate['innovation']>;
    opd: NonNullable<Candidate['opd']>;
  };
  id: string;
  /** Stored as the row's idempotency key: the same OPD and name always give the same key and id. */
  key: string;
}

export interface ImportPlan {
  reports: ImportRowReport[];
  toWrite: PlannedRow[];
}

export function importKey(opd: string, name: string): string {
  return `impor-${fnv1a64(`${opd}\n${plain(name)}`)}`;
}

const CANDIDATE_PREFIX = '\u0001impor:';

interface Match {
  other: string;
  similarity: number;
}

export function planImport(
  candidates: readonly Candidate[],
  existing: readonly InnovationText[],
  settings: Pick<Settings, 'regencyName'>,
): ImportPlan {
  const valid = candidates.filter(
    (c): c is PlannedRow['candidate'] => c.innovation !== null && c.opd !== null,
  );
  const ids = new Set(existing.map((e) => (e.id ?? '').toUpperCase()));
  const names = new Map<string, InnovationText>();
  for (const e of existing) names.set(`${e.opd}\n${plain(e.name ?? '')}`, e);
  const byId = new Map(existing.map((e) => [e.id ?? '', e] as const));

  const texts: InnovationText[] = [
    ...existing,
    ...valid.map((c) => ({
      id: `${CANDIDATE_PREFIX}${c.row}`,
      opd: c.opd.code,
      name: c.innovation.name,
      design: c.innovation.design,
      goal: c.innovation.goal,
      benefit: c.innovation.benefit,
    })),
  ];
  const matches = new Map<number, Match[]>();
  if (valid.length > 0) {
    const note = (id: string, other: string, similarity: number) => {
      if (!id.startsWith(CANDIDATE_PREFIX)) return;
      const row = Number(id.slice(CANDIDATE_PREFIX.length));
      const list = matches.get(row) ?? [];
      list.push({ other, similarity });
      matches.set(row, list);
    };
    // Every pair, not each innovation's closest few: a row must meet the existing innovation and the
    // accepted earlier row it copies, however many other rows are alike.
    for (const p of findDuplicatePairs(corpusOf(texts, settings), { maxPhrases: 0, maxPartners: Infinity })) {
      note(p.a.id, p.b.id, p.similarity);
      note(p.b.id, p.a.id, p.similarity);
    }
  }

  const reports: ImportRowReport[] = [];
  const toWrite: PlannedRow[] = [];
  const accepted = new Map<string, number>(); // OPD + name → row
  const acceptedRows = new Set<number>();
  for (const c of candidates) {
    const report = (status: ImportRowReport['status'], messages: string[]) =>
      reports.push({ row: c.row, status, opd: c.opd?.code ?? '', name: c.name, messages });
    if (!c.innovation || !c.opd) {
      report('rejected', c.messages);
      continue;
    }
    const candidate = { ...c, innovation: c.innovation, opd: c.opd };
    const opd = c.opd.code;
    const key = importKey(opd, c.innovation.name);
    const id = newInnovationId(opd, key);
    const nameKey = `${opd}\n${plain(c.innovation.name)}`;
    const sameName = names.get(nameKey);
    const sameRow = accepted.get(nameKey);
    const found = matches.get(c.row) ?? [];
    const similarExisting = found
      .filter((m) => !m.other.startsWith(CANDIDATE_PREFIX))
      .sort((a, b) => b.similarity - a.similarity)[0];
    const similarRow = found
      .filter(
        (m) =>
          m.other.startsWith(CANDIDATE_PREFIX) &&
          acceptedRows.has(Number(m.other.slice(CANDIDATE_PREFIX.length))),
      )
      .sort((a, b) => b.similarity - a.similarity)[0];
    if (ids.has(id.toUpperCase())) report('duplicate', [IMPORT_TEXT.row.alreadyImported(id)]);
    else if (sameName) report('duplicate', [IMPORT_TEXT.row.sameName(sameName.name ?? '', opd)]);
    else if (sameRow !== undefined) report('duplicate', [IMPORT_TEXT.row.sameAsRow(sameRow)]);
    else if (similarExisting) {
      const e = byId.get(similarExisting.other);
      report('duplicate', [IMPORT_TEXT.row.similar(e?.name ?? '', e?.opd ?? '', similarExisting.similarity)]);
    } else if (similarRow) {
      report('duplicate', [
        IMPORT_TEXT.row.similarToRow(
          Number(similarRow.other.slice(CANDIDATE_PREFIX.length)),
          similarRow.similarity,
        ),
      ]);
    } else {
      report('ok', []);
      accepted.set(nameKey, c.row);
      acceptedRows.add(c.row);
      toWrite.push({ candidate, id, key });
    }
  }
  return { reports, toWrite };
}
