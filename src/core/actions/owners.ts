// Which OPDs to ask for an innovation in a given yandas urusan: the OPDs that already recorded
// innovations in it (whatever their stage), and the OPDs whose name says they run it (the standard
// nomenclature of perangkat daerah: Dinas Pendidikan, Dinas Kesehatan and the RSUD, Dinas PUPR,
// Dinas Perkim, Satpol PP / Damkar / BPBD, Dinas Sosial).
import type { ScoringInput } from '../model';
import { findUrusan } from '../urusan';

const NAME_PATTERNS: Record<string, RegExp> = {
  pendidikan: /\bpendidikan\b(?! dan pelatihan)|\bdisdik(bud)?\b/,
  kesehatan: /\bkesehatan\b|\brumah sakit\b|\brsud\b|\bpuskesmas\b|\bdinkes\b/,
  pupr: /\bpekerjaan umum\b|\bpenataan ruang\b|\bd?pupr\b/,
  perkim: /\bperumahan\b|\bpermukiman\b|\bpemukiman\b|\bperkim\b|\bdisperkim\b/,
  trantibum_linmas:
    /\bpolisi pamong praja\b|\bsatpol\b|\bsatpolpp\b|\bpemadam kebakaran\b|\bdamkar\b|\bpenanggulangan bencana\b|\bbpbd\b/,
  sosial: /\bsosial\b|\bdinsos\b/,
};

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** OPD codes per yandas urusan, those with recorded innovations in it first. */
export function affairOwners(input: ScoringInput, affairs: readonly string[]): Map<string, string[]> {
  const recorded = new Map<string, Map<string, number>>();
  for (const inv of input.innovations) {
    const affair = typeof inv.mainAffair === 'string' ? (findUrusan(inv.mainAffair)?.code ?? '') : '';
    if (!affairs.includes(affair) || typeof inv.opd !== 'string' || !inv.opd) continue;
    const counts = recorded.get(affair) ?? new Map<string, number>();
    counts.set(inv.opd, (counts.get(inv.opd) ?? 0) + 1);
    recorded.set(affair, counts);
  }
  const out = new Map<string, string[]>();
  for (const affair of affairs) {
    const counts = recorded.get(affair) ?? new Map<string, number>();
    const owners = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c]) => c);
    const pattern = NAME_PATTERNS[affair];
    if (pattern) {
      for (const o of input.opds ?? []) {
        if (!owners.includes(o.code) && pattern.test(normalise(`${o.name} ${o.code}`))) owners.push(o.code);
      }
    }
    out.set(affair, owners);
  }
  return out;
}
