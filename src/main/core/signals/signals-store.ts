/**
 * Reading qualitative signals: one partner's per period (CSAT mean on its scale, NPS from the
 * 0–10 answers, comments, visit notes), a text search over comments and notes, the imports and
 * their undo.
 */
import type {
  FieldVisit,
  PartnerSignalPeriod,
  PartnerSignals,
  SignalImportInfo,
  SignalKind,
  SignalSearchHit,
  SurveyResponse,
} from '../../../shared/api/signals';
import { AppError } from '../../../shared/errors';
import { resolvePartnerId } from '../mdf/claim-store';
import type { Workspace } from '../workspace/workspace';

interface Row {
  id: number;
  kind: SignalKind;
  periodKey: string;
  onDate: string | null;
  who: string;
  csat: number | null;
  csatScale: 5 | 100 | null;
  nps: number | null;
  text: string;
}

/** NPS of 0–10 answers: % promoters (9–10) − % detractors (0–6); null without answers. */
export function netPromoterScore(answers: readonly number[]): number | null {
  if (answers.length === 0) return null;
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  return ((promoters - detractors) / answers.length) * 100;
}

export function summarisePeriod(period: string, rows: readonly Row[]): PartnerSignalPeriod {
  const surveys: SurveyResponse[] = [];
  const visits: FieldVisit[] = [];
  const csat: number[] = [];
  const scales = new Set<number>();
  const nps: number[] = [];
  for (const r of rows) {
    if (r.kind === 'visit') {
      visits.push({ id: r.id, date: r.onDate, visitor: r.who, notes: r.text });
      continue;
    }
    surveys.push({
      id: r.id,
      date: r.onDate,
      respondent: r.who,
      csat: r.csat,
      nps: r.nps,
      comment: r.text,
    });
    if (r.csat !== null && r.csatScale !== null) {
      // Answers on another scale than the period's first are brought to it (5-point ↔ 0–100).
      const first = scales.size === 0 ? r.csatScale : [...scales][0]!;
      scales.add(first);
      csat.push(
        r.csatScale === first
          ? r.csat
          : first === 5
            ? 1 + (r.csat / 100) * 4
            : ((r.csat - 1) / 4) * 100,
      );
    }
    if (r.nps !== null) nps.push(r.nps);
  }
  const scale = scales.size ? ([...scales][0] as 5 | 100) : null;
  return {
    period,
    responses: surveys.length,
    csatMean: csat.length ? csat.reduce((s, v) => s + v, 0) / csat.length : null,
    csatScale: scale,
    nps: netPromoterScore(nps),
    npsAnswers: nps.length,
    surveys,
    visits,
  };
}

const SELECT = `SELECT id, kind, period_key AS periodKey, on_date AS onDate, who, csat,
  csat_scale AS csatScale, nps, text FROM partner_signals`;

export function partnerSignalsOf(
  ws: Workspace,
  q: { partner: string; upTo?: string; periods: number },
): PartnerSignals {
  const partnerId = resolvePartnerId(ws, q.partner);
  const p = ws.sqlite
    .prepare('SELECT external_id AS externalId, name FROM partners WHERE id = ?')
    .get(partnerId) as { externalId: string; name: string };
  const keys = (
    ws.sqlite
      .prepare(
        `SELECT DISTINCT period_key AS k FROM partner_signals WHERE partner_id = ?
          ${q.upTo ? 'AND period_key <= ?' : ''} ORDER BY period_key DESC LIMIT ?`,
      )
      .all(...(q.upTo ? [partnerId, q.upTo, q.periods] : [partnerId, q.periods])) as {
      k: string;
    }[]
  ).map((r) => r.k);
  const rowsOf = ws.sqlite.prepare(
    `${SELECT} WHERE partner_id = ? AND period_key = ? ORDER BY kind, on_date DESC, id`,
  );
  return {
    partnerId,
    externalId: p.externalId,
    name: p.name,
    periods: keys.map((k) => summarisePeriod(k, rowsOf.all(partnerId, k) as Row[])),
  };
}

/** Comments and notes containing every word of the query (case-insensitive), newest first. */
export function searchSignals(
  ws: Workspace,
  q: { query: string; kind?: SignalKind; period?: string; limit: number },
): SignalSearchHit[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const word of q.query.split(/\s+/).filter(Boolean)) {
    where.push(`(s.text LIKE ? ESCAPE '\\' OR s.who LIKE ? ESCAPE '\\')`);
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (q.kind) {
    where.push('s.kind = ?');
    params.push(q.kind);
  }
  if (q.period) {
    where.push('s.period_key = ?');
    params.push(q.period);
  }
  return ws.sqlite
    .prepare(
      `SELECT s.kind, s.id, s.partner_id AS partnerId, p.external_id AS externalId,
              p.name AS partnerName, s.period_key AS period, s.on_date AS date, s.who,
              s.text, s.csat, s.nps
         FROM partner_signals s JOIN partners p ON p.id = s.partner_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY s.period_key DESC, s.on_date DESC, s.id DESC LIMIT ?`,
    )
    .all(...params, q.limit) as SignalSearchHit[];
}

export function listSignalImports(ws: Workspace): SignalImportInfo[] {
  return ws.sqlite
    .prepare(
      `SELECT id, kind, file_name AS fileName, rows, imported_at AS importedAt
         FROM signal_imports ORDER BY id DESC`,
    )
    .all() as SignalImportInfo[];
}

export function undoSignalImport(ws: Workspace, id: number): { removed: number } {
  const found = ws.sqlite.prepare('SELECT id FROM signal_imports WHERE id = ?').get(id);
  if (!found) throw new AppError('NOT_FOUND', `No signal import #${id}.`);
  return ws.sqlite.transaction(() => {
    const removed = ws.sqlite
      .prepare('DELETE FROM partner_signals WHERE import_id = ?')
      .run(id).changes;
    ws.sqlite.prepare('DELETE FROM signal_imports WHERE id = ?').run(id);
    return { removed };
  })();
}
