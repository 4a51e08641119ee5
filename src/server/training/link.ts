// Which innovation each training project became. Three ways, strongest first, and the tab says
// which one was used: the ID the admin typed; the innovation's own origin (a training origin whose
// title, or participant of the same training, matches the project); else the innovation whose name
// or content is most similar to the project's title, above the duplicate threshold. Pure.
import { findSimilarTo, type PreparedCorpus } from '../../core/duplicates';
import type { Innovation } from '../../core/model';
import type { SimilarInnovation } from '../../shared/api';
import { TRAINING_TEXT, type TrainingFollowUp, type TrainingLink } from '../../shared/messages/training';
import { plain, TRAINING_KINDS, type TrainingProject } from './layout';

export interface LinkedInnovation {
  innovation: Pick<Innovation, 'id' | 'opd' | 'name' | 'origin'>;
  /** Counted in the claimed projection. */
  counted: boolean;
}

export interface ProjectLink {
  project: TrainingProject;
  linked: { id: string; opd: string; name: string } | null;
  method: TrainingLink | null;
  similarity: number | null;
  followUp: TrainingFollowUp;
  notes: string[];
}

// Titles and degrees that come and go around a person's name ("dr. Andi Rahman, M.Kes").
const DEGREES = new Set(
  (
    'dr drs dra ir h hj st se sh ss sp spd mpd mm msi mkes skm skep ns amd amk ssos sip skom mt mh mp mkom ' +
    'msc ma sstp ssi sik apt ak phd mba bsc sag mag shi mhi spdi mpdi sfarm sked sgz stp sie stt sth mth'
  ).split(' '),
);

/** A person's name without degrees, punctuation or case: "dr. Andi Rahman, M.Kes" → "andi rahman". */
export function personKey(name: string): string {
  return plain(name.replace(/\./g, ''))
    .split(' ')
    .filter((w) => w && !DEGREES.has(w))
    .join(' ');
}

const TRAINING_ORIGINS: ReadonlySet<string> = new Set(TRAINING_KINDS);

function byId(candidates: readonly LinkedInnovation[]): Map<string, LinkedInnovation> {
  const m = new Map<string, LinkedInnovation>();
  for (const c of candidates) m.set(c.innovation.id.toUpperCase(), c);
  return m;
}

interface Origin {
  c: LinkedInnovation;
  /** Position among the candidates: the first of equally good matches wins. */
  at: number;
  title: string;
  person: string;
  kind: string;
  year: number | null | undefined;
}

/** Candidates with a training origin, by normalised title and by participant, read once per run. */
interface OriginIndex {
  byTitle: Map<string, Origin[]>;
  byPerson: Map<string, Origin[]>;
}

function originIndex(candidates: readonly LinkedInnovation[]): OriginIndex {
  const index: OriginIndex = { byTitle: new Map(), byPerson: new Map() };
  const add = (map: Map<string, Origin[]>, key: string, o: Origin) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(o);
    else map.set(key, [o]);
  };
  candidates.forEach((c, at) => {
    const o = c.innovation.origin;
    if (!o || !TRAINING_ORIGINS.has(o.kind)) return;
    const entry: Origin = {
      c,
      at,
      title: plain(o.title ?? ''),
      person: personKey(o.participant ?? ''),
      kind: o.kind,
      year: o.year,
    };
    add(index.byTitle, entry.title, entry);
    add(index.byPerson, entry.person, entry);
  });
  return index;
}

/** The innovation whose recorded origin is this project, or undefined. */
function byOrigin(p: TrainingProject, index: OriginIndex): LinkedInnovation | undefined {
  const title = plain(p.title);
  const person = personKey(p.participant);
  const byTitle = (title && index.byTitle.get(title)) || [];
  const byPerson = (person && index.byPerson.get(person)) || [];
  let best: { c: LinkedInnovation; rank: number; at: number } | undefined;
  for (const o of [...byTitle, ...byPerson]) {
    const sameTitle = title !== '' && o.title === title;
    const samePerson =
      person !== '' &&
      o.person === person &&
      (p.kind === null || o.kind === p.kind) &&
      (p.year === null || o.year === null || o.year === undefined || o.year === p.year);
    if (!sameTitle && !samePerson) continue;
    // Both matching beats the title alone, which beats the participant alone; then the project's OPD.
    const rank =
      (sameTitle && samePerson ? 4 : sameTitle ? 2 : 0) + (p.opd && o.c.innovation.opd === p.opd ? 1 : 0);
    if (!best || rank > best.rank || (rank === best.rank && o.at < best.at))
      best = { c: o.c, rank, at: o.at };
  }
  return best?.c;
}

