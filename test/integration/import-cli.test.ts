import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { tempDir } from '../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  const file = (name: string, text: string) => {
    writeFileSync(join(t.dir, name), text);
    return join(t.dir, name);
  };
  return { dir: t.dir, workspace: join(t.dir, 'w.partnerscope'), file };
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('partnerscope import / imports / export-data', () => {
  it('uses the recognised mapping when none is given, and says so', async () => {
    const { workspace, file } = setup();
    const partners = file(
      'partners.csv',
      'Partner ID,Partner Name,Region\nP1,Acme,EMEA\nP2,Beta,APAC\n',
    );
    const sales = file(
      'sales.csv',
      'Partner ID,Close Date,Amount\nP1,2025-01-15,100\nP2,2025-02-15,50\nP2,2025-05-01,5\n',
    );
    const r = await run(['import', '--workspace', workspace, partners, sales]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/Created a new workspace/);
    expect(r.err).toMatch(
      /No mapping given: using the mapping recognised from the headers and values/,
    );
    expect(r.err).toMatch(/sales\.csv: Amount → amount/);
    expect(r.out).toMatch(/Imported as #1: 5 rows/);
    const list = await run(['imports', '--workspace', workspace]);
    expect(list.out).toMatch(
      /#1 .* committed .*partners\+transactions .* partners\.csv, sales\.csv/,
    );
  });

  it('dry-run prints the report and exits non-zero when rows are rejected, unless --skip-invalid', async () => {
    const { workspace, file, dir } = setup();
    const mapping = file(
      'm.json',
      JSON.stringify({
        files: [
          {
            kind: 'transactions',
            partner: 'Partner ID',
            date: 'Date',
            measures: [{ measure: 'revenue', rule: 'sum', value: 'Amount' }],
          },
        ],
        options: { unknownPartners: 'create' },
      }),
    );
    const sales = file(
      'sales.csv',
      'Partner ID,Date,Amount\nP1,2025-01-15,100\nP1,2025-01-16,lots\n',
    );
    const dry = await run([
      'import',
      '--workspace',
      workspace,
      '--mapping',
      mapping,
      '--dry-run',
      sales,
    ]);
    expect(dry.code).toBe(1);
    expect(dry.out).toMatch(/sales\.csv row 3, column Amount: "lots" is not a number/);
    expect(dry.err).toMatch(/Dry run: the import would be refused/);
    const dryOk = await run([
      'import',
      '--workspace',
      workspace,
      '--mapping',
      mapping,
      '--dry-run',
      '--skip-invalid',
      sales,
    ]);
    expect(dryOk.code).toBe(0);
    const refused = await run(['import', '--workspace', workspace, '--mapping', mapping, sales]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Nothing was written: 1 rows are rejected/);
    const done = await run([
      'import',
      '--workspace',
      workspace,
      '--mapping',
      mapping,
      '--skip-invalid',
      sales,
    ]);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/Imported as #1: 1 rows \(1 skipped\)/);

    const exported = await run([
      'export-data',
      '--workspace',
      workspace,
      '--out',
      join(dir, 'out'),
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'values.csv'), 'utf8')).toMatch(
      /partner,period,measure,value,import_id\r\nP1,2025-Q1,revenue,100,1/,
    );
    const arrow = await run([
      'export-data',
      '--workspace',
      workspace,
      '--out',
      join(dir, 'arrow'),
      '--format',
      'arrow',
    ]);
    expect(arrow.code).toBe(0);
    expect(existsSync(join(dir, 'arrow', 'partners.arrow'))).toBe(true);

    const undo = await run(['import', '--workspace', workspace, '--undo', '1']);
    expect(undo.code).toBe(0);
    expect(undo.out).toMatch(/Undid import #1: removed 1 values/);
  });

  it('explains bad arguments and bad mapping files', async () => {
    const { workspace, file } = setup();
    const sales = file('sales.csv', 'a,b\n1,2\n');
    const both = await run([
      'import',
      '--workspace',
      workspace,
      '--mapping',
      'm.json',
      '--preset',
      'x',
      sales,
    ]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/give --mapping or --preset, not both/);
    const bad = file('bad.json', JSON.stringify({ files: [{ kind: 'sales' }] }));
    const r = await run(['import', '--workspace', workspace, '--mapping', bad, sales]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.json is not a valid mapping: files\.0\.kind/);
    const none = await run(['import', '--workspace', workspace, join(workspace, 'missing.csv')]);
    expect(none.err).toMatch(/no file or folder at/);
    const format = await run([
      'export-data',
      '--workspace',
      workspace,
      '--out',
      'x',
      '--format',
      'xml',
    ]);
    expect(format.code).toBe(2);
  });
});
