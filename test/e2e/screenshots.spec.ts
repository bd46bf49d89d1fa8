/**
 * Screenshots for people to look at (test-results/screens/): the Data overview in light and dark,
 * a placeholder section, the Workspaces page and the no-workspace state.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const SCREENS = join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 1000 } });

test('screens of the main pages, light and dark', async ({
  shell,
  dataOverview,
  workspaceDialogs,
  hostUrl,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(dataOverview.count('partners')).toHaveText('120');
  await shell.useColorScheme('light');
  await shell.page.screenshot({ path: join(SCREENS, 'data-overview-light.png'), fullPage: true });

  await shell.useColorScheme('dark');
  expect(await shell.colorScheme()).toBe('dark');
  await shell.page.screenshot({ path: join(SCREENS, 'data-overview-dark.png'), fullPage: true });

  await shell.useColorScheme('light');
  await shell.goto('portfolio');
  await expect(shell.sectionHeading('portfolio')).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'placeholder-portfolio.png') });

  await shell.goto('workspaces');
  await expect(shell.sectionHeading('workspaces')).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'workspaces.png'), fullPage: true });

  await shell.goto('data');
  await workspaceDialogs.close();
  await expect(dataOverview.noWorkspace).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'no-workspace.png') });
});

test('screen of the unauthorized state', async ({ shell, hostOrigin }) => {
  await shell.open(hostOrigin, '/data');
  await expect(shell.errorAlert).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'unauthorized.png') });
});
