// The preview's HTTP server: one page, a small JSON API, the sidebar/dialog HTML with its
// google.script.run bridge, the .xlsx download and a stream of change events. Node's http only,
// bound to localhost; requests from other sites are refused (Host and Content-Type checks), since
// the page can act as any demo user.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW } from '../shared/messages/preview';
import { buildPage } from './page-bundle';
import type { AnswerView, ChangeEvent } from './protocol';
import { openSession, type PreviewSession, type SessionOptions } from './session';

export interface StartOptions extends SessionOptions {
  port: number;
  host?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    // A cross-site form can post text/plain without asking; JSON needs a preflight it won't get.
    if (!type.startsWith('application/json')) {
      reject(new HttpError(415, 'application/json required'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, 'body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'invalid JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

const json = (res: http.ServerResponse, value: unknown, status = 200) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function field<T>(body: unknown, key: string, check: (v: unknown) => v is T): T {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  if (!check(v)) throw new HttpError(400, `bad or missing field: ${key}`);
  return v;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isAnswers = (v: unknown): v is AnswerView[] =>
  v === undefined ||
  (Array.isArray(v) &&
    v.every((a) => a && typeof a === 'object' && typeof (a as AnswerView).button === 'string'));

/** An attachment header that survives any spreadsheet name (RFC 6266 with an ASCII fallback). */
function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'inovasi-daerah.xlsx';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Starts the preview: loads (or seeds) the state, builds the page, listens. */
export async function startPreview(options: StartOptions): Promise<RunningPreview> {
  const [session, page] = await Promise.all([openSession(options), buildPage()]);
  const host = options.host ?? '127.0.0.1';
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = session.onChange((event: ChangeEvent) => {
    const data = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(data);
  });

  let port = options.port;
  const allowedHosts = () => new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts().has(String(req.headers.host ?? ''))) throw new HttpError(403, 'forbidden host');
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const route = `${req.method} ${url.pathname}`;
      if (route === 'GET /') return send(res, 200, page, 'text/html; charset=utf-8');
      if (route === 'GET /api/state') return json(res, session.stateView());
      if (route === 'GET /api/sheet') {
        const view = session.sheetView(url.searchParams.get('name') ?? '');
        if (!view) throw new HttpError(404, 'no such tab');
        return json(res, view);
      }
      if (route === 'GET /api/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (route === 'GET /download.xlsx') {
        const file = await session.exportXlsx();
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': contentDisposition(session.downloadName()),
          'cache-control': 'no-store',
        });
        res.end(file);
        return;
      }
      if (req.method === 'GET' && url.pathname.startsWith('/html/')) {
        const html = session.panelHtml(decodeURIComponent(url.pathname.slice('/html/'.length)));
        if (html === null) throw new HttpError(404, 'no such sidebar or dialog');
        return send(res, 200, html, 'text/html; charset=utf-8');
      }
      if (req.method === 'POST') {
        const body = await readBody(req);
        if (url.pathname === '/api/user')
          return json(res, session.switchUser(field(body, 'email', isString)));
        if (url.pathname === '/api/authorize') {
          const untick = (body as { untick?: unknown }).untick;
          const list = Array.isArray(untick) ? untick.filter((x): x is string => typeof x === 'string') : [];
          return json(res, session.authorize(list));
        }
        if (url.pathname === '/api/menu') {
          const fn = field(body, 'functionName', isString);
          return json(res, session.runMenu(fn, field(body, 'answers', isAnswers) ?? []));
        }
        if (url.pathname === '/api/edit') {
          return json(
            res,
            session.editCell(
              field(body, 'sheet', isString),
              field(body, 'row', isNumber),
              field(body, 'column', isNumber),
              field(body, 'text', isString),
              (body as { confirmed?: unknown }).confirmed === true,
            ),
          );
        }
        if (url.pathname === session.bridgePath) return json(res, await session.bridgeCall(body));
      }
      throw new HttpError(404, 'not found');
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) console.error(e);
      if (!res.headersSent)
        send(res, status, e instanceof Error ? e.message : String(e), 'text/plain; charset=utf-8');
      else res.end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new Error(PREVIEW.consolePortInUse(options.port)));
      else reject(e);
    });
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  return {
    url,
    port,
    session,
    close: async () => {
      unsubscribe();
      for (const s of streams) s.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await session.close();
    },
  };
}
