/**
 * Investment planning on the seeded demo: propose an allocation for a budget, set one partner's
 * amount by hand (the total stays), save the plan, export it to Excel and read the file back.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, queryWorkspace, test } from './fixtures';
import { InvestmentPage } from './pages/investment-page';

const SCREENS = process.env.SCREENS_DIR ?? join('test-results', 'screens');

test.use({ viewport: { width: 1440, height: 900 } });

test('propose, adjust, save and export a plan', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const inv = new InvestmentPage(shell.page);
  await shell.open(hostUrl, '/data');
  await shell.page.getByRole('link', { name: 'Investment', exact: true }).click();
  await expect(
    shell.page.getByRole('heading', { level: 1, name: 'Investment planning' }),
  ).toBeVisible();

  // Propose: 100,000 with the default 10 % reserve hands out exactly 90,000.00.
  await inv.budget.fill('100000');
  await expect(inv.allocated).toHaveText('$90,000.00');
  await expect(inv.rows().first()).toContainText(/\d+\.\d % of budget: score \d+/);

  // Adjust: the second partner gets 5,000.00 by hand; the total does not move.
  const second = inv.rows().nth(1);
  const name = (await second.getByRole('link').textContent())!.trim();
  await inv.setAmount(name, '5000');
  const edited = inv.allocation.locator('tbody tr', { hasText: name });
  await expect(edited).toContainText('$5,000.00');
  await expect(edited).toContainText('set by hand');
  await expect(edited.getByRole('button', { name: `Unlock ${name}` })).toBeVisible();
  await expect(inv.allocated).toHaveText('$90,000.00');
  await shell.page.screenshot({ path: join(SCREENS, 'investment-plan.png') });

  // Save, and find it among the saved plans.
  await inv.planName.fill('E2E plan');
  await inv.saveButton.click();
  await expect(shell.page.getByText('Saved “E2E plan”.')).toBeVisible();
  const stored = queryWorkspace<{ allocated: number; locked: number }>(
    workspacePath,
    `SELECT m.allocated_cents AS allocated,
            (SELECT COUNT(*) FROM mdf_allocations a WHERE a.plan_id = m.id AND a.locked = 1) AS locked
       FROM mdf_plans m WHERE m.name = 'E2E plan'`,
  );
  expect(stored).toEqual([{ allocated: 9_000_000, locked: 1 }]);
  await inv.tab('Saved plans').click();
  await expect(inv.savedPlans.locator('tbody tr', { hasText: 'E2E plan' })).toContainText(
    '$90,000.00',
  );

  // What-if on the rules against the saved plan: a flatter split moves money between partners.
  await inv.tab('Plan').click();
  await expect(inv.allocated).toHaveText('$90,000.00');
  await shell.page.getByRole('combobox', { name: 'Compare with a saved plan' }).click();
  await shell.page.getByRole('option', { name: /^E2E plan/ }).click();
  const concentration = shell.page.getByRole('textbox', { name: 'Concentration' });
  await concentration.fill('1');
  await expect(shell.page.getByTestId('plan-change-summary')).toContainText(
    /\d+ partners get more, \d+ less; \$[\d,.]+ moves between partners/,
  );
  await expect(inv.allocation.getByRole('columnheader', { name: 'Change' })).toBeVisible();
  await expect(inv.allocated).toHaveText('$90,000.00');

  // Export the draft to Excel: the amounts add up to the allocation, the hand-set one included.
  const download = await inv.exportAs('Excel (.xlsx)');
  const file = join(test.info().outputDir, 'plan.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let cents = 0;
  let mine: unknown = null;
  wb.getWorksheet('Allocation')!.eachRow((row, n) => {
    if (n === 1 || row.getCell(1).value === 'Total') return;
    cents += Math.round(Number(row.getCell(7).value) * 100);
    if (row.getCell(2).value === name) mine = row.getCell(7).value;
  });
  expect(cents).toBe(9_000_000);
  expect(mine).toBe(5000);
  expect(consoleErrors).toEqual([]);
});
