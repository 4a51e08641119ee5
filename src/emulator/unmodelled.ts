// Google's methods that the emulator does not model. A script's stub still has them (on Google
// `typeof range.someMethod === 'function'` holds), and calling one fails loudly with
// "Range.someMethod is not modelled by the emulator" instead of a silent wrong answer or an
// unexplained TypeError. The names come from @types/google-apps-script, the same declarations
// surface.ts checks the emulated classes against; without that package (it is a dev dependency)
// the list is empty and such a call is a plain TypeError, as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Declaration files searched in order: a class name is taken from the first that declares it. */
const FILES = [
  'spreadsheet',
  'base',
  'script',
  'html',
  'cache',
  'lock',
  'properties',
  'mail',
  'utilities',
  'charts',
];

let texts: string[] | null = null;
const byClass = new Map<string, ReadonlySet<string>>();

function declarations(): string[] {
  if (texts) return texts;
  texts = [];
  try {
    const dir = path.dirname(
      createRequire(import.meta.url).resolve('@types/google-apps-script/package.json'),
    );
    for (const f of FILES) texts.push(readFileSync(path.join(dir, `google-apps-script.${f}.d.ts`), 'utf8'));
  } catch {
    texts = [];
  }
  return texts;
}

/** Method names Google declares for the class named `cls` (e.g. "Range"), from its interface. */
export function googleMethods(cls: string): ReadonlySet<string> {
  const known = byClass.get(cls);
  if (known) return known;
  const names = new Set<string>();
  if (/^\w+$/.test(cls))
    for (const text of declarations()) {
      const head = new RegExp(`\\n( *)interface ${cls}(?: extends [^{]+)? \\{\\n`).exec(text);
      if (!head) continue;
      const end = text.indexOf(`\n${head[1]}}`, head.index + head[0].length);
      const body = text.slice(head.index + head[0].length, end < 0 ? undefined : end);
      for (const m of body.matchAll(/^ +(\w+)\(/gm)) names.add(m[1]!);
      break;
    }
  byClass.set(cls, names);
  return names;
}
