// What an action is: a concrete change to the scoring input, the exact IID points it gains (the
// input is changed and scored again, never estimated), who has to do it, and its wording.
import type { Innovation, Level } from '../model';

/** One thing to complete on an innovation so that it scores or is counted. */
export type FixItem =
  | { kind: 'evidence'; indicator: string }
  | { kind: 'fill'; indicator: string }
  | { kind: 'design'; minimum: number };

/**
 * The change an action stands for, exactly as `applyAction` makes it:
 * - fix: complete the listed items on the listed innovations (evidence link on the chosen level;
 *   a missing mandatory indicator at level 1 with evidence; the design padded to the minimum);
 * - verify: the listed innovations submitted and verified with every chosen indicator accepted;
 * - add: new penerapan innovations copied from a template (the median counted innovation), one
 *   per listed urusan;
 * - spd: SPD rows set to the given level with evidence.
 */
export type ActionChange =
  | { type: 'fix'; items: FixItem[]; innovations: string[] }
  | { type: 'verify'; innovations: string[] }
  | { type: 'add'; template: Innovation; affairs: string[] }
  | { type: 'spd'; rows: { id: string; level: Level }[] };

export type ActionKind =
  | 'fix'
  | 'submit'
  | 'verify'
  | 'reverify'
  | 'returned'
  | 'yandas'
  | 'seats'
  | 'spd_evidence'
  | 'spd_fill'
  | 'spd_raise';

/** Whose work it is: an OPD's operators, the verifikators, or the admin (SPD). */
export type ActionOwner = 'opd' | 'verifikator' | 'admin';

export interface Action {
  kind: ActionKind;
  /** The projection the gain is measured on. */
  projection: 'claimed' | 'verified';
  /** IID points: IID after the change minus IID now, in the projection (both rounded to 2 decimals). */
  gain: number;
  /** What to do, without the gain: "Lengkapi bukti indikator 16 pada 4 inovasi (DINKES, DISDIK)". */
  summary: string;
  /** The whole line: summary, gain and projection. */
  text: string;
  owner: ActionOwner;
  /** OPD codes to ask, most affected first. */
  opds: string[];
  change: ActionChange;
}
