// JSON that keeps Dates: a Date is written as {"$date": ISO} and read back as a Date.
import { isDate } from './values';

const DATE_TAG = '$date';

export function toTaggedJson(value: unknown, pretty = false): string {
  return JSON.stringify(
    value,
    function replacer(this: Record<string, unknown>, key: string, v: unknown) {
      // Date.prototype.toJSON has already run on `v`; the holder still has the Date itself.
      const original = this[key];
      if (isDate(original)) return { [DATE_TAG]: original.toISOString() };
      return v;
    },
    pretty ? 1 : undefined,
  );
}

export function fromTaggedJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const tagged = value as Record<string, unknown>;
      if (typeof tagged[DATE_TAG] === 'string' && Object.keys(tagged).length === 1)
        return new Date(tagged[DATE_TAG] as string);
    }
    return value;
  });
}
