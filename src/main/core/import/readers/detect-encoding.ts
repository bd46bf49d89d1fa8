import type { Encoding } from '../../../../shared/api/import';

/**
 * The text encoding of a file: a byte-order mark decides (UTF-8, UTF-16 LE/BE); UTF-16 without
 * one is recognised by its zero bytes; otherwise valid UTF-8 (which includes plain ASCII) is
 * UTF-8 and anything else is read as Windows-1252, what Excel on Windows writes as "CSV".
 */
export function detectEncoding(head: Buffer, utf8Valid: boolean): Encoding {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const sample = Math.min(head.length, 4096) & ~1;
  if (sample >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i += 2) {
      if (head[i] === 0) evenZeros++;
      if (head[i + 1] === 0) oddZeros++;
    }
    const pairs = sample / 2;
    if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
    if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  }
  return utf8Valid ? 'utf-8' : 'windows-1252';
}

/** Length of the byte-order mark at the start of `head` for `encoding` (0 when none). */
export function bomLength(head: Buffer, encoding: Encoding): number {
  if (encoding === 'utf-8') {
    return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  }
  if (encoding === 'utf-16le') return head[0] === 0xff && head[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return head[0] === 0xfe && head[1] === 0xff ? 2 : 0;
  return 0;
}
