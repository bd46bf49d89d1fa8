/**
 * Files waiting to be imported. A browser cannot hand over a path, so it uploads the bytes
 * (base64, in chunks for large files) into a private folder; the CLI and the desktop app stage a
 * path in place. Either way the file is scanned once (hash, size, encoding evidence).
 */
import { randomUUID } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { FileScan } from './readers/file-scan';
import { scanFile } from './readers/file-scan';

export interface StagedEntry {
  fileId: string;
  fileName: string;
  path: string;
  /** Set for uploads: the private folder to delete when discarded. */
  uploadDir: string | null;
  pending: boolean;
  scan: FileScan | null;
  stat: { size: number; mtimeMs: number } | null;
}

const DAY = 24 * 60 * 60 * 1000;

/** A file name safe to write: the last path part, no control characters. */
export function safeFileName(name: string): string {
  const last = basename(name.replace(/\\/g, '/'));
  const base = [...last]
    .map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return base === '' || base === '.' || base === '..' ? 'upload' : base.slice(0, 200);
}

/** What a path that is no regular file is, for messages ("a named pipe (FIFO)"), or null. */
export function specialFileKind(path: string): string | null {
  const stat = statSync(path); // follows symbolic links: a link to /dev/zero is a device
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Refuses anything but a regular file before it is opened: reading a FIFO waits for a writer
 * forever and a device such as /dev/zero never ends.
 */
export function assertRegularFile(path: string) {
  const kind = specialFileKind(path);
  if (kind) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `${path} is ${kind}, not a file; only regular files (CSV, XLSX, Arrow) can be imported.`,
    );
  }
}

export class StagingArea {
  private readonly entries = new Map<string, StagedEntry>();

  constructor(private readonly dir: string) {
    this.removeStale();
  }

  private removeStale() {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      try {
        if (Date.now() - statSync(path).mtimeMs > DAY)
          rmSync(path, { recursive: true, force: true });
      } catch {
        // another process may be cleaning up too
      }
    }
  }

  async stageBytes(
    fileName: string,
    base64: string,
    uploadId: string | undefined,
    last: boolean,
  ): Promise<StagedEntry> {
    const bytes = Buffer.from(base64, 'base64');
    let entry: StagedEntry;
    if (uploadId) {
      const existing = this.entries.get(uploadId);
      if (!existing || !existing.pending || !existing.uploadDir) {
        throw new AppError(
          'NOT_FOUND',
          `No upload ${uploadId} is in progress; start again without uploadId.`,
        );
      }
      entry = existing;
      appendFileSync(entry.path, bytes);
    } else {
      const fileId = randomUUID();
      const uploadDir = join(this.dir, fileId);
      mkdirSync(uploadDir, { recursive: true });
      const name = safeFileName(fileName);
      const path = join(uploadDir, name);
      writeFileSync(path, bytes);
      entry = { fileId, fileName: name, path, uploadDir, pending: true, scan: null, stat: null };
      this.entries.set(fileId, entry);
    }
    if (last) {
      entry.pending = false;
      await this.scan(entry);
    }
    return entry;
  }

  async stagePath(path: string): Promise<StagedEntry> {
    const full = resolve(path);
    if (!existsSync(full)) throw new AppError('NOT_FOUND', `No file at ${full}.`);
    assertRegularFile(full);
    const entry: StagedEntry = {
      fileId: randomUUID(),
      fileName: basename(full),
      path: full,
      uploadDir: null,
      pending: false,
      scan: null,
      stat: null,
    };
    await this.scan(entry);
    this.entries.set(entry.fileId, entry);
    return entry;
  }

  private async scan(entry: StagedEntry) {
    const stat = statSync(entry.path);
    entry.scan = await scanFile(entry.path);
    entry.stat = { size: stat.size, mtimeMs: stat.mtimeMs };
  }

  /** A staged file, scanned again when it changed on disk since it was staged. */
  async get(fileId: string): Promise<StagedEntry & { scan: FileScan }> {
    const entry = this.entries.get(fileId);
    if (!entry) throw new AppError('NOT_FOUND', `No staged file ${fileId}; stage it again.`);
    if (entry.pending)
      throw new AppError('INVALID_ARGUMENT', `${entry.fileName} is still being uploaded.`);
    if (!existsSync(entry.path))
      throw new AppError('NOT_FOUND', `${entry.path} is gone; stage it again.`);
    assertRegularFile(entry.path);
    const stat = statSync(entry.path);
    if (!entry.scan || stat.size !== entry.stat?.size || stat.mtimeMs !== entry.stat?.mtimeMs)
      await this.scan(entry);
    return entry as StagedEntry & { scan: FileScan };
  }

  discard(fileIds: string[]) {
    for (const id of fileIds) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      if (entry.uploadDir) rmSync(entry.uploadDir, { recursive: true, force: true });
      this.entries.delete(id);
    }
  }

  discardAll() {
    this.discard([...this.entries.keys()]);
  }
}
