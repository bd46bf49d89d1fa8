/**
 * The narrow bridge: the renderer may invoke API methods and listen to known events, nothing else.
 * No ipcRenderer, no Node: it runs sandboxed with context isolation.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES } from '../shared/api/events';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type DesktopBridge } from '../shared/transport';

const knownEvents = new Set<string>(EVENT_NAMES);

const bridge: DesktopBridge = {
  platform: process.platform,
  invoke: (name, args) => {
    if (typeof name !== 'string') return Promise.reject(new Error('method name must be a string'));
    // Answers come as the bytes the core worker encoded (JSON, or the Portfolio's Arrow
    // columns: shared/wire/answer-wire.ts); the renderer decodes them.
    return ipcRenderer.invoke(IPC_INVOKE_CHANNEL, name, args) as Promise<unknown>;
  },
  on: (event, listener) => {
    if (!knownEvents.has(event)) throw new Error(`Unknown event "${event}"`);
    const handler = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
  openFileDialog: (options) =>
    ipcRenderer.invoke('partnerscope:dialog', options) as Promise<string | null>,
};

contextBridge.exposeInMainWorld('partnerscope', bridge);
