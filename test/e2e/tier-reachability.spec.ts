/**
 * A workspace without certification data (as after importing a reseller sample): the default
 * methodology's Gold and Platinum gates need certifications, so nobody can reach them. The
 * Methodology page, the Portfolio and a partner page say which gate, and that nobody meets it.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, queryWorkspace, test as base } from './fixtures';
import { bumpDataRevision } from '../../src/main/core/workspace/data-revision';

const test = base.extend({
  workspacePath: async ({ tempDir, demoTemplate }, use) => {
    const file = join(tempDir, 'no-certifications.partnerscope');
    copyFileSync(demoTemplate, file);
    const db = new Database(file);
    db.prepare(
      "DELETE FROM measure_values WHERE measure_id IN (SELECT id FROM measures WHERE key = 'certifications')",
    ).run();
    bumpDataRevision(db);
    db.close();
    await use(file);
  },
});

test.use({ viewport: { width: 1440, height: 900 } });

test('a gate nobody can meet is named on Methodology, Portfolio and Partner pages', async ({
  page,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const warning = page.getByTestId('gate-blocks');
  await page.goto(`${hostUrl}#/portfolio`);
  await expect(warning).toContainText('Gold, Platinum cannot be reached on this data', {
    timeout: 20_000,
  });
  await expect(warning).toContainText(
    'Gold needs Certifications ≥ 2: no partner has data for Certifications in this period',
  );
  // The partners kept out of Gold by the gate are counted: those scoring 60 or more.
  const text = (await warning.textContent()) ?? '';
  expect(text).toMatch(/keeps \d+ partners? who score enough for Gold below it/);
  await expect(page.getByTestId('portfolio-grid').getByText('Gold', { exact: true })).toHaveCount(
    0,
  );

  await page.goto(`${hostUrl}#/methodology`);
  await expect(warning).toContainText('Gold, Platinum cannot be reached on this data', {
    timeout: 20_000,
  });

  const [partner] = queryWorkspace<{ external_id: string }>(
    workspacePath,
    "SELECT external_id FROM partners WHERE status = 'active' ORDER BY id LIMIT 1",
  );
  await page.goto(`${hostUrl}#/partners/${partner!.external_id}`);
  await expect(warning).toContainText('Certifications', { timeout: 20_000 });
  await expect(page.getByTestId('next-tier')).not.toContainText('highest tier');
  expect(consoleErrors).toEqual([]);
});
