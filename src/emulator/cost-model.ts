// What each service call costs in modelled time, as data: one row per class of method, each figure
// with its source or a stated assumption. The meter (limits.ts) charges every call of an execution
// with it; the benchmark and `Harness.measure` report it.
//
// The model, in short (README.md in this folder has the prose):
// - Handle getters (getActiveSpreadsheet, getSheetByName, getSheets, getRange, getDataRange, …),
//   builders (newDataValidation()…build(), newChart()…, menus before addToUi) and local work
//   (Utilities, HtmlService templates, a range's own coordinates) cost nothing but CPU.
// - A read is a round trip to the Sheets backend, plus a per-cell transfer.
// - Writes are queued, as Apps Script's write cache does: each costs the call itself; the queue goes
//   to the backend in one commit (a round trip plus a per-cell transfer for the cells the queued
//   writes carry) when a read needs the sheet, on SpreadsheetApp.flush(), and at the end of the
//   execution. Alternating reads and writes therefore pays one commit per alternation.
// - Protection changes are queued like formatting; reading protections is a read. Sharing,
//   charts, triggers, mail, properties, cache, lock, Session and the UI each have their own
//   latency and are not queued.

/** The budget convention of this project: one round trip to a Google service. */
export const ROUND_TRIP_MS = 40;

export type CostKind = 'free' | 'sheets' | 'other';

export interface CostClass {
  /** Shown in breakdowns. */
  label: string;
  /** 'sheets': a call that moves data or changes the spreadsheet; 'other': another service. */
  kind: CostKind;
  /** Latency of one call, in ms. */
  latencyMs: number;
  /** Per-cell transfer, in µs, for the methods that carry one value per cell (see PER_CELL_*). */
  perCellUs: number;
  /** Queued writes: their cells are paid by the next commit ('flush'). */
  queued: boolean;
  /** Where the figure comes from. */
  source: string;
}

const BEST_PRACTICES = 'https://developers.google.com/apps-script/guides/support/best-practices';
const BLOG_2010 = 'https://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html';
const ZIRITIONE = 'https://ziritione.org/post/apps_script_performance (100 runs, averages)';
const CONVENTION = `assumption: the project's budget convention, ${ROUND_TRIP_MS} ms per round trip to a Google service`;

