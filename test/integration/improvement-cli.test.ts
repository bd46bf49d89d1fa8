/**
 * The improvement loop through the CLI on a demo workspace file: the seeded history is listed,
 * a suggestion is accepted and another dismissed, an action's baseline is frozen, the next
 * quarter is imported, and progress is re-measured from it — checked against hand-computed
 * figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import type { CliIo } from '../../src/main/cli/io';
import { call, createDispatcher } from '../../src/main/core/api/dispatcher';
import { AppContext } from '../../src/main/core/app/context';
import type { ProgressReport, SuggestionList } from '../../src/shared/api';
import { tempDir } from '../helpers/temp';

const t = tempDir();
const workspace = join(t.dir, 'w.partnerscope');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  process.env.PARTNERSCOPE_HOME = join(t.dir, 'home');
  const r = await run(['demo', '--out', workspace, '--partners', '120', '--quarters', '8']);
  expect(r.code, r.err).toBe(0);
}, 120_000);
afterAll(() => t.cleanup());

describe('partnerscope improvement', () => {
  it('lists the demo history: issues and actions with baselines in earlier quarters', async () => {
    const r = await run(['improvement', 'list', '--workspace', workspace, '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const { issues, actions } = JSON.parse(r.out) as {
      issues: { id: number }[];
      actions: { baselinePeriod: string | null; status: string; kpiKey: string | null }[];
    };
    expect(issues.length).toBeGreaterThan(5);
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    expect(actions.some((a) => a.status !== 'done')).toBe(true);
    const baselines = new Set(actions.filter((a) => a.kpiKey).map((a) => a.baselinePeriod));
    expect(baselines.has('2025-Q4') || baselines.has('2026-Q1')).toBe(true);
    expect(baselines.has('2026-Q3')).toBe(false);
    const csv = await run(['improvement', 'list', '--workspace', workspace, '--format', 'csv']);
    expect(csv.out.split('\r\n')[0]).toMatch(/^id,severity,status,subject,title/);
  });

  it('suggests issues, accepts one and remembers a dismissal', async () => {
    const list = await run([
      'improvement',
      'suggest',
      '--workspace',
      workspace,
      '--format',
      'json',
      '--limit',
      '5',
    ]);
    expect(list.code, list.err).toBe(0);
    const before = JSON.parse(list.out) as SuggestionList;
    expect(before.suggestions).toHaveLength(5);
    const [first, second] = before.suggestions;
    const accepted = await run([
      'improvement',
      'suggest',
      '--workspace',
      workspace,
      '--accept',
      first!.key,
    ]);
    expect(accepted.code, accepted.err).toBe(0);
    expect(accepted.err).toMatch(/Accepted as issue #\d+/);
    const dismissed = await run([
      'improvement',
      'suggest',
      '--workspace',
      workspace,
      '--dismiss',
      second!.key,
    ]);
    expect(dismissed.out).toBe('1 suggestion dismissed.');
    const after = JSON.parse(
      (
        await run([
          'improvement',
          'suggest',
          '--workspace',
          workspace,
          '--format',
          'json',
          '--limit',
          '1000',
        ])
      ).out,
    ) as SuggestionList;
    const keys = after.suggestions.map((s) => s.key);
    expect(keys).not.toContain(first!.key);
    expect(keys).not.toContain(second!.key);
    expect(after.accepted).toBeGreaterThanOrEqual(1);
    expect(after.dismissed).toBeGreaterThanOrEqual(1);
    const again = await run([
      'improvement',
      'suggest',
      '--workspace',
      workspace,
      '--accept',
      first!.key,
    ]);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/already accepted/);
  });

  it('re-measures an action against its frozen baseline after the next quarter is imported', async () => {
    // Freeze a baseline through the API (as the app does), on a partner without actions.
    const ctx = new AppContext(join(t.dir, 'home2'));
    const dispatch = createDispatcher(ctx);
    await call(dispatch, 'workspace.open', { path: workspace });
    const issue = await call(dispatch, 'improvement.createIssue', {
      partner: 'P-000117',
      title: 'Revenue below plan',
      kpiKey: 'revenue',
      rootCause: 'gtm_messaging',
      severity: 'high',
    });
    // The evidence and the impact estimate are measured from the data.
    expect(issue.periodKey).toBe('2026-Q3');
    expect(issue.value).toBeGreaterThan(0);
    expect(issue.peerValue).not.toBeNull();
    expect(issue.impactRevenue).toBeCloseTo(Math.max(0, issue.peerValue! - issue.value!), 6);
    const action = await call(dispatch, 'improvement.addAction', {
      issueId: issue.id,
      title: 'Demand campaign',
      kpiKey: 'revenue',
      dueDate: '2027-03-31',
    });
    const baseline = action.baselineValue!;
    expect(baseline).toBe(issue.value);
    expect(action.baselinePeriod).toBe('2026-Q3');
    expect(action.baselineDate).toBe('2026-09-30');
    expect(baseline).toBeGreaterThan(0);
    // Target +50%; the next quarter brings +25%: half the gap closed.
    await call(dispatch, 'improvement.updateAction', {
      id: action.id,
      targetValue: baseline * 1.5,
    });
    ctx.close();

    const file = join(t.dir, 'q4.csv');
    writeFileSync(file, `Partner ID,Period,Revenue\nP-000117,2026-Q4,${baseline * 1.25}\n`);
    const imported = await run(['import', '--workspace', workspace, file]);
    expect(imported.code, imported.err).toBe(0);

    const out = join(t.dir, 'progress.json');
    const r = await run([
      'improvement',
      'progress',
      '--workspace',
      workspace,
      '--partner',
      'P-000117',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as ProgressReport;
    expect(report.period.key).toBe('2026-Q4');
    expect(report.asOf).toBe('2026-12-31');
    const measured = report.actions.find((a) => a.id === action.id)!;
    expect(measured.baselineValue).toBe(baseline);
    expect(measured.current).toBeCloseTo(baseline * 1.25, 2);
    // Hand-computed: closed = 0.25 / 0.5 = 0.5; expected = 92 days / 182 days = 0.5055 → on track.
    expect(measured.closed).toBeCloseTo(0.5, 3);
    expect(measured.expected).toBeCloseTo(92 / 182, 6);
    expect(measured.progress).toBe('on-track');
    expect(r.err).toMatch(/Measured as of 2026-12-31/);
    expect(r.err).toMatch(/Observational comparison, not proof/);
  });
});
