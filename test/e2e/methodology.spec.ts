/**
 * The methodology editor on the seeded demo: Partner Health v1 is published on first visit; a
 * weight change previews tier moves, saves as draft version 2 and publishes with a changelog and
 * a snapshot; the history shows a readable diff; a custom formula's typo is pointed at.
 */
import { expect, queryWorkspace, test } from './fixtures';
import { MethodologyPage } from './pages/methodology-page';

test.use({ viewport: { width: 1440, height: 1000 } });

test('edits, previews, saves and publishes a methodology version', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const editor = new MethodologyPage(shell.page);
  await shell.open(hostUrl, '/methodology');
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  await expect(editor.status).toHaveText(/Version 1 · published/i);
  await expect(editor.publishedNotice).toBeVisible();
  await expect(editor.previewTiers).toContainText('Gold');

  await editor.groupWeight('Revenue').fill('70');
  await expect(editor.previewMoves).toContainText('partners');
  await editor.button('Save draft').click();
  await expect(editor.status).toHaveText(/Version 2 · draft/i);

  await editor.publish('Revenue counts more');
  await expect(editor.publishDone).toContainText('Version 2 is published');
  await expect(editor.publishDone).toContainText('Revenue group weight 40 → 70');
  await editor.button('Close').click();
  await expect(editor.status).toHaveText(/Version 2 · published/i);

  await editor.tab('History').click();
  await expect(editor.diff).toContainText('Revenue group weight 40 → 70');
  await expect(editor.auditLog).toContainText('Published version 2');

  const stored = queryWorkspace<{ version: number; status: string }>(
    workspacePath,
    'SELECT version, status FROM methodology_versions ORDER BY version',
  );
  expect(stored).toEqual([
    { version: 1, status: 'published' },
    { version: 2, status: 'published' },
  ]);
  const snapshots = queryWorkspace<{ n: number }>(
    workspacePath,
    'SELECT count(*) AS n FROM score_snapshots',
  );
  expect(snapshots[0]!.n).toBe(2);

  await editor.tab('KPIs & weights').click();
  await editor.customFormula('Revenue per head', 'revenue / staf');
  await expect(shell.page.getByTestId('formula-error')).toContainText('did you mean "staff"');
  await shell.page.getByTestId('custom-formula').fill('revenue / staff');
  await expect(shell.page.getByTestId('formula-ok')).toContainText('reads revenue, staff');
  expect(consoleErrors).toEqual([]);
});
