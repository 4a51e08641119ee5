// Small text helpers shared by the schemas and the scoring engine. Pure and allocation-light:
// scoring counts the words of 20,000 designs in one pass.

// Whitespace beyond ASCII, exactly as JavaScript's \s sees it (so split(/\s+/) agrees).
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words of a text: whitespace-separated tokens that contain at least one letter or digit (any
 * script), so "—" or "..." alone are not words. Stops counting at `limit` when one is given:
 * scoring only needs to know whether the rancang bangun reaches the minimum. One pass with plain
 * comparisons (this loop is most of the cost of scoring 20,000 innovations).
 */
export function countWords(text: string | null | undefined, limit = Number.POSITIVE_INFINITY): number {
  if (!text) return 0;
  const n = text.length;
  let words = 0;
  let hasWordChar = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20) {
      // Space, tab, line feed, vertical tab, form feed, carriage return end a token; other
      // control characters are neither word nor space.
      if ((code === 0x20 || (code >= 0x09 && code <= 0x0d)) && hasWordChar) {
        if (++words >= limit) return words;
        hasWordChar = false;
      }
    } else if (code < 0x80) {
      if (!hasWordChar && (((code | 0x20) - 0x61) >>> 0 < 26 || (code - 0x30) >>> 0 < 10)) hasWordChar = true;
    } else if (isWideSpace(code)) {
      if (hasWordChar) {
        if (++words >= limit) return words;
        hasWordChar = false;
      }
    } else if (!hasWordChar) {
      const point = text.codePointAt(i)!;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) hasWordChar = true;
      if (point > 0xffff) i++;
    }
  }
  if (hasWordChar) words++;
  return words;
}

const digit = (value: string, i: number) => {
  const c = value.charCodeAt(i) - 0x30;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** ISO calendar date `YYYY-MM-DD` that exists (2025-02-29 does not). Allocation-free: scoring calls it often. */
export function isIsoDate(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

// Scheme, host (labels of letters/digits/hyphens, any script; or an IPv4 address), optional port,
// then anything printable that RFC 3986 allows (no spaces, quotes or angle brackets).
export const HTTP_URL_PATTERN =
  /^https?:\/\/(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}|\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::\d{1,5})?(?:[/?#][^\s<>"`{}|\\^]*)?$/iu;

// ASCII classes for the link check: 1 letter, 2 digit, 3 hyphen, 4 dot, 5 ends the host (/ ? # :),
// 0 not allowed in a host; and the characters a path may not contain.
let tables: { host: Uint8Array; forbidden: Uint8Array } | null = null;
function linkTables(): { host: Uint8Array; forbidden: Uint8Array } {
  if (!tables) {
    const host = new Uint8Array(128);
    const path = new Uint8Array(128);
    for (let c = 0; c < 128; c++) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) host[c] = 1;
      else if (c >= 0x30 && c <= 0x39) host[c] = 2;
      path[c] = c <= 0x20 || c === 0x7f || '<>"`{}|\\^'.includes(String.fromCharCode(c)) ? 1 : 0;
    }
    host[0x2d] = 3;
    host[0x2e] = 4;
    for (const c of [0x2f, 0x3f, 0x23, 0x3a]) host[c] = 5;
    tables = { host, forbidden: path };
  }
  return tables;
}

/** 8 for "https://", 7 for "http://" (any case), else -1. */
function schemeLength(value: string): number {
  if ((value.charCodeAt(0) | 0x20) !== 0x68 || (value.charCodeAt(1) | 0x20) !== 0x74) return -1;
  if ((value.charCodeAt(2) | 0x20) !== 0x74 || (value.charCodeAt(3) | 0x20) !== 0x70) return -1;
  const i = (value.charCodeAt(4) | 0x20) === 0x73 ? 5 : 4;
  return value.charCodeAt(i) === 0x3a && value.charCodeAt(i + 1) === 0x2f && value.charCodeAt(i + 2) === 0x2f
    ? i + 3
    : -1;
}

/**
 * The same verdict as HTTP_URL_PATTERN for all-ASCII links, without the regex engine (scoring
 * checks hundreds of thousands of links); undefined hands anything else to the pattern.
 */
function asciiHttpUrl(value: string): boolean | undefined {
  const start = schemeLength(value);
  if (start < 0) return false;
  const { host, forbidden } = linkTables();
  const n = value.length;
  let i = start;
  // Host: dot-separated labels; the last is alphabetic (2–63) unless the host is an IPv4 address.
  let labelStart = i;
  let labels = 0;
  let lastAlpha = true;
  let allDigitsAndDots = true;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return undefined;
    const k = host[c]!;
    if (k === 1) allDigitsAndDots = false;
    else if (k === 2) lastAlpha = false;
    else if (k === 4) {
      if (i === labelStart || value.charCodeAt(i - 1) === 0x2d) return false;
      labels++;
      labelStart = i + 1;
      lastAlpha = true;
    } else if (k === 3) {
      if (i === labelStart) return false;
      allDigitsAndDots = false;
      lastAlpha = false;
    } else if (k === 5) break;
    else return false;
  }
  const hostEnd = i;
  const lastLength = hostEnd - labelStart;
  const named = labels >= 1 && lastAlpha && lastLength >= 2 && lastLength <= 63;
  if (!named) {
    // Rare hosts: an IPv4 address or localhost (slicing is fine here).
    const name = value.slice(start, hostEnd);
    const ipv4 = allDigitsAndDots && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(name);
    if (!ipv4 && name.toLowerCase() !== 'localhost') return false;
  }
  if (i < n && value.charCodeAt(i) === 0x3a) {
    let digits = 0;
    for (i++; i < n && value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39; i++) digits++;
    if (digits < 1 || digits > 5) return false;
  }
  if (i < n) {
    const c = value.charCodeAt(i);
    if (c !== 0x2f && c !== 0x3f && c !== 0x23) return false;
    // Whitespace, controls and < > " ` { } | \ ^ are not allowed in a link.
    for (; i < n; i++) {
      const d = value.charCodeAt(i);
      if (d >= 0x80) return undefined;
      if (forbidden[d] === 1) return false;
    }
  }
  return true;
}

