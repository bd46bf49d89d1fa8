/**
 * Qualitative-signal demo data: for each of the last three quarters, survey answers from about
 * half the partners (CSAT on a 5-point scale and a 0–10 recommendation, following the partner's
 * CSAT measure, with a comment drawn to match the answer) and field-visit notes from their
 * account manager for about a quarter of them. Stored as two signal imports. Seeded.
 */
import { partnerSignals, signalImports } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { Rng } from './random';

const PRAISE = [
  'Enablement sessions were practical and well run.',
  'Our channel manager responds quickly.',
  'Deal registration approvals are fast now.',
  'Co-marketing funds made our launch event possible.',
  'Good technical support on complex deals.',
];
const NEUTRAL = [
  'Program is fine, tier benefits could be clearer.',
  'Training is useful but takes a lot of our engineers’ time.',
  'Pricing updates reach us late.',
];
const COMPLAINTS = [
  'MDF claims take too long to be paid.',
  'Channel conflict with direct sales on two accounts.',
  'The partner portal is hard to navigate.',
  'Deal registrations were rejected without explanation.',
  'Not enough presales support for larger deals.',
];
const VISITS = [
  'Joint pipeline review: {n} open opportunities, two need presales help.',
  'Quarterly check-in with the partner’s sales lead; agreed a certification plan for two engineers.',
  'Discussed the MDF plan for next quarter; partner wants a co-funded webinar series.',
  'Partner raised a channel conflict on an account; escalated to the regional director.',
  'Reviewed the joint business plan: on track for revenue, behind on certifications.',
  'New sales director at the partner; introduced the program and the tier requirements.',
];
const ROLES = [
  'Sales director',
  'Managing director',
  'Presales lead',
  'Marketing manager',
  'Operations lead',
];

export function generateSignalsDemo(
  ws: Workspace,
  seed: number,
): { surveys: number; visits: number } {
  const db = ws.sqlite;
  const periods = (
    db
      .prepare(
        `SELECT key, start_date AS startDate FROM periods WHERE grain = 'quarter'
          ORDER BY start_date DESC LIMIT 3`,
      )
      .all() as { key: string; startDate: string }[]
  ).reverse();
  if (periods.length === 0) return { surveys: 0, visits: 0 };
  const csatOf = db.prepare(
    `SELECT v.partner_id AS id, v.value FROM measure_values v
       JOIN measures m ON m.id = v.measure_id AND m.key = 'csat'
       JOIN periods t ON t.id = v.period_id WHERE t.key = ?`,
  );
  const partners = db
    .prepare('SELECT id, account_manager AS manager FROM partners ORDER BY id')
    .all() as { id: number; manager: string | null }[];
  const rng = new Rng(seed * 7717 + 29);
  const at = new Date(`${periods.at(-1)!.startDate}T08:00:00Z`).toISOString();
  const importOf = (kind: 'survey' | 'visit', fileName: string) =>
    ws.db
      .insert(signalImports)
      .values({ kind, fileName, rows: 0, importedAt: at })
      .returning({ id: signalImports.id })
      .get().id;
  const surveyImport = importOf('survey', 'Demo partner survey.csv');
  const visitImport = importOf('visit', 'Demo field visits.csv');
  const rows: (typeof partnerSignals.$inferInsert)[] = [];
  let surveys = 0;
  let visits = 0;
  const day = (start: string) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + rng.int(5, 80));
    return d.toISOString().slice(0, 10);
  };
  for (const period of periods) {
    const csat = new Map(
      (csatOf.all(period.key) as { id: number; value: number }[]).map((r) => [r.id, r.value]),
    );
    for (const p of partners) {
      const base = csat.get(p.id) ?? 70;
      if (rng.chance(0.5)) {
        const answers = rng.int(1, 3);
        for (let k = 0; k < answers; k++) {
          const level = Math.min(
            5,
            Math.max(1, Math.round(1 + ((base + rng.normal(0, 12)) / 100) * 4)),
          );
          const nps = Math.min(10, Math.max(0, Math.round(level * 2 + rng.normal(0, 1.2))));
          const pool = level >= 4 ? PRAISE : level === 3 ? NEUTRAL : COMPLAINTS;
          rows.push({
            importId: surveyImport,
            partnerId: p.id,
            kind: 'survey',
            periodKey: period.key,
            onDate: day(period.startDate),
            who: ROLES[rng.int(0, ROLES.length - 1)]!,
            csat: level,
            csatScale: 5,
            nps,
            text: rng.chance(0.7) ? pool[rng.int(0, pool.length - 1)]! : '',
          });
          surveys++;
        }
      }
      if (rng.chance(0.25)) {
        const note = VISITS[rng.int(0, VISITS.length - 1)]!.replace('{n}', String(rng.int(3, 14)));
        rows.push({
          importId: visitImport,
          partnerId: p.id,
          kind: 'visit',
          periodKey: period.key,
          onDate: day(period.startDate),
          who: p.manager ?? '',
          text: note,
        });
        visits++;
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    ws.db
      .insert(partnerSignals)
      .values(rows.slice(i, i + 500))
      .run();
  db.prepare('UPDATE signal_imports SET rows = ? WHERE id = ?').run(surveys, surveyImport);
  db.prepare('UPDATE signal_imports SET rows = ? WHERE id = ?').run(visits, visitImport);
  return { surveys, visits };
}
