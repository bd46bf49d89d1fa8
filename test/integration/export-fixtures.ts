/**
 * A world for the export tests: a real SQLite workspace (in memory) filled by the seeded demo
 * generator, the dispatcher over it, and optionally the Chromium PDF printer on an in-process host
 * (the renderer build in out/ must be current: `npx electron-vite build`).
 */
import { execFileSync } from 'node:child_process';
import { AppContext } from '../../src/main/core/app/context';
import { call, createDispatcher, type Dispatch } from '../../src/main/core/api/dispatcher';
import { generateDemo } from '../../src/main/core/demo/generate-demo';
import { installChromiumPrinter } from '../../src/main/core/export/pdf/chromium-host-printer';
import { Workspace } from '../../src/main/core/workspace/workspace';
import { startHost } from '../../src/main/host/server';
import { ensureRendererBuild } from '../../src/main/cli/renderer-build';
import type { MethodInput, MethodName, MethodOutput } from '../../src/shared/api';
import { tempDir } from '../helpers/temp';

export interface ExportWorld {
  ctx: AppContext;
  dispatch: Dispatch;
  ws: Workspace;
  dir: string;
  api<K extends MethodName>(name: K, args: MethodInput<K>): Promise<MethodOutput<K>>;
  close(): Promise<void>;
}

export interface WorldOptions {
  partners?: number;
  quarters?: number;
  seed?: number;
  printer?: boolean;
}

export function exportWorld(options: WorldOptions = {}): ExportWorld {
  const t = tempDir('partnerscope-export-');
  const ctx = new AppContext(t.dir);
  const ws = Workspace.open(':memory:');
  generateDemo(ws, {
    partners: options.partners ?? 60,
    quarters: options.quarters ?? 6,
    seed: options.seed ?? 11,
  });
  ctx.setWorkspace(ws);
  const dispatch = createDispatcher(ctx);
  const printer = options.printer
    ? installChromiumPrinter(ctx, {
        dispatch,
        rendererDir: ensureRendererBuild(() => undefined),
        startHost,
      })
    : null;
  return {
    ctx,
    dispatch,
    ws,
    dir: t.dir,
    api: (name, args) => call(dispatch, name, args),
    close: async () => {
      await printer?.close();
      ctx.close();
      t.cleanup();
    },
  };
}

/** Text of a PDF (poppler's pdftotext), whitespace collapsed so wrapped lines still match. */
export function pdfText(file: string, layout = false): string {
  const args = layout ? ['-layout', file, '-'] : [file, '-'];
  const text = execFileSync('pdftotext', args, { encoding: 'utf8' });
  return layout ? text : text.replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

/** pdffonts rows: name, type and whether the font is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2);
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... emb sub uni object ID: emb is the 5th from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}
