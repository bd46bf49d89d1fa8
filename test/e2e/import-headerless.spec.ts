/**
 * A headerless partner export: its columns are named in the mapping table (the attribute keeps
 * that name), and the next file's partner key — the reseller's surrogate key, not the partner id —
 * is matched to that attribute, shown with how many keys each choice finds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

const N = 12;

test('names the columns of a headerless file and links the next file by overlapping keys', async ({
  page,
  hostUrl,
  tempDir,
  workspacePath,
  consoleErrors,
}) => {
  const resellers = join(tempDir, 'resellers.csv');
  writeFileSync(
    resellers,
    Array.from(
      { length: N },
      (_, i) => `ZZ${String(900 + i).padStart(6, '0')}|${900 + i}|Zed Reseller ${i}|EMEA`,
    ).join('\n') + '\n',
  );
  const sales = join(tempDir, 'reseller-sales.csv');
  writeFileSync(
    sales,
    'Reseller Key,Order Date,Sales Amount\n' +
      Array.from(
        { length: N * 2 },
        (_, i) => `${900 + (i % N)},2026-0${1 + (i % 3)}-10,${500 + i}`,
      ).join('\n') +
      '\n',
  );
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(resellers);
  await expect(page.getByText('The file has no header row')).toBeVisible({ timeout: 30_000 });
  const name = page.getByLabel('Name of column2');
  await name.fill('Reseller Key');
  await name.press('Enter');
  await expect(page.getByLabel('Name of Reseller Key')).toBeVisible();
  await expect(wizard.commitButton).toBeEnabled({ timeout: 30_000 });
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible({ timeout: 60_000 });
  expect(
    countRows(
      workspacePath,
      `SELECT count(*) AS n FROM partners WHERE json_extract(attributes, '$.reseller_key') IS NOT NULL AND external_id LIKE 'ZZ%'`,
    ),
  ).toBe(N);
  await wizard.summary.getByRole('button', { name: 'Import another file' }).click();

  await wizard.chooseFile(sales);
  const link = page.getByRole('combobox', { name: 'Partner key of reseller-sales.csv' });
  await expect(link).toHaveValue(/reseller_key.*12 of 12 keys found/, { timeout: 30_000 });
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0', { timeout: 60_000 });
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible({ timeout: 60_000 });
  expect(
    countRows(
      workspacePath,
      `SELECT count(*) AS n FROM measure_values v JOIN partners p ON p.id = v.partner_id WHERE p.external_id LIKE 'ZZ%'`,
    ),
  ).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});
