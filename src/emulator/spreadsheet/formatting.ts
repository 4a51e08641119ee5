// Text styles are immutable and shared between cells: a cell points at one frozen style object and
// a change gives it another, so a formatted column of a thousand cells holds one style, not a
// thousand copies (Google, too, keeps formatting per range, not per cell). Validation rules are
// shared the same way (DataValidationBuilder.build freezes them).
import type { CellStyle } from '../state';

// Every key of CellStyle, in the one order that makes equal styles equal objects and equal keys.
const STYLE_FIELDS: Record<keyof CellStyle, true> = {
  fontWeight: true,
  fontStyle: true,
  fontColor: true,
  fontSize: true,
  fontFamily: true,
  background: true,
  wrap: true,
  horizontalAlignment: true,
  verticalAlignment: true,
  note: true,
  border: true,
};
const STYLE_KEYS = Object.keys(STYLE_FIELDS) as (keyof CellStyle)[];

// Notes make styles unbounded in number; past this size the table starts again (sharing is an
// optimisation, nothing depends on two equal styles being the same object).
const MAX_SHARED_STYLES = 20_000;
const shared = new Map<string, CellStyle>();
const isShared = new WeakSet<CellStyle>();

/** A text key equal for equal styles ('' for a style that sets nothing). */
export function styleKey(style: CellStyle): string {
  let key = '';
  for (const k of STYLE_KEYS) {
    const v = style[k];
    if (v !== undefined && v !== null) key += `${k}:${typeof v}:${String(v)}\u0001`;
  }
  return key;
}

/** The shared, frozen style equal to `style`; undefined when it sets nothing. */
export function internStyle(style: CellStyle | undefined): CellStyle | undefined {
  if (!style || isShared.has(style)) return style;
  const key = styleKey(style);
  if (key === '') return undefined;
  let found = shared.get(key);
  if (!found) {
    const canonical: Record<string, unknown> = {};
    for (const k of STYLE_KEYS) {
      const v = style[k];
      if (v !== undefined && v !== null) canonical[k] = v;
    }
    found = Object.freeze(canonical) as CellStyle;
    if (shared.size >= MAX_SHARED_STYLES) shared.clear();
    shared.set(key, found);
    isShared.add(found);
  }
  return found;
}

// A range write gives every cell the same change, and the cells of a range mostly share one style
// already: the last answer is the next one.
let lastFrom: CellStyle | undefined;
let lastKey: keyof CellStyle | undefined;
let lastValue: unknown;
let lastTo: CellStyle | undefined;

/** `style` with `key` set to `value` (null or undefined removes it), as a shared style. */
export function withStyle<K extends keyof CellStyle>(
  style: CellStyle | undefined,
  key: K,
  value: CellStyle[K] | null | undefined,
): CellStyle | undefined {
  if (style === lastFrom && key === lastKey && value === lastValue && lastKey !== undefined) return lastTo;
  const next: CellStyle = { ...style };
  if (value === null || value === undefined) delete next[key];
  else next[key] = value;
  const out = internStyle(next);
  lastFrom = style;
  lastKey = key;
  lastValue = value;
  lastTo = out;
  return out;
}
