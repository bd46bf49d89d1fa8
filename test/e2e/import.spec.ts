import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, databaseCounts, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { formatCount } from './support/format';
import { REPO_ROOT } from './support/repo-root';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/import');
const VALID = join(FIXTURES, 'e2e-transactions-valid.csv');
const MALFORMED = join(FIXTURES, 'e2e-transactions-malformed.csv');
const SCREENS = join(REPO_ROOT, 'test-results/screens');

test.beforeAll(() => mkdirSync(SCREENS, { recursive: true }));

test('a valid transactions CSV is previewed, mapped, reported and committed', async ({
  page,
  hostUrl,
  workspacePath,
  dataOverview,
  consoleErrors,
}) => {
  const before = databaseCounts(workspacePath);
  await page.goto(`${hostUrl}#/data`);
  await page.getByTestId('open-import').click();
  await expect(page).toHaveURL(/#\/data\/import$/);

  const wizard = new ImportPage(page);
  await wizard.chooseFile(VALID);
  await expect(wizard.preview.locator('tbody tr')).toHaveCount(8);
  await expect(wizard.roleSelect('Partner ID')).toHaveValue('Partner id');
  await expect(wizard.roleSelect('Amount')).toHaveValue('Amount → revenue');
  await expect(wizard.reportCount('rows-read')).toHaveText('8');
  await expect(wizard.reportCount('rows-accepted')).toHaveText('8');
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0');
  await expect(wizard.commitButton).toBeEnabled();
  await page.screenshot({ path: join(SCREENS, 'import-report.png'), fullPage: true });

  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible();
  await expect(wizard.summary).toContainText('Rows imported: 8');
  await page.screenshot({ path: join(SCREENS, 'import-summary.png'), fullPage: true });

  const after = databaseCounts(workspacePath);
  expect(after.imports).toBe(before.imports + 1);
  // The demo already holds 2025 values: the import writes (or replaces) them under its own id.
  const written = countRows(
    workspacePath,
    'SELECT count(*) AS n FROM measure_values WHERE import_id = (SELECT max(id) FROM imports)',
  );
  expect(written).toBeGreaterThan(0);
  await expect(wizard.history.locator('tbody tr').first()).toContainText(
    'e2e-transactions-valid.csv',
  );

  await wizard.backToOverview.click();
  await expect(dataOverview.count('values')).toHaveText(formatCount(after.values));
  await expect(dataOverview.count('imports')).toHaveText(formatCount(after.imports));
  await expect(dataOverview.count('partners')).toHaveText(formatCount(after.partners));
  await expect(dataOverview.count('periods')).toHaveText(formatCount(after.periods));
  expect(consoleErrors).toEqual([]);
});

test('the import is undone from the history after a confirmation', async ({
  page,
  hostUrl,
  workspacePath,
}) => {
  const before = databaseCounts(workspacePath);
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(VALID);
  await expect(wizard.commitButton).toBeEnabled();
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible();

  const row = wizard.history.locator('tbody tr').first();
  await row.getByRole('button', { name: 'Undo' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Undo import #');
  await page.screenshot({ path: join(SCREENS, 'import-undo-confirm.png') });
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('undo-done')).toBeVisible();
  const after = databaseCounts(workspacePath);
  expect(after.values).toBe(before.values);
  expect(after.imports).toBe(before.imports);
});

test('a malformed CSV shows its errors by row and column and writes nothing', async ({
  page,
  hostUrl,
  workspacePath,
}) => {
  const before = databaseCounts(workspacePath);
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(MALFORMED);

  await expect(wizard.reportCount('rows-read')).toHaveText('6');
  await expect(wizard.reportCount('rows-rejected')).toHaveText('3');
  await expect(wizard.rejectedRow(3)).toContainText('Order Date');
  await expect(wizard.rejectedRow(3)).toContainText('2025-02-31');
  await expect(wizard.rejectedRow(4)).toContainText('Amount');
  await expect(wizard.rejectedRow(4)).toContainText('twelve thousand');
  await expect(wizard.rejectedRow(7)).toContainText('Partner ID');
  await expect(wizard.rejectedRow(3).locator('td').first()).toHaveText(
    'e2e-transactions-malformed.csv',
  );
  await expect(wizard.commitButton).toBeDisabled();
  await expect(wizard.commitStatus).toContainText('3 rows are rejected');
  await page.screenshot({ path: join(SCREENS, 'import-malformed.png'), fullPage: true });

  expect(databaseCounts(workspacePath)).toEqual(before);
});

test('a file dropped on the drop zone reaches the preview', async ({ page, hostUrl }) => {
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await expect(wizard.dropZone).toBeVisible();
  await wizard.dropFile(VALID);
  await expect(wizard.preview.locator('tbody tr')).toHaveCount(8);
  await expect(wizard.preview).toContainText('E2E-1001');
  await expect(wizard.reportCount('rows-read')).toHaveText('8');
});

test('a file dropped on the Data overview opens the wizard with it', async ({ page, hostUrl }) => {
  await page.goto(`${hostUrl}#/data`);
  const wizard = new ImportPage(page);
  await wizard.dropFile(VALID);
  await expect(page).toHaveURL(/#\/data\/import$/);
  await expect(wizard.preview.locator('tbody tr')).toHaveCount(8);
  await page.screenshot({ path: join(SCREENS, 'import-dropped-from-overview.png') });
});
