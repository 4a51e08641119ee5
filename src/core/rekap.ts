// The published data contract of one regency ("Data Rekap", docs/kontrak-data-rekap.md): what a
// provincial or national aggregator reads from a regency's spreadsheet. Pure: the regency's
// recalculation turns its scoring result into cell rows here, an aggregator turns imported cell
// rows back into a record here, and every problem is a code (the messages module words it).
//
// The grid is two columns of `key | value` rows in a fixed order, then a marker row naming the OPD
// table's columns, then one row per OPD. Keys are part of the contract: a reader finds them by
// name, never by position, so a later version may add keys without breaking version-1 readers.
import type { Action } from './actions/types';
import type { Projection, ScoringResult } from './model';

/** Identifies the tab's content, so a wrong range or another spreadsheet is recognised. */
export const REKAP_SCHEMA = 'inovasi-daerah/data-rekap';
/** Bumped when a key changes meaning or is removed (adding a key keeps the version). */
export const REKAP_VERSION = 1;
/** Columns the grid may use: key + value, or the OPD table's marker + its columns. */
export const REKAP_WIDTH = 13;
/** Rows the grid may use: the header block, the marker and up to 200 OPDs. */
export const REKAP_MAX_ROWS = 240;

export interface RekapProjection {
  iid: number;
  predikat: string;
  spd: number;
  sid: number;
  sidAverage: number;
  jumlahInovasi: number;
  counted: number;
  divisor: number;
  /** Yandas urusan codes covered by counted innovations; and the ones not covered. */
  affairsCovered: string[];
  affairsMissing: string[];
}

export interface RekapAction {
  gain: number;
  projection: 'claimed' | 'verified';
  kind: string;
  owner: string;
  opds: string[];
  summary: string;
}

export interface RekapOpd {
  code: string;
  name: string;
  total: number;
  inisiatif: number;
  uji_coba: number;
  penerapan: number;
  counted: number;
  verifiedCounted: number;
  meanSid: number;
  contribution: number;
  verifiedContribution: number;
}

export interface RekapData {
  schema: string;
  version: number;
  regencyName: string;
  regionCode: string;
  province: string;
  rubric: string;
  period: number;
  /** ISO timestamp (UTC) of the recalculation that wrote the tab. */
  computedAt: string;
  innovations: number;
  claimed: RekapProjection;
  verified: RekapProjection;
  topAction: RekapAction | null;
  opds: RekapOpd[];
  /** Closed periods (Riwayat), oldest first; empty when none was closed. Optional key. */
  history: RekapHistoryPoint[];
}

export interface RekapHistoryPoint {
  year: number;
  iid: number;
  verifiedIid: number;
}

/** What the regency's recalculation knows: its settings, the scoring result and the ranked actions. */
export interface RekapSource
  extends Pick<
    RekapData,
    'regencyName' | 'regionCode' | 'province' | 'rubric' | 'period' | 'computedAt' | 'innovations'
  > {
  result: Pick<ScoringResult, 'claimed' | 'verified' | 'opds'>;
  actions: readonly Action[];
  history?: readonly RekapHistoryPoint[];
}

function projection(p: Projection): RekapProjection {
  return {
    iid: p.iid,
    predikat: p.predikat,
    spd: p.spd,
    sid: p.sid,
    sidAverage: p.sidAverage,
    jumlahInovasi: p.jumlahInovasi,
    counted: p.counted,
    divisor: p.divisor,
    affairsCovered: [...p.affairsCovered],
    affairsMissing: [...p.affairsMissing],
  };
}

/** The record a regency publishes. `actions` come ranked, best first. */
export function buildRekap(source: RekapSource): RekapData {
  const top = source.actions[0];
  return {
    schema: REKAP_SCHEMA,
    version: REKAP_VERSION,
    regencyName: source.regencyName,
    regionCode: source.regionCode,
    province: source.province,
    rubric: source.rubric,
    period: source.period,
    computedAt: source.computedAt,
    innovations: source.innovations,
    claimed: projection(source.result.claimed),
    verified: projection(source.result.verified),
    topAction: top
      ? {
          gain: top.gain,
          projection: top.projection,
          kind: top.kind,
          owner: top.owner,
          opds: [...top.opds],
          summary: top.summary,
        }
      : null,
    opds: source.result.opds.map((o) => ({
      code: o.opd,
      name: o.name,
      total: o.total,
      inisiatif: o.byStage.inisiatif,
      uji_coba: o.byStage.uji_coba,
      penerapan: o.byStage.penerapan,
      counted: o.counted,
      verifiedCounted: o.verifiedCounted,
      meanSid: o.meanSid,
      contribution: o.contribution,
      verifiedContribution: o.verifiedContribution,
    })),
    history: [...(source.history ?? [])].sort((a, b) => a.year - b.year),
  };
}

