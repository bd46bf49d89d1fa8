import type { ApiResult } from '../../../shared/errors';
import { decodeAnswer } from '../../../shared/wire/answer-wire';
import {
  HTTP_EVENTS_PATH,
  HTTP_INVOKE_PATH,
  HTTP_TOKEN_HEADER,
  HTTP_TOKEN_QUERY,
  type DesktopBridge,
} from '../../../shared/transport';

export interface Transport {
  readonly kind: 'desktop' | 'browser';
  invoke(name: string, args: unknown): Promise<ApiResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    partnerscope?: DesktopBridge;
  }
}

export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'desktop',
    // The preload hands on the worker's bytes (JSON or the Portfolio's Arrow columns).
    invoke: async (name, args) => {
      const answer = await bridge.invoke(name, args);
      return answer instanceof Uint8Array ? decodeAnswer(answer) : (answer as ApiResult<unknown>);
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}

const TOKEN_KEY = 'partnerscope.token';

/** Takes the token from the address the host printed, keeps it for this tab, hides it from the URL. */
export function takeToken(): string | null {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get(HTTP_TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete(HTTP_TOKEN_QUERY);
    const search = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function browserTransport(token: string | null): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function connect() {
    if (source || !token) return;
    source = new EventSource(
      `${HTTP_EVENTS_PATH}?${HTTP_TOKEN_QUERY}=${encodeURIComponent(token)}`,
    );
    source.onmessage = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  }

  return {
    kind: 'browser',
    async invoke(name, args) {
      if (!token) {
        return {
          ok: false,
          error: {
            code: 'UNAUTHORIZED',
            message:
              'This page needs the link printed by `npx partnerscope serve` (it carries an access token).',
          },
        };
      }
      try {
        const response = await fetch(`${HTTP_INVOKE_PATH}${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [HTTP_TOKEN_HEADER]: token },
          body: JSON.stringify(args ?? {}),
        });
        return decodeAnswer(new Uint8Array(await response.arrayBuffer()));
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `The Partnerscope host did not answer (${(error as Error).message}). Is it still running?`,
          },
        };
      }
    },
    on(event, listener) {
      connect();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
