/**
 * Methodology diagnostics and the uncertainty analysis on the seeded demo: the diagnostics page
 * opened from the Methodology page shows the correlation heatmap, alpha per group and each KPI's
 * weight against its importance (checked against the API's own answer); on the What-if page a
 * small uncertainty analysis runs with progress and shows the Sobol indices and rank intervals.
 */
import type { DiagnosticsResult } from '../../src/shared/api';
import { expect, test } from './fixtures';
import { DiagnosticsPage } from './pages/diagnostics-page';

test.use({ viewport: { width: 1440, height: 900 } });

test('diagnostics page, then a small uncertainty analysis on the What-if page', async ({
  shell,
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  const page = new DiagnosticsPage(shell.page);
  await shell.open(hostUrl, '/methodology');
  await shell.page.getByTestId('open-diagnostics').click();
  await expect(shell.page).toHaveURL(/#\/methodology\/diagnostics/);
  await expect(page.root).toBeVisible({ timeout: 30_000 });

  const expected = await whatIf.api<DiagnosticsResult>('diagnostics.get', {});
  await expect(page.groups).toHaveCount(expected.groups.length);
  await expect(page.kpis).toHaveCount(expected.kpis.length);
  await expect(page.redundantCount).toHaveText(String(expected.redundant.length));
  const revenue = expected.kpis.find((k) => k.key === 'revenue')!;
  await expect(page.kpiRow('revenue')).toContainText(revenue.name);
  await expect(page.kpiRow('revenue')).toContainText(`${(revenue.weightShare * 100).toFixed(1)}%`);
  await expect(page.heatmap.locator('canvas').first()).toBeVisible();
  await expect(page.importance.locator('canvas').first()).toBeVisible();
  await shell.page.screenshot({ path: 'test-results/screens/diagnostics.png', fullPage: true });

  // Aiming at importance as weighted changes the suggestion.
  await shell.page.getByText('Importance as weighted').click();
  await expect.poll(async () => (await page.kpiRow('revenue').textContent()) ?? '').not.toEqual('');

  await shell.open(hostUrl, '/what-if');
  await whatIf.headline.waitFor();
  await whatIf.tab('Uncertainty').click();
  await page.uncertainty.getByLabel('Samples').fill('70');
  await page.uncertainty.getByRole('button', { name: 'Run' }).click();
  await expect(page.indices).toHaveCount(5, { timeout: 60_000 });
  for (const factor of ['normalisation', 'aggregation', 'imputation', 'treatment', 'weights']) {
    await expect(page.indexRow(factor)).toBeVisible();
  }
  await expect(page.indexRow('normalisation')).toContainText('Percentile rank');
  await expect(page.rankRows.first()).toBeVisible();
  await expect(page.rankChart.locator('canvas').first()).toBeVisible();
  await expect(shell.page.getByTestId('uncertainty-summary')).toContainText('70');
  await shell.page.screenshot({
    path: 'test-results/screens/what-if-uncertainty.png',
    fullPage: true,
  });
  expect(consoleErrors).toEqual([]);
});
