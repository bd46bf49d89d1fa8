/**
 * Which partner column a fact file's partner key refers to. A reseller export often carries two
 * keys (a surrogate `ResellerKey` 676 and a business key `AW00000676`): the facts use one, the
 * partner list's id column may be the other. The fact file's sampled keys are looked up in every
 * column of the partner files being imported and in the workspace's partners (id, name, each
 * attribute); the column holding the most of them is the one the facts are matched on, shown to
 * the user with the other choices and their counts so that it can be changed.
 */
import type {
  FileMapping,
  FilePreview,
  ImportMapping,
  PartnerKeyLink,
  PartnerMatch,
} from '../../../../shared/api/import';
import type { Workspace } from '../../workspace/workspace';
import { attributeKey } from '../analyse/partner-file';

const SAMPLE = 200;

function columnOf(expr: unknown): string | null {
  if (typeof expr === 'string') return expr;
  if (expr && typeof expr === 'object' && 'column' in expr && !('lookup' in expr)) {
    const c = (expr as { column: unknown }).column;
    return typeof c === 'string' ? c : null;
  }
  return null;
}

function valuesOf(preview: FilePreview, column: string): string[] {
  const i = preview.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase());
  if (i < 0) return [];
  return preview.rows.map((r) => (r.cells[i] ?? '').trim()).filter((v) => v !== '');
}

const nameKey = (v: string) => v.trim().toLowerCase().replace(/\s+/g, ' ');

function sameMatch(a: PartnerMatch, b: PartnerMatch): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.attribute === b.attribute;
}

export function matchLabel(match: PartnerMatch): string {
  if (match === 'externalId') return 'partner id';
  if (match === 'name') return 'partner name';
  return `attribute “${match.attribute}”`;
}

interface Candidate {
  match: PartnerMatch;
  label: string;
  keys: Set<string>;
  byName?: boolean;
}

/** Candidates from the partner files of this import: each column, as what it will be stored as. */
function importCandidates(files: FileMapping[], previews: FilePreview[]): Candidate[] {
  const out: Candidate[] = [];
  files.forEach((file, f) => {
    if (file.kind !== 'partners') return;
    const preview = previews[f]!;
    const idColumn = columnOf(file.fields.externalId);
    const nameColumn = columnOf(file.fields.name);
    const explicit = new Map(
      Object.entries(file.attributes ?? {}).map(([k, e]) => [columnOf(e)?.toLowerCase(), k]),
    );
    for (const column of preview.columns) {
      const values = valuesOf(preview, column);
      const lower = column.toLowerCase();
      let match: PartnerMatch | null = null;
      if (idColumn && lower === idColumn.toLowerCase()) match = 'externalId';
      else if (nameColumn && lower === nameColumn.toLowerCase()) match = 'name';
      else if (explicit.has(lower)) match = { attribute: explicit.get(lower)! };
      else if (file.extraColumnsAsAttributes !== false) match = { attribute: attributeKey(column) };
      if (!match) continue;
      const byName = match === 'name';
      out.push({
        match,
        label: `${preview.fileName}: ${column}`,
        keys: new Set(byName ? values.map(nameKey) : values),
        byName,
      });
    }
  });
  return out;
}

/** How many of `keys` the workspace's partners hold, per way of matching. */
function workspaceHits(ws: Workspace | null, keys: string[]): Map<string, number> {
  const hits = new Map<string, number>();
  if (!ws || keys.length === 0) return hits;
  const marks = keys.map(() => '?').join(',');
  const count = (sql: string, args: string[]) =>
    (ws.sqlite.prepare(sql).get(...args) as { n: number }).n;
  hits.set(
    'externalId',
    count(
      `SELECT count(DISTINCT external_id) AS n FROM partners WHERE external_id IN (${marks})`,
      keys,
    ),
  );
  hits.set(
    'name',
    count(
      `SELECT count(DISTINCT lower(trim(name))) AS n FROM partners WHERE lower(trim(name)) IN (${marks})`,
      keys.map(nameKey),
    ),
  );
  const rows = ws.sqlite
    .prepare(
      `SELECT j.key AS attribute, count(DISTINCT CAST(j.value AS TEXT)) AS n
         FROM partners p, json_each(CASE WHEN json_valid(p.attributes) THEN p.attributes ELSE '{}' END) j
        WHERE CAST(j.value AS TEXT) IN (${marks})
        GROUP BY j.key`,
    )
    .all(...keys) as { attribute: string; n: number }[];
  for (const r of rows) hits.set(`attribute:${r.attribute}`, r.n);
  return hits;
}

const tagOf = (m: PartnerMatch) => (typeof m === 'string' ? m : `attribute:${m.attribute}`);

/**
 * Sets each fact file's `partnerMatch` to the partner column its keys overlap most, and returns
 * the choices (with counts) for the user. Changes `mapping` in place; adds a note when it moves.
 */
export function linkPartnerKeys(
  ws: Workspace | null,
  mapping: ImportMapping,
  previews: FilePreview[],
  notes: string[],
): PartnerKeyLink[] {
  const links: PartnerKeyLink[] = [];
  const fromImport = importCandidates(mapping.files, previews);
  mapping.files.forEach((file, f) => {
    if (file.kind === 'partners') return;
    const preview = previews[f];
    const column = columnOf(file.partner);
    if (!preview || !column) return;
    const sample = [...new Set(valuesOf(preview, column))].slice(0, SAMPLE);
    if (sample.length === 0) return;
    const tally = new Map<string, { match: PartnerMatch; label: string; hits: number }>();
    const add = (match: PartnerMatch, label: string, hits: number) => {
      const tag = tagOf(match);
      const known = tally.get(tag);
      if (!known) tally.set(tag, { match, label, hits });
      else known.hits = Math.max(known.hits, hits);
    };
    for (const c of fromImport) {
      const hits = sample.filter((k) => c.keys.has(c.byName ? nameKey(k) : k)).length;
      add(c.match, c.label, hits);
    }
    for (const [tag, hits] of workspaceHits(ws, sample)) {
      const match: PartnerMatch =
        tag === 'externalId' || tag === 'name'
          ? tag
          : { attribute: tag.slice('attribute:'.length) };
      add(match, `workspace partners: ${matchLabel(match)}`, hits);
    }
    const current: PartnerMatch = file.partnerMatch ?? 'externalId';
    add(current, matchLabel(current), 0);
    const options = [...tally.values()].sort((a, b) => b.hits - a.hits);
    const best = options[0]!;
    const now = tally.get(tagOf(current))!;
    let chosen = current;
    if (best.hits > now.hits && (now.hits === 0 || best.hits >= 2 * now.hits)) {
      chosen = best.match;
      file.partnerMatch = chosen;
      notes.push(
        `${preview.fileName}: its partner key ${column} is matched on ${matchLabel(chosen)} (${best.label}): ${best.hits} of ${sample.length} sampled keys found there, ${now.hits} as ${matchLabel(current)}.`,
      );
    }
    links.push({
      fileIndex: f,
      fileName: preview.fileName,
      column,
      match: chosen,
      sampled: sample.length,
      options: options.map(({ match, label, hits }) => ({ match, label, hits })),
    });
    // Keep the chosen one listed even when nothing matched it.
    if (!links.at(-1)!.options.some((o) => sameMatch(o.match, chosen)))
      links.at(-1)!.options.push({ match: chosen, label: matchLabel(chosen), hits: 0 });
  });
  return links;
}
