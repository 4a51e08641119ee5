// The boundary between a script (running in a vm context, in this thread or in a worker) and the
// emulated services (plain objects in this thread). A script never holds a service object: it holds
// a stub made inside its own realm (src/emulator/prelude.ts) that names the object by a numeric
// handle. Each call arrives here as (handle, method, args), is counted as "Class.method", runs as
// the calling execution's user, and returns data copied out of the emulator's state.
import { googleMethods } from './unmodelled';
import { isDate } from './values';

/** Marks the key of a handle object; cannot clash with a property name a script would use. */
export const HANDLE_KEY = '\u0000gas';

/** Base of every emulated Apps Script class. Methods whose names start with "_" stay host-only. */
export abstract class GasObject {
  abstract _gasClass(): string;
  /** Extra data properties a script sees on the object (enums on the global services). */
  _props(): Record<string, unknown> | null {
    return null;
  }
  toString(): string {
    return this._gasClass();
  }
}

/** An Apps Script exception (name "Exception" in the script, like Google's). */
export class GasError extends Error {
  override name = 'Exception';
}

/**
 * A result that is not ready yet: a worker waiting for a lock or sleeping. In-process executions
 * cannot wait (nothing else runs meanwhile), so they settle a Park at once via `immediate`.
 */
export class Park {
  constructor(
    /** Starts waiting; calls settle exactly once; returns a cancel function. */
    readonly start: (settle: (outcome: Outcome) => void) => () => void,
    /** What an in-process execution gets instead of waiting. */
    readonly immediate: () => Outcome,
  ) {}
}

export type Outcome = { v: unknown } | { e: string; n: string };

export interface Shape {
  cls: string;
  methods: string[];
  props: Record<string, unknown> | null;
}

export interface Handle {
  [HANDLE_KEY]: number;
  cls: string;
  shape?: Shape;
}

const shapes = new WeakMap<object, Shape>();

export function shapeOf(obj: GasObject): Shape {
  const proto = Object.getPrototypeOf(obj) as object;
  const cached = shapes.get(proto);
  if (cached) return cached;
  const methods = new Set<string>();
  for (
    let p: object | null = proto;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      const d = Object.getOwnPropertyDescriptor(p, name);
      if (d && typeof d.value === 'function') methods.add(name);
    }
  }
  // Google's methods the emulator lacks are on the stub too: calling one says it is not modelled.
  for (const name of googleMethods(obj._gasClass())) methods.add(name);
  const shape: Shape = { cls: obj._gasClass(), methods: [...methods].sort(), props: obj._props() };
  shapes.set(proto, shape);
  return shape;
}

/** The objects one execution has seen, by handle. Dropped when the execution ends. */
export class HandleTable {
  private readonly objects = new Map<number, GasObject>();
  private readonly ids = new Map<GasObject, number>();
  private readonly sent = new Set<string>();
  private next = 1;

  handle(obj: GasObject): Handle {
    let id = this.ids.get(obj);
    if (id === undefined) {
      id = this.next++;
      this.ids.set(obj, id);
      this.objects.set(id, obj);
    }
    const shape = shapeOf(obj);
    const h: Handle = { [HANDLE_KEY]: id, cls: shape.cls };
    if (!this.sent.has(shape.cls)) {
      this.sent.add(shape.cls);
      h.shape = shape;
    }
    return h;
  }

  get(id: number): GasObject | undefined {
    return this.objects.get(id);
  }

  /** Copies a service result for the script: service objects become handles, Dates are copied. */
  encode(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof GasObject) return this.handle(value);
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) {
      const out = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.encode(value[i]);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.encode(v);
    return out;
  }

  /** Copies script arguments into this realm, turning handles back into service objects. */
  resolve(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.resolve(value[i]);
      return out;
    }
    if (isDate(value)) return new Date(value.getTime());
    const rec = value as Record<string, unknown>;
    const id = rec[HANDLE_KEY];
    if (typeof id === 'number') {
      const obj = this.objects.get(id);
      if (!obj) throw new GasError('Invalid argument: object from another execution');
      return obj;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rec)) out[k] = this.resolve(v);
    return out;
  }

  clear(): void {
    this.objects.clear();
    this.ids.clear();
  }
}

export function errorOutcome(e: unknown): Outcome {
  if (e instanceof Error) return { e: e.message, n: e instanceof GasError ? 'Exception' : e.name };
  return { e: String(e), n: 'Exception' };
}
