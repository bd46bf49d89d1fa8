/**
 * The backend's state for one app instance: which workspace is open, where its own files live,
 * and how push events leave it. Every transport builds one and hands it to the dispatcher.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { EventMap, EventName } from '../../../shared/api';
import type { Workspace } from '../workspace/workspace';
import type { PdfPrinterSource } from '../export/pdf/printer';
import { RecentList } from './recent';

export type EventSink = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export class AppContext {
  readonly homeDir: string;
  readonly recent: RecentList;
  private current: Workspace | null = null;
  private readonly sinks = new Set<EventSink>();
  /** Prints renderer routes to PDF; set by the transport (Playwright's Chromium or Electron). */
  pdfPrinter: PdfPrinterSource | null = null;

  constructor(homeDir: string) {
    this.homeDir = homeDir;
    this.recent = new RecentList(homeDir);
  }

  get workspace(): Workspace | null {
    return this.current;
  }

  requireWorkspace(): Workspace {
    if (!this.current) {
      throw new AppError('NO_WORKSPACE', 'No workspace is open. Open or create one first.');
    }
    return this.current;
  }

  /** Makes `ws` the open workspace (closing the previous one) and tells every listener. */
  setWorkspace(ws: Workspace | null) {
    if (this.current && this.current !== ws) this.current.close();
    this.current = ws;
    if (ws) this.recent.touch(ws.path, ws.info().name);
    this.emit('workspace.changed', { workspace: ws ? ws.info() : null });
  }

  get demoPath(): string {
    mkdirSync(this.homeDir, { recursive: true });
    return join(this.homeDir, 'demo.partnerscope');
  }

  onEvent(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  emit<E extends EventName>(event: E, payload: EventMap[E]) {
    for (const sink of this.sinks) sink(event, payload);
  }

  close() {
    this.current?.close();
    this.current = null;
  }
}
