// Logger and console: lines go to Runtime.logs (not counted as service calls).
import { GasObject } from '../bridge';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';
import { isDate, javaString } from '../values';

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isDate(v)) return v.toString();
  if (v !== null && typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch {
      return javaString(v);
    }
  }
  return String(v);
}

export class Logger extends GasObject implements Surface<GoogleAppsScript.Base.Logger> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'Logger';
  }
  log(format: unknown, ...values: unknown[]): this {
    let i = 0;
    const line =
      typeof format === 'string' && values.length
        ? format.replace(/%s|%d/g, () => show(values[i++]))
        : show(format);
    this.rt.logs.push(line);
    return this;
  }
  getLog(): string {
    return this.rt.logs.join('\n');
  }
  clear(): void {
    this.rt.logs.length = 0;
  }
}

export class Console extends GasObject {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'console';
  }
  private _line(level: string, args: unknown[]): void {
    this.rt.logs.push(`${level}${args.map(show).join(' ')}`);
  }
  log(...args: unknown[]): void {
    this._line('', args);
  }
  info(...args: unknown[]): void {
    this._line('', args);
  }
  warn(...args: unknown[]): void {
    this._line('WARN ', args);
  }
  error(...args: unknown[]): void {
    this._line('ERROR ', args);
  }
}

surfaceCheck<Logger, GoogleAppsScript.Base.Logger>(true);