type Value = string | number;

/** The projection keys, suffixed `_klaim` / `_terverifikasi`. */
const PROJECTION_KEYS = [
  ['iid', 'iid'],
  ['predikat', 'predikat'],
  ['spd', 'spd'],
  ['sid', 'sid'],
  ['sid_rata', 'sidAverage'],
  ['skor_jumlah_inovasi', 'jumlahInovasi'],
  ['inovasi_dihitung', 'counted'],
  ['pembagi', 'divisor'],
  ['urusan_tercakup', 'affairsCovered'],
  ['urusan_belum', 'affairsMissing'],
] as const satisfies readonly (readonly [string, keyof RekapProjection])[];

const SUFFIX = { claimed: '_klaim', verified: '_terverifikasi' } as const;

/** The OPD table's columns, in order; the marker row names them. */
export const REKAP_OPD_COLUMNS = [
  ['kode', 'code'],
  ['nama', 'name'],
  ['jumlah', 'total'],
  ['inisiatif', 'inisiatif'],
  ['uji_coba', 'uji_coba'],
  ['penerapan', 'penerapan'],
  ['dihitung', 'counted'],
  ['dihitung_terverifikasi', 'verifiedCounted'],
  ['rata_sid', 'meanSid'],
  ['kontribusi', 'contribution'],
  ['kontribusi_terverifikasi', 'verifiedContribution'],
] as const satisfies readonly (readonly [string, keyof RekapOpd])[];

export const REKAP_OPD_MARKER = 'tabel_opd';
const LIST_SEPARATOR = ',';
/** Inside one history point: year:claimed IID:verified IID. */
const HISTORY_SEPARATOR = ':';

function keyValues(data: RekapData): [string, Value][] {
  const rows: [string, Value][] = [
    ['skema', data.schema],
    ['versi_skema', data.version],
    ['pemda', data.regencyName],
    ['kode_wilayah', data.regionCode],
    ['provinsi', data.province],
    ['rubrik', data.rubric],
    ['periode', data.period],
    ['dihitung_pada', data.computedAt],
    ['jumlah_inovasi', data.innovations],
    ['jumlah_opd', data.opds.length],
  ];
  for (const side of ['claimed', 'verified'] as const) {
    const p = data[side];
    for (const [key, field] of PROJECTION_KEYS) {
      const v = p[field];
      rows.push([`${key}${SUFFIX[side]}`, Array.isArray(v) ? v.join(LIST_SEPARATOR) : v]);
    }
  }
  const a = data.topAction;
  rows.push(
    ['aksi_teratas_kenaikan', a ? a.gain : 0],
    ['aksi_teratas_proyeksi', a ? a.projection : ''],
    ['aksi_teratas_jenis', a ? a.kind : ''],
    ['aksi_teratas_pelaksana', a ? a.owner : ''],
    ['aksi_teratas_opd', a ? a.opds.join(LIST_SEPARATOR) : ''],
    ['aksi_teratas_ringkasan', a ? a.summary : ''],
    [
      'riwayat_iid',
      data.history
        .map((h) => `${h.year}${HISTORY_SEPARATOR}${h.iid}${HISTORY_SEPARATOR}${h.verifiedIid}`)
        .join(LIST_SEPARATOR),
    ],
  );
  return rows;
}

function padded(cells: Value[]): Value[] {
  return [...cells, ...new Array<Value>(REKAP_WIDTH - cells.length).fill('')];
}

/** The tab's cells, REKAP_WIDTH wide. The writer gives the whole block the plain-text format. */
export function rekapRows(data: RekapData): Value[][] {
  const rows = keyValues(data).map(([k, v]) => padded([k, v]));
  rows.push(padded([REKAP_OPD_MARKER, ...REKAP_OPD_COLUMNS.map(([k]) => k)]));
  for (const o of data.opds.slice(0, REKAP_MAX_ROWS - rows.length))
    rows.push(padded(['opd', ...REKAP_OPD_COLUMNS.map(([, f]) => o[f])]));
  return rows;
}

// --- reading ---------------------------------------------------------------------------------

/** Why imported cells are not a usable Data Rekap; worded by the messages module. */
export type RekapReadProblem =
  | { code: 'ref' }
  | { code: 'loading' }
  | { code: 'empty' }
  | { code: 'not_rekap' }
  | { code: 'version'; found: string; expected: number }
  | { code: 'missing'; key: string }
  | { code: 'bad_number'; key: string; value: string };

export type RekapRead = { ok: true; data: RekapData } | { ok: false; problems: RekapReadProblem[] };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** Google's error values and the placeholder shown while IMPORTRANGE fetches. */
function errorProblem(first: string): RekapReadProblem | null {
  if (first === '#REF!') return { code: 'ref' };
  if (first === '#N/A' || /^loading/i.test(first)) return { code: 'loading' };
  return null;
}

