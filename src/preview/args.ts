// Command-line options of `npm start -- …`.
import { PREVIEW } from '../shared/messages/preview';

export interface PreviewOptions {
  port: number;
  /** Path of the state file (JSON). */
  statePath: string;
  /** Throw the saved state away and seed the demo again. */
  reset: boolean;
  /** Listen address: localhost only unless a person asks otherwise. */
  host: string;
  /** Open the provincial rollup over six demo regencies instead of the Majene register. */
  province: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_STATE_PATH = '.preview-state.json';
export const DEFAULT_PROVINCE_STATE_PATH = '.preview-provinsi.json';

export type ParsedArgs =
  | { ok: true; options: PreviewOptions }
  | { ok: false; help: boolean; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: PreviewOptions = {
    port: DEFAULT_PORT,
    statePath: DEFAULT_STATE_PATH,
    reset: false,
    host: '127.0.0.1',
    province: false,
  };
  let statePath: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { ok: false, help: true, message: PREVIEW.consoleUsage };
    if (flag === '--reset') options.reset = true;
    else if (flag === '--provinsi') options.province = true;
    else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        return {
          ok: false,
          help: false,
          message: `${PREVIEW.consoleBadArgument(arg)}\n${PREVIEW.consoleUsage}`,
        };
      }
      options.port = port;
    } else if (flag === '--state') {
      const path = value();
      if (!path)
        return {
          ok: false,
          help: false,
          message: `${PREVIEW.consoleBadArgument(arg)}\n${PREVIEW.consoleUsage}`,
        };
      statePath = path;
    } else {
      return {
        ok: false,
        help: false,
        message: `${PREVIEW.consoleBadArgument(arg)}\n${PREVIEW.consoleUsage}`,
      };
    }
  }
  options.statePath = statePath ?? (options.province ? DEFAULT_PROVINCE_STATE_PATH : DEFAULT_STATE_PATH);
  return { ok: true, options };
}
