/**
 * A walk over an Arrow IPC file's message framing before apache-arrow decodes it. A damaged file
 * (a flipped byte in a message header) can send the library into a loop that never ends and
 * blocks the process, which no timer can interrupt; this check reads only the message headers
 * (a few bytes each, whatever the file's size) and refuses what is out of bounds.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { DictionaryBatch as FbDictionaryBatch } from 'apache-arrow/fb/dictionary-batch';
import type { Field as FbField } from 'apache-arrow/fb/field';
import { Footer } from 'apache-arrow/fb/footer';
import { Message as FbMessage } from 'apache-arrow/fb/message';
import { MessageHeader } from 'apache-arrow/fb/message-header';
import { RecordBatch as FbRecordBatch } from 'apache-arrow/fb/record-batch';
import { Schema as FbSchema } from 'apache-arrow/fb/schema';
import { ByteBuffer } from 'flatbuffers';
import { ReaderError } from './types';

/**
 * Vector lengths in a message's metadata, read in O(1) before anything is materialised: a damaged
 * length makes the library build millions of objects (or loop without end) from a few bytes.
 */
function checkSchema(schema: FbSchema, bytes: number, damaged: (why: string) => never) {
  let visited = 0;
  const visit = (count: number, field: (i: number) => FbField | null, depth: number) => {
    if (count < 0 || count > bytes / 4 || depth > 64)
      damaged('its schema lists impossibly many fields');
    for (let i = 0; i < count; i++) {
      if (++visited > bytes / 4) damaged('its schema lists impossibly many fields');
      const f = field(i);
      if (!f) continue;
      if (f.customMetadataLength() > bytes / 4) damaged('its schema is out of bounds');
      visit(f.childrenLength(), (j) => f.children(j), depth + 1);
    }
  };
  if (schema.customMetadataLength() > bytes / 4) damaged('its schema is out of bounds');
  visit(schema.fieldsLength(), (i) => schema.fields(i), 0);
}

function checkBatch(
  batch: FbRecordBatch | null,
  bytes: number,
  body: number,
  maxRows: number,
  damaged: (why: string) => never,
) {
  if (!batch) return damaged('a batch has no header');
  const rows = Number(batch.length());
  if (!Number.isSafeInteger(rows) || rows < 0 || rows > maxRows)
    damaged(`a batch claims ${String(batch.length())} rows`);
  const nodes = batch.nodesLength();
  const buffers = batch.buffersLength();
  if (nodes < 0 || nodes > bytes / 16 || buffers < 0 || buffers > bytes / 16)
    damaged('a batch lists impossibly many columns');
  for (let i = 0; i < nodes; i++) {
    const node = batch.nodes(i);
    const n = Number(node?.length() ?? 0);
    const nulls = Number(node?.nullCount() ?? 0);
    if (!Number.isSafeInteger(n) || n < 0 || n > maxRows || nulls < 0 || nulls > n)
      damaged(`a column claims ${n} values`);
  }
  for (let i = 0; i < buffers; i++) {
    const b = batch.buffers(i);
    const offset = Number(b?.offset() ?? 0);
    const len = Number(b?.length() ?? 0);
    if (offset < 0 || len < 0 || offset + len > body)
      damaged('a column buffer lies outside its batch');
  }
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
      const fb = Footer.getRootAsFooter(new ByteBuffer(new Uint8Array(readAt(fd, end, footer))));
      if (fb.recordBatchesLength() > footer / 24 || fb.dictionariesLength() > footer / 24)
        damaged('its footer lists impossibly many batches');
      const schema = fb.schema();
      if (schema) checkSchema(schema, footer, damaged);
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
      const metadata = new ByteBuffer(new Uint8Array(readAt(fd, pos + header, length)));
      const message = FbMessage.getRootAsMessage(metadata);
      const type = message.headerType();
      const body = Number(message.bodyLength());
      if (!Number.isSafeInteger(body) || body < 0 || pos + header + length + body > end)
        damaged(
          `the message at byte ${pos} claims a body of ${String(message.bodyLength())} bytes`,
        );
      if (message.customMetadataLength() > length / 4)
        damaged(`the message at byte ${pos} is out of bounds`);
      if (type === MessageHeader.Schema) {
        checkSchema(message.header(new FbSchema()) as FbSchema, length, damaged);
      } else if (type === MessageHeader.RecordBatch) {
        checkBatch(
          message.header(new FbRecordBatch()) as FbRecordBatch | null,
          length,
          body,
          maxRows,
          damaged,
        );
      } else if (type === MessageHeader.DictionaryBatch) {
        const dict = message.header(new FbDictionaryBatch()) as FbDictionaryBatch | null;
        checkBatch(dict?.data() ?? null, length, body, maxRows, damaged);
      } else {
        damaged(`the message at byte ${pos} has an unknown type ${type}`);
      }
      pos += header + length + body;
    }
  } finally {
    closeSync(fd);
  }
}
