/**
 * A methodology of the program's own: the KPI categories become a ready-made hierarchy, a new
 * "Commercial" category nests Revenue and Pipeline and averages them geometrically, one KPI is
 * winsorised; the draft saves and publishes, and the stored definition says so.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { MethodologyPage } from './pages/methodology-page';

test.use({ viewport: { width: 1440, height: 900 } });

test('nests own groups with a geometric mean and treats a KPI for outliers', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const editor = new MethodologyPage(shell.page);
  await shell.open(hostUrl, '/methodology');
  await expect(editor.status).toHaveText(/Version 1 · published/i);
  await editor.tab('Structure').click();
  await editor.structure.getByText('Own groups', { exact: true }).click();
  await editor.structure.getByLabel('New group name').fill('Commercial');
  await editor.structure.getByRole('button', { name: 'Add group' }).click();
  await editor.choose('Parent of Revenue', 'Commercial');
  await editor.choose('Parent of Pipeline', 'Commercial');
  await editor.choose('Aggregation of Commercial', /^Geometric mean/);
  await editor.choose('Outlier treatment of Revenue', /^Winsorise/);
  await expect(editor.previewTiers).toContainText('Gold');
  await shell.page.screenshot({
    path: join('test-results', 'screens', 'methodology-structure.png'),
  });

  await editor.button('Save draft').click();
  await expect(editor.status).toHaveText(/Version 2 · draft/i);
  await editor.publish('Commercial category, geometric');
  await expect(editor.publishDone).toContainText('Version 2 is published');

  const [row] = queryWorkspace<{ definition: string }>(
    workspacePath,
    "SELECT definition FROM methodology_versions WHERE version = 2 AND status = 'published'",
  );
  const def = JSON.parse(row!.definition) as {
    groups: { key: string; parent?: string; aggregation?: { kind: string } }[];
    kpis: { kpi: string; group: string; treatment?: { kind: string } }[];
  };
  expect(def.groups.find((g) => g.key === 'commercial')).toEqual({
    key: 'commercial',
    label: 'Commercial',
    aggregation: { kind: 'geometric' },
  });
  expect(def.groups.find((g) => g.key === 'revenue')?.parent).toBe('commercial');
  expect(def.kpis.find((k) => k.kpi === 'revenue')?.treatment).toEqual({ kind: 'winsorise' });

  // The partner with the period's highest revenue: its revenue is the one capped.
  const [top] = queryWorkspace<{ id: string }>(
    workspacePath,
    `SELECT p.external_id AS id FROM measure_values v JOIN partners p ON p.id = v.partner_id
      JOIN measures m ON m.id = v.measure_id JOIN periods t ON t.id = v.period_id
     WHERE m.key = 'revenue' AND t.grain = 'quarter'
     ORDER BY t.start_date DESC, v.value DESC LIMIT 1`,
  );
  await shell.open(hostUrl, `/partners/${top!.id}`);
  await expect(shell.page.getByTestId('treated-revenue')).toHaveText('capped');
  await expect(shell.page.getByTestId('methodology-values')).toContainText('winsorised');
  await shell.page.screenshot({
    path: join('test-results', 'screens', 'partner-treated.png'),
    fullPage: true,
  });

  // The diagnostics list the hierarchy as a tree: Commercial holds Revenue and Pipeline.
  await shell.open(hostUrl, '/methodology/diagnostics');
  const groups = shell.page.getByTestId('diagnostics-groups');
  await expect(groups.getByRole('row', { name: /Commercial/ })).toContainText('+ 2 groups');
  const names = await groups.locator('tbody tr td:first-child').allTextContents();
  const at = names.findIndex((n) => n.startsWith('Commercial'));
  expect(names.slice(at + 1, at + 3).sort()).toEqual(['Pipeline', 'Revenue']);
  await shell.page.screenshot({
    path: join('test-results', 'screens', 'diagnostics-hierarchy.png'),
    fullPage: true,
  });
  expect(consoleErrors).toEqual([]);
});
