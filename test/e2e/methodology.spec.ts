/**
 * The methodology editor on the seeded demo: Partner Health v1 is published on first visit; a
 * weight change previews tier moves, saves as draft version 2 and publishes with a changelog and
 * a snapshot; the history shows a readable diff; a custom formula's typo is pointed at. Weight
 * profiles are added, previewed, saved, published and deleted on their own tab, with screens.
 */
import { join } from 'node:path';
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

const SCREENS = join('test-results', 'screens');
const PROFILE = 'MSPs: enablement first';

test('adds a weight profile, previews it, saves, publishes and deletes it', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const editor = new MethodologyPage(shell.page);
  await shell.open(hostUrl, '/methodology');
  await expect(editor.status).toHaveText(/Version 1 · published/i);
  await expect(editor.previewMoves).toContainText('No partner changes tier');

  await editor.profilesTab().click();
  // Partner Health v1 comes with a profile for distributors.
  await expect(editor.profileRow('Distributors: volume first')).toContainText(
    'Applies to Distributors',
  );
  await expect(editor.profilePartners('Distributors: volume first')).toHaveText(/^[1-9]\d*$/);

  await editor.addProfile(PROFILE);
  await expect(editor.profileRow(PROFILE)).toBeVisible();
  await expect(editor.profileEditor).toContainText('Choose at least one partner type');
  await editor.matchOn('Partner type', ['MSP']);
  await expect(editor.profileMatchSentence).toContainText('Applies to MSPs');
  await expect(editor.profileEditor).not.toContainText('Choose at least one partner type');
  await expect(editor.profilePartners(PROFILE)).toHaveText(/^[1-9]\d*$/);

  await expect(editor.profileWeight('Enablement')).toHaveValue('');
  await expect(editor.profileGroupRow('Enablement')).toContainText('as global');
  await editor.profileWeight('Enablement').fill('60');
  await editor.button('Make them add up to 100').click();
  await expect(editor.profileWeight('Enablement')).toHaveValue('60');
  await expect(editor.profileGroupRow('Enablement')).toContainText('60.0 % of score');
  await expect(editor.profileWeight('Revenue')).toHaveValue('20');
  await expect(editor.previewMoves).toContainText('partners');

  // Undo goes back one edit at a time, and the preview follows.
  await editor.button('Undo').click();
  await expect(editor.profileWeight('Revenue')).toHaveValue('');
  await editor.button('Make them add up to 100').click();
  await expect(editor.profileWeight('Revenue')).toHaveValue('20');

  await editor.button('Save draft').click();
  await expect(editor.status).toHaveText(/Version 2 · draft/i);

  await shell.page.reload();
  await expect(editor.status).toHaveText(/Version 2 · draft/i);
  await editor.profilesTab().click();
  await editor.profileRow(PROFILE).click();
  await expect(editor.profileMatchSentence).toContainText('Applies to MSPs');
  await expect(editor.profileWeight('Enablement')).toHaveValue('60');
  await expect(editor.previewMoves).toContainText('partners');

  // A KPI weight of its own, shown against the global one; the screens show both kinds of row.
  await editor.openProfileKpis('Enablement');
  await editor.profileWeight('Certifications').fill('50');
  await expect(editor.profileEditor.getByTestId('profile-kpis-enablement')).toContainText('global');
  await shell.useColorScheme('light');
  await editor.screen(join(SCREENS, 'methodology-profiles-light.png'));
  await shell.useColorScheme('dark');
  await editor.screen(join(SCREENS, 'methodology-profiles-dark.png'));
  await shell.useColorScheme('light');
  await editor.button('Save draft').click();
  await expect(editor.status).toHaveText(/Version 2 · draft/i);

  await editor.publish('MSPs are judged more on enablement');
  await expect(editor.publishDone).toContainText('Version 2 is published');
  await expect(editor.publishDone).toContainText(`Added profile ${PROFILE}`);
  await editor.button('Close').click();
  await expect(editor.status).toHaveText(/Version 2 · published/i);

  await editor.profilesTab().click();
  await shell.page.getByRole('button', { name: `Delete ${PROFILE}` }).click();
  await expect(editor.profileRow(PROFILE)).toHaveCount(0);
  await editor.button('Save draft').click();
  await expect(editor.status).toHaveText(/Version 3 · draft/i);

  const stored = queryWorkspace<{ version: number; definition: string }>(
    workspacePath,
    'SELECT version, definition FROM methodology_versions ORDER BY version',
  );
  const profilesOf = (v: number) =>
    (JSON.parse(stored[v - 1]!.definition) as { profiles: { name: string }[] }).profiles.map(
      (p) => p.name,
    );
  expect(profilesOf(2)).toEqual(['Distributors: volume first', PROFILE]);
  expect(profilesOf(3)).toEqual(['Distributors: volume first']);
  expect(consoleErrors).toEqual([]);
});

test('points at what is wrong with a weight profile, the engine’s errors included', async ({
  shell,
  hostUrl,
  consoleErrors,
}) => {
  const editor = new MethodologyPage(shell.page);
  await shell.open(hostUrl, '/methodology');
  await expect(editor.status).toHaveText(/Version 1 · published/i);
  await editor.profilesTab().click();
  await editor.addProfile('Distributors: volume first');
  await expect(editor.profileEditor).toContainText('Another profile is also called');
  await expect(editor.profileRow('Distributors: volume first').first()).toContainText('1 problem');

  await editor.addProfile('EMEA: pipeline');
  await editor.matchOn('Region', ['EMEA']);
  await expect(editor.profileMatchSentence).toContainText('Applies to partners in EMEA');
  await editor.openProfileKpis('Pipeline');
  await editor.profileWeight('Win rate').fill('80');

  // Dropping a KPI the profile weighs: the engine refuses the profile until the weight goes.
  await editor.tab('KPIs & weights').click();
  await editor.button('Remove Win rate').click();
  await editor.profilesTab().click();
  await editor.profileRow('EMEA: pipeline').click();
  await expect(editor.profileEngineErrors).toContainText('win_rate is not a scored KPI');
  await expect(editor.preview).toContainText('This version cannot be scored');
  await editor.screen(join(SCREENS, 'methodology-profiles-errors.png'));
  await editor.profileEngineErrors
    .getByRole('button', { name: /Remove the profile’s weights/ })
    .click();
  await expect(editor.profileEngineErrors).toHaveCount(0);
  await expect(editor.preview).not.toContainText('This version cannot be scored');
  expect(consoleErrors).toEqual([]);
});
