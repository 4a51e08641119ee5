// A content fingerprint of what a verifikator verifies: every field of the innovation except the
// verification itself. Verification goes stale when the fingerprint changes, so the same content
// must give the same fingerprint however it was stored: key order, absent vs empty values
// (undefined, null, "", [], {}), the order of related urusan and indicators left at level 0 with
// nothing else filled in do not matter.
import type { Innovation } from './model';

/** JSON with sorted keys, leaving out empty values; arrays keep their order. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v): v is string => v !== undefined);
    return items.length ? `[${items.join(',')}]` : undefined;
  }
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) parts.push(`${JSON.stringify(key)}:${v}`);
    }
    return parts.length ? `{${parts.join(',')}}` : undefined;
  }
  return undefined;
}

/** The fields verification covers, normalised. */
function coveredContent(innovation: Innovation): Record<string, unknown> {
  const { verification: _verification, otherAffairs, indicators, ...rest } = innovation;
  const kept: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(indicators ?? {})) {
    if (!entry) continue;
    const { level, ...details } = entry;
    if (level !== 0 || canonical(details) !== undefined) kept[id] = entry;
  }
  return {
    ...rest,
    otherAffairs: otherAffairs ? [...new Set(otherAffairs)].sort() : undefined,
    indicators: kept,
  };
}

const TWO_32 = 4294967296;

/** FNV-1a 64 over the UTF-8 bytes of `text`, as 16 hex digits. Pure JS (no BigInt, no TextEncoder). */
export function fnv1a64(text: string): string {
  // 64-bit state in two 32-bit halves; offset basis 0xcbf29ce484222325, prime 2^40 + 0x1b3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const step = (byte: number) => {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / TWO_32);
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64: lo·2^40 lands in the high half as lo·2^8.
    hi = (hi * 0x1b3 + ((lo << 8) >>> 0) + carry) % TWO_32;
    lo = low % TWO_32;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) step(code);
    else if (code < 0x800) {
      step(0xc0 | (code >> 6));
      step(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      step(0xe0 | (code >> 12));
      step(0x80 | ((code >> 6) & 0x3f));
      step(0x80 | (code & 0x3f));
    } else {
      step(0xf0 | (code >> 18));
      step(0x80 | ((code >> 12) & 0x3f));
      step(0x80 | ((code >> 6) & 0x3f));
      step(0x80 | (code & 0x3f));
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** Deterministic content hash of the fields verification covers (16 hex digits). */
export function fingerprint(innovation: Innovation): string {
  return fnv1a64(canonical(coveredContent(innovation)) ?? '');
}
