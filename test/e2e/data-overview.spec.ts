import { databaseCounts, expect, test } from './fixtures';
import type { CountName } from './pages/data-overview-page';
import { formatCount } from './support/format';

test('the Data overview counts equal the database', async ({
  shell,
  dataOverview,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const db = databaseCounts(workspacePath);
  expect(db.partners).toBe(120);
  await shell.open(hostUrl, '/data');

  const expected: Record<CountName, number> = {
    partners: db.partners,
    periods: db.periods,
    measures: db.measures,
    values: db.values,
    targets: db.targets,
    'deal-registrations': db.dealRegistrations,
    imports: db.imports,
  };
  for (const [name, value] of Object.entries(expected) as [CountName, number][]) {
    await expect(dataOverview.count(name), name).toHaveText(formatCount(value));
  }
  await expect(dataOverview.emptyNotice).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the Data overview tables list what the workspace holds', async ({
  shell,
  dataOverview,
  hostUrl,
  workspacePath,
}) => {
  const db = databaseCounts(workspacePath);
  await shell.open(hostUrl, '/data');
  await expect(dataOverview.rows('Measures')).toHaveCount(db.measures);
  await expect(dataOverview.rows('Periods')).toHaveCount(db.periods);
  await expect(dataOverview.rows('Import history')).toHaveCount(db.imports);

  // Partners by type add up to all partners.
  const byType = dataOverview.rows('Partners by type');
  await expect(byType.first()).toBeVisible();
  const counts = await byType.locator('td:nth-child(2)').allTextContents();
  const sum = counts.reduce((total, text) => total + Number(text.replace(/[^\d]/g, '')), 0);
  expect(sum).toBe(db.partners);
});

test('a table sorts when its column header is clicked', async ({
  shell,
  dataOverview,
  hostUrl,
}) => {
  await shell.open(hostUrl, '/data');
  const table = dataOverview.table('Partners by region');
  const header = table.getByRole('columnheader', { name: 'Region' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const regions = await dataOverview
    .rows('Partners by region')
    .locator('td:first-child')
    .allTextContents();
  expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b)));
});
