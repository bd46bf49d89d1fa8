/**
 * A seeded fuzz run over a few hundred malformed files (random bytes under table extensions,
 * mutated and cut CSV, XLSX and Arrow files, other formats' magic bytes, structural oddities):
 * each is imported or refused with a message, none hangs or crashes, and a refused file leaves
 * the workspace byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLimits } from '../../src/main/core/import/readers/watchdog';
import { AppError } from '../../src/shared/errors';
import { ImportHarness } from '../unit/import/helpers';

const FILES = 300;
/** Another seed: `FUZZ_SEED=n npx vitest run test/integration/import-fuzz.test.ts`. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204);

function prng(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const PARTNERS =
  'Partner ID,Partner Name,Region,Tier\n' +
  Array.from({ length: 40 }, (_, i) => `P${i},"Partner ${i}, Inc",EMEA,Gold`).join('\n') +
  '\n';
const SALES =
  'Partner ID,Date,Amount,Order\n' +
  Array.from(
    { length: 60 },
    (_, i) => `P${i % 40},2024-${String((i % 12) + 1).padStart(2, '0')}-15,${i * 10.5},SO${i}`,
  ).join('\n') +
  '\n';

async function xlsxBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Partners');
  for (const line of PARTNERS.trim().split('\n').slice(0, 20))
    ws.addRow(line.replace(/"[^"]*"/, 'Name').split(','));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function arrowBytes(): Buffer {
  const ids = Array.from({ length: 30 }, (_, i) => `P${i}`);
  return Buffer.from(
    tableToIPC(
      tableFromArrays({ 'Partner ID': ids, Amount: Float64Array.from(ids.map((_, i) => i)) }),
      'file',
    ),
  );
}

type Case = { name: string; bytes: Buffer };

function generate(rnd: () => number, xlsx: Buffer, arrow: Buffer): Case[] {
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]) => list[int(list.length)]!;
  const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const flip = (buf: Buffer, flips: number) => {
    const out = Buffer.from(buf);
    for (let i = 0; i < flips; i++) {
      const at = int(out.length);
      out[at] = out[at]! ^ (1 + int(255));
    }
    return out;
  };
  const cut = (buf: Buffer) => buf.subarray(0, int(buf.length));
  const textOps: ((t: string) => string)[] = [
    (t) => t.slice(0, int(t.length)), // cut anywhere, even inside a quote
    (t) => t.replace(/,/g, () => (rnd() < 0.1 ? ';' : ',')),
    (t) => t.replace(/\n/g, () => (rnd() < 0.1 ? '\n"' : '\n')),
    (t) => t.replace(/\d/g, (d) => (rnd() < 0.05 ? pick(['1e400', '-', 'NaN', '1.7e308', '']) : d)),
    (t) =>
      t.replace(/2024-(\d\d)-15/g, (m) =>
        rnd() < 0.2 ? pick(['2023-02-29', '2024-13-01', '2024-02-29T25:00:00', '0000-00-00']) : m,
      ),
    (t) => t.replace(/\n/, `,${'Amount,'.repeat(int(3))}\n`),
    (t) => `${t}${'x'.repeat(33_000 + int(2000))}`,
    (t) => t.replace(/\n/g, () => (rnd() < 0.05 ? '\u0000\n' : '\n')),
    (t) =>
      t
        .split('\n')
        .filter(() => rnd() > 0.3)
        .join('\n'),
    (t) => t.replace(/^[^\n]*\n/, ''),
    (t) => t.replace(/^[^\n]*/, (h) => h.replace(/,/g, ';')),
    (t) => t.replace(/P(\d+)/g, (m) => (rnd() < 0.1 ? `${m}${'"'.repeat(1 + int(3))}` : m)),
  ];
  const mutateText = (t: string) => {
    let out = t;
    for (let k = 0, n = 1 + int(3); k < n; k++) out = pick(textOps)(out);
    return out;
  };
  const magics = [
    Buffer.from('%PDF-1.4\n'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.from('SQLite format 3\u0000'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.from('PK\u0003\u0004'),
    Buffer.from('ARROW1\u0000\u0000'),
    Buffer.from('<html><body>'),
  ];
  const exts = ['csv', 'tsv', 'txt', 'xlsx', 'arrow', 'feather'];
  const cases: Case[] = [];
  for (let i = 0; cases.length < FILES; i++) {
    const kind = i % 10;
    const n = `f${i}`;
    if (kind === 0) cases.push({ name: `${n}.${pick(exts)}`, bytes: randomBytes(1 + int(6000)) });
    else if (kind <= 3)
      cases.push({ name: `${n}.csv`, bytes: Buffer.from(mutateText(pick([PARTNERS, SALES]))) });
    else if (kind === 4)
      cases.push({ name: `${n}.xlsx`, bytes: rnd() < 0.3 ? cut(xlsx) : flip(xlsx, 1 + int(6)) });
    else if (kind === 5)
      cases.push({
        name: `${n}.${pick(['arrow', 'feather'])}`,
        bytes: rnd() < 0.3 ? cut(arrow) : flip(arrow, 1 + int(6)),
      });
    else if (kind === 6)
      cases.push({
        name: `${n}.${pick(exts)}`,
        bytes: Buffer.concat([pick(magics), randomBytes(int(3000))]),
      });
    else if (kind === 7)
      cases.push({
        name: `${n}.csv`,
        bytes: pick([
          Buffer.alloc(0),
          Buffer.from('\n\n \n'),
          Buffer.from('Partner ID,Partner Name\n'),
          gzipSync(Buffer.from(PARTNERS)),
          Buffer.from(`\ufeff${PARTNERS}`, 'utf16le'),
          Buffer.from(PARTNERS.replace(/\n/g, '\r')),
        ]),
      });
    else if (kind === 8)
      cases.push({ name: `${n}.tsv`, bytes: Buffer.from(mutateText(SALES.replace(/,/g, '\t'))) });
    else
      cases.push({
        name: `${n}.csv`,
        bytes: flip(Buffer.from(pick([PARTNERS, SALES])), 1 + int(20)),
      });
  }
  return cases;
}

let h: ImportHarness;
const limits = { ...readLimits };
beforeAll(async () => {
  // A stalled read of these small files is over long before these limits.
  readLimits.idleMs = 2_000;
  readLimits.afterEndMs = 400;
  h = await new ImportHarness().open();
});
afterAll(() => {
  Object.assign(readLimits, limits);
  h?.close();
});

function workspaceHash(path: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal'])
    if (existsSync(path + suffix)) hash.update(readFileSync(path + suffix));
  return hash.digest('hex');
}

/** Imports the file as a user would (recognised mapping, create partners, skip bad rows). */
async function importOne(c: Case): Promise<'imported' | string> {
  const staged = await h.stage(c.name, c.bytes);
  const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
  if (suggestion.blocking?.length) return suggestion.blocking.join(' ');
  const report = await h.call('import.analyse', {
    fileIds: [staged.fileId],
    mapping: {
      ...suggestion.mapping,
      options: { ...suggestion.mapping.options, unknownPartners: 'create' },
    },
  });
  if (report.blocking.length > 0) return report.blocking.join(' ');
  await h.call('import.commit', {
    analysisId: report.analysisId,
    skipInvalid: true,
    allowReimport: true,
  });
  await h.call('import.discard', { fileIds: [staged.fileId] });
  return 'imported';
}

describe('import fuzzing', () => {
  it(
    `imports or refuses ${FILES} malformed files, never hanging or crashing`,
    { timeout: 120_000 },
    async () => {
      const cases = generate(prng(SEED), await xlsxBytes(), arrowBytes());
      const outcomes = { imported: 0, refused: 0 };
      const slow: string[] = [];
      for (const c of cases) {
        const before = workspaceHash(h.workspacePath);
        const started = performance.now();
        let outcome: string;
        try {
          outcome = await importOne(c);
        } catch (error) {
          expect(error, `${c.name}: ${(error as Error).message}`).toBeInstanceOf(AppError);
          expect((error as AppError).code, `${c.name}: ${(error as Error).message}`).not.toBe(
            'INTERNAL',
          );
          outcome = (error as Error).message;
        }
        if (performance.now() - started > 3_000) slow.push(c.name);
        if (outcome === 'imported') outcomes.imported++;
        else {
          outcomes.refused++;
          expect(outcome.length, c.name).toBeGreaterThan(10);
          expect(outcome, c.name).not.toMatch(/Unexpected error|\[object Object\]/);
          expect(workspaceHash(h.workspacePath), `${c.name} changed the workspace`).toBe(before);
        }
      }
      expect(slow).toEqual([]);
      // Both outcomes occur: the generator makes files that survive as well as files that do not.
      expect(outcomes.imported).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(100);
    },
  );
});
