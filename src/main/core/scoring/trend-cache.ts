/**
 * The scored trend (composite and tier of every partner in every period) kept beside the
 * workspace (`<workspace>.cache/trend-<revision>-<methodology>.bin`), so that a cold open shows
 * the Portfolio without scoring every period again: at 100,000 partners that scoring takes about
 * two seconds. The file name is the key: the content key the dataset was read under (the data
 * revision, plus the tables' counters for workspaces older than revisions; with the corrections in
 * force, see ScoringService.revision) and the methodology's canonical definition, each hashed. Any
 * data-changing write moves the revision, so a stale file is never read; files of other revisions
 * are removed when a new one is written. Like the dataset cache it is optional: a missing,
 * short or foreign file is scored again, and a failure to write only costs the next open its speed.
 *
 * Layout: "PSTREND1", uint32 partners, uint32 periods, then composite (float64, period-major) and
 * tier (int8), as TrendSeries holds them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrendSeries } from './trend';

const MAGIC = 'PSTREND1';
/** Bump when the engine's scores change for the same data and definition. */
const ENGINE = 'engine-1';
const HEADER = 16;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);

export function trendFileName(revision: string, canonicalDefinition: string): string {
  return `trend-${hash(`${ENGINE}|${revision}`)}-${hash(canonicalDefinition)}.bin`;
}

export function readTrend(
  dir: string,
  name: string,
  partners: number,
  periods: number,
): TrendSeries | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, name));
  } catch {
    return null;
  }
  const cells = partners * periods;
  if (
    bytes.length !== HEADER + cells * 9 ||
    bytes.toString('latin1', 0, 8) !== MAGIC ||
    bytes.readUInt32LE(8) !== partners ||
    bytes.readUInt32LE(12) !== periods
  ) {
    return null;
  }
  const composite = new Float64Array(cells);
  new Uint8Array(composite.buffer).set(bytes.subarray(HEADER, HEADER + cells * 8));
  const tier = new Int8Array(cells);
  new Uint8Array(tier.buffer).set(bytes.subarray(HEADER + cells * 8));
  return { composite, tier, partners, periods };
}

export function writeTrend(dir: string, name: string, trend: TrendSeries): void {
  try {
    const cells = trend.partners * trend.periods;
    const bytes = Buffer.alloc(HEADER + cells * 9);
    bytes.write(MAGIC, 0, 'latin1');
    bytes.writeUInt32LE(trend.partners, 8);
    bytes.writeUInt32LE(trend.periods, 12);
    bytes.set(
      new Uint8Array(trend.composite.buffer, trend.composite.byteOffset, cells * 8),
      HEADER,
    );
    bytes.set(new Uint8Array(trend.tier.buffer, trend.tier.byteOffset, cells), HEADER + cells * 8);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    // Files of another revision are stale for good; other methodologies' of this one stay.
    const revisionPart = name.split('-')[1];
    for (const other of readdirSync(dir)) {
      if (other.startsWith('trend-') && other.split('-')[1] !== revisionPart) {
        rmSync(join(dir, other), { force: true });
      }
    }
  } catch {
    // A read-only folder or a full disk: the next cold open scores again.
  }
}