export const COST_CLASSES = {
  free: {
    label: 'handles, builders, local work',
    kind: 'free',
    latencyMs: 0,
    perCellUs: 0,
    queued: false,
    source: `assumption: no round trip until data moves (look-ahead and write caching, ${BLOG_2010}); only the script's CPU`,
  },
  read: {
    label: 'Sheets read',
    kind: 'sheets',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 10,
    queued: false,
    source: `${CONVENTION}; per cell: assumption, a tenth of the write transfer (reads grow linearly with cells: https://gist.github.com/tanaikech/d102c9600ba12a162c667287d2f20fe4)`,
  },
  write: {
    label: 'Sheets write (queued)',
    kind: 'sheets',
    latencyMs: 6.5,
    perCellUs: 100,
    queued: true,
    source: `${BEST_PRACTICES}: 10,000 single-cell writes with one flush per row of 100 took 70 s (≈6.5 ms a write once each flush is paid); the same 10,000 cells in one batched call took 1 s (100 µs a cell)`,
  },
  format: {
    label: 'formatting (queued)',
    kind: 'sheets',
    latencyMs: 6.5,
    perCellUs: 100,
    queued: true,
    source: `${BEST_PRACTICES}: the measured example is a formatting call (setBackground per cell: 70 s; setBackgrounds for 10,000 cells: 1 s)`,
  },
  validation: {
    label: 'data validation (queued)',
    kind: 'sheets',
    latencyMs: 6.5,
    perCellUs: 100,
    queued: true,
    source: 'assumption: a validation rule is cell formatting, same figures as formatting',
  },
  flush: {
    label: 'flush (commit of queued writes)',
    kind: 'sheets',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${BLOG_2010}: "every time you do a read, we must first empty (commit) the write cache"; ${CONVENTION}. The cells are paid at the write figure; a commit happens before a read, on flush() and at the end of an execution, only when writes are queued`,
  },
  protection: {
    label: 'protection changes (queued)',
    kind: 'sheets',
    latencyMs: 6.5,
    perCellUs: 0,
    queued: true,
    source:
      'assumption: a protected range is spreadsheet content changed in the same batch as formatting (the Sheets API changes it with addProtectedRange/updateProtectedRange requests of spreadsheets.batchUpdate); figures of a queued write',
  },
  protectionRead: {
    label: 'protections and sharing read',
    kind: 'sheets',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${CONVENTION}; a read: queued writes are committed first`,
  },
  sharing: {
    label: 'file sharing',
    kind: 'sheets',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${CONVENTION}; assumption: a Drive permission change, applied at once`,
  },
  chart: {
    label: 'charts',
    kind: 'sheets',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${CONVENTION}; assumption: embedded objects are not queued`,
  },
  trigger: {
    label: 'triggers',
    kind: 'other',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: CONVENTION,
  },
  mail: {
    label: 'mail',
    kind: 'other',
    latencyMs: 300,
    perCellUs: 0,
    queued: false,
    source:
      'assumption: sending one message through MailApp takes a few round trips (no published measurement)',
  },
  propertiesRead: {
    label: 'properties read',
    kind: 'other',
    latencyMs: 30,
    perCellUs: 0,
    queued: false,
    source: `${ZIRITIONE}: getProperty 30–34 ms`,
  },
  propertiesWrite: {
    label: 'properties write',
    kind: 'other',
    latencyMs: 62,
    perCellUs: 0,
    queued: false,
    source: `${ZIRITIONE}: setProperty 62–64 ms`,
  },
  cacheRead: {
    label: 'cache read',
    kind: 'other',
    latencyMs: 3,
    perCellUs: 0,
    queued: false,
    source: `${ZIRITIONE}: CacheService get 3–4 ms`,
  },
  cacheWrite: {
    label: 'cache write',
    kind: 'other',
    latencyMs: 93,
    perCellUs: 0,
    queued: false,
    source: `${ZIRITIONE}: CacheService put 92–93 ms`,
  },
  lock: {
    label: 'lock',
    kind: 'other',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${CONVENTION}; time spent waiting for the lock is added as it passes`,
  },
  session: {
    label: 'Session',
    kind: 'other',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: CONVENTION,
  },
  ui: {
    label: 'UI (menus, alerts, sidebars, toasts)',
    kind: 'other',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: `${CONVENTION}; the time a person takes to answer an alert is not modelled`,
  },
  other: {
    label: 'other service',
    kind: 'other',
    latencyMs: ROUND_TRIP_MS,
    perCellUs: 0,
    queued: false,
    source: CONVENTION,
  },
} as const satisfies Record<string, CostClass>;

export type CostClassId = keyof typeof COST_CLASSES;

/** First match wins; "Class.method" tested against each pattern. */
const METHOD_CLASSES: [RegExp, CostClassId][] = [
  // Handles, builders and what a handle already knows.
  [
    /^SpreadsheetApp\.(getActiveSpreadsheet|getActive|getActiveSheet|getUi|newDataValidation|newConditionalFormatRule)$/,
    'free',
  ],
  [
    /^Spreadsheet\.(getSheetByName|getSheets|getSheetById|getActiveSheet|getRange|getRangeByName|getDataRange)$/,
    'free',
  ],
  [/^Sheet\.(getRange|getRangeList|getDataRange|getParent|newChart)$/, 'free'],
  [/^RangeList\.getRanges$/, 'free'],
  [
    /^Range\.(getSheet|getCell|offset|getRow|getRowIndex|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getA1Notation|getGridId|getHeight|getWidth)$/,
    'free',
  ],
  [/^(DataValidation|DataValidationBuilder|ConditionalFormatRule|ConditionalFormatRuleBuilder)\./, 'free'],
  [/^(EmbeddedChartBuilder|ChartOptions|Charts|ContainerInfo)\./, 'free'],
  [/^EmbeddedChart\.(get|modify)/, 'free'],
  [/^Protection\.getRange$/, 'free'],
  // A User object carries its email; asking Session who is there is the round trip.
  [/^User\./, 'free'],
  [/^(LockService|PropertiesService|CacheService)\./, 'free'],
  [/^ScriptApp\.(newTrigger|getScriptId|getOAuthToken)$/, 'free'],
  [/^(TriggerBuilder|ClockTriggerBuilder|SpreadsheetTriggerBuilder)\.(?!create$)/, 'free'],
  [/^Trigger\./, 'free'],
  [/^(Utilities|Blob|HtmlService|HtmlOutput|HtmlTemplate|PromptResponse)\./, 'free'],
  [/^Ui\.(createMenu|createAddonMenu)$/, 'free'],
  [/^Menu\.(addItem|addSeparator|addSubMenu)$/, 'free'],
  // Sheets.
  [/^SpreadsheetApp\.flush$/, 'flush'],
  [/^(Sheet|Spreadsheet)\.getProtections$|^Protection\.(get|is|can)/, 'protectionRead'],
  [/^Spreadsheet\.(getEditors|getViewers|getOwner)$/, 'protectionRead'],
  [/^(Range|Sheet)\.protect$|^Protection\./, 'protection'],
  [/^Spreadsheet\.(addEditor|addEditors|removeEditor)$/, 'sharing'],
  [/^Sheet\.(insertChart|updateChart|removeChart|getCharts)$/, 'chart'],
  [/^(Range|RangeList)\.(setDataValidations?|clearDataValidations)$/, 'validation'],
  [
    /^(Range|RangeList)\.(set(Background|FontColor|FontFamily|FontSize|FontStyle|FontWeight|Wrap|NumberFormat|HorizontalAlignment|VerticalAlignment)s?|setBorder|clearFormat)$/,
    'format',
  ],
  [
    /^Sheet\.(setColumnWidths?|setRowHeights?|setFrozenRows|setFrozenColumns|setTabColor|autoResizeColumns?|clearFormats|setConditionalFormatRules|clearConditionalFormatRules)$/,
    'format',
  ],
  [/^(Range|Sheet|Spreadsheet|NamedRange)\.(get|is|can)/, 'read'],
  [/^(Range|RangeList|Sheet|Spreadsheet|NamedRange|SpreadsheetApp)\./, 'write'],
  // Other services.
  [
    /^ScriptApp\.|^TriggerBuilder\.create$|^(ClockTriggerBuilder|SpreadsheetTriggerBuilder)\.create$/,
    'trigger',
  ],
  [/^MailApp\./, 'mail'],
  [/^Properties\.(getProperty|getProperties|getKeys)$/, 'propertiesRead'],
  [/^Properties\./, 'propertiesWrite'],
  [/^Cache\.(get|getAll)$/, 'cacheRead'],
  [/^Cache\./, 'cacheWrite'],
  [/^Lock\./, 'lock'],
  [/^(Session|User)\./, 'session'],
  [/^(Ui|Menu)\.|^Spreadsheet\.toast$/, 'ui'],
];

const classCache = new Map<string, CostClassId>();

/** The cost class of "Class.method". */
export function costClassOf(key: string): CostClassId {
  let id = classCache.get(key);
  if (id === undefined) {
    id = METHOD_CLASSES.find(([re]) => re.test(key))?.[1] ?? 'other';
    classCache.set(key, id);
  }
  return id;
}

/** Range methods that move one value per cell of the range (plural getters and setters). */
const PER_CELL_RANGE =
  /^(getValues|getDisplayValues|getFormulas|getNotes|getNumberFormats|getBackgrounds|getFont\w+s|getDataValidations|getWraps|get\w+Alignments|setValues|setFormulas|setNotes|setNumberFormats|setBackgrounds|setFont\w+s|setDataValidations|setWraps|set\w+Alignments)$/;
/** Range methods that move one cell's value. */
const ONE_CELL_RANGE =
  /^(getValue|getDisplayValue|getFormula|getNote|getNumberFormat|getBackground|getDataValidation|setValue|setFormula|setNote)$/;

/**
 * The cells a call carries, for the per-cell transfer: a range's plural getters and setters (its
 * whole rectangle), single-cell getters and setters, getSheetValues and appendRow. Formatting one
 * whole range with one value (setNumberFormat, setDataValidation) carries no per-cell data.
 */
export function cellsOf(cls: string, method: string, target: unknown, args: unknown): number {
  if (cls === 'Range') {
    if (ONE_CELL_RANGE.test(method)) return 1;
    if (!PER_CELL_RANGE.test(method)) return 0;
    const rect = (target as { _rect?: { r1: number; r2: number; c1: number; c2: number } })._rect;
    return rect ? (rect.r2 - rect.r1 + 1) * (rect.c2 - rect.c1 + 1) : 0;
  }
  if (cls === 'Sheet' && Array.isArray(args)) {
    if (method === 'getSheetValues') return Math.max(0, Number(args[2]) * Number(args[3])) || 0;
    if (method === 'appendRow' && Array.isArray(args[0])) return args[0].length;
  }
  return 0;
}