/**
 * Invisible format characters that change how a link is shown without showing themselves: bidi
 * embeddings, overrides, isolates and marks ("drive.google.com/\u202egpj.exe" reads as
 * "…exe.jpg"), zero-width spaces and joiners, word joiners, the BOM, the soft hyphen.
 */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** The first invisible format character of a text, its code ("U+202E") and 1-based line, or null. */
export function findInvisible(value: string): { code: string; line: number } | null {
  const m = INVISIBLE.exec(value);
  if (!m) return null;
  const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  let line = 1;
  for (let i = 0; i < m.index; i++) if (value.charCodeAt(i) === 0x0a) line++;
  return { code, line };
}

/** An http(s) link. Checked by hand and pattern because Apps Script has no URL global. */
export function isHttpUrl(value: string): boolean {
  if (value.length > 2000) return false;
  const ascii = asciiHttpUrl(value);
  if (ascii !== undefined) return ascii;
  return !INVISIBLE.test(value) && HTTP_URL_PATTERN.test(value);
}

/** The links of an evidence field (one or more, separated by whitespace). */
export function evidenceLinks(evidence: string | null | undefined): string[] {
  if (!evidence) return [];
  return evidence.split(/\s+/).filter((s) => s.length > 0);
}

/** True when the evidence field holds at least one http(s) link. */
export function hasEvidence(evidence: string | null | undefined): boolean {
  if (!evidence || typeof evidence !== 'string') return false;
  // One ASCII link and nothing else is the common case: no split, no allocation, no regex.
  if (evidence.length <= 2000 && asciiHttpUrl(evidence) === true) return true;
  for (const link of evidenceLinks(evidence)) if (isHttpUrl(link)) return true;
  return false;
}

// C0 controls except tab, line feed and carriage return, plus DEL: never typed by a person, and
// some break Sheets cells or CSV exports.
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Text for an e-mail header (subject, sender name): line breaks, other control characters, line
 * and paragraph separators and invisible format characters become one space. A name typed with a
 * line break must not start a new header line or hide part of the subject.
 */
export function headerText(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? ' ' : INVISIBLE.test(ch) ? '' : ch;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
