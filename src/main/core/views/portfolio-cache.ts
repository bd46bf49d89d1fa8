/**
 * The Portfolio table kept beside the workspace (scoring/answer-files.ts) in the form it crosses
 * the transport (shared/wire/answer-wire.ts): a cold open reads it back instead of loading the
 * dataset and scoring every partner, and its columns are not encoded again to answer.
 */
import type { PortfolioTable } from '../../../shared/api/views';
import {
  frameParts,
  portfolioColumns,
  rememberColumns,
  unframeColumns,
} from '../../../shared/wire/answer-wire';
import { decodePortfolioColumns } from '../../../shared/wire/portfolio-columns';
import {
  answerFileName,
  namesOneState,
  readAnswerFile,
  writeAnswerFile,
} from '../scoring/answer-files';
import { cacheDir, datasetCacheEnabled } from '../scoring/dataset-cache';
import type { Workspace } from '../workspace/workspace';

type Table = Omit<PortfolioTable, 'timings'>;

function location(ws: Workspace, revision: string, key: string) {
  if (ws.path === ':memory:' || !namesOneState(revision) || !datasetCacheEnabled()) return null;
  return { dir: cacheDir(ws.path), name: answerFileName('portfolio', revision, key, 'psw') };
}

/** The table kept for this revision and key, or null. */
export function readKeptPortfolio(ws: Workspace, revision: string, key: string): Table | null {
  const at = location(ws, revision, key);
  const bytes = at && readAnswerFile(at.dir, at.name);
  if (!bytes) return null;
  try {
    const framed = unframeColumns(bytes);
    if (!framed) return null;
    const table = decodePortfolioColumns(framed.encoded.meta, framed.encoded.arrow);
    rememberColumns(table, framed.encoded);
    return table;
  } catch {
    return null;
  }
}

export function keepPortfolio(ws: Workspace, revision: string, key: string, table: Table): void {
  const at = location(ws, revision, key);
  if (at) writeAnswerFile(at.dir, at.name, frameParts(portfolioColumns(table), {}));
}
