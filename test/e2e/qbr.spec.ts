import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ActionsPage } from './pages/actions-page';
import { QbrPage } from './pages/qbr-page';
import { ScorecardPreviewPage } from './pages/scorecard-preview-page';

test('prepare a QBR: edit drafted highlights, agenda and notes, save, and find it again', async ({
  shell,
  hostUrl,
  consoleErrors,
}) => {
  const qbr = new QbrPage(shell.page);
  await shell.open(hostUrl, '/qbr');
  await qbr.openPartner('P-000003');
  await expect(shell.page).toHaveURL(/#\/qbr\/P-000003/);
  await expect(qbr.summary).toContainText('Composite');
  await expect(qbr.state).toHaveText('Draft, not saved yet');
  await expect(qbr.highlight(1)).not.toHaveValue('');

  await qbr.highlight(1).fill('Revenue is ahead of plan: thank the team.');
  await qbr.highlight(2).fill('Internal: ask about the reseller conflict.');
  await qbr.internalToggle(2).check();
  await qbr.addAgendaItem('Joint marketing plan for next quarter');
  await qbr.notes.fill('Bring the MDF numbers.');
  await qbr.saveButton.click();
  await expect(qbr.state).toHaveText('Saved');

  await shell.page.reload();
  await expect(qbr.highlight(1)).toHaveValue('Revenue is ahead of plan: thank the team.');
  await expect(qbr.internalToggle(2)).toBeChecked();
  await expect(qbr.notes).toHaveValue('Bring the MDF numbers.');
  await shell.open(hostUrl, '/qbr');
  await expect(qbr.savedReviews.getByRole('row')).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});

test('agree actions with owner and due date, then mark one done on the Actions page', async ({
  shell,
  hostUrl,
}) => {
  const qbr = new QbrPage(shell.page);
  const actions = new ActionsPage(shell.page);
  await shell.open(hostUrl, '/qbr/P-000004');
  // The demo's improvement history may already hold actions: count this test's own ones.
  await expect(qbr.summary).toContainText('Composite');
  const before = await qbr.actionsTable.getByRole('row').count();
  await qbr.addAction({
    title: 'Certify two engineers',
    criterion: 'Certifications ≥ 4',
    owner: 'Dana Lee (e2e)',
    due: '2030-03-31',
  });
  await qbr.addAction({
    title: 'Run a pipeline review',
    criterion: 'Coverage 3×',
    owner: 'Sam (e2e)',
    due: '2020-01-15',
  });
  await expect(qbr.actionsTable.getByRole('row')).toHaveCount(Math.max(before, 1) + 2);

  await shell.goto('actions');
  await actions.ownerFilter.fill('(e2e)');
  await expect(actions.row('Run a pipeline review')).toContainText('overdue');
  await expect(actions.count).toHaveText('2 actions, 1 overdue');
  await actions.setStatus('Run a pipeline review', 'Done');
  await expect(actions.row('Run a pipeline review')).toHaveCount(0);
  await expect(actions.count).toHaveText('1 action');
  await actions.show('Done');
  await expect(actions.row('Run a pipeline review')).toBeVisible();
  await actions.show('All');
  await actions.ownerFilter.fill('dana lee (e2e)');
  await expect(actions.table.getByRole('row')).toHaveCount(2);
});

test('preview the scorecard, partner copy without internal lines, and download its PDF', async ({
  shell,
  hostUrl,
  consoleErrors,
}) => {
  const qbr = new QbrPage(shell.page);
  const preview = new ScorecardPreviewPage(shell.page);
  await shell.open(hostUrl, '/qbr/P-000005');
  await qbr.highlight(1).fill('Shared: a strong quarter.');
  await qbr.highlight(2).fill('Secret: tier review pending.');
  await qbr.internalToggle(2).check();
  await qbr.saveButton.click();
  await expect(qbr.state).toHaveText('Saved');

  await qbr.previewButton.click();
  await expect(preview.document).toHaveAttribute('data-variant', 'partner');
  await expect(preview.highlights).toContainText('Shared: a strong quarter.');
  await expect(preview.highlights).not.toContainText('Secret');
  await expect(preview.kpiTable).toContainText('Quota attainment');
  expect(await preview.charts().count()).toBeGreaterThanOrEqual(2);
  await expect(shell.page.locator('html')).toHaveAttribute('data-print-ready', 'preview');

  await preview.audience('Internal');
  await expect(preview.document).toHaveAttribute('data-variant', 'internal');
  await expect(preview.highlights).toContainText('Secret: tier review pending.');
  await expect(preview.document).toContainText('League position');

  const download = shell.page.waitForEvent('download', { timeout: 30_000 });
  await preview.downloadPdf.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^P-000005-.*\.pdf$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(consoleErrors).toEqual([]);
});

test('print the scorecards of a region into a folder with an index', async ({
  shell,
  hostUrl,
  tempDir,
}) => {
  // Some thirty PDFs: generous on a loaded two-core machine (about 10 s when idle).
  test.setTimeout(150_000);
  const qbr = new QbrPage(shell.page);
  await shell.open(hostUrl, '/qbr');
  const folder = join(tempDir, 'emea');
  await qbr.printRegion('EMEA', folder);
  await expect(qbr.batchResult).toContainText('scorecards written', { timeout: 120_000 });
  expect(existsSync(join(folder, 'index.csv'))).toBe(true);
  const index = readFileSync(join(folder, 'index.csv'), 'utf8').trim().split('\r\n');
  expect(index.length).toBeGreaterThan(2);
  expect(index.slice(1).every((line) => line.includes(',EMEA,'))).toBe(true);
});
