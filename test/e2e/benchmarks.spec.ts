/**
 * The Benchmarks page on the seeded demo: box plots and statistics per peer group, the league
 * table, change since a baseline, reference benchmarks, and the partner-safe view, which never
 * names another partner.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { BenchmarksPage } from './pages/benchmarks-page';

const SCREENS = process.env.SCREENS_DIR ?? join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 1000 } });

function partnerAt(workspacePath: string, offset: number) {
  return queryWorkspace<{ id: string; name: string }>(
    workspacePath,
    'SELECT external_id AS id, name FROM partners ORDER BY id LIMIT 1 OFFSET ?',
    offset,
  )[0]!;
}

test('box plots and statistics per group, with a highlighted partner and its league position', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const bench = new BenchmarksPage(shell.page);
  await shell.open(hostUrl, '/benchmarks');
  await expect(shell.sectionHeading('benchmarks')).toBeVisible();
  await expect(shell.navLink('benchmarks')).toHaveAttribute('aria-current', 'page');
  await expect(bench.boxplot).toBeVisible();
  // Default groups: type · region; one row per group plus "All partners".
  const groups = queryWorkspace<{ n: number }>(
    workspacePath,
    `SELECT count(DISTINCT type || '|' || region) AS n FROM partners`,
  )[0]!.n;
  await expect(bench.rows(bench.groupTable)).toHaveCount(groups + 1);

  await bench.chooseKpi('Revenue');
  await bench.groupBy('Type');
  const types = queryWorkspace<{ type: string }>(
    workspacePath,
    'SELECT DISTINCT type FROM partners ORDER BY type',
  );
  await expect(bench.rows(bench.groupTable)).toHaveCount(types.length + 1);
  await expect(bench.groupTable).toContainText(types[0]!.type);
  expect(new URL(shell.page.url()).hash).toContain('kpi=revenue');

  const partner = partnerAt(workspacePath, 3);
  await bench.highlight(partner.id, `${partner.name} (${partner.id})`);
  await expect(bench.page.getByText(`, and where is ${partner.name}?`)).toBeVisible();
  await shell.page.screenshot({
    path: join(SCREENS, 'benchmarks-distribution.png'),
    fullPage: true,
  });

  await bench.tab('League table').click();
  await expect(bench.leagueTable).toBeVisible();
  await expect(bench.rows(bench.leagueTable).first()).toContainText('1');
  await expect(bench.leagueTable.getByRole('link', { name: partner.name })).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'benchmarks-league.png') });
  await bench.tab('Distribution').click();
  await shell.useColorScheme('dark');
  await expect(bench.boxplot).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'benchmarks-dark.png') });
  expect(consoleErrors).toEqual([]);
});

test('the partner view shows only the partner’s own figures and anonymous groups', async ({
  shell,
  hostUrl,
  workspacePath,
}) => {
  const bench = new BenchmarksPage(shell.page);
  const partner = partnerAt(workspacePath, 7);
  await shell.open(hostUrl, `/benchmarks?tab=partner&partner=${partner.id}`);
  await expect(bench.partnerTable).toBeVisible();
  await expect(bench.partnerView).toContainText(`What ${partner.name} sees`);
  await expect(bench.rows(bench.partnerTable)).toHaveCount(16);
  const text = (await bench.partnerView.textContent()) ?? '';
  const others = queryWorkspace<{ id: string; name: string }>(
    workspacePath,
    'SELECT external_id AS id, name FROM partners WHERE external_id <> ?',
    partner.id,
  );
  for (const o of others) {
    expect(text).not.toContain(o.name);
    expect(text).not.toContain(o.id);
  }
  await expect(bench.partnerView).toContainText('groups of at least 5 partners');
  await shell.page.screenshot({
    path: join(SCREENS, 'benchmarks-partner-view.png'),
    fullPage: true,
  });
});

test('change since a baseline, and reference benchmarks imported from a CSV', async ({
  shell,
  hostUrl,
  tempDir,
}) => {
  const bench = new BenchmarksPage(shell.page);
  await shell.open(hostUrl, '/benchmarks?tab=baseline&kpi=score&group=type');
  await expect(bench.baselineGroups).toBeVisible();
  await expect(bench.rows(bench.baselineGroups)).toHaveCount(5);
  await expect(bench.page.getByRole('combobox', { name: 'Baseline period' })).toHaveValue(
    '2025 Q3',
  );
  await shell.page.screenshot({ path: join(SCREENS, 'benchmarks-baseline.png'), fullPage: true });

  await bench.tab('References & anonymity').click();
  const csv = join(tempDir, 'industry.csv');
  writeFileSync(csv, 'kpi,value,note\nPartner score,55,Survey\nwin_rate,31%,\n');
  await bench.page.getByRole('textbox', { name: 'Source name' }).fill('Industry 2025');
  const chooser = bench.page.waitForEvent('filechooser');
  await bench.page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(csv);
  await expect(
    bench.page.getByText('Imported 2 reference values as “Industry 2025”.'),
  ).toBeVisible();
  await expect(bench.rows(bench.references)).toHaveCount(1);
  await expect(bench.references).toContainText('Industry 2025');

  await bench.tab('Distribution').click();
  await expect(bench.boxplot).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'benchmarks-reference-line.png') });
});
