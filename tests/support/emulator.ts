// Helpers for tests of the emulator itself: a harness on the probe fixture bundle, and `run`,
// which executes a snippet of Apps Script code as one execution of the current user.
import path from 'node:path';
import { createHarness, type Harness, type HarnessOptions } from '../../src/emulator/harness';

export const PROBE_BUNDLE = path.resolve(import.meta.dirname, '../emulator/fixtures/probe.js');

export interface ProbeHarness extends Harness {
  /** Runs `src` (a function body; `return` a JSON-safe value) inside a new execution. */
  run<T = unknown>(src: string): T;
}

export function probeHarness(options: HarnessOptions = {}): ProbeHarness {
  const h = createHarness({ bundlePath: PROBE_BUNDLE, ...options }) as ProbeHarness;
  h.run = <T>(src: string) => h.call<T>('script', src);
  return h;
}
