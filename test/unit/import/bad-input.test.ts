import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportHarness, SALES_MAPPING } from './helpers';

let h: ImportHarness;
afterEach(() => h?.close());

/** The first line of the message a staged file is refused with at preview. */
async function refusal(name: string, content: string | Buffer): Promise<string> {
  const staged = await h.stage(name, content);
  try {
    await h.call('import.preview', { fileId: staged.fileId });
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const PARTNERS = 'Partner ID,Partner Name,Region\nP1,Alpha,EMEA\nP2,Beta,APAC\n';

describe('files that are no table of the kind claimed', () => {
  it('says what a file looks like instead of importing it', async () => {
    h = await new ImportHarness().open();
    const noise = randomBytes(4096);
    const cases: [string, Buffer, RegExp][] = [
      ['noise.csv', noise, /noise\.csv looks like binary data, not a CSV table/],
      ['noise.tsv', noise, /looks like binary data, not a CSV table/],
      ['noise.txt', noise, /looks like binary data/],
      ['noise.xlsx', noise, /noise\.xlsx looks like binary data, not an XLSX workbook/],
      ['noise.arrow', noise, /looks like binary data, not an Arrow\/Feather table/],
      ['noise.feather', noise, /looks like binary data, not an Arrow\/Feather table/],
      [
        'report.csv',
        Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
        /looks like a PDF document, not a CSV/,
      ],
      ['data.csv', gzipSync(Buffer.from(PARTNERS)), /gzip-compressed file.*Decompress it/],
      [
        'logo.csv',
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), noise]),
        /looks like a PNG image/,
      ],
      ['partners.xlsx', Buffer.from(PARTNERS), /looks like a text file, not an XLSX workbook/],
      ['page.csv', Buffer.from('<!DOCTYPE html><html><body>x</body></html>'), /an HTML page/],
    ];
    for (const [name, bytes, message] of cases) expect(await refusal(name, bytes)).toMatch(message);
    // Nothing reached the workspace.
    expect(h.sql('SELECT count(*) AS n FROM partners')).toEqual([{ n: 0 }]);
  });

  it('still reads a real table whatever its extension says', async () => {
    h = await new ImportHarness().open();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('P');
    for (const line of PARTNERS.trim().split('\n')) ws.addRow(line.split(','));
    const staged = await h.stage('export.csv', Buffer.from(await wb.xlsx.writeBuffer()));
    const preview = await h.call('import.preview', { fileId: staged.fileId });
    expect(preview.format.type).toBe('xlsx');
    expect(preview.rows.map((r) => r.cells[0])).toEqual(['P1', 'P2']);
  });

  it('refuses special files instead of waiting on them', async () => {
    h = await new ImportHarness().open();
    const link = join(h.dir, 'zero.csv');
    symlinkSync('/dev/zero', link);
    await expect(h.call('import.stagePath', { path: link })).rejects.toThrow(
      /zero\.csv is a device, not a file/,
    );
    const fifo = join(h.dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    await expect(h.call('import.stagePath', { path: fifo })).rejects.toThrow(
      /pipe\.csv is a named pipe \(FIFO\), not a file/,
    );
    const folder = join(h.dir, 'folder.csv');
    mkdirSync(folder);
    await expect(h.call('import.stagePath', { path: folder })).rejects.toThrow(/is a folder/);
  });
});

