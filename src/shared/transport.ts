/** Names shared by the transports (IPC channels, HTTP paths) so both ends agree. */
export const IPC_INVOKE_CHANNEL = 'partnerscope:invoke';
export const IPC_EVENT_CHANNEL = 'partnerscope:event';
export const HTTP_INVOKE_PATH = '/api/invoke/';
export const HTTP_EVENTS_PATH = '/api/events';
/**
 * GET: how long the host's request loop was blocked since the last `?reset=1` (its event-loop
 * delay, sampled every 10 ms): `{ maxMs, p99Ms, meanMs, sinceMs }`. For diagnostics and the bench.
 */
export const HTTP_EVENT_LOOP_PATH = '/api/event-loop';
export const HTTP_TOKEN_HEADER = 'x-partnerscope-token';
export const HTTP_TOKEN_QUERY = 'token';

/** What the preload exposes on `window.partnerscope`. */
export interface DesktopBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  readonly platform: string;
  readonly openFileDialog?: (options: { save?: boolean; title?: string }) => Promise<string | null>;
}
