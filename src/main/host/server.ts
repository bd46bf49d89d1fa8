/**
 * The local HTTP host: serves the renderer build to a browser and carries the API over HTTP
 * (POST /api/invoke/<method>) and push events over Server-Sent Events (GET /api/events).
 * It binds 127.0.0.1 only and requires this run's token.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  HTTP_EVENT_LOOP_PATH,
  HTTP_EVENTS_PATH,
  HTTP_INVOKE_PATH,
  HTTP_TOKEN_QUERY,
} from '../../shared/transport';
import type { AppContext } from '../core/app/context';
import type { Dispatch } from '../core/api/dispatcher';
import { checkHostAndOrigin, checkToken, CONTENT_SECURITY_POLICY, newToken } from './security';
import { readStatic } from './static-files';

export interface HostOptions {
  /** Where push events come from: the in-process context, or the core worker's client. */
  ctx: Pick<AppContext, 'onEvent'>;
  dispatch: Dispatch;
  /**
   * The same calls answered as encoded bytes (the core worker's client), sent without re-encoding;
   * a large answer may come as parts, written one after another.
   */
  dispatchJson?: (name: string, args: unknown) => Promise<Uint8Array | Uint8Array[]>;
  rendererDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/**
 * An answer already encoded by the core worker, written as it is: JSON, or the Portfolio's
 * columnar frame (shared/wire/answer-wire.ts), told apart by its first byte.
 */
function sendBytes(res: ServerResponse, answer: Uint8Array | Uint8Array[]) {
  const parts = Array.isArray(answer) ? answer : [answer];
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type':
      parts[0]?.[0] === 0x7b ? 'application/json; charset=utf-8' : 'application/octet-stream',
    'Content-Length': parts.reduce((sum, part) => sum + part.byteLength, 0),
    'Cache-Control': 'no-store',
  });
  for (const part of parts) res.write(part);
  res.end();
}

function refuse(res: ServerResponse, status: number, message: string) {
  sendJson(res, status, { ok: false, error: { code: 'UNAUTHORIZED', message } });
}

class BodyTooLarge extends Error {}

/**
 * The request body as text. A body over `limit` is not kept but read to its end (up to 4× the
 * limit), so that the client, still sending, receives the 413 answer instead of a reset.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit * 4) req.destroy();
      else if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > limit) reject(new BodyTooLarge());
      else resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function tooLarge(res: ServerResponse, limit: number) {
  res.setHeader('Connection', 'close');
  sendJson(res, 413, {
    ok: false,
    error: {
      code: 'INVALID_ARGUMENT',
      message: `The request is larger than ${Math.round(limit / 2 ** 20)} MiB, the most one call may send; send large files in chunks (import.stage with uploadId).`,
    },
  });
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = 0;

  // How long this loop is ever blocked (what a cheap call waits for on this thread).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let loopSince = performance.now();

  const unsubscribe = options.ctx.onEvent((event, payload) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const res of streams) res.write(frame);
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: String(error) } });
      else res.end();
    });
  });

  // One local browser keeps its connections: a long keep-alive makes the race between a reused
  // idle socket and the server closing it (Node's default is 5 s) rare during long calls.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const place = checkHostAndOrigin(req, port);
    if (!place.ok) return refuse(res, place.status, place.message);

    if (url.pathname.startsWith(HTTP_INVOKE_PATH)) {
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.');
      const auth = checkToken(req, url, token, false);
      if (!auth.ok) return refuse(res, auth.status, auth.message);
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice(HTTP_INVOKE_PATH.length));
      } catch {
        req.resume();
        return sendJson(res, 400, {
          ok: false,
          error: {
            code: 'INVALID_ARGUMENT',
            message: `The method name in ${url.pathname} is not a valid URL-encoded name.`,
          },
        });
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBody * 4) {
        tooLarge(res, maxBody);
        req.destroy();
        return undefined;
      }
      let args: unknown = {};
      try {
        const text = await readBody(req, maxBody);
        args = text.length > 0 ? JSON.parse(text) : {};
      } catch (error) {
        if (error instanceof BodyTooLarge) return tooLarge(res, maxBody);
        return sendJson(res, 400, {
          ok: false,
          error: {
            code: 'INVALID_ARGUMENT',
            message: `Request body is not valid JSON: ${(error as Error).message}`,
          },
        });
      }
      if (options.dispatchJson) return sendBytes(res, await options.dispatchJson(name, args));
      return sendJson(res, 200, await options.dispatch(name, args));
    }

    if (url.pathname === HTTP_EVENT_LOOP_PATH) {
      const auth = checkToken(req, url, token, false);
      if (!auth.ok) return refuse(res, auth.status, auth.message);
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      sendJson(res, 200, {
        maxMs: ms(loopDelay.max),
        p99Ms: ms(loopDelay.percentile(99)),
        meanMs: ms(loopDelay.mean),
        sinceMs: Math.round(performance.now() - loopSince),
      });
      if (url.searchParams.get('reset') === '1') {
        loopDelay.reset();
        loopSince = performance.now();
      }
      return undefined;
    }

    if (url.pathname === HTTP_EVENTS_PATH) {
      const auth = checkToken(req, url, token, true);
      if (!auth.ok) return refuse(res, auth.status, auth.message);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(res);
      });
      return undefined;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'Method not allowed.');
    const file = readStatic(options.rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found. Build the renderer first: npm run build');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
    return res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?${HTTP_TOKEN_QUERY}=${token}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        unsubscribe();
        loopDelay.disable();
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}
