import type { ResolvedFormat } from '../../../../shared/api/import';

/** Rows read together; cells are strings (empty for null), trimmed of nothing. */
export interface RowBatch {
  rows: string[][];
  /** Row numbers as a spreadsheet shows them (the header is row 1), one per row. */
  rowNumbers: number[];
  /** Bytes of the file consumed so far (for progress). */
  bytesRead: number;
  /** Rows the reader itself refuses (cut off at the end of the file), by index in `rows`. */
  problems?: RowProblem[];
}

export interface RowProblem {
  index: number;
  column: string;
  code: 'truncated' | 'too-long';
  value: string;
  message: string;
}

/** A table being read from a file: its columns, then its rows in batches. */
export interface TableReader {
  readonly format: ResolvedFormat;
  readonly columns: string[];
  readonly totalBytes: number;
  /** Problems noticed while reading (filled as batches are read). */
  readonly warnings: string[];
  batches(): AsyncGenerator<RowBatch>;
}

/** Raised for a file that cannot be read as asked; the message names the file. */
export class ReaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReaderError';
  }
}

export const BATCH_ROWS = 1024;

/** `column1`, `column2`… for a headerless file without given names. */
export function generatedColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column${i + 1}`);
}

/** Header names made unique and non-empty (`Amount`, `Amount (2)`, `column3`). */
export function uniqueColumns(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? `column${i + 1}` : raw.trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** `batches` with any error the parsing library throws turned into a ReaderError naming the file. */
export async function* asReaderErrors<T>(
  batches: AsyncGenerator<T>,
  what: string,
): AsyncGenerator<T> {
  try {
    yield* batches;
  } catch (error) {
    if (error instanceof ReaderError) throw error;
    throw new ReaderError(`${what}: ${(error as Error).message}`);
  }
}
