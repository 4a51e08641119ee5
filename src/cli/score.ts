// The headless face of the core: scores a JSON file of the scoring contract and prints one JSON
// document. Bad input exits with code 2 and says, in Bahasa Indonesia, which innovation and which
// field is wrong.
//   npm run --silent score -- FILE.json      (or "-" for standard input)
import { readFileSync } from 'node:fs';
import { type ScoringInput, score, scoringInputSchema, toFieldErrors } from '../core';
import { cliMessages } from '../shared/messages/core';

function fail(lines: string[], code: number): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(code);
}

function readInput(file: string): unknown {
  let raw: string;
  try {
    raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const detail =
      err.code === 'ENOENT'
        ? 'berkas tidak ditemukan'
        : err.code === 'EISDIR'
          ? 'itu sebuah folder'
          : err.message;
    return fail([cliMessages.cannotRead(file, detail)], 2);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(raw, Number(at[1])) : '';
    return fail([cliMessages.badJson(file, where ? `${where} (${message})` : message)], 2);
  }
}

/** "baris 3, kolom 7" of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `baris ${before.length}, kolom ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** "Inovasi ke-3 (id "X"), Nama inovasi wajib diisi." style lines, one per problem. */
function describeErrors(data: unknown, errors: { path: string; message: string }[]): string[] {
  const innovations = (data as { innovations?: unknown })?.innovations;
  return errors.map((e) => {
    const m = /^innovations\.(\d+)(?:\.|$)/.exec(e.path);
    if (!m) return `- ${e.message} [${e.path || 'berkas'}]`;
    const index = Number(m[1]);
    const item = Array.isArray(innovations) ? innovations[index] : undefined;
    const id =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : undefined;
    return `- ${cliMessages.innovationAt(index, id)}: ${e.message} [${e.path}]`;
  });
}

function main(): void {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) fail([cliMessages.scoreUsage], 2);
  const data = readInput(file);
  const parsed = scoringInputSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error);
    fail([cliMessages.invalidInput(errors.length), ...describeErrors(data, errors)], 2);
  }
  try {
    const result = score(parsed.data as ScoringInput, { validated: true });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (e) {
    fail([cliMessages.failed((e as Error).message)], 1);
  }
}

main();
