// Utilities: UUIDs, dates in real time zones with Java patterns, digests as Java's signed bytes,
// base64, CSV, blobs, and sleep (virtual time in-process, real blocking in worker executions).
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { GasError, GasObject, Park } from '../bridge';
import { formatJavaDate } from '../dates';
import type { Runtime } from '../runtime';
import { type Surface, surfaceCheck } from '../surface';
import { isDate } from '../values';

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: 0xff is -1. */
export const toSignedBytes = (buf: Uint8Array): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const fromBytes = (bytes: number[]): Buffer => Buffer.from(bytes.map((b) => b & 0xff));

function toBuffer(value: unknown, charset?: unknown): Buffer {
  if (Array.isArray(value)) return fromBytes(value as number[]);
  if (value instanceof Blob) return fromBytes(value.getBytes());
  return Buffer.from(String(value), String(charset ?? 'UTF_8') === 'US_ASCII' ? 'latin1' : 'utf8');
}

export class Blob extends GasObject implements Surface<GoogleAppsScript.Base.Blob> {
  constructor(
    private bytes: number[],
    private contentType: string | null,
    private name: string | null,
  ) {
    super();
  }
  _gasClass() {
    return 'Blob';
  }
  getBytes(): number[] {
    return [...this.bytes];
  }
  setBytes(data: number[]): this {
    this.bytes = [...data];
    return this;
  }
  getDataAsString(charset?: string): string {
    return fromBytes(this.bytes).toString(charset === 'US_ASCII' ? 'latin1' : 'utf8');
  }
  setDataFromString(string: string): this {
    this.bytes = toSignedBytes(Buffer.from(String(string), 'utf8'));
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = String(name);
    return this;
  }
  copyBlob(): Blob {
    return new Blob([...this.bytes], this.contentType, this.name);
  }
  isGoogleType(): boolean {
    return false;
  }
}

function parseCsv(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class Utilities extends GasObject implements Surface<GoogleAppsScript.Utilities.Utilities> {
  constructor(private readonly rt: Runtime) {
    super();
  }
  _gasClass() {
    return 'Utilities';
  }
  override _props() {
    return {
      DigestAlgorithm: Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k])),
      Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
      MacAlgorithm: {
        HMAC_MD5: 'HMAC_MD5',
        HMAC_SHA_1: 'HMAC_SHA_1',
        HMAC_SHA_256: 'HMAC_SHA_256',
        HMAC_SHA_384: 'HMAC_SHA_384',
        HMAC_SHA_512: 'HMAC_SHA_512',
      },
    };
  }
  getUuid(): string {
    return randomUUID();
  }
  formatDate(date: unknown, timeZone: string, format: string): string {
    if (!isDate(date))
      throw new GasError(
        `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
      );
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new GasError(`Invalid argument: timeZone`);
    }
    return formatJavaDate(date, timeZone, String(format));
  }
  /**
   * sprintf as Utilities.formatString documents it: flags (-, 0, +, space), width and precision for
   * %s, %d, %i and %f ('%05d' of 42 is "00042").
   */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(
      /%([-0+ ]*)(\d*)(?:\.(\d+))?([sdfi%])/g,
      (_m, flags: string, width: string, prec: string | undefined, conv: string) => {
        if (conv === '%') return '%';
        const v = args[i++];
        let body: string;
        let sign = '';
        if (conv === 's') body = prec === undefined ? String(v) : String(v).slice(0, Number(prec));
        else {
          const n = Number(v);
          const abs = Math.abs(n);
          body = conv === 'f' ? abs.toFixed(prec === undefined ? 6 : Number(prec)) : String(Math.trunc(abs));
          sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        }
        const w = Number(width || 0);
        const len = sign.length + body.length;
        if (len >= w) return sign + body;
        if (flags.includes('-')) return (sign + body).padEnd(w, ' ');
        if (flags.includes('0') && conv !== 's') return sign + body.padStart(w - sign.length, '0');
        return (sign + body).padStart(w, ' ');
      },
    );
  }
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const algo = DIGESTS[String(algorithm)];
    if (!algo) throw new GasError('Invalid argument: algorithm');
    return toSignedBytes(createHash(algo).update(toBuffer(value, charset)).digest());
  }
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return toSignedBytes(
      createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest(),
    );
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    return new Blob(toSignedBytes(toBuffer(data)), contentType ?? null, name ?? null);
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }
  /** Blocks a worker execution for real; an in-process one skips ahead on the emulated clock. */
  sleep(milliseconds: number): undefined | Park {
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > 300_000) throw new GasError('Invalid argument: milliseconds');
    if (this.rt.current?.mode === 'worker')
      return new Park(
        (settle) => {
          const t = setTimeout(() => settle({ v: null }), ms);
          return () => clearTimeout(t);
        },
        () => ({ v: null }),
      );
    this.rt.advanceClock(ms);
    return undefined;
  }
}

surfaceCheck<Blob, GoogleAppsScript.Base.Blob>(true);
surfaceCheck<Utilities, GoogleAppsScript.Utilities.Utilities>(true);
