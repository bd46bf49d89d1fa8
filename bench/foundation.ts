/** Foundation benchmarks: open + migrate a workspace, generate 10k partners, an API round trip over HTTP. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppContext } from '../src/main/core/app/context';
import { createDispatcher } from '../src/main/core/api/dispatcher';
import { generateDemo } from '../src/main/core/demo/generate-demo';
import { startHost } from '../src/main/host/server';
import { Workspace } from '../src/main/core/workspace/workspace';
import { tempDir } from '../test/helpers/temp';
import { ms, timed, type BenchRow } from './table';

export async function runFoundationBench(): Promise<BenchRow[]> {
  const { dir, cleanup } = tempDir('partnerscope-bench-');
  try {
    const rows: BenchRow[] = [];
    const open = await timed(() => Workspace.create(join(dir, 'empty.partnerscope')));
    open.result.close();
    rows.push({ benchmark: 'create + migrate an empty workspace', measured: ms(open.ms) });

    const ws = Workspace.create(join(dir, 'demo-10k.partnerscope'));
    const gen = await timed(() => generateDemo(ws, { partners: 10_000, quarters: 8, seed: 42 }));
    const values = (
      ws.sqlite.prepare('SELECT count(*) AS n FROM measure_values').get() as { n: number }
    ).n;
    ws.close();
    rows.push({
      benchmark: 'generate demo: 10k partners × 8 quarters',
      measured: ms(gen.ms),
      note: `${values.toLocaleString('en-US')} values`,
    });

    const reopen = await timed(() => Workspace.open(join(dir, 'demo-10k.partnerscope')));
    reopen.result.close();
    rows.push({ benchmark: 'open an existing 10k-partner workspace', measured: ms(reopen.ms) });

    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    const ctx = new AppContext(dir);
    const dispatch = createDispatcher(ctx);
    await dispatch('workspace.open', { path: join(dir, 'demo-10k.partnerscope') });
    const host = await startHost({ ctx, dispatch, rendererDir: dir, port: 0 });
    const callOnce = () =>
      fetch(`http://127.0.0.1:${host.port}/api/invoke/workspace.current`, {
        method: 'POST',
        headers: { 'x-partnerscope-token': host.token, 'content-type': 'application/json' },
        body: '{}',
      }).then((r) => r.json());
    for (let i = 0; i < 20; i++) await callOnce();
    const n = 200;
    const trips = await timed(async () => {
      for (let i = 0; i < n; i++) await callOnce();
    });
    const overview = await timed(() =>
      fetch(`http://127.0.0.1:${host.port}/api/invoke/workspace.overview`, {
        method: 'POST',
        headers: { 'x-partnerscope-token': host.token, 'content-type': 'application/json' },
        body: '{}',
      }).then((r) => r.json()),
    );
    await host.close();
    ctx.close();
    rows.push({
      benchmark: 'API round trip over HTTP (workspace.current)',
      measured: ms(trips.ms / n),
      note: `mean of ${n}`,
    });
    rows.push({ benchmark: 'Data overview over HTTP, 10k partners', measured: ms(overview.ms) });
    return rows;
  } finally {
    cleanup();
  }
}
