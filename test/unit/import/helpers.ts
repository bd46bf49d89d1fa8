import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppContext } from '../../../src/main/core/app/context';
import { call, createDispatcher, type Dispatch } from '../../../src/main/core/api/dispatcher';
import type { MethodInput, MethodName, MethodOutput } from '../../../src/shared/api';
import type { ImportMappingInput } from '../../../src/shared/api/import';
import { tempDir } from '../../helpers/temp';

/** A backend with a fresh workspace in a temp folder, driven through the dispatcher. */
export class ImportHarness {
  readonly dir: string;
  readonly ctx: AppContext;
  readonly dispatch: Dispatch;
  readonly events: { task: string; label: string; done: number; total: number; rate?: number }[] =
    [];
  private readonly cleanup: () => void;

  constructor() {
    const t = tempDir('partnerscope-import-');
    this.dir = t.dir;
    this.cleanup = t.cleanup;
    this.ctx = new AppContext(join(t.dir, 'home'));
    this.dispatch = createDispatcher(this.ctx);
    this.ctx.onEvent((event, payload) => {
      if (event === 'progress') this.events.push(payload as ImportHarness['events'][number]);
    });
  }

  get workspacePath() {
    return join(this.dir, 'w.partnerscope');
  }

  async open(fiscalYearStartMonth = 1) {
    await this.call('workspace.create', { path: this.workspacePath, overwrite: true });
    if (fiscalYearStartMonth !== 1)
      await this.call('workspace.updateSettings', { fiscalYearStartMonth });
    return this;
  }

  call<K extends MethodName>(name: K, args: MethodInput<K>): Promise<MethodOutput<K>> {
    return call(this.dispatch, name, args);
  }

  /** Writes a file into the temp folder and stages it by path. */
  async stage(fileName: string, content: string | Buffer) {
    const path = join(this.dir, fileName);
    writeFileSync(path, content);
    return this.call('import.stagePath', { path });
  }

  async analyse(
    files: Record<string, string | Buffer>,
    mapping?: ImportMappingInput,
    preset?: string,
  ) {
    const fileIds: string[] = [];
    for (const [name, content] of Object.entries(files))
      fileIds.push((await this.stage(name, content)).fileId);
    return this.call('import.analyse', {
      fileIds,
      ...(mapping ? { mapping: mapping as never } : {}),
      ...(preset ? { preset } : {}),
    });
  }

  /** Analyse then commit; throws when the commit is refused. */
  async importFiles(
    files: Record<string, string | Buffer>,
    mapping?: ImportMappingInput,
    commit: Partial<MethodInput<'import.commit'>> = {},
  ) {
    const report = await this.analyse(files, mapping);
    const summary = await this.call('import.commit', { analysisId: report.analysisId, ...commit });
    return { report, summary };
  }

  /** Every stored value as `partner|period|measure` → value. */
  values(table: 'measure_values' | 'targets' = 'measure_values'): Record<string, number> {
    const rows = this.ctx
      .requireWorkspace()
      .sqlite.prepare(
        `SELECT p.external_id AS partner, pe.key AS period, m.key AS measure, v.value AS value FROM ${table} v
         JOIN partners p ON p.id = v.partner_id JOIN periods pe ON pe.id = v.period_id JOIN measures m ON m.id = v.measure_id`,
      )
      .all() as { partner: string; period: string; measure: string; value: number }[];
    return Object.fromEntries(rows.map((r) => [`${r.partner}|${r.period}|${r.measure}`, r.value]));
  }

  sql<T>(sql: string, ...params: unknown[]): T[] {
    return this.ctx
      .requireWorkspace()
      .sqlite.prepare(sql)
      .all(...params) as T[];
  }

  close() {
    this.ctx.close();
    this.cleanup();
  }
}

export const SALES_MAPPING: ImportMappingInput = {
  files: [
    {
      kind: 'transactions',
      partner: 'Partner ID',
      date: 'Date',
      measures: [{ measure: 'revenue', rule: 'sum', value: 'Amount' }],
    },
  ],
  options: { grains: ['quarter'], unknownPartners: 'create' },
};
