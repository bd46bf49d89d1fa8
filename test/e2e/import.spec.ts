import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countRows, databaseCounts, expect, queryWorkspace, test } from './fixtures';
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

/** The values the newest import wrote for one measure, as `partner|period` → value. */
function writtenByLastImport(workspacePath: string, measure: string) {
  const rows = queryWorkspace<{ partner: string; period: string; value: number }>(
    workspacePath,
    `SELECT p.external_id AS partner, pe.key AS period, v.value AS value FROM measure_values v
     JOIN partners p ON p.id = v.partner_id JOIN periods pe ON pe.id = v.period_id
     JOIN measures m ON m.id = v.measure_id
     WHERE m.key = ? AND v.import_id = (SELECT max(id) FROM imports) ORDER BY p.external_id`,
    measure,
  );
  return Object.fromEntries(rows.map((r) => [`${r.partner}|${r.period}`, r.value]));
}

test('a wide KPI column the wizard did not recognise is mapped to a measure and imported', async ({
  page,
  hostUrl,
  workspacePath,
  tempDir,
  consoleErrors,
}) => {
  // An LMS export: revenue is recognised from its header; "Completed courses" names no known
  // measure, so it is offered as a new measure named after it.
  const file = join(tempDir, 'lms-export.csv');
  writeFileSync(
    file,
    [
      'Partner ID,Quarter,Revenue,Completed courses',
      'P-000001,2025-Q1,12000,7',
      'P-000002,2025-Q1,8000,3',
      'P-000003,2025-Q1,5000,0',
    ].join('\n'),
  );
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(file);

  await expect(page.getByTestId('import-kind')).toHaveValue('KPI values, one column per measure');
  await expect(wizard.roleSelect('Partner ID')).toHaveValue('Partner id');
  await expect(wizard.roleSelect('Quarter')).toHaveValue('Period or date');
  await expect(wizard.measureSelect('Revenue')).toHaveValue('Revenue');
  await expect(wizard.roleSelect('Completed courses')).toHaveValue('Measure →');
  await expect(wizard.reportCount('rows-accepted')).toHaveText('3');
  await expect(wizard.reportCount('values')).toHaveText('6');

  // A measure column without its measure is named, and nothing can be analysed or committed.
  await wizard.setRole('Completed courses', '— not imported —');
  await wizard.setRole('Completed courses', 'Measure →');
  await expect(wizard.mappingProblems).toContainText('Column “Completed courses” needs a measure.');
  await expect(wizard.commitButton).toBeDisabled();
  await expect(wizard.analyseAgain).toBeDisabled();
  await wizard.screenshotMapping(join(SCREENS, 'import-mapping-incomplete.png'));

  await wizard.setMeasure('Completed courses', 'Trainings completed');
  await expect(wizard.mappingProblems).toBeHidden();
  await expect(wizard.measureSelect('Completed courses')).toHaveValue('Trainings completed');
  await expect(wizard.mapping.locator('tr[data-column="Completed courses"]')).toContainText(
    'set by you',
  );
  await expect(wizard.commitStatus).toContainText('analyse again');
  await wizard.analyseAgain.click();
  await expect(wizard.analyseAgain).toBeHidden();
  await expect(wizard.reportCount('rows-accepted')).toHaveText('3');
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0');
  await expect(wizard.reportCount('values')).toHaveText('6');
  await expect(wizard.commitButton).toBeEnabled();
  await wizard.screenshotMapping(join(SCREENS, 'import-mapping-kpi.png'));
  await wizard.savePreset('LMS export');

  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible();
  await expect(wizard.summary).toContainText('Rows imported: 3');
  expect(writtenByLastImport(workspacePath, 'trainings_completed')).toEqual({
    'P-000001|2025-Q1': 7,
    'P-000002|2025-Q1': 3,
    'P-000003|2025-Q1': 0,
  });
  expect(writtenByLastImport(workspacePath, 'revenue')).toEqual({
    'P-000001|2025-Q1': 12000,
    'P-000002|2025-Q1': 8000,
    'P-000003|2025-Q1': 5000,
  });

  // Next quarter's export, under another name, is mapped by the saved preset.
  const next = join(tempDir, 'lms-export-2025-q2.csv');
  writeFileSync(
    next,
    ['Partner ID,Quarter,Revenue,Completed courses', 'P-000001,2025-Q2,9000,2'].join('\n'),
  );
  await page.getByRole('button', { name: 'Import another file' }).click();
  await wizard.chooseFile(next);
  await expect(wizard.roleSelect('Completed courses')).toHaveValue('Measure →');
  await wizard.applyPreset('LMS export');
  await expect(wizard.measureSelect('Completed courses')).toHaveValue('Trainings completed');
  await expect(wizard.reportCount('rows-accepted')).toHaveText('1');
  await expect(wizard.reportCount('values')).toHaveText('2');
  await expect(wizard.commitButton).toBeEnabled();
  expect(consoleErrors).toEqual([]);
});

test('a long KPI table’s unknown measure name is mapped to a measure', async ({
  page,
  hostUrl,
  workspacePath,
  tempDir,
}) => {
  const file = join(tempDir, 'lms-long.csv');
  writeFileSync(
    file,
    [
      'Partner ID,Quarter,Metric,Value',
      'P-000001,2025-Q2,Completed courses,4',
      'P-000002,2025-Q2,Completed courses,2',
      'P-000001,2025-Q2,Portal logins,40',
    ].join('\n'),
  );
  const wizard = new ImportPage(page);
  await wizard.open(hostUrl);
  await wizard.chooseFile(file);

  await expect(page.getByTestId('import-kind')).toHaveValue('KPI values, one row per measure');
  await expect(wizard.roleSelect('Metric')).toHaveValue('Measure name');
  // "Completed courses" names no known measure: it is offered as a new one; the user sends it to
  // the standard measure instead.
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0');
  await expect(
    wizard.measureNames.getByRole('combobox', { name: 'Measure for Completed courses' }),
  ).toHaveValue('Completed courses');
  await wizard.mapMeasureName('Completed courses', 'Trainings completed');
  await wizard.analyseAgain.click();
  await expect(wizard.analyseAgain).toBeHidden();
  await wizard.screenshotMapping(join(SCREENS, 'import-mapping-long.png'));
  await expect(wizard.reportCount('rows-rejected')).toHaveText('0');
  await expect(wizard.reportCount('rows-accepted')).toHaveText('3');
  await wizard.commitButton.click();
  await expect(wizard.summary).toBeVisible();
  expect(writtenByLastImport(workspacePath, 'trainings_completed')).toEqual({
    'P-000001|2025-Q2': 4,
    'P-000002|2025-Q2': 2,
  });
});
