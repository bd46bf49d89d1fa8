/**
 * A dispute resolved by a correction: opened from the partner page, a correction requested on
 * the Disputes page, refused when the requester tries to approve it, approved by a second person,
 * the dispute resolved, and the partner's score recomputed with the corrected value in lineage.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { DisputesPage } from './pages/disputes-page';
import { PartnerPage } from './pages/partner-page';

const SCREENS = join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 900 } });

test('a dispute is resolved by a correction a second person approves; the score changes', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  // A partner with little revenue in the latest quarter: a correction lifts its score visibly.
  const [target] = queryWorkspace<{ id: string; name: string; revenue: number }>(
    workspacePath,
    `SELECT p.external_id AS id, p.name, v.value AS revenue FROM partners p
       JOIN measure_values v ON v.partner_id = p.id
       JOIN measures m ON m.id = v.measure_id AND m.key = 'revenue'
       JOIN periods t ON t.id = v.period_id
      WHERE t.key = (SELECT max(key) FROM periods WHERE grain = 'quarter') AND v.value > 0
        AND p.id NOT IN (SELECT partner_id FROM disputes)
      ORDER BY v.value LIMIT 1 OFFSET 3`,
  );
  const partner = new PartnerPage(shell.page);
  const disputes = new DisputesPage(shell.page);
  await shell.open(hostUrl, `/partners/${target!.id}`);
  await expect(shell.page.getByRole('heading', { level: 1, name: target!.name })).toBeVisible();
  const before = PartnerPage.number(await partner.composite.textContent());

  await disputes.openFromPartnerPage('Revenue', 'A large deal was booked to the distributor');
  await expect(shell.page.getByTestId('partner-disputes')).toContainText('Open');

  await shell.open(hostUrl, '/disputes');
  await disputes.row(target!.name).click();
  await expect(disputes.detail).toContainText(target!.name);
  await expect(disputes.row(target!.name).getByTestId('dispute-waiting')).toHaveText(/\d+ min/);

  const corrected = String(Math.round(target!.revenue * 20 + 250_000));
  await disputes.requestCorrection(corrected, 'Invoice INV-77 belongs to the partner', 'Ana Ruiz');
  await expect(disputes.corrections).toContainText('Awaiting approval');

  // The requester cannot approve their own correction.
  await disputes.decide('ana ruiz');
  await expect(disputes.detail).toContainText('another person must approve');
  await expect(disputes.corrections).toContainText('Awaiting approval');

  await disputes.decide('Ben Ode');
  await expect(disputes.corrections).toContainText('In force');
  await expect(disputes.corrections).toContainText('approved by Ben Ode');
  const scores = (await disputes.corrections.getByTestId('correction-scores').textContent()) ?? '';
  const [scoreBefore, scoreAfter] = scores.split('→').map((s) => parseFloat(s));
  expect(scoreBefore).toBeCloseTo(before, 1);
  expect(scoreAfter).toBeGreaterThan(scoreBefore!);

  await disputes.detail.getByTestId('dispute-resolution').fill('Revenue corrected with INV-77');
  await disputes.detail.getByTestId('resolve-upheld').click();
  await expect(disputes.status).toHaveText('Resolved: upheld');
  await shell.page.screenshot({ path: join(SCREENS, 'disputes.png'), fullPage: true });

  await shell.open(hostUrl, `/partners/${target!.id}`);
  await expect(partner.composite).not.toHaveText(String(before.toFixed(1)));
  const after = PartnerPage.number(await partner.composite.textContent());
  expect(after).toBeCloseTo(scoreAfter!, 1);
  await expect(partner.sources.getByTestId('corrected-badge')).toHaveCount(1);
  await expect(shell.page.getByTestId('partner-disputes')).toContainText('Resolved: upheld');
  expect(consoleErrors).toEqual([]);
});
