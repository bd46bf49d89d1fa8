/**
 * A governed program change on the seeded demo: from the Methodology page, propose raising the
 * Gold threshold, assess its impact (who moves, revenue and MDF exposed), approve it, and find
 * the new published version, the decision log and the partner notice.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { ProgramChangesPage } from './pages/program-changes-page';

const SCREENS = process.env.SCREENS_DIR ?? join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 900 } });

test('propose a tier-threshold change, assess its impact, approve and publish it', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const page = shell.page;
  const pc = new ProgramChangesPage(page);
  await shell.open(hostUrl, '/methodology');
  await page.getByRole('link', { name: 'Program changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program changes' })).toBeVisible();
  // The demo's history: one rejected change.
  await expect(pc.changes.locator('tbody tr')).toHaveCount(1);
  await expect(pc.changes).toContainText('Rejected');

  await pc.newProposal.click();
  await pc.threshold('Gold').fill('66');
  await pc.form.getByRole('button', { name: 'Assess impact' }).click();
  await expect(pc.impact).toBeVisible();
  await expect(pc.impact.getByTestId('impact-changes')).toContainText('Gold threshold 60 → 66');
  const moversShown = pc.impact.getByTestId('impact-movers').locator('tbody tr');
  await expect(moversShown.first()).toContainText('Gold →');
  const down = Number(
    ((await pc.impact.getByTestId('impact-moving-down').textContent()) ?? '').replace(/\D/g, ''),
  );
  expect(down).toBeGreaterThan(0);
  await expect(pc.impact).toContainText('MDF allocated');

  await pc.field('Title').fill('Raise the Gold threshold to 66');
  await pc.field('Sponsor').fill('VP Channel Sales');
  await pc.form.getByRole('button', { name: 'Propose' }).click();
  await expect(pc.detail.getByTestId('change-status')).toHaveText('Open');
  await expect(pc.detail.getByTestId('impact-moving-down')).toContainText(String(down));
  await page.screenshot({ path: join(SCREENS, 'program-change-proposed.png'), fullPage: true });

  await pc.decide('Approve', 'Gold must mean consistently strong results.', 'VP Channel Sales');
  await expect(pc.detail.getByTestId('change-status')).toHaveText('Approved');
  await expect(pc.detail.getByTestId('change-decision')).toContainText('published as version 2');
  await expect(pc.detail.getByTestId('notice-text')).toHaveValue(
    /Gold: a score of 66 or more \(was 60\)/,
  );

  const published = queryWorkspace<{ version: number; tiers: string }>(
    workspacePath,
    `SELECT version, json_extract(definition, '$.tiers') AS tiers FROM methodology_versions
      WHERE status = 'published' ORDER BY version DESC LIMIT 1`,
  );
  expect(published[0]!.version).toBe(2);
  expect(JSON.parse(published[0]!.tiers)).toContainEqual(
    expect.objectContaining({ name: 'Gold', minScore: 66 }),
  );

  await page.getByText('Decision log', { exact: true }).click();
  const log = page.getByTestId('decision-log');
  await expect(log).toContainText('as approved in change');
  await expect(log).toContainText('Approved "Raise the Gold threshold to 66"');
  await page.screenshot({ path: join(SCREENS, 'program-change-log.png') });
  expect(consoleErrors).toEqual([]);
});
