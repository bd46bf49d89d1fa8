/**
 * Who may call the local host: only a page served by this host (Host and Origin are checked, so
 * DNS rebinding and other local sites are refused) holding this run's random token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HTTP_TOKEN_HEADER, HTTP_TOKEN_QUERY } from '../../shared/transport';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Verdict = { ok: true } | { ok: false; status: number; message: string };

/** Host must name this server; Origin, when a browser sends one, must be this server too. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  const host = req.headers.host ?? '';
  if (!hosts.has(host)) {
    return { ok: false, status: 403, message: `Refused: unexpected Host header "${host}".` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let originHost = '';
    try {
      const url = new URL(origin);
      originHost = url.protocol === 'http:' ? url.host : '';
    } catch {
      originHost = '';
    }
    if (!hosts.has(originHost)) {
      return {
        ok: false,
        status: 403,
        message: `Refused: requests from origin "${origin}" are not allowed.`,
      };
    }
  }
  return { ok: true };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkToken(
  req: IncomingMessage,
  url: URL,
  token: string,
  allowQuery: boolean,
): Verdict {
  const header = req.headers[HTTP_TOKEN_HEADER];
  const given =
    (typeof header === 'string' ? header : undefined) ??
    (allowQuery ? (url.searchParams.get(HTTP_TOKEN_QUERY) ?? undefined) : undefined);
  if (!given || !sameToken(given, token)) {
    return {
      ok: false,
      status: 401,
      message:
        'Refused: missing or wrong access token. Open the link the host printed when it started.',
    };
  }
  return { ok: true };
}

/** The Content-Security-Policy of every page: only this origin's scripts and connections. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
