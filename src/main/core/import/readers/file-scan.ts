/**
 * One read of a whole file before parsing: its SHA-256 (history, re-import detection), its size,
 * its first bytes (format sniffing) and whether it is valid UTF-8 throughout, so that the
 * encoding is decided once, from all of the file, and never half-way through a parse.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';

export interface FileScan {
  bytes: number;
  contentHash: string;
  head: Buffer;
  utf8Valid: boolean;
}

const HEAD_BYTES = 256 * 1024;

/** Bytes at the end of `buf` that start a UTF-8 sequence finished in the next chunk. */
function incompleteTail(buf: Buffer): number {
  for (let i = 1; i <= Math.min(3, buf.length); i++) {
    const b = buf[buf.length - i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > i ? i : 0;
  }
  return 0;
}

export async function scanFile(path: string, checkUtf8 = true): Promise<FileScan> {
  const hash = createHash('sha256');
  const headParts: Buffer[] = [];
  let headSize = 0;
  let bytes = 0;
  let utf8Valid = checkUtf8;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
    if (headSize < HEAD_BYTES) {
      headParts.push(buf.subarray(0, HEAD_BYTES - headSize));
      headSize += Math.min(buf.length, HEAD_BYTES - headSize);
    }
    if (utf8Valid) {
      const joined = carry.length > 0 ? Buffer.concat([carry, buf]) : buf;
      const tail = incompleteTail(joined);
      if (!isUtf8(joined.subarray(0, joined.length - tail))) utf8Valid = false;
      carry = Buffer.from(joined.subarray(joined.length - tail));
    }
  }
  if (carry.length > 0) utf8Valid = false;
  return { bytes, contentHash: hash.digest('hex'), head: Buffer.concat(headParts), utf8Valid };
}
