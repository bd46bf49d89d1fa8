/**
 * What a file's first bytes say it is, checked against what its extension claims. A file that is
 * no table of the kind claimed (a PDF named `.csv`, random bytes named `.xlsx`, a PNG) is refused
 * with one line saying what it looks like, before any reader turns it into rows.
 */
import { extname } from 'node:path';
import type { Encoding } from '../../../../shared/api/import';
import { bomLength, detectEncoding } from './detect-encoding';
import { ReaderError } from './types';

export type TableType = 'csv' | 'xlsx' | 'arrow';

const ARROW_EXTENSIONS = ['.arrow', '.arrows', '.ipc', '.feather'];
const XLSX_EXTENSIONS = ['.xlsx', '.xlsm'];

const CLAIMED: Record<TableType, string> = {
  csv: 'a CSV table',
  xlsx: 'an XLSX workbook',
  arrow: 'an Arrow/Feather table',
};

/** The kind of table the extension claims (`csv` for text and unknown extensions). */
export function claimedType(fileName: string): TableType {
  const ext = extname(fileName).toLowerCase();
  if (XLSX_EXTENSIONS.includes(ext)) return 'xlsx';
  if (ARROW_EXTENSIONS.includes(ext)) return 'arrow';
  return 'csv';
}

function startsWith(head: Buffer, bytes: number[] | string, at = 0): boolean {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= at + b.length && head.subarray(at, at + b.length).equals(b);
}

export function isArrow(head: Buffer): boolean {
  return startsWith(head, 'ARROW1');
}

/** An Arrow IPC stream starts with a continuation marker and a schema message. */
function isArrowStream(head: Buffer): boolean {
  return head.length >= 8 && head.readUInt32LE(0) === 0xffffffff && head.readInt32LE(4) > 0;
}

/** What a zip archive holds, from the entry names in its local headers (first bytes only). */
function zipKind(head: Buffer): 'xlsx' | string {
  const text = head.toString('latin1');
  if (text.includes('xl/')) return 'xlsx';
  if (text.includes('word/')) return 'a Word document';
  if (text.includes('ppt/')) return 'a PowerPoint presentation';
  if (text.includes('content.xml') || text.includes('opendocument')) {
    return 'an OpenDocument file';
  }
  return 'a zip archive';
}

const MAGIC: [number[] | string, string][] = [
  ['%PDF', 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip-compressed file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['SQLite format 3\u0000', 'a SQLite database'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an old Excel 97–2003 (.xls) workbook'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  ['Rar!', 'a RAR archive'],
  ['BZh', 'a bzip2-compressed file'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz-compressed file'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a zstd-compressed file'],
  ['PAR1', 'a Parquet file'],
  ['FEA1', 'a Feather version 1 file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF executable)'],
  ['{\\rtf', 'an RTF document'],
];

/** A binary format recognised from its magic bytes, or null. */
export function knownBinary(head: Buffer): string | null {
  for (const [magic, what] of MAGIC) if (startsWith(head, magic)) return what;
  if (startsWith(head, 'PK\u0003\u0004') || startsWith(head, 'PK\u0005\u0006')) {
    const kind = zipKind(head);
    return kind === 'xlsx' ? 'an XLSX workbook' : kind;
  }
  if (isArrow(head)) return 'an Arrow/Feather table';
  return null;
}

/** Share of characters that no text file holds (controls other than tab, CR, LF, FF; U+FFFD). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ||
      c === 0x7f ||
      (c >= 0x80 && c <= 0x9f) ||
      c === 0xfffd
    )
      bad++;
  }
  return bad / text.length;
}

/** What a text head looks like when it is a document rather than a table, or null. */
function textDocument(text: string): string | null {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'an HTML page';
  if (start.startsWith('<?xml') || /^<[a-z][\w:-]*[\s>]/.test(start)) return 'an XML document';
  if (/^[{[]\s*"/.test(start) || /^\[\s*{/.test(start)) return 'JSON data';
  return null;
}

/**
 * Whether the head decodes to text in the detected encoding: at most 1 % of its characters may
 * be control characters (random bytes hold about 13 %, any text file almost none), and it must
 * not be a document format (HTML, XML, JSON) rather than a table.
 */
export function textVerdict(head: Buffer, encoding: Encoding): string | null {
  const sample = head.subarray(bomLength(head, encoding), Math.min(head.length, 64 * 1024));
  const text = new TextDecoder(encoding).decode(sample);
  if (controlShare(text) > 0.01) return 'binary data';
  return textDocument(text);
}

/**
 * The reader for a file: its content decides between the table formats it recognises (an XLSX
 * workbook named `.csv` is still read as a workbook), but what is no table of the kind its
 * extension claims is refused with what it looks like.
 */
export function detectType(fileName: string, head: Buffer, utf8Valid = true): TableType {
  const claimed = claimedType(fileName);
  const refuse = (what: string, hint = ''): never => {
    throw new ReaderError(`${fileName} looks like ${what}, not ${CLAIMED[claimed]}.${hint}`);
  };
  if (isArrow(head)) return 'arrow';
  if (claimed === 'arrow' && isArrowStream(head)) return 'arrow';
  const binary = knownBinary(head);
  if (binary === 'an XLSX workbook') return 'xlsx';
  if (binary === 'a Feather version 1 file' && claimed === 'arrow') return 'arrow';
  if (binary === 'a zip archive' && claimed === 'xlsx') return 'xlsx'; // entries beyond the head
  if (binary) {
    const hint =
      binary === 'a zip archive'
        ? ' Extract it and import the files inside.'
        : binary.includes('.xls)')
          ? ' Save it as .xlsx or CSV and import that.'
          : binary.includes('compressed')
            ? ' Decompress it and import the file inside.'
            : '';
    refuse(binary, hint);
  }
  if (head.length === 0) {
    if (claimed === 'csv') return 'csv'; // the CSV reader says the file is empty
    refuse('an empty file');
  }
  const verdict = textVerdict(head, detectEncoding(head, utf8Valid));
  if (verdict) refuse(verdict);
  if (claimed !== 'csv') refuse('a text file', ' Rename it to .csv if it is a delimited table.');
  return 'csv';
}
