import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateMillisecond, Float64, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { scanFile } from '../../../src/main/core/import/readers/file-scan';
import { openReader } from '../../../src/main/core/import/readers/open-reader';
import type { FileFormat } from '../../../src/shared/api/import';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function temp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function readAll(path: string, format: FileFormat = {}) {
  const name = path.split('/').pop()!;
  const reader = await openReader(path, name, await scanFile(path), format);
  const rows: string[][] = [];
  const numbers: number[] = [];
  for await (const batch of reader.batches()) {
    rows.push(...batch.rows);
    numbers.push(...batch.rowNumbers);
  }
  return { reader, rows, numbers };
}

function write(name: string, content: string | Buffer): string {
  const path = join(temp(), name);
  writeFileSync(path, content);
  return path;
}

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (!bigEndian) return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('delimited text', () => {
  it('detects comma, semicolon, tab and pipe, and a header', async () => {
    for (const d of [',', ';', '\t', '|']) {
      const { reader, rows } = await readAll(
        write('f.csv', ['Partner,Amount', 'Acme,10', 'Beta,20'].join('\n').replaceAll(',', d)),
      );
      expect(reader.format.delimiter).toBe(d);
      expect(reader.columns).toEqual(['Partner', 'Amount']);
      expect(rows).toEqual([
        ['Acme', '10'],
        ['Beta', '20'],
      ]);
    }
  });

  it('reads a headerless file with generated column names and real row numbers', async () => {
    const { reader, rows, numbers } = await readAll(write('f.psv', '1|637|AW1\n2|635|AW2\n'));
    expect(reader.format.header).toBe(false);
    expect(reader.columns).toEqual(['column1', 'column2', 'column3']);
    expect(rows.length).toBe(2);
    expect(numbers).toEqual([1, 2]);
  });

  it('uses given column names for a headerless file', async () => {
    const { reader } = await readAll(write('f.csv', '1,2\n'), {
      header: false,
      columns: ['a', 'b'],
    });
    expect(reader.columns).toEqual(['a', 'b']);
  });

  it('reads UTF-8 with BOM and CRLF', async () => {
    const { reader, rows } = await readAll(
      write('f.csv', Buffer.from('\ufeffName,City\r\nZoë,Zürich\r\n')),
    );
    expect(reader.format.encoding).toBe('utf-8');
    expect(reader.columns).toEqual(['Name', 'City']);
    expect(rows).toEqual([['Zoë', 'Zürich']]);
  });

  it('reads UTF-16 little- and big-endian with BOM', async () => {
    for (const be of [false, true]) {
      const { reader, rows } = await readAll(
        write('f.csv', utf16('Name\tCity\nZoë\tZürich\n', be)),
      );
      expect(reader.format.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
      expect(rows).toEqual([['Zoë', 'Zürich']]);
    }
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, even far into the file', async () => {
    const filler = 'Acme,1\n'.repeat(60_000); // ~420 KB of ASCII first
    const bytes = Buffer.concat([
      Buffer.from(`Name,N\n${filler}`),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x32, 0x0a]),
    ]);
    const { reader, rows } = await readAll(write('f.csv', bytes));
    expect(reader.format.encoding).toBe('windows-1252');
    expect(rows.at(-1)).toEqual(['Café', '2']);
  });

  it('recognises a decimal comma in semicolon files', async () => {
    const { reader } = await readAll(write('f.csv', 'Partner;Amount\nAcme;1.234,50\nBeta;12,5\n'));
    expect(reader.format.decimalSeparator).toBe(',');
  });

  it('marks the last row as cut off when a quote is never closed', async () => {
    const path = write('bad.csv', 'a,b\n1,"oops\n2,3\n');
    const reader = await openReader(path, 'bad.csv', await scanFile(path));
    const batches = [];
    for await (const batch of reader.batches()) batches.push(batch);
    expect(batches.at(-1)!.problems).toMatchObject([
      { index: 0, column: 'b', code: 'truncated', message: /quoted value is never closed/ },
    ]);
  });
});

describe('XLSX', () => {
  async function workbook(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['read me']);
    const s = wb.addWorksheet('Sales');
    s.addRow(['Partner', 'Close Date', 'Amount']);
    s.addRow(['Acme', new Date(Date.UTC(2024, 2, 5)), 1234.5]);
    s.addRow(['Beta', new Date(Date.UTC(2024, 11, 31)), { formula: 'C2*2', result: 2469 }]);
    s.addRow([{ richText: [{ text: 'Gam' }, { text: 'ma' }] }, '2024-01-02', 3]);
    const path = join(temp(), 'book.xlsx');
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('lists the sheets and reads the chosen one by name, with dates as ISO and formulas as results', async () => {
    const path = await workbook();
    const { reader, rows, numbers } = await readAll(path, { sheet: 'sales' });
    expect(reader.format).toMatchObject({
      type: 'xlsx',
      sheet: 'Sales',
      sheets: ['Notes', 'Sales'],
      header: true,
    });
    expect(reader.columns).toEqual(['Partner', 'Close Date', 'Amount']);
    expect(rows).toEqual([
      ['Acme', '2024-03-05', '1234.5'],
      ['Beta', '2024-12-31', '2469'],
      ['Gamma', '2024-01-02', '3'],
    ]);
    expect(numbers).toEqual([2, 3, 4]);
  });

  it('chooses a sheet by position and names a missing one clearly', async () => {
    const path = await workbook();
    expect((await readAll(path, { sheet: 2 })).rows.length).toBe(3);
    await expect(readAll(path, { sheet: 'Targets' })).rejects.toThrow(
      /book\.xlsx has no sheet "Targets"; its sheets are "Notes", "Sales"/,
    );
  });
});

describe('Arrow IPC / Feather v2', () => {
  it('reads columns of text, numbers and dates', async () => {
    const table = new Table({
      partner: vectorFromArray(['Acme', null], new Utf8()),
      amount: vectorFromArray([10.5, 20], new Float64()),
      date: vectorFromArray(
        [new Date(Date.UTC(2024, 2, 5)), new Date(Date.UTC(2024, 2, 6, 12))],
        new DateMillisecond(),
      ),
    });
    const path = write('sales.feather', Buffer.from(tableToIPC(table, 'file')));
    const { reader, rows } = await readAll(path);
    expect(reader.format.type).toBe('arrow');
    expect(reader.columns).toEqual(['partner', 'amount', 'date']);
    expect(rows).toEqual([
      ['Acme', '10.5', '2024-03-05'],
      ['', '20', '2024-03-06T12:00:00'],
    ]);
  });

  it('explains that Feather v1 is not supported', async () => {
    await expect(readAll(write('old.feather', Buffer.from('FEA1 and more bytes')))).rejects.toThrow(
      /Feather version 1/,
    );
  });

  it('explains old .xls workbooks', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readAll(write('old.xls', xls))).rejects.toThrow(/old Excel 97–2003/);
  });
});
