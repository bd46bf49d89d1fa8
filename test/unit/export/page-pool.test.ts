import { describe, expect, it } from 'vitest';
import { Pool } from '../../../src/main/core/export/pdf/page-pool';
import { lazyPrinter, type PdfPrinter } from '../../../src/main/core/export/pdf/printer';
import { pdfPageCount } from '../../../src/main/core/export/pdf/page-count';

describe('the page pool', () => {
  it('runs at most as many jobs as it has slots, handing slots out in order', async () => {
    const pool = new Pool(['a', 'b']);
    let running = 0;
    let most = 0;
    const used: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        pool.use(async (slot) => {
          used.push(slot);
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, 5 + (i % 3)));
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(used.slice(0, 2)).toEqual(['a', 'b']);
    expect(used).toHaveLength(6);
  });

  it('gives the slot back when a job fails', async () => {
    const pool = new Pool(['only']);
    await expect(pool.use(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await pool.use(async (slot) => slot)).toBe('only');
  });
});

describe('the lazy printer', () => {
  it('starts once, retries after a failed start, and closes what it started', async () => {
    let starts = 0;
    let closed = 0;
    const printer: PdfPrinter = {
      concurrency: 1,
      print: async () => new Uint8Array(),
      close: async () => void closed++,
    };
    const source = lazyPrinter(async () => {
      starts++;
      if (starts === 1) throw new Error('no browser');
      return printer;
    });
    await expect(source()).rejects.toThrow('no browser');
    expect(await source()).toBe(printer);
    expect(await source()).toBe(printer);
    expect(starts).toBe(2);
    await source.close();
    expect(closed).toBe(1);
  });
});

describe('PDF page count', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.4 1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R]>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page /Parent 1 0 R>>',
    );
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
