// The offline Apps Script emulator: public entry points for tests, benchmarks and the preview.

export type { ConcurrentJob, ConcurrentOptions, ConcurrentResult } from './concurrent';
export { GAS_ERRORS } from './errors';
export { createHarness, Harness, type HarnessOptions, type HarnessUi } from './harness';
export type { MailRecord, MenuEntry, MenuRecord, UiAnswer, UiLog, UiRequest } from './runtime';
export {
  GAS_RUN_PATH,
  GOOGLE_SCRIPT_RUN_CLIENT,
  handleScriptRun,
  type ScriptRunEnvelope,
} from './script-run';
export {
  cloneState,
  createState,
  deserializeState,
  type EmulatorState,
  STATE_VERSION,
  serializeState,
} from './state';
export { buildWorkbook, exportXlsx } from './xlsx';