describe('tables that are malformed as a whole', () => {
  it('refuses empty files, a header split by another delimiter and repeated header names', async () => {
    h = await new ImportHarness().open();
    expect(await refusal('empty.csv', '')).toMatch(/empty\.csv is empty \(0 bytes\)/);
    expect(await refusal('blank.csv', '\n\n  \n')).toMatch(/holds no rows/);
    const semi = `Partner ID;Name;Revenue\n${Array.from({ length: 20 }, (_, i) => `D${i},N${i},${i}`).join('\n')}\n`;
    expect(await refusal('semi.csv', semi)).toMatch(
      /semi\.csv: the header row \(row 1\) is separated by semicolons but the rows below it by commas/,
    );
    expect(await refusal('amount.csv', 'Amount,Amount,Amount\n1,2,3\n4,5,6\n')).toMatch(
      /amount\.csv: the header names "Amount" \(columns 1, 2, 3\) more than once/,
    );
    // A trailing delimiter on every row is no mismatch.
    expect(await refusal('trailing.csv', 'Partner ID,Name\nP1,A,\nP2,B,\n')).toBe('accepted');
  });

  it('refuses a header-only file and an import where no row is accepted', async () => {
    h = await new ImportHarness().open();
    const header = await h.analyse({ 'head.csv': 'Partner ID,Partner Name\n' });
    expect(header.blocking.join()).toMatch(/head\.csv holds no data rows/);
    const none = await h.analyse(
      { 'sales.csv': 'Partner ID,Date,Amount\nP1,2024-01-05,abc\nP2,yesterday,5\n' },
      SALES_MAPPING,
    );
    expect(none.rowsAccepted).toBe(0);
    expect(none.blocking.join()).toMatch(/None of the 2 rows can be imported/);
    await expect(
      h.call('import.commit', { analysisId: none.analysisId, skipInvalid: true }),
    ).rejects.toThrow(/cannot be written/);
    expect(h.sql('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('does not commit when no column is recognised as the partner, and says how to map it', async () => {
    h = await new ImportHarness().open();
    const staged = await h.stage('figures.csv', 'alpha,beta\n1,2\n3,4\n');
    const suggestion = await h.call('import.suggest', { fileIds: [staged.fileId] });
    expect(suggestion.blocking?.join()).toMatch(
      /figures\.csv: no column was recognised as the partner id or name.*Choose the partner column/,
    );
    const report = await h.call('import.analyse', { fileIds: [staged.fileId] });
    expect(report.blocking.join()).toMatch(/no column was recognised as the partner/);
    await expect(h.call('import.commit', { analysisId: report.analysisId })).rejects.toThrow(
      /cannot be written/,
    );
    expect(h.sql('SELECT count(*) AS n FROM partners')).toEqual([{ n: 0 }]);
  });
});

describe('row-level refusals', () => {
  it('names file, row, column and reason for cut-off rows, long values, overflowing sums and impossible dates', async () => {
    h = await new ImportHarness().open();
    const cutQuote = await h.analyse({ 'cutquote.csv': `${PARTNERS}P3,"Gamma` });
    expect(cutQuote.issues).toContainEqual(
      expect.objectContaining({
        file: 'cutquote.csv',
        row: 4,
        column: 'Partner Name',
        code: 'truncated',
        message: expect.stringMatching(/quoted value is never closed/),
      }),
    );
    expect(cutQuote.rowsRejected).toBe(1);
    const cutRow = await h.analyse({ 'cutrow.csv': `${PARTNERS}P3,Gam` });
    expect(cutRow.issues).toContainEqual(
      expect.objectContaining({ row: 4, column: 'Region', code: 'truncated' }),
    );
    const long = await h.analyse({
      'long.csv': `${PARTNERS}P3,${'x'.repeat(40_000)},EMEA\n`,
    });
    expect(long.issues).toContainEqual(
      expect.objectContaining({
        row: 4,
        column: 'Partner Name',
        code: 'too-long',
        message: expect.stringMatching(/longer than 32,767 characters/),
      }),
    );
    expect(long.rowsAccepted).toBe(2);

    const huge = Array.from({ length: 10 }, (_, i) => `P1,2024-01-0${i % 9 || 1},1.7e308`);
    const overflow = await h.analyse(
      { 'huge.csv': `Partner ID,Date,Amount\n${huge.join('\n')}\n` },
      SALES_MAPPING,
    );
    expect(overflow.issues).toContainEqual(
      expect.objectContaining({ file: 'huge.csv', column: 'Amount', code: 'too-large' }),
    );
    expect(overflow.blocking.join()).toMatch(/too large to store.*revenue for P1 in 2024-Q1/);
    expect(overflow.writes.values).toBe(0);

    const dates = await h.analyse(
      {
        'dates.csv':
          'Partner ID,Date,Amount\nP1,2024-02-29T25:00:00,5\nP1,2023-02-29,6\nP1,2024-02-29T10:00:00,7\n',
      },
      SALES_MAPPING,
    );
    expect(
      dates.issues.filter((i) => i.code === 'invalid-date').map((i) => [i.row, i.column]),
    ).toEqual([
      [2, 'Date'],
      [3, 'Date'],
    ]);
    expect(dates.rowsAccepted).toBe(1);
  });
});

describe('workbooks', () => {
  it('reads shared strings whatever the order of the zip entries', async () => {
    h = await new ImportHarness().open();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Partners');
    for (const line of PARTNERS.trim().split('\n')) ws.addRow(line.split(','));
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    for (const last of ['xl/sharedStrings.xml', 'xl/workbook.xml']) {
      const out = new JSZip();
      for (const n of [...names.filter((n) => n !== last), last])
        out.file(n, await zip.files[n]!.async('nodebuffer'));
      const bytes = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const staged = await h.stage(`late-${last.split('/')[1]}.xlsx`, bytes);
      const preview = await h.call('import.preview', { fileId: staged.fileId });
      expect(preview.rows.map((r) => r.cells)).toEqual([
        ['P1', 'Alpha', 'EMEA'],
        ['P2', 'Beta', 'APAC'],
      ]);
    }
  });
});
