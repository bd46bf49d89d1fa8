/**
 * The risk list on the seeded demo: rules with counts and thresholds in words, flags explained,
 * filtering by rule, changing a threshold, the alerts inbox and the flags on the partner page.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { RisksPage } from './pages/risks-page';

const SCREENS = process.env.SCREENS_DIR ?? join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 1000 } });

test('the risk list explains each flag and filters by rule', async ({
  shell,
  hostUrl,
  consoleErrors,
}) => {
  const risks = new RisksPage(shell.page);
  await shell.open(hostUrl, '/data');
  await shell.page.getByRole('link', { name: 'Risks', exact: true }).click();
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Risks' })).toBeVisible();
  await expect(risks.flagsTable).toBeVisible();
  const inactive = await risks.ruleCount('inactive_partner');
  expect(inactive).toBeGreaterThan(0);
  await expect(risks.rule('revenue_concentration')).toContainText(
    'more than 15% of all channel revenue',
  );
  await expect(risks.concentration).toContainText('Top 10 partners’ share');
  const all = await risks.flagRows().count();
  await risks.rule('inactive_partner').click();
  await expect(risks.flagRows()).toHaveCount(inactive);
  await expect(risks.flagRows().first()).toContainText(
    'No revenue and no deal registrations in the last 2 periods',
  );
  expect(all).toBeGreaterThanOrEqual(inactive);
  await shell.page.screenshot({ path: join(SCREENS, 'risks-list.png'), fullPage: true });

  // Severity badges show their whole word.
  const badge = risks.flagRows().first().locator('td').first().locator('.mantine-Badge-label');
  expect(
    await badge.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth <= box.clientWidth;
    }),
  ).toBe(true);

  // Region and partner type narrow the flags and the rule counts alike.
  await risks.rule('inactive_partner').click(); // every rule again
  const region = (await risks.flagRows().first().locator('td').nth(4).textContent())!.trim();
  await shell.page.getByRole('combobox', { name: 'Region' }).click();
  await shell.page.getByRole('option', { name: region, exact: true }).click();
  await expect(shell.page.getByTestId('risk-scope')).toContainText(region);
  const inRegion = await risks.flagRows().count();
  expect(inRegion).toBeGreaterThan(0);
  expect(inRegion).toBeLessThanOrEqual(all);
  for (const text of await risks.flagRows().locator('td:nth-child(5)').allTextContents())
    expect(text.trim()).toBe(region);
  expect(await risks.ruleCount('inactive_partner')).toBeLessThanOrEqual(inactive);
  await shell.page.getByRole('combobox', { name: 'Partner type' }).click();
  const types = shell.page.getByRole('option');
  await types.last().click();
  await expect(shell.page.getByTestId('risk-scope')).toContainText(' · ');
  expect(await risks.flagRows().count()).toBeLessThanOrEqual(inRegion);
  await shell.page.reload();
  await risks.rule('inactive_partner').click();
  await expect(risks.flagRows()).toHaveCount(inactive);

  await risks.flagRows().first().getByRole('link').click();
  await expect(shell.page.getByTestId('risk-flags')).toContainText('Inactive partner');
  await shell.page.getByTestId('risk-flags').scrollIntoViewIfNeeded();
  await shell.page.screenshot({ path: join(SCREENS, 'partner-risk-flags.png') });
  expect(consoleErrors).toEqual([]);
});

test('a threshold changed in the drawer changes the flags', async ({ shell, hostUrl }) => {
  const risks = new RisksPage(shell.page);
  await shell.open(hostUrl, '/risks');
  await expect(risks.flagsTable).toBeVisible();
  const before = await risks.ruleCount('inactive_partner');
  await risks.thresholdsButton.click();
  await expect(risks.drawer).toBeVisible();
  const periods = risks.drawer.getByRole('textbox', {
    name: 'Periods without revenue or registrations',
  });
  await periods.fill('4');
  await shell.page.screenshot({ path: join(SCREENS, 'risks-thresholds.png') });
  await risks.drawer.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(risks.drawer).toBeHidden();
  await expect(risks.rule('inactive_partner')).toContainText('each of the last 4 periods');
  expect(await risks.ruleCount('inactive_partner')).toBeLessThan(before);
});

test('a risk flag that starts firing lands in the inbox, the bell counts it, and it can be marked done', async ({
  shell,
  hostUrl,
}) => {
  const risks = new RisksPage(shell.page);
  await shell.open(hostUrl, '/risks');
  await expect(risks.alertsBadge).toBeVisible();
  await expect.poll(() => risks.openAlerts()).toBeGreaterThan(0);
  const before = await risks.openAlerts();
  // Stricter stuffing thresholds make new flags fire in the latest period.
  await risks.thresholdsButton.click();
  await risks.drawer
    .getByRole('textbox', { name: 'Spike: at least × the usual level' })
    .fill('1.2');
  await risks.drawer
    .getByRole('textbox', { name: 'Drop: at most × the usual level next period' })
    .fill('0.9');
  await risks.drawer.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(risks.drawer).toBeHidden();
  await expect.poll(() => risks.openAlerts()).toBeGreaterThan(before);
  const open = await risks.openAlerts();

  await risks.bell().click();
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
  await shell.page.getByText('Every severity', { exact: true }).click();
  await expect.poll(() => risks.alertsIn(risks.alertRows)).toBe(open);
  await shell.page.getByText('Risk flags', { exact: true }).click();
  const stuffing = risks.alertRows.filter({ hasText: 'Channel stuffing' });
  await expect(stuffing.first()).toBeVisible();
  const riskRows = await risks.alertRows.count();
  await shell.page.screenshot({ path: join(SCREENS, 'alerts-inbox.png'), fullPage: true });
  const first = stuffing.first();
  const title = (await first.locator('td').nth(2).locator('p').first().textContent()) ?? '';
  const count = Number(await first.getAttribute('data-count'));
  await first.getByRole('button', { name: 'Done' }).click();
  await expect(risks.alertRows).toHaveCount(riskRows - 1);
  await expect.poll(() => risks.openAlerts()).toBe(open - count);
  await shell.page.getByText(/^Done \(\d+\)$/).click();
  await expect(risks.alertRows.filter({ hasText: title }).first()).toBeVisible();
});

test('alert settings: stop alerting on Grow moves and close the open ones', async ({
  shell,
  hostUrl,
  workspacePath,
}) => {
  const risks = new RisksPage(shell.page);
  const page = shell.page;
  await shell.open(hostUrl, '/alerts');
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
  await page.getByText('Every severity', { exact: true }).click();
  await page.getByText('Segment moves', { exact: true }).click();
  await expect(risks.alertRows.first()).toBeVisible();
  const grow = risks.alertRows.filter({ hasText: 'moved into Grow' });
  const growCount = await risks.alertsIn(grow);
  expect(growCount).toBeGreaterThan(0);
  const open = await risks.openAlerts();

  await page.getByRole('button', { name: 'Alert settings' }).click();
  const settings = page.locator('[aria-label="Alert settings"]');
  await settings.getByRole('checkbox', { name: 'Grow' }).uncheck();
  await expect(
    settings.getByRole('checkbox', { name: /Also mark the open Grow alerts done/ }),
  ).toBeChecked();
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Alert settings saved; ${growCount} open alert`)).toBeVisible();
  await expect(grow).toHaveCount(0);
  await expect.poll(() => risks.openAlerts()).toBe(open - growCount);
  const stored = queryWorkspace<{ value: string }>(
    workspacePath,
    "SELECT value FROM settings WHERE key = 'alerts.settings'",
  );
  expect(JSON.parse(stored[0]!.value)).toEqual({ segments: ['Exit review', 'Intervene'] });
});

test('alerts are grouped (segment moves as a digest), filtered by region and kind, and the bell stays quiet', async ({
  shell,
  hostUrl,
  workspacePath,
}) => {
  const risks = new RisksPage(shell.page);
  const page = shell.page;
  await shell.open(hostUrl, '/alerts');
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible();
  const open = (sql: string, ...params: unknown[]) =>
    queryWorkspace<{ n: number }>(
      workspacePath,
      `SELECT count(*) AS n FROM alerts a JOIN partners p ON p.id = a.partner_id WHERE a.done_at IS NULL ${sql}`,
      ...params,
    )[0]!.n;
  // The bell counts only what needs attention; the inbox opens on the same. (It says 0 until its
  // first answer, which waits for the workspace's warm-up: wait for the alerts to be there.)
  await expect.poll(() => risks.openAlerts()).toBeGreaterThan(0);
  await expect.poll(() => risks.attentionAlerts()).toBe(open("AND a.severity = 'high'"));
  expect(await risks.attentionAlerts()).toBeLessThan(await risks.openAlerts());
  await expect.poll(() => risks.alertsIn(risks.alertRows)).toBe(open("AND a.severity = 'high'"));

  // Segment moves: one digest line per segment and period, standing for every partner that moved.
  await page.getByText('Every severity', { exact: true }).click();
  await page.getByText('Segment moves', { exact: true }).click();
  const segmentAlerts = open("AND a.kind = 'segment'");
  await expect.poll(() => risks.alertsIn(risks.alertRows)).toBe(segmentAlerts);
  const lines = await risks.alertRows.count();
  expect(lines).toBeLessThanOrEqual(3);
  expect(lines).toBeLessThan(segmentAlerts);
  for (const text of await risks.alertRows
    .locator('td:nth-child(3) p:first-child')
    .allTextContents())
    expect(text).toMatch(/^\d+ partners? moved into (Grow|Intervene|Exit review)$/);

  // A region filter keeps that region's alerts only.
  await page.getByText('Everything', { exact: true }).click();
  const [{ region } = { region: '' }] = queryWorkspace<{ region: string }>(
    workspacePath,
    'SELECT p.region FROM alerts a JOIN partners p ON p.id = a.partner_id WHERE a.done_at IS NULL AND p.region IS NOT NULL GROUP BY p.region ORDER BY count(*) DESC LIMIT 1',
  );
  await page.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: region, exact: true }).click();
  await expect.poll(() => risks.alertsIn(risks.alertRows)).toBe(open('AND p.region = ?', region));
  await page.getByText('Risk flags', { exact: true }).click();
  await expect
    .poll(() => risks.alertsIn(risks.alertRows))
    .toBe(open("AND p.region = ? AND a.kind = 'risk'", region));
});
