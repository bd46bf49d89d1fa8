/**
 * Screenshots for people to look at (test-results/screens/): the Data overview in light and dark,
 * the Portfolio, the Workspaces page, the no-workspace state, and the What-if page (diff, scenario
 * comparison, sensitivity) in light and dark.
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
  await shell.page.screenshot({ path: join(SCREENS, 'portfolio.png') });

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

test('screens of the What-if page, light and dark', async ({ shell, whatIf, hostUrl }) => {
  await shell.open(hostUrl, '/what-if');
  await expect(whatIf.headline).toBeVisible();
  await shell.useColorScheme('light');
  await whatIf.setGroupWeight('Revenue', 70);
  await whatIf.saveScenario('Revenue first', { note: 'FY27: results first' });
  await whatIf.setGroupWeight('Enablement', 35);
  await whatIf.saveScenario('Solution adoption', { note: 'Capability over volume' });
  await expect(whatIf.sankey.locator('canvas')).toBeVisible();
  await shell.page.waitForTimeout(500); // the charts draw after the tables
  await shell.page.screenshot({ path: join(SCREENS, 'what-if-light.png'), fullPage: true });

  await whatIf.compareScenarios(['Revenue first', 'Solution adoption']);
  await shell.page.waitForTimeout(500); // the dialog's opening transition
  await shell.page.screenshot({ path: join(SCREENS, 'what-if-compare.png') });
  await shell.page.keyboard.press('Escape');

  await whatIf.tab('Sensitivity').click();
  await whatIf.sensitivity.getByRole('button', { name: 'Run' }).click();
  await expect(whatIf.knifeEdge).toBeVisible({ timeout: 30_000 });
  await shell.useColorScheme('dark');
  await shell.page.waitForTimeout(500);
  await shell.page.screenshot({
    path: join(SCREENS, 'what-if-sensitivity-dark.png'),
    fullPage: true,
  });

  await whatIf.tab('Weights').click();
  await shell.page.waitForTimeout(300);
  await shell.page.screenshot({ path: join(SCREENS, 'what-if-dark.png') });
});

/**
 * Every page at two laptop sizes, light and dark, to look at before a release (about two minutes,
 * so not part of `npm test`): `SCREENSHOTS_ALL=1 npx playwright test screenshots -g "every page"`
 * writes test-results/screens/pages/.
 */
const PAGES = [
  'data',
  'portfolio',
  'partners/P-000007',
  'methodology',
  'what-if',
  'benchmarks',
  'risks',
  'alerts',
  'qbr',
  'actions',
  'improvement',
  'disputes',
  'digest',
  'program-changes',
  'reviews',
  'methodology/diagnostics',
  'workspaces',
];
for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`every page at ${size.width}×${size.height}, light and dark`, async ({ shell, hostUrl }) => {
    test.skip(!process.env.SCREENSHOTS_ALL, 'set SCREENSHOTS_ALL=1 to take every page');
    test.setTimeout(300_000);
    await shell.page.setViewportSize(size);
    await shell.open(hostUrl, '/data');
    for (const scheme of ['light', 'dark'] as const) {
      await shell.useColorScheme(scheme);
      for (const path of PAGES) {
        await shell.page.goto(`${hostUrl}#/${path}`);
        await shell.page.waitForTimeout(2500); // data and charts settle
        const name = `${path.replace(/\//g, '-')}-${size.width}-${scheme}.png`;
        await shell.page.screenshot({ path: join(SCREENS, 'pages', name), fullPage: true });
      }
    }
  });
}
