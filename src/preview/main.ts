// `npm start`: builds (scripts/start.mjs does that first), then serves the preview on localhost
// until Ctrl+C.
import { PREVIEW } from '../shared/messages/preview';
import { parseArgs } from './args';
import { startPreview } from './server';

const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) {
  (parsed.help ? console.log : console.error)(parsed.message);
  process.exit(parsed.help ? 0 : 2);
}
const { options } = parsed;
try {
  const preview = await startPreview({
    ...options,
    log: (line) => console.log(line),
  });
  console.log(PREVIEW.consoleReady(preview.url, options.statePath));
  console.log(PREVIEW.consoleStop);
  const stop = async () => {
    await preview.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
