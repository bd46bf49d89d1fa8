/**
 * Answers kept beside the workspace (`<workspace>.cache/<kind>-<revision>-<key>.<ext>`) so that a
 * cold open shows them without loading the dataset or scoring: the Portfolio table (~1.5 s of
 * loading and scoring at 100,000 partners) and the list of periods the selectors offer.
 *
 * The file name is the key: the data revision with the corrections in force (ScoringService's
 * revision, which every data-changing write moves) and whatever else the answer depends on,
 * each hashed. Only workspaces with a named revision (one data-changing write since revisions
 * exist) keep answers: before it, two states of the data could share a revision. Files of another
 * revision are removed when one is written; of one revision at most `keep` per kind stay (the
 * most recently written). Like every cache here it is optional: a missing or damaged file is
 * computed again, and a failed write only costs the next open its speed.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Bump when an answer's content changes for the same data and key (the engine or its format). */
const FORMAT = 'answers-1';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);

/** True when `revision` names one state of the data (see data-revision.ts). */
export function namesOneState(revision: string): boolean {
  return revision.split(':')[1] !== '';
}

export function answerFileName(kind: string, revision: string, key: string, ext: string): string {
  return `${kind}-${hash(`${FORMAT}|${revision}`)}-${hash(key)}.${ext}`;
}

export function readAnswerFile(dir: string, name: string): Buffer | null {
  try {
    return readFileSync(join(dir, name));
  } catch {
    return null;
  }
}

export function writeAnswerFile(dir: string, name: string, parts: Uint8Array[], keep = 6): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      for (const part of parts) writeSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    const [kind, revisionPart] = name.split('-');
    const mine: { name: string; at: number }[] = [];
    for (const other of readdirSync(dir)) {
      const [otherKind, otherRevision] = other.split('-');
      if (otherKind !== kind || other.endsWith('.tmp')) continue;
      if (otherRevision !== revisionPart) rmSync(join(dir, other), { force: true });
      else if (other !== name) mine.push({ name: other, at: statSync(join(dir, other)).mtimeMs });
    }
    mine.sort((a, b) => b.at - a.at);
    for (const old of mine.slice(keep - 1)) rmSync(join(dir, old.name), { force: true });
  } catch {
    // A read-only folder or a full disk: the next cold open computes again.
  }
}
