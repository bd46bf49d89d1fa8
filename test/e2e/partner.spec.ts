/**
 * A partner's page on the seeded demo: header, composite and the KPI table whose contributions
 * add up to the composite shown, the next tier, trends and where the numbers came from.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { PartnerPage } from './pages/partner-page';

const SCREENS = join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 1000 } });

function somePartner(
  workspacePath: string,
  sql = 'SELECT external_id AS id, name FROM partners ORDER BY id LIMIT 1 OFFSET 4',
) {
  return queryWorkspace<{ id: string; name: string }>(workspacePath, sql)[0]!;
}

test('a deep link opens the partner with contributions that add up to its composite', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const partner = new PartnerPage(shell.page);
  const { id, name } = somePartner(workspacePath);
  await shell.open(hostUrl, `/partners/${id}`);
  await expect(shell.page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(shell.navLink('partner')).toHaveAttribute('aria-current', 'page');
  await expect(partner.header).toContainText(id);

  const contributions = await partner.contributionValues();
  expect(contributions.length).toBeGreaterThan(5);
  const sum = contributions.reduce((a, b) => a + b, 0);
  const total = PartnerPage.number(await partner.contributionTotal.textContent());
  const composite = PartnerPage.number(await partner.composite.textContent());
  // Each contribution is shown to 2 decimals, the composite to 1.
  expect(Math.abs(sum - total)).toBeLessThanOrEqual(0.005 * contributions.length);
  expect(Math.abs(total - composite)).toBeLessThanOrEqual(0.05);

  await expect(partner.nextTier).toBeVisible();
  await expect(partner.trends.first()).toBeVisible();
  await expect(partner.sources.locator('tbody tr').first()).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'partner-light.png'), fullPage: true });
  await shell.useColorScheme('dark');
  await shell.page.screenshot({ path: join(SCREENS, 'partner-dark.png'), fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test('the period selector is shared: the partner link carries it and the page follows it', async ({
  shell,
  hostUrl,
  workspacePath,
}) => {
  const partner = new PartnerPage(shell.page);
  const { id, name } = somePartner(workspacePath);
  await shell.open(hostUrl, `/partners/${id}`);
  await expect(shell.page.getByRole('heading', { level: 1, name })).toBeVisible();
  const before = await partner.composite.textContent();
  await shell.page.getByRole('combobox', { name: 'Period' }).click();
  await shell.page.getByRole('option', { name: '2025 Q4' }).click();
  await expect(partner.root).toContainText('2025 Q4');
  expect(new URL(shell.page.url()).hash).toContain('period=2025-Q4');
  expect(await partner.composite.textContent()).not.toBe(before);

  await shell.page.getByRole('link', { name: '← Portfolio' }).click();
  await expect(shell.sectionHeading('portfolio')).toBeVisible();
  await expect(shell.page.getByTestId('portfolio-summary')).toContainText('2025 Q4');
});

test('an unknown partner says so', async ({ shell, hostUrl }) => {
  await shell.open(hostUrl, '/partners/NO-SUCH');
  await expect(shell.errorAlert).toContainText('NO-SUCH');
});
