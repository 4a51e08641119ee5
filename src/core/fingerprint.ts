// A content fingerprint of what a verifikator verifies: every field of the innovation except the
// verification itself. Verification goes stale when the fingerprint changes, so the same content
// must give the same fingerprint however it was stored: key order, absent vs empty values
// (undefined, null, "", [], {}), the order of related urusan and indicators left at level 0 with
// nothing else filled in do not matter.
import type { Innovation } from './model';

// A local alias, not a global lookup per character: in a node:vm context (the emulator) each
// `Math.imul` costs ~100× more (nodejs/node#31658).
const { imul } = Math;

/**
 * Streaming 64-bit hash (two 32-bit multiply-xor lanes with a final avalanche, as cyrb53) of a
 * canonical encoding that is never built as a string: strings are fed with a length prefix, so no
 * escaping is needed and the encoding stays unambiguous. About one multiply per character: the
 * registry fingerprints every row on every read.
 */
class Hasher {
  private a = 0xdeadbeef | 0;
  private b = 0x41c6ce57 | 0;

  text(value: string): void {
    let a = this.a;
    let b = this.b;
    const n = value.length;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      a = imul(a ^ c, 2654435761);
      b = imul(b ^ c, 1597334677);
    }
    this.a = a;
    this.b = b;
  }

  /** A tag character, then (for strings) the length, so "ab"+"c" and "a"+"bc" differ. */
  string(value: string): void {
    this.text(`s${value.length}:`);
    this.text(value);
  }

  digest(): string {
    let a = this.a;
    let b = this.b;
    a = imul(a ^ (a >>> 16), 2246822507);
    a ^= imul(b ^ (b >>> 13), 3266489909);
    b = imul(b ^ (b >>> 16), 2246822507);
    b ^= imul(a ^ (a >>> 13), 3266489909);
    return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
  }
}

/** True for the values the fingerprint leaves out: absent and empty are the same content. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') {
    for (const key in value) if (!isEmpty((value as Record<string, unknown>)[key])) return false;
    return true;
  }
  return typeof value !== 'string' && typeof value !== 'boolean';
}

/** Feeds the canonical form of `value`: objects with sorted keys, empty values left out. */
function feed(h: Hasher, value: unknown): void {
  if (typeof value === 'string') h.string(value);
  else if (typeof value === 'number') h.text(`n${value};`);
  else if (typeof value === 'boolean') h.text(value ? 't' : 'f');
  else if (Array.isArray(value)) {
    h.text('[');
    for (const item of value) if (!isEmpty(item)) feed(h, item);
    h.text(']');
  } else if (value && typeof value === 'object') {
    h.text('{');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (isEmpty(v)) continue;
      h.string(key);
      feed(h, v);
    }
    h.text('}');
  }
}

/** Deterministic content hash of the fields verification covers (16 hex digits). */
export function fingerprint(innovation: Innovation): string {
  const h = new Hasher();
  const { verification: _verification, otherAffairs, indicators, ...rest } = innovation;
  feed(h, rest);
  // Related urusan are a set; an indicator left at level 0 with nothing else filled in is absent.
  h.string('otherAffairs');
  feed(h, otherAffairs ? [...new Set(otherAffairs)].sort() : []);
  h.string('indicators');
  h.text('{');
  const entries = indicators ?? {};
  for (const id of Object.keys(entries).sort()) {
    const entry = entries[id];
    if (!entry) continue;
    const { level, ...details } = entry;
    if (level === 0 && isEmpty(details)) continue;
    h.string(id);
    feed(h, entry);
  }
  h.text('}');
  return h.digest();
}

/**
 * FNV-1a 64 over the UTF-8 bytes of `text`, as 16 hex digits. Pure JS without BigInt or
 * TextEncoder (Apps Script): the 64-bit state is four 16-bit limbs, so every step is small-integer
 * arithmetic. The prime is 2^40 + 0x1b3: limb 0 × 0x1b3 plus limb 2 × 0x100.
 */
export function fnv1a64(text: string): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    // The UTF-8 bytes of the code point, at most four, hashed one by one below.
    let bytes: number;
    let count: number;
    if (code < 0x80) {
      bytes = code;
      count = 1;
    } else if (code < 0x800) {
      bytes = ((0xc0 | (code >> 6)) << 8) | (0x80 | (code & 0x3f));
      count = 2;
    } else if (code < 0x10000) {
      bytes = ((0xe0 | (code >> 12)) << 16) | ((0x80 | ((code >> 6) & 0x3f)) << 8) | (0x80 | (code & 0x3f));
      count = 3;
    } else {
      bytes =
        ((0xf0 | (code >> 18)) << 24) |
        ((0x80 | ((code >> 12) & 0x3f)) << 16) |
        ((0x80 | ((code >> 6) & 0x3f)) << 8) |
        (0x80 | (code & 0x3f));
      count = 4;
    }
    for (let k = count - 1; k >= 0; k--) {
      h0 ^= (bytes >>> (k * 8)) & 0xff;
      const t0 = h0 * 0x1b3;
      let t1 = h1 * 0x1b3;
      let t2 = h2 * 0x1b3 + (h0 << 8);
      let t3 = h3 * 0x1b3 + (h1 << 8);
      t1 += t0 >>> 16;
      h0 = t0 & 0xffff;
      t2 += t1 >>> 16;
      h1 = t1 & 0xffff;
      t3 += t2 >>> 16;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
    }
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
