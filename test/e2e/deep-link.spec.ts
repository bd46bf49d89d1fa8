import { expect, test } from './fixtures';

test('a deep link to #/data opens the Data overview directly', async ({
  shell,
  dataOverview,
  hostUrl,
  consoleErrors,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(shell.sectionHeading('data')).toBeVisible();
  await expect(dataOverview.count('partners')).toHaveText('120');
  expect(new URL(shell.page.url()).hash).toBe('#/data');
  expect(consoleErrors).toEqual([]);
});

test('a deep link to a partner opens that partner in the Partner section', async ({
  shell,
  hostUrl,
}) => {
  await shell.open(hostUrl, '/partners/P-000001');
  await expect(shell.page.getByRole('main')).toContainText('P-000001');
  await expect(shell.navLink('partner')).toHaveAttribute('aria-current', 'page');
});

test('an unknown address says so and leads back', async ({ shell, hostUrl }) => {
  await shell.open(hostUrl, '/no-such-page');
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await shell.page.getByRole('link', { name: 'Go to the Data overview' }).click();
  await expect(shell.sectionHeading('data')).toBeVisible();
});

test('the root address opens the Data overview', async ({ shell, hostUrl }) => {
  await shell.open(hostUrl);
  await expect(shell.sectionHeading('data')).toBeVisible();
  expect(new URL(shell.page.url()).hash).toBe('#/data');
});
