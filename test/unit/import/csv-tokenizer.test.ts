import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../../src/main/core/import/readers/csv-tokenizer';

function tokenize(chunks: string[], delimiter = ',', quote = '"') {
  const tok = new CsvTokenizer(delimiter, quote);
  const rows: string[][] = [];
  const numbers: number[] = [];
  for (const c of chunks) tok.push(c, rows, numbers);
  tok.finish(rows, numbers);
  return { rows, numbers, tok };
}

function serialise(table: string[][], delimiter: string, eol: string): string {
  return table
    .map((row) =>
      row
        .map((cell) =>
          /["\r\n]/.test(cell) || cell.includes(delimiter) || cell === ''
            ? `"${cell.replace(/"/g, '""')}"`
            : cell,
        )
        .join(delimiter),
    )
    .join(eol);
}

describe('CsvTokenizer', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const { rows } = tokenize(['a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\n']);
    expect(rows).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('accepts CRLF, LF and lone CR, skips blank lines but counts them in row numbers', () => {
    const { rows, numbers } = tokenize(['h1,h2\r\n\r\na,b\rc,d\n\ne,f']);
    expect(rows).toEqual([
      ['h1', 'h2'],
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(numbers).toEqual([1, 3, 4, 6]);
  });

  it('handles a chunk boundary anywhere, including inside quotes and between CR and LF', () => {
    const text = 'x,"a""b",c\r\n"multi\r\nline",2,3\r\n';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(tokenize([text.slice(0, cut), text.slice(cut)]).rows).toEqual([
        ['x', 'a"b', 'c'],
        ['multi\r\nline', '2', '3'],
      ]);
    }
  });

  it('reads pipe-delimited text with quoting switched off', () => {
    expect(tokenize(['1|"quoted"|x\n'], '|', '').rows).toEqual([['1', '"quoted"', 'x']]);
  });

  it('flags a quote that is never closed', () => {
    const { tok, rows } = tokenize(['a,"open\nb,c\n']);
    expect(tok.unterminatedQuote).toBe(true);
    expect(rows).toEqual([['a', 'open\nb,c\n']]);
  });

  it('round-trips any table through any chunking (property)', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r', ' ', 'é', '1'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 5 }),
        (table, delimiter, eol, cuts) => {
          const text = serialise(table, delimiter, eol) + eol;
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let from = 0;
          for (const p of points) {
            chunks.push(text.slice(from, p));
            from = p;
          }
          chunks.push(text.slice(from));
          expect(tokenize(chunks, delimiter).rows).toEqual(table);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
