import { join } from 'node:path';
import { dataset } from '../integration/import-datasets';
import { countRows, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { REPO_ROOT } from './support/repo-root';

const SCREENS = join(REPO_ROOT, 'test-results/screens');

const aw = dataset('adventureworks-dw-reseller');
const maven = dataset('maven-crm-sales-opportunities');

test('the real AdventureWorks and Maven CRM exports import through the wizard, several files at once', async ({
  page,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  test.skip(!aw.present || !maven.present, 'the shared datasets are not there');
  test.setTimeout(120_000);
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);

  // AdventureWorks: the reseller list alone gets the built-in preset, which asks for its lookups…
  await wizard.chooseFiles([join(aw.dir, 'DimReseller.csv')]);
  await expect(page.getByText('preset adventureworks')).toBeVisible();
  await expect(page.getByText(/DimGeography\*\.csv/).first()).toBeVisible({ timeout: 30_000 });
  // …which are added to the same import (a drop or the picker adds while mapping).
  await wizard.chooseFiles([
    join(aw.dir, 'DimGeography.csv'),
    join(aw.dir, 'DimSalesTerritory.csv'),
    join(aw.dir, 'FactResellerSales.csv'),
  ]);
  await expect(page.getByTestId('import-files')).toContainText('FactResellerSales.csv');
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0', { timeout: 60_000 });
  await expect(wizard.commitButton).toBeEnabled();
  await page.screenshot({ path: join(SCREENS, 'import-several-files.png') });
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible({ timeout: 60_000 });
  expect(
    countRows(workspacePath, "SELECT count(*) AS n FROM partners WHERE external_id LIKE 'AW%'"),
  ).toBe(701);
  await wizard.summary.getByRole('button', { name: 'Import another file' }).click();

  // Maven CRM: accounts and the sales pipeline, picked together; nothing renamed, no JSON.
  await wizard.chooseFiles([
    join(maven.dir, 'accounts.csv'),
    join(maven.dir, 'sales_pipeline.csv'),
  ]);
  await expect(page.getByTestId('import-files')).toContainText('sales_pipeline.csv');
  await expect(wizard.reportCount('rows-read')).toHaveText('8,885', { timeout: 60_000 });
  await page.getByLabel(/Skip the .* rejected rows/).check();
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible({ timeout: 60_000 });
  expect(
    countRows(
      workspacePath,
      "SELECT count(*) AS n FROM deal_registrations d JOIN partners p ON p.id = d.partner_id WHERE p.name = 'Stanredtax'",
    ),
  ).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});
