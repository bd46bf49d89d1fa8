/**
 * A walk over an Arrow IPC file's message framing before apache-arrow decodes it. A damaged file
 * (a flipped byte in a message header) can send the library into a loop that never ends and
 * blocks the process, which no timer can interrupt; this check reads only the message headers
 * (a few bytes each, whatever the file's size) and refuses what is out of bounds.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Message, MessageHeader } from 'apache-arrow';
import { ReaderError } from './types';

interface BatchMeta {
  length: number | bigint;
  nodes: { length: number | bigint; nullCount: number | bigint }[];
  buffers: { offset: number | bigint; length: number | bigint }[];
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const got = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, got);
}

/** Throws a ReaderError naming the file when the framing is not a well-formed Arrow IPC stream. */
export function checkArrowFraming(path: string, fileName: string, size: number): void {
  const damaged = (why: string): never => {
    throw new ReaderError(
      `${fileName} could not be read as Arrow IPC/Feather: it is damaged (${why}); write it again from its source.`,
    );
  };
  const fd = openSync(path, 'r');
  try {
    const magic = readAt(fd, 0, 6).toString('latin1') === 'ARROW1';
    let end = size;
    if (magic) {
      if (size < 18 || readAt(fd, size - 6, 6).toString('latin1') !== 'ARROW1')
        damaged('the file is cut off: its closing marker is missing');
      const footer = readAt(fd, size - 10, 4).readInt32LE(0);
      if (footer <= 0 || footer > size - 18) damaged('its footer length is out of range');
      end = size - 10 - footer;
    }
    let pos = magic ? 8 : 0;
    const maxRows = size * 8 + 1024; // even bit-packed values need one bit per row
    while (pos + 4 <= end) {
      const prefix = readAt(fd, pos, 8);
      let header = 4;
      let length = prefix.readInt32LE(0);
      if (length === -1) {
        if (prefix.length < 8) damaged(`a message at byte ${pos} is cut off`);
        header = 8;
        length = prefix.readInt32LE(4);
      }
      if (length === 0) return; // end of stream
      if (length < 0 || pos + header + length > end)
        damaged(`a message at byte ${pos} claims ${length} bytes of metadata`);
      let message: Message;
      try {
        message = Message.decode(readAt(fd, pos + header, length));
      } catch {
        return damaged(`the message at byte ${pos} cannot be decoded`);
      }
      const type = message.headerType;
      if (
        type !== MessageHeader.Schema &&
        type !== MessageHeader.RecordBatch &&
        type !== MessageHeader.DictionaryBatch
      )
        damaged(`the message at byte ${pos} has an unknown type ${type}`);
      const body = Number(message.bodyLength);
      if (!Number.isSafeInteger(body) || body < 0 || pos + header + length + body > end)
        damaged(`the message at byte ${pos} claims a body of ${String(message.bodyLength)} bytes`);
      if (type !== MessageHeader.Schema) {
        let meta: BatchMeta;
        try {
          const h = message.header() as unknown as { data?: BatchMeta } & BatchMeta;
          meta = type === MessageHeader.DictionaryBatch ? h.data! : h;
        } catch {
          return damaged(`the batch at byte ${pos} cannot be decoded`);
        }
        const rows = Number(meta.length);
        if (!Number.isSafeInteger(rows) || rows < 0 || rows > maxRows)
          damaged(`a batch claims ${String(meta.length)} rows`);
        for (const node of meta.nodes) {
          const n = Number(node.length);
          const nulls = Number(node.nullCount);
          if (!Number.isSafeInteger(n) || n < 0 || n > maxRows || nulls < 0 || nulls > n)
            damaged(`a column claims ${String(node.length)} values`);
        }
        for (const b of meta.buffers) {
          const offset = Number(b.offset);
          const len = Number(b.length);
          if (offset < 0 || len < 0 || offset + len > body)
            damaged('a column buffer lies outside its batch');
        }
      }
      pos += header + length + body;
    }
  } finally {
    closeSync(fd);
  }
}
