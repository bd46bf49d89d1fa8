import { join } from 'node:path';
import { databaseCounts, expect, test } from './fixtures';
import { formatCount } from './support/format';

test('a new empty workspace shows zero counts, closing it shows the empty state, reopening works', async ({
  shell,
  dataOverview,
  workspaceDialogs,
  hostUrl,
  tempDir,
  workspacePath,
  consoleErrors,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(dataOverview.count('partners')).toHaveText('120');

  const emptyPath = join(tempDir, 'empty.partnerscope');
  await workspaceDialogs.createEmpty(emptyPath);
  await expect(shell.workspaceName).toHaveText('empty');
  await expect(dataOverview.count('partners')).toHaveText('0');
  await expect(dataOverview.count('values')).toHaveText('0');
  await expect(dataOverview.emptyNotice).toBeVisible();

  await workspaceDialogs.close();
  await expect(shell.workspaceName).toHaveText('No workspace open');
  await expect(dataOverview.noWorkspace).toBeVisible();
  await expect(
    dataOverview.noWorkspace.getByRole('button', { name: 'Open the demo workspace' }),
  ).toBeVisible();

  await workspaceDialogs.open(workspacePath);
  await expect(workspaceDialogs.dialog).toBeHidden();
  await expect(dataOverview.count('partners')).toHaveText(
    formatCount(databaseCounts(workspacePath).partners),
  );
  expect(consoleErrors).toEqual([]);
});

test('opening a file that does not exist explains the problem in the dialog', async ({
  shell,
  workspaceDialogs,
  hostUrl,
  tempDir,
}) => {
  await shell.open(hostUrl, '/data');
  await workspaceDialogs.open(join(tempDir, 'missing.partnerscope'));
  const alert = workspaceDialogs.dialog.getByTestId('api-error');
  await expect(alert).toHaveAttribute('data-error-code', 'NOT_FOUND');
  await expect(alert).toContainText('missing.partnerscope');
});

test('the Workspaces page lists recent workspaces and opens one', async ({
  shell,
  dataOverview,
  workspaceDialogs,
  hostUrl,
  tempDir,
  workspacePath,
}) => {
  await shell.open(hostUrl, '/data');
  await workspaceDialogs.createEmpty(join(tempDir, 'second.partnerscope'));
  await shell.goto('workspaces');
  const recent = shell.page.getByRole('table', { name: 'Recent workspaces' });
  await expect(recent).toContainText(workspacePath);
  await recent
    .getByRole('row')
    .filter({ hasText: workspacePath })
    .getByRole('button', { name: /^Open/ })
    .click();
  await expect(shell.sectionHeading('data')).toBeVisible();
  await expect(dataOverview.count('partners')).toHaveText('120');
});

test('a new demo workspace is generated with the chosen size and reports its progress', async ({
  shell,
  dataOverview,
  workspaceDialogs,
  hostUrl,
  tempDir,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(dataOverview.count('partners')).toHaveText('120');
  const path = join(tempDir, 'bigger.partnerscope');
  await workspaceDialogs.createDemo(path, 1500);
  await expect(shell.progress).toContainText('Demo workspace ready');
  await expect(dataOverview.count('partners')).toHaveText(formatCount(1500));
  expect(databaseCounts(path).partners).toBe(1500);
});
