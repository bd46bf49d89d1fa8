import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { ImprovementPage } from './pages/improvement-page';

test('issue → action with a frozen baseline → import of the next quarter → progress re-measured', async ({
  shell,
  hostUrl,
  workspacePath,
  tempDir,
  consoleErrors,
}) => {
  const page = shell.page;
  const improvement = new ImprovementPage(page);
  await shell.open(hostUrl, '/improvement');
  // The demo carries a history of issues.
  await expect(improvement.issuesTable.getByRole('row').nth(1)).toBeVisible();

  await improvement.recordPartnerIssue('P-000009', 'Revenue below plan', 'Revenue');
  await expect(improvement.issueDetail).toContainText('Revenue below plan');
  await expect(page).toHaveURL(/issue=\d+/);

  // The issue's evidence was measured from the data: revenue in the latest quarter.
  const [{ revenue }] = queryWorkspace<{ revenue: number }>(
    workspacePath,
    "SELECT value AS revenue FROM improvement_issues WHERE title = 'Revenue below plan'",
  ) as [{ revenue: number }];
  expect(revenue).toBeGreaterThan(0);
  const target = Math.round(revenue * 1.5);
  await improvement.addAction({
    title: 'Demand campaign with MDF',
    target,
    due: '2027-03-31',
    owner: 'Dana Lee',
  });
  const row = improvement.actionRow('Demand campaign with MDF');
  await expect(row).toContainText('since 2026-Q3');
  await expect(row.locator('[data-progress]')).toHaveAttribute('data-progress', 'on-track');
  const [action] = queryWorkspace<{ baseline: number; period: string }>(
    workspacePath,
    "SELECT baseline_value AS baseline, baseline_period AS period FROM qbr_actions WHERE title = 'Demand campaign with MDF'",
  );
  expect(action!.period).toBe('2026-Q3');
  expect(action!.baseline).toBe(revenue);

  // The next quarter arrives with half the gap to the target closed.
  const file = join(tempDir, 'q4-revenue.csv');
  writeFileSync(
    file,
    `Partner ID,Period,Revenue\nP-000009,2026-Q4,${revenue + (target - revenue) / 2}\n`,
  );
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(file);
  await expect(wizard.commitButton).toBeEnabled();
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible();

  await shell.open(hostUrl, '/improvement?tab=progress');
  await expect(improvement.progressTotal).toContainText('as of 2026-12-31 (2026 Q4)');
  const measured = improvement.actionRow('Demand campaign with MDF');
  // 50% closed; 92 of 182 days from 2026-09-30 to 2027-03-31 elapsed (51% − 10% tolerance).
  await expect(measured.locator('[data-progress]')).toHaveText('On track · 50%');
  await expect(improvement.impactChart.locator('canvas')).toHaveCount(1);
  await expect(improvement.didItWork).toContainText('Observational comparison, not proof');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: join('test-results', 'improvement-progress.png'), fullPage: true });
  expect(consoleErrors).toEqual([]);
});
