// What google.script.run lets through: primitives, plain objects and arrays. A Date in a server
// result arrives as null (APPS-SCRIPT-NOTES.md, enuchi #28); a Date or function in the arguments
// makes the call fail before it reaches the server.
import { isDate } from './values';

/** Server → client: JSON round trip where every Date (also nested) becomes null. */
export function resultToClient(value: unknown): unknown {
  const text = JSON.stringify(
    value,
    function replacer(this: Record<string, unknown>, key: string, v: unknown) {
      return isDate(this[key]) ? null : v;
    },
  );
  return text === undefined ? null : JSON.parse(text);
}

/** Client → server: rejects what google.script.run rejects, with the browser's message. */
export function argsFromClient(args: unknown[]): unknown[] {
  const check = (v: unknown, key: string): void => {
    if (isDate(v) || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
      throw new Error(`Failed due to illegal value in property: ${key}`);
    if (Array.isArray(v)) for (const [i, x] of v.entries()) check(x, String(i));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) check(x, k);
  };
  for (const [i, a] of args.entries()) check(a, String(i));
  return JSON.parse(JSON.stringify(args)) as unknown[];
}
