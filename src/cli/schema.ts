// Prints the JSON Schema (draft 2020-12) of the scoring CLI's input, generated from the zod schema
// the CLI validates with, so the two cannot drift apart.
//   npm run --silent schema
import { scoringInputJsonSchema } from '../core';

process.stdout.write(`${JSON.stringify(scoringInputJsonSchema(), null, 2)}\n`);