/** Reads what IMPORTRANGE copied from a regency's Data Rekap; nothing in it is trusted. */
export function readRekap(cells: readonly (readonly unknown[])[]): RekapRead {
  const first = text(cells[0]?.[0]);
  const error = errorProblem(first);
  if (error) return { ok: false, problems: [error] };
  if (cells.every((row) => row.every((v) => text(v) === '')))
    return { ok: false, problems: [{ code: 'empty' }] };
  const values = new Map<string, string>();
  let marker = -1;
  for (let i = 0; i < cells.length; i++) {
    const key = text(cells[i]?.[0]);
    if (key === REKAP_OPD_MARKER) {
      marker = i;
      break;
    }
    if (key && !values.has(key)) values.set(key, text(cells[i]?.[1]));
  }
  if (values.get('skema') !== REKAP_SCHEMA) return { ok: false, problems: [{ code: 'not_rekap' }] };
  const version = values.get('versi_skema') ?? '';
  if (Number(version) !== REKAP_VERSION)
    return { ok: false, problems: [{ code: 'version', found: version, expected: REKAP_VERSION }] };

  const problems: RekapReadProblem[] = [];
  const str = (key: string): string => {
    const v = values.get(key);
    if (v === undefined || v === '') problems.push({ code: 'missing', key });
    return v ?? '';
  };
  const num = (key: string, raw?: string): number => {
    const v = raw ?? values.get(key);
    if (v === undefined || v === '') {
      problems.push({ code: 'missing', key });
      return 0;
    }
    const n = Number(v);
    if (!Number.isFinite(n)) problems.push({ code: 'bad_number', key, value: v });
    return Number.isFinite(n) ? n : 0;
  };
  const list = (key: string): string[] =>
    (values.get(key) ?? '')
      .split(LIST_SEPARATOR)
      .map((s) => s.trim())
      .filter(Boolean);
  const side = (s: 'claimed' | 'verified'): RekapProjection => {
    const k = (key: string) => `${key}${SUFFIX[s]}`;
    return {
      iid: num(k('iid')),
      predikat: str(k('predikat')),
      spd: num(k('spd')),
      sid: num(k('sid')),
      sidAverage: num(k('sid_rata')),
      jumlahInovasi: num(k('skor_jumlah_inovasi')),
      counted: num(k('inovasi_dihitung')),
      divisor: num(k('pembagi')),
      affairsCovered: list(k('urusan_tercakup')),
      affairsMissing: list(k('urusan_belum')),
    };
  };
  const gain = num('aksi_teratas_kenaikan');
  const history: RekapHistoryPoint[] = [];
  for (const point of list('riwayat_iid')) {
    const [year, iid, verifiedIid] = point.split(HISTORY_SEPARATOR).map(Number);
    if ([year, iid, verifiedIid].every((n) => n !== undefined && Number.isFinite(n)))
      history.push({ year: year!, iid: iid!, verifiedIid: verifiedIid! });
    else problems.push({ code: 'bad_number', key: 'riwayat_iid', value: point });
  }
  const projectionKey = values.get('aksi_teratas_proyeksi');
  const opds: RekapOpd[] = [];
  if (marker >= 0)
    for (const row of cells.slice(marker + 1)) {
      if (text(row[0]) !== 'opd') continue;
      const at = (i: number) => text(row[i + 1]);
      const o = {} as Record<string, string | number>;
      REKAP_OPD_COLUMNS.forEach(([key, field], i) => {
        o[field] =
          field === 'code' || field === 'name' ? at(i) : num(`${REKAP_OPD_MARKER}.${key}`, at(i) || '0');
      });
      opds.push(o as unknown as RekapOpd);
    }
  const data: RekapData = {
    schema: REKAP_SCHEMA,
    version: REKAP_VERSION,
    regencyName: str('pemda'),
    regionCode: str('kode_wilayah'),
    province: values.get('provinsi') ?? '',
    rubric: str('rubrik'),
    period: num('periode'),
    computedAt: str('dihitung_pada'),
    innovations: num('jumlah_inovasi'),
    claimed: side('claimed'),
    verified: side('verified'),
    topAction:
      projectionKey === 'claimed' || projectionKey === 'verified'
        ? {
            gain,
            projection: projectionKey,
            kind: values.get('aksi_teratas_jenis') ?? '',
            owner: values.get('aksi_teratas_pelaksana') ?? '',
            opds: list('aksi_teratas_opd'),
            summary: values.get('aksi_teratas_ringkasan') ?? '',
          }
        : null,
    opds,
    history,
  };
  if (data.computedAt && Number.isNaN(Date.parse(data.computedAt)))
    problems.push({ code: 'bad_number', key: 'dihitung_pada', value: data.computedAt });
  return problems.length ? { ok: false, problems } : { ok: true, data };
}