/**
 * Links every project. `candidates` are the register's innovations (with their counted state);
 * `corpus` is the same innovations prepared for similarity (built by the caller once per run).
 */
export function linkProjects(
  projects: readonly TrainingProject[],
  candidates: readonly LinkedInnovation[],
  corpus: PreparedCorpus,
): ProjectLink[] {
  const ids = byId(candidates);
  const origins = originIndex(candidates);
  // Pasted lists repeat titles: each distinct title is searched once.
  const similar = new Map<string, SimilarInnovation | undefined>();
  const mostSimilar = (title: string) => {
    if (!similar.has(title))
      similar.set(
        title,
        // Projects are linked to this period's innovations; the corpus may hold earlier ones too.
        findSimilarTo({ name: title }, corpus, { limit: 1, maxPhrases: 0, currentOnly: true })[0],
      );
    return similar.get(title);
  };
  const links = projects.map((project): ProjectLink => {
    const notes = [...project.problems];
    let hit: LinkedInnovation | undefined;
    let method: TrainingLink | null = null;
    let similarity: number | null = null;
    if (project.innovationId) {
      hit = ids.get(project.innovationId.toUpperCase());
      if (hit) method = 'id';
      else notes.push(TRAINING_TEXT.notes.unknownId(project.innovationId));
    }
    if (!hit) {
      hit = byOrigin(project, origins);
      if (hit) method = 'origin';
    }
    if (!hit && project.title) {
      const best = mostSimilar(project.title);
      const found = best ? ids.get(best.id.toUpperCase()) : undefined;
      if (best && found) {
        hit = found;
        method = 'similarity';
        similarity = best.similarity;
      }
    }
    if (!hit && !project.title && !project.innovationId) notes.push(TRAINING_TEXT.notes.noTitle);
    const followUp: TrainingFollowUp = !hit ? 'none' : hit.counted ? 'counted' : 'innovation';
    return {
      project,
      linked: hit ? { id: hit.innovation.id, opd: hit.innovation.opd, name: hit.innovation.name } : null,
      method,
      similarity,
      followUp,
      notes,
    };
  });
  // Two projects that became one innovation are what the Sekda meant by "differ only in name".
  const rowsById = new Map<string, number[]>();
  for (const l of links) {
    if (!l.linked) continue;
    const rows = rowsById.get(l.linked.id) ?? [];
    rows.push(l.project.row);
    rowsById.set(l.linked.id, rows);
  }
  for (const l of links) {
    if (!l.linked) continue;
    const others = (rowsById.get(l.linked.id) ?? []).filter((r) => r !== l.project.row);
    if (others.length) l.notes.push(TRAINING_TEXT.notes.sharedWith(others));
  }
  return links;
}

export interface TrainingSummary {
  total: number;
  counted: number;
  innovation: number;
  none: number;
  /** Labels of the projects without follow-up, in sheet order. */
  withoutFollowUp: string[];
}

export function summarize(links: readonly ProjectLink[]): TrainingSummary {
  const s: TrainingSummary = { total: links.length, counted: 0, innovation: 0, none: 0, withoutFollowUp: [] };
  for (const l of links) {
    s[l.followUp === 'counted' ? 'counted' : l.followUp === 'innovation' ? 'innovation' : 'none']++;
    if (l.followUp === 'none') {
      const p = l.project;
      s.withoutFollowUp.push(
        TRAINING_TEXT.projectLabel(p.title, p.participant, p.kind ? TRAINING_TEXT.kinds[p.kind] : '', p.year),
      );
    }
  }
  return s;
}

/** The cells of the recalculation's columns for one project. */
export function linkValues(l: ProjectLink): Record<string, string> {
  return {
    linkedId: l.linked?.id ?? '',
    linkedName: l.linked?.name ?? '',
    linkedOpd: l.linked?.opd ?? '',
    method:
      l.method === 'similarity'
        ? TRAINING_TEXT.methods.similarity(l.similarity ?? 0)
        : l.method
          ? TRAINING_TEXT.methods[l.method]
          : '',
    followUp: TRAINING_TEXT.followUps[l.followUp],
    note: l.notes.join(' '),
  };
}
