// Google's execution limits and the meter that charges one execution's calls with the cost model.
// An execution whose modelled time plus CPU passes its cap stops with Google's message: the call
// that would pass it fails, every later call fails the same way (a `catch` in the script cannot
// carry on writing), and the execution's result is that error. What was written before stays.
//   https://developers.google.com/apps-script/guides/services/quotas (Script runtime: 6 min per
//   execution; custom functions and simple triggers: 30 s)
import { COST_CLASSES, type CostClassId, cellsOf, costClassOf } from './cost-model';

/** Google's text, as an execution stopped for time shows it. */
export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';

export interface Limits {
  /** A script run (menu, google.script.run, installable trigger); Google: 6 minutes. */
  executionSeconds: number;
  /** A simple trigger (onOpen, onEdit); Google: 30 seconds. */
  simpleTriggerSeconds: number;
  /** Count the script's own CPU time toward the cap (default true; false makes runs reproducible). */
  countCpu: boolean;
}

export const GOOGLE_LIMITS: Limits = { executionSeconds: 360, simpleTriggerSeconds: 30, countCpu: true };

export interface MethodCost {
  calls: number;
  seconds: number;
}

/** One finished execution, as the harness and the benchmark report it. */
export interface ExecutionRecord {
  id: number;
  label: string;
  user: string;
  /** Every counted service call. */
  calls: number;
  /** Calls that move data or change the spreadsheet (handle getters and builders excluded). */
  sheetsCalls: number;
  /** Calls to other services (Session, Lock, Properties, Cache, mail, triggers, UI). */
  otherCalls: number;
  /** Modelled service time, waiting (sleep, lock) included, in seconds. */
  serviceSeconds: number;
  /** The script's own CPU time, in seconds (0 when not counted). */
  cpuSeconds: number;
  /** serviceSeconds + cpuSeconds: what the caps are checked against. */
  seconds: number;
  /**
   * "Class.method" → calls and seconds; also IMPLICIT_COMMIT (commits forced by a read or the end
   * of the execution: not service calls) and WAITING (sleep, lock waits).
   */
  methods: Record<string, MethodCost>;
  /** Set when Google would have stopped the execution. */
  stopped: string | null;
}

/** Time spent in Utilities.sleep or waiting for a lock, in breakdowns. */
export const WAITING = 'waiting (sleep, lock)';
/** The commits forced by a read or by the end of an execution, in breakdowns. */
export const IMPLICIT_COMMIT = 'flush (commit of queued writes)';

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Charges one execution's calls and enforces its cap. */
export class ExecutionMeter {
  private serviceMs = 0;
  private queuedCells = 0;
  private queued = false;
  private cpuStart = 0;
  private inService = 0;
  private serviceCpu = 0;
  private cpuEnd: number | null = null;
  private finished = false;
  readonly methods: Record<string, MethodCost> = {};
  sheetsCalls = 0;
  otherCalls = 0;
  calls = 0;
  stopped: string | null = null;

  constructor(
    readonly capMs: number,
    private readonly countCpu: boolean,
    /** Advances the virtual clock (in-process executions) as modelled time passes. */
    private readonly advance: (ms: number) => void,
  ) {
    if (countCpu) this.cpuStart = cpuMicros();
  }

  /** The script's CPU so far (time outside service calls), in ms. */
  cpuMs(): number {
    if (!this.countCpu) return 0;
    const end = this.cpuEnd ?? (this.inService ? this.inService : cpuMicros());
    return Math.max(0, end - this.cpuStart - this.serviceCpu) / 1000;
  }

  elapsedMs(): number {
    return this.serviceMs + this.cpuMs();
  }

  private add(key: string, ms: number): void {
    const m = this.methods[key] ?? { calls: 0, seconds: 0 };
    m.seconds += ms / 1000;
    this.methods[key] = m;
    this.serviceMs += ms;
    this.advance(ms);
  }

  private commitMs(): number {
    return COST_CLASSES.flush.latencyMs + (this.queuedCells * COST_CLASSES.write.perCellUs) / 1000;
  }

  private commit(key: string): void {
    if (!this.queued) return;
    const ms = this.commitMs();
    this.queued = false;
    this.queuedCells = 0;
    this.add(key, ms);
    this.methods[key]!.calls++;
  }

  /**
   * Charges "Class.method" before it runs. Returns Google's error when the execution has been
   * stopped or this call would pass the cap (the call then does not happen).
   */
  charge(cls: string, method: string, target: unknown, args: unknown): string | null {
    if (this.stopped) return this.stopped;
    const key = `${cls}.${method}`;
    const id: CostClassId = costClassOf(key);
    const c = COST_CLASSES[id];
    const cells = cellsOf(cls, method, target, args);
    const forcesCommit = id === 'read' || id === 'protectionRead' || id === 'flush';
    let ms = c.latencyMs + (c.queued ? 0 : (cells * c.perCellUs) / 1000);
    if (id === 'flush') ms = this.queued ? this.commitMs() : 0;
    const extra = forcesCommit && id !== 'flush' && this.queued ? this.commitMs() : 0;
    if (this.elapsedMs() + ms + extra > this.capMs) return this.stop();
    this.calls++;
    if (c.kind === 'sheets') this.sheetsCalls++;
    else if (c.kind === 'other') this.otherCalls++;
    if (extra) this.commit(IMPLICIT_COMMIT);
    if (id === 'flush') {
      this.queued = false;
      this.queuedCells = 0;
    }
    this.add(key, ms);
    this.methods[key]!.calls++;
    if (c.queued) {
      this.queued = true;
      this.queuedCells += cells;
    }
    return null;
  }

  /** Time the execution waited (Utilities.sleep, a lock), already on the clock. */
  waited(ms: number): void {
    if (ms <= 0) return;
    const m = this.methods[WAITING] ?? { calls: 0, seconds: 0 };
    m.seconds += ms / 1000;
    this.methods[WAITING] = m;
    this.serviceMs += ms;
  }

  /** Host CPU spent answering a call is the emulator's, not the script's. */
  enterService(): void {
    if (this.countCpu && !this.inService) this.inService = cpuMicros();
  }
  leaveService(): void {
    if (this.countCpu && this.inService) {
      this.serviceCpu += cpuMicros() - this.inService;
      this.inService = 0;
    }
  }

  private stop(): string {
    this.stopped = EXCEEDED_MAXIMUM_EXECUTION_TIME;
    return this.stopped;
  }

  /** Ends the execution: queued writes are committed (they count), the cap is checked once more. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.countCpu) this.cpuEnd = cpuMicros();
    if (!this.stopped) {
      if (this.queued && this.elapsedMs() + this.commitMs() > this.capMs) this.stop();
      else this.commit(IMPLICIT_COMMIT);
      if (this.elapsedMs() > this.capMs) this.stop();
    }
  }

  record(id: number, label: string, user: string): ExecutionRecord {
    const serviceSeconds = this.serviceMs / 1000;
    const cpuSeconds = this.cpuMs() / 1000;
    return {
      id,
      label,
      user,
      calls: this.calls,
      sheetsCalls: this.sheetsCalls,
      otherCalls: this.otherCalls,
      serviceSeconds,
      cpuSeconds,
      seconds: serviceSeconds + cpuSeconds,
      methods: Object.fromEntries(Object.entries(this.methods).map(([k, v]) => [k, { ...v }])),
      stopped: this.stopped,
    };
  }
}
