/** Names shared by the transports (IPC channels, HTTP paths) so both ends agree. */
export const IPC_INVOKE_CHANNEL = 'partnerscope:invoke';
export const IPC_EVENT_CHANNEL = 'partnerscope:event';
export const HTTP_INVOKE_PATH = '/api/invoke/';
export const HTTP_EVENTS_PATH = '/api/events';
export const HTTP_TOKEN_HEADER = 'x-partnerscope-token';
export const HTTP_TOKEN_QUERY = 'token';

/** What the preload exposes on `window.partnerscope`. */
export interface DesktopBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  readonly platform: string;
  readonly openFileDialog?: (options: { save?: boolean; title?: string }) => Promise<string | null>;
}
