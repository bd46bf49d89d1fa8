/**
 * An RFC 4180 tokenizer fed with text chunks: quoted fields may hold delimiters, doubled quotes
 * and line breaks; CRLF, LF and lone CR end a record; a chunk may end anywhere. Hand-written
 * rather than csv-parse because this loop is the hot path of a 1M-row import (see bench/import.ts):
 * unquoted fields are sliced straight out of the chunk with no per-character copying.
 */
const LF = 10;
/** Longest field the tokenizer keeps whole; longer ones are cut (and refused by the reader). */
export const MAX_FIELD_CHARS = 32_767;

/** Appends unless the field is already over the limit: memory stays bounded on a runaway quote. */
function append(pending: string, piece: string): string {
  return pending.length > MAX_FIELD_CHARS ? pending : pending + piece;
}

const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const IN_QUOTES = 2;
const QUOTE_IN_QUOTES = 3;

export class CsvTokenizer {
  private readonly delim: number;
  private readonly quote: number;
  private readonly quoteChar: string;
  private state = FIELD_START;
  private pending = '';
  private row: string[] = [];
  private skipLf = false;
  /** Records seen so far, blank lines included (row numbers count them too). */
  record = 0;
  /** Set when the input ended inside a quoted field (a quote was never closed). */
  unterminatedQuote = false;
  /** Set when the input ended without a line break (the last record may be cut off). */
  endedMidRecord = false;

  constructor(delimiter: string, quote: string) {
    this.delim = delimiter.charCodeAt(0);
    this.quote = quote === '' ? -1 : quote.charCodeAt(0);
    this.quoteChar = quote;
  }

  /** Tokenizes `text`, appending finished records to `rows` and their numbers to `numbers`. */
  push(text: string, rows: string[][], numbers: number[]): void {
    const n = text.length;
    const delim = this.delim;
    const quote = this.quote;
    let i = 0;
    if (this.skipLf && n > 0) {
      if (text.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
    }
    let start = i;
    let state = this.state;
    let pending = this.pending;
    let row = this.row;
    while (i < n) {
      if (state === IN_QUOTES) {
        const q = text.indexOf(this.quoteChar, i);
        if (q === -1) {
          pending = append(pending, text.slice(start, n));
          start = n;
          i = n;
          break;
        }
        pending = append(pending, text.slice(start, q));
        i = q + 1;
        start = i;
        state = QUOTE_IN_QUOTES;
        continue;
      }
      if (state === QUOTE_IN_QUOTES) {
        if (text.charCodeAt(i) === quote) {
          pending = append(pending, this.quoteChar);
          i++;
          start = i;
          state = IN_QUOTES;
          continue;
        }
        // The closing quote: anything up to the delimiter is kept as written (lenient).
        state = UNQUOTED;
        start = i;
      }
      if (state === FIELD_START && text.charCodeAt(i) === quote) {
        state = IN_QUOTES;
        i++;
        start = i;
        continue;
      }
      let c = 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      if (i >= n) {
        state = UNQUOTED;
        break;
      }
      row.push(start === i ? pending : append(pending, text.slice(start, i)));
      pending = '';
      i++;
      if (c !== delim) {
        this.record++;
        if (row.length > 1 || row[0] !== '') {
          rows.push(row);
          numbers.push(this.record);
        }
        row = [];
        if (c === CR) {
          if (i < n) {
            if (text.charCodeAt(i) === LF) i++;
          } else {
            this.skipLf = true;
          }
        }
      }
      start = i;
      state = FIELD_START;
    }
    if (start < n) pending = append(pending, text.slice(start, n));
    this.state = state;
    this.pending = pending;
    this.row = row;
  }

  /** Ends the input: a last record without a line break is still a record. */
  finish(rows: string[][], numbers: number[]): void {
    if (this.state === IN_QUOTES) this.unterminatedQuote = true;
    if (this.state !== FIELD_START || this.pending !== '' || this.row.length > 0) {
      this.endedMidRecord = true;
      this.row.push(this.pending);
      this.record++;
      if (this.row.length > 1 || this.row[0] !== '') {
        rows.push(this.row);
        numbers.push(this.record);
      }
    }
    this.row = [];
    this.pending = '';
    this.state = FIELD_START;
  }
}
