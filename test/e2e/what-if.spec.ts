/**
 * The What-if page on the seeded demo (Partner Health v1, published version 1): a category weight
 * moves named partners between tiers (checked against the API's own answer), scenarios are saved
 * and compared, one is published as version 2, undo/redo restores a weight, and the sensitivity
 * analysis runs with progress and lists the partners on a knife-edge.
 */
import type { WhatIfContext, WhatIfResult } from '../../src/shared/api';
import { expect, queryWorkspace, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 1000 } });

/** Revenue from 40 % to 70 % of the score: the other categories keep their proportions. */
const REVENUE_FIRST = { revenue: 70, pipeline: 12.5, enablement: 10, engagement: 7.5 };

test('moving a category weight shows which named partners change tier', async ({
  shell,
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  await shell.open(hostUrl, '/what-if');
  await expect(shell.sectionHeading('whatIf')).toBeVisible();
  await expect(whatIf.headline).toContainText('120 partners');
  await expect(whatIf.headline.getByTestId('moved-up')).toHaveText('▲ 0');

  // What the page must show: the same weighting scored through the API.
  const context = await whatIf.api<WhatIfContext>('whatif.context', {});
  const expected = await whatIf.api<WhatIfResult>('whatif.run', {
    baseline: { methodologyId: context.baseline.id, version: context.baseline.version },
    definition: {
      ...context.definition,
      groupWeights: { ...context.definition.groupWeights, ...REVENUE_FIRST },
    },
  });
  const side = expected.movers.up.length > 0 ? 'up' : 'down';
  const mover = expected.movers[side][0]!;
  expect(mover).toBeDefined();

  await whatIf.setGroupWeight('Revenue', 70);
  await expect(whatIf.groupWeight('Pipeline')).toHaveValue('12.5%');
  await expect(whatIf.groupWeight('Engagement')).toHaveValue('7.5%');
  await expect(whatIf.headline.getByTestId('moved-up')).toHaveText(`▲ ${expected.moved.up}`);
  await expect(whatIf.headline.getByTestId('moved-down')).toHaveText(`▼ ${expected.moved.down}`);

  const row = whatIf.moverRow(side, mover.externalId);
  await expect(row).toContainText(mover.name);
  await expect(row.getByTestId('mover-tiers')).toHaveText(`${mover.fromTier} → ${mover.toTier}`);
  await expect(row).toContainText(mover.driver!.name);
  // The ten biggest moves first; the rest on request.
  await expect(whatIf.moversRows(side)).toHaveCount(Math.min(10, expected.movers[side].length));
  if (expected.movers[side].length > 10) {
    await whatIf.page.getByTestId(`movers-${side}`).getByRole('button', { name: /more$/ }).click();
    await expect(whatIf.moversRows(side)).toHaveCount(expected.movers[side].length);
  }

  const cell = whatIf.matrix.locator(`td[data-cell="${mover.fromTier}→${mover.toTier}"]`);
  const count =
    expected.matrix[expected.fromTiers.indexOf(mover.fromTier!)]![
      expected.toTiers.indexOf(mover.toTier!)
    ]!;
  await expect(cell).toHaveText(String(count));
  await expect(whatIf.sankey.locator('canvas')).toBeVisible();
  await expect(whatIf.distribution.locator('canvas')).toBeVisible();
  await expect(whatIf.exposure).toContainText(mover.toTier!);
  await expect(whatIf.status).toHaveText('Unsaved weighting');

  // The partner's name leads to its page.
  await row.getByRole('link', { name: mover.name }).click();
  await expect(shell.page.getByRole('heading', { level: 1, name: mover.name })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('applies the weights to one region only: only its partners move', async ({
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  await whatIf.open(hostUrl);
  const context = await whatIf.api<WhatIfContext>('whatif.context', {});
  const region = context.regions[0]!;
  const scope = { dimension: 'region', value: region };
  const expected = await whatIf.api<WhatIfResult>('whatif.run', {
    baseline: { methodologyId: context.baseline.id, version: context.baseline.version },
    definition: {
      ...context.definition,
      groupWeights: { ...context.definition.groupWeights, ...REVENUE_FIRST },
    },
    scope,
  });
  const movers = [...expected.movers.up, ...expected.movers.down];
  expect(movers.length).toBeGreaterThan(0);
  expect(movers.every((m) => m.region === region)).toBe(true);

  const select = whatIf.page.getByRole('combobox', { name: 'Apply the weights to' });
  await select.click();
  await whatIf.page.getByRole('option', { name: `Region: ${region}`, exact: true }).click();
  // A scoped weighting keeps the baseline's tiers and normalisation.
  await expect(whatIf.tab('Tiers')).toBeDisabled();
  await expect(whatIf.tab('Normalisation')).toBeDisabled();

  await whatIf.setGroupWeight('Revenue', 70);
  await expect(whatIf.headline.getByTestId('moved-up')).toHaveText(`▲ ${expected.moved.up}`);
  await expect(whatIf.headline.getByTestId('moved-down')).toHaveText(`▼ ${expected.moved.down}`);
  const side = expected.movers.up.length > 0 ? 'up' : 'down';
  const first = expected.movers[side][0]!;
  await expect(whatIf.moverRow(side, first.externalId)).toContainText(region);
  for (const text of await whatIf.moversRows(side).allTextContents())
    expect(text).toContain(region);
  expect(consoleErrors).toEqual([]);
});

test('undo and redo restore a weight, with the buttons and the keyboard', async ({
  shell,
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  await whatIf.open(hostUrl);
  const revenue = whatIf.groupWeight('Revenue');
  await expect(revenue).toHaveValue('40%');
  await expect(whatIf.button('Undo')).toBeDisabled();

  await whatIf.setGroupWeight('Revenue', 70);
  await expect(revenue).toHaveValue('70%');
  await whatIf.button('Undo').click();
  await expect(revenue).toHaveValue('40%');
  await expect(whatIf.groupWeight('Pipeline')).toHaveValue('25%');
  await whatIf.button('Redo').click();
  await expect(revenue).toHaveValue('70%');

  // Outside a text field, Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redo.
  await shell.sectionHeading('whatIf').click();
  await shell.page.keyboard.press('Control+z');
  await expect(revenue).toHaveValue('40%');
  await shell.page.keyboard.press('Control+Shift+z');
  await expect(revenue).toHaveValue('70%');
  await shell.page.keyboard.press('Control+z');
  await shell.page.keyboard.press('Control+y');
  await expect(revenue).toHaveValue('70%');

  await whatIf.button('Reset to baseline').click();
  await expect(revenue).toHaveValue('40%');
  await expect(whatIf.status).toHaveText('No change from the baseline yet');
  expect(consoleErrors).toEqual([]);
});

test('saves two scenarios and compares them side by side', async ({
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  await whatIf.open(hostUrl);

  await whatIf.setGroupWeight('Revenue', 70);
  await whatIf.saveScenario('Revenue first', { note: 'FY27 proposal' });
  await expect(whatIf.status).toHaveText('Scenario “Revenue first” · saved');

  await whatIf.setGroupWeight('Pipeline', 50);
  await expect(whatIf.status).toHaveText('Scenario “Revenue first” · unsaved changes');

  // A name that is taken is refused with a clear message.
  await whatIf.button('Save scenario…').click();
  const dialog = whatIf.dialog('Save scenario');
  await expect(dialog.getByLabel('Save as a new scenario')).toBeChecked();
  await dialog.getByLabel('Name').fill('Revenue first');
  await expect(dialog.getByText('is the scenario you loaded')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await whatIf.saveScenario('Pipeline push');
  await expect(whatIf.status).toHaveText('Scenario “Pipeline push” · saved');

  await whatIf.tab('Scenarios').click();
  await expect(whatIf.scenarioRow('Revenue first')).toContainText('FY27 proposal');
  await expect(whatIf.scenarioRow('Pipeline push')).toBeVisible();

  await whatIf.compareScenarios(['Revenue first', 'Pipeline push']);
  await expect(whatIf.compareColumns()).toHaveCount(2);
  await expect(whatIf.compareColumns().nth(0)).toContainText('Revenue first');
  await expect(whatIf.compareColumns().nth(1)).toContainText('Pipeline push');
  await expect(whatIf.compare.getByTestId('compare-tiers')).toContainText('Gold');
  await expect(whatIf.compare.getByTestId('compare-kpis')).toContainText('Quota attainment');
  await expect(whatIf.compare.getByTestId('compare-partners')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('saving never replaces a scenario unless the user picks “Save over”', async ({
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  type Listed = { id: number; name: string; note: string };
  type Detail = { definition: { groupWeights: Record<string, number> } };
  /** A category's share of the score in a saved scenario, in %. */
  const weightOf = async (scenarioId: number, key: string) => {
    const { groupWeights } = (await whatIf.api<Detail>('scenarios.get', { scenarioId })).definition;
    const total = Object.values(groupWeights).reduce((a, b) => a + b, 0);
    return ((groupWeights[key] ?? 0) / total) * 100;
  };
  await whatIf.open(hostUrl);
  await whatIf.setGroupWeight('Enablement', 40);
  await whatIf.saveScenario('Enablement 40', { note: 'Enablement first' });

  // Reset to baseline, move pipeline, save: the dialog offers a new scenario, empty.
  await whatIf.button('Reset to baseline').click();
  await whatIf.setGroupWeight('Pipeline', 30);
  await whatIf.button('Save scenario…').click();
  const dialog = whatIf.dialog('Save scenario');
  await expect(dialog.getByLabel('Save as a new scenario')).toBeChecked();
  await expect(dialog.getByLabel('Name')).toHaveValue('');
  await expect(dialog.getByLabel('Note')).toHaveValue('');
  await dialog.getByLabel('Name').fill('Pipeline 30');
  await dialog.getByRole('button', { name: 'Save scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(whatIf.status).toHaveText('Scenario “Pipeline 30” · saved');

  const listed = async () =>
    (await whatIf.api<Listed[]>('scenarios.list', {})).map((s) => ({ ...s }));
  let scenarios = await listed();
  const enablement = scenarios.find((s) => s.name === 'Enablement 40');
  const pipeline = scenarios.find((s) => s.name === 'Pipeline 30');
  expect(enablement?.note).toBe('Enablement first');
  expect(pipeline?.note).toBe('');
  expect(await weightOf(enablement!.id, 'enablement')).toBeCloseTo(40, 5);
  expect(await weightOf(pipeline!.id, 'pipeline')).toBeCloseTo(30, 5);

  // Replacing is an explicit choice; the name cannot be changed while replacing.
  await whatIf.setGroupWeight('Pipeline', 35);
  await whatIf.button('Save scenario…').click();
  await dialog.getByLabel('Save over “Pipeline 30”').check();
  await expect(dialog.getByLabel('Name')).toHaveValue('Pipeline 30');
  await expect(dialog.getByLabel('Name')).toHaveAttribute('readonly', '');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await whatIf.saveOver('Pipeline 30');
  scenarios = await listed();
  expect(scenarios.map((s) => s.name).sort()).toEqual(['Enablement 40', 'Pipeline 30']);
  expect(await weightOf(pipeline!.id, 'pipeline')).toBeCloseTo(35, 5);
  expect(await weightOf(enablement!.id, 'enablement')).toBeCloseTo(40, 5);
  expect(consoleErrors).toEqual([]);
});

test('publishes a weighting as the next methodology version, with a changelog', async ({
  shell,
  hostUrl,
  whatIf,
  workspacePath,
  consoleErrors,
}) => {
  await whatIf.open(hostUrl);
  await whatIf.setGroupWeight('Revenue', 70);

  await whatIf.button('Publish…').click();
  const dialog = whatIf.dialog('Publish as a methodology version');
  await expect(dialog.getByTestId('whatif-publish-target')).toContainText(
    'Partner Health v1 · version 2',
  );
  const publish = dialog.getByRole('button', { name: 'Publish', exact: true });
  await dialog.getByLabel('Save as scenario').fill('FY27 revenue first');
  // No changelog, no publication.
  await expect(publish).toBeDisabled();
  await dialog.getByLabel('Changelog: what changed, and why').fill('   ');
  await expect(publish).toBeDisabled();
  await dialog.getByLabel('Changelog: what changed, and why').fill('FY27: revenue counts more');
  await expect(publish).toBeEnabled();
  await publish.click();

  await expect(whatIf.publishDone).toContainText('Version 2 is published');
  await expect(whatIf.notice).toContainText('Partner Health v1 · version 2 is published');
  // Continuing moves What-if onto the version just published.
  await whatIf.publishDone.getByRole('button', { name: 'Continue against version 2' }).click();
  await expect(shell.page.getByTestId('whatif-baseline')).toContainText('version 2');
  await expect(whatIf.notice).toContainText('now compares against version 2');
  const stored = queryWorkspace<{ version: number; status: string }>(
    workspacePath,
    'SELECT version, status FROM methodology_versions ORDER BY version',
  );
  expect(stored).toEqual([
    { version: 1, status: 'published' },
    { version: 2, status: 'published' },
  ]);

  await whatIf.notice.getByRole('link', { name: 'Open the Methodology page' }).click();
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  await expect(shell.page.getByText(/^Version 2 · published$/i)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the sensitivity analysis runs with progress and lists partners on a knife-edge', async ({
  hostUrl,
  whatIf,
  consoleErrors,
}) => {
  await whatIf.open(hostUrl);
  await whatIf.tab('Sensitivity').click();
  await expect(whatIf.sensitivity.getByLabel('Perturbation')).toHaveValue('± 20%');
  await whatIf.sensitivity.getByLabel('Samples').fill('10000');

  const progress = whatIf.page.getByTestId('sensitivity-progress');
  const seen = progress.waitFor({ state: 'visible', timeout: 20_000 });
  await whatIf.sensitivity.getByRole('button', { name: 'Run' }).click();
  await seen;
  await expect(progress).toBeHidden({ timeout: 60_000 });

  await expect(whatIf.sensitivity.getByTestId('mean-stability')).toHaveText(/\d+\.\d%/);
  await expect(whatIf.sensitivity.getByTestId('sensitivity-tiers')).toContainText('Gold');
  const rows = whatIf.knifeEdge.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByRole('link')).toBeVisible();

  // The page stays usable: a weight change re-scores while the results stay.
  await whatIf.tab('Weights').click();
  await whatIf.setGroupWeight('Revenue', 60);
  await whatIf.tab('Sensitivity').click();
  await expect(whatIf.page.getByTestId('sensitivity-stale')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
