/**
 * The Portfolio on the seeded 120-partner demo: it lists every partner, sorts, filters, searches,
 * follows a brush on the quadrant, keeps the view in its address, and opens a partner.
 */
import { join } from 'node:path';
import { expect, queryWorkspace, test } from './fixtures';
import { PortfolioPage } from './pages/portfolio-page';
import { DEAL_MAPPING, writeDealRegistrations } from '../helpers/deal-registrations';

/** The scroll metrics of an element (the e2e tests are typed without the DOM library). */
interface ScrollBox {
  scrollWidth: number;
  clientWidth: number;
  scrollLeft: number;
}

const SCREENS = join('test-results', 'screens');
const scores = (texts: string[]) => texts.map((t) => Number(t.replace(/[^0-9.-]/g, '')));

test.use({ viewport: { width: 1440, height: 1000 } });

test('lists every partner, sorted by score, and sorts by another column', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(shell.sectionHeading('portfolio')).toBeVisible();
  const partners = queryWorkspace<{ n: number }>(
    workspacePath,
    'SELECT count(*) AS n FROM partners',
  )[0]!.n;
  await expect(portfolio.count).toHaveText(`${partners} of ${partners} partners`);
  expect(await portfolio.sortState('Score')).toBe('descending');
  const top = scores(await portfolio.columnTexts('Score'));
  expect(top.length).toBeGreaterThan(5);
  expect(top).toEqual([...top].sort((a, b) => b - a));

  await portfolio.sortBy('Score');
  await expect.poll(() => portfolio.sortState('Score')).toBe('ascending');
  const bottom = scores(await portfolio.columnTexts('Score'));
  expect(bottom).toEqual([...bottom].sort((a, b) => a - b));
  expect(bottom[0]).toBeLessThan(top[0]!);

  await portfolio.sortBy('Partner');
  await expect.poll(() => portfolio.sortState('Partner')).toBe('ascending');
  await expect.poll(async () => (await portfolio.viewParams()).get('sort')).toBe('name');
  await shell.page.screenshot({ path: join(SCREENS, 'portfolio-light.png') });

  // At 1440×900 the default columns fit beside the navigation: no sideways scrolling.
  await shell.page.setViewportSize({ width: 1440, height: 900 });
  const scroller = shell.page.locator('.portfolio-scroller');
  await expect
    .poll(() =>
      scroller.evaluate((el) => {
        const box = el as unknown as ScrollBox;
        return box.scrollWidth - box.clientWidth; // > 0: it scrolls sideways
      }),
    )
    .toBeLessThanOrEqual(0);
  // Narrower, the table scrolls sideways and the partner column stays in view.
  await shell.page.setViewportSize({ width: 1100, height: 800 });
  await expect
    .poll(() =>
      scroller.evaluate((el) => {
        const box = el as unknown as ScrollBox;
        return box.scrollWidth - box.clientWidth; // > 0: it scrolls sideways
      }),
    )
    .toBeGreaterThan(0);
  await scroller.evaluate((el) => {
    const box = el as unknown as ScrollBox;
    box.scrollLeft = box.scrollWidth;
  });
  const partnerCell = portfolio.rows.first().locator('td').first();
  await expect
    .poll(async () => {
      const [cell, box] = [await partnerCell.boundingBox(), await scroller.boundingBox()];
      return Math.abs((cell?.x ?? -99) - (box?.x ?? 0));
    })
    .toBeLessThanOrEqual(2);
  expect(consoleErrors).toEqual([]);
});

test('filters by tier and segment, searches with /, and the link keeps the view', async ({
  shell,
  hostUrl,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  const all = await portfolio.shownCount();

  await portfolio.filter('Tier', 'Gold');
  await expect.poll(() => portfolio.shownCount()).toBeLessThan(all);
  const tiers = await portfolio.columnTexts('Tier');
  expect(new Set(tiers.map((t) => t.toLowerCase()))).toEqual(new Set(['gold']));
  const gold = await portfolio.shownCount();

  await portfolio.filter('Action segment', 'Grow');
  await expect.poll(() => portfolio.shownCount()).toBeLessThanOrEqual(gold);
  for (const segment of await portfolio.columnTexts('Action'))
    expect(segment.toLowerCase()).toBe('grow');

  await portfolio.grid.focus();
  await shell.page.keyboard.press('/');
  await expect(portfolio.search).toBeFocused();
  await shell.page.keyboard.press('Escape');
  const id = ((await portfolio.columnTexts('Partner'))[0] ?? '').match(/P-\d+/)![0];
  await portfolio.search.fill(id.toLowerCase());
  await expect.poll(() => portfolio.shownCount()).toBe(1);
  expect(await portfolio.columnTexts('Partner')).toEqual([expect.stringContaining(id)]);

  await expect.poll(async () => (await portfolio.viewParams()).get('tier')).toBe('Gold');
  expect((await portfolio.viewParams()).get('segment')).toBe('Grow');
  await expect.poll(async () => (await portfolio.viewParams()).get('q')).toBe(id.toLowerCase());
  const shown = await portfolio.shownCount();
  await shell.page.reload();
  await expect(portfolio.rows.first()).toBeVisible();
  expect(await portfolio.shownCount()).toBe(shown);
});

test('brushing the quadrant filters the table to the partners inside the rectangle', async ({
  shell,
  hostUrl,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  const all = await portfolio.shownCount();
  await portfolio.quadrant.scrollIntoViewIfNeeded();
  // Inside the plot: the legend, axis labels and names take the chart's margins, and a drag that
  // starts outside the plot draws no brush (a corner at 15 % of the box was outside it).
  await portfolio.brush([0.35, 0.3], [0.8, 0.75]);
  await expect(portfolio.brushFilter).toBeVisible();
  await expect.poll(() => portfolio.shownCount()).toBeLessThan(all);
  expect(await portfolio.shownCount()).toBeGreaterThan(0);

  await expect.poll(async () => (await portfolio.viewParams()).has('brush')).toBe(true);
  const brush = (await portfolio.viewParams()).get('brush')!.split(',').map(Number);
  expect(brush).toHaveLength(4);
  for (const text of await portfolio.columnTexts('Attainment')) {
    const attainment = Number(text.replace(/[^0-9.-]/g, '')) / 100;
    expect(attainment).toBeGreaterThanOrEqual(brush[0]! - 0.006);
    expect(attainment).toBeLessThanOrEqual(brush[1]! + 0.006);
  }
  await shell.page.screenshot({ path: join(SCREENS, 'portfolio-brushed.png') });

  await portfolio.brushFilter.getByRole('button', { name: 'Clear the quadrant selection' }).click();
  await expect.poll(() => portfolio.shownCount()).toBe(all);
});

test('keyboard: arrows move through the table and Enter opens the partner', async ({
  shell,
  hostUrl,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  await portfolio.grid.focus();
  await shell.page.keyboard.press('ArrowDown');
  await shell.page.keyboard.press('ArrowDown');
  await expect(portfolio.rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  const name = ((await portfolio.columnTexts('Partner'))[2] ?? '').split(' P-')[0]!;
  await shell.page.keyboard.press('Enter');
  await expect(shell.page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(new URL(shell.page.url()).hash).toMatch(/^#\/partners\/P-\d+/);
});

test('a search hidden by a filter says so and can search every partner; one click opens a partner', async ({
  shell,
  hostUrl,
  workspacePath,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  const [msp, other] = [
    queryWorkspace<{ name: string }>(
      workspacePath,
      "SELECT name FROM partners WHERE type = 'MSP' LIMIT 1",
    )[0]!,
    queryWorkspace<{ name: string }>(
      workspacePath,
      "SELECT name FROM partners WHERE type <> 'MSP' LIMIT 1",
    )[0]!,
  ];
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  await portfolio.filter('Type', 'MSP');
  await portfolio.search.fill(other.name);
  await expect(shell.page.getByTestId('search-filter-hint')).toContainText('type: MSP');
  await shell.page.getByRole('button', { name: 'Search all partners' }).click();
  await expect(portfolio.rows.first()).toContainText(other.name);
  await portfolio.search.fill(msp.name);
  await portfolio.rows.first().locator('td').nth(3).click();
  await expect(shell.page.getByRole('heading', { level: 1, name: msp.name })).toBeVisible();
});

test('the dark theme', async ({ shell, hostUrl }) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  await shell.useColorScheme('dark');
  await expect(portfolio.rows.first()).toBeVisible();
  await shell.page.screenshot({ path: join(SCREENS, 'portfolio-dark.png') });
});

test('exports the current view to CSV and XLSX', async ({ shell, hostUrl }) => {
  const portfolio = new PortfolioPage(shell.page);
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  await portfolio.filter('Tier', 'Gold');
  await expect.poll(() => portfolio.shownCount()).toBeLessThan(120);
  const shown = await portfolio.shownCount();
  const firstName = ((await portfolio.columnTexts('Partner'))[0] ?? '').split(' P-')[0]!;

  const csv = await portfolio.export('CSV (.csv)');
  expect(csv.fileName).toMatch(/^Portfolio .*\.csv$/);
  const lines = csv.text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toMatch(/^Partner,Partner ID,Score,Tier,Action,Change,/);
  expect(lines).toHaveLength(shown + 1);
  expect(lines[1]).toContain(firstName);
  expect(lines.slice(1).every((l) => l.includes(',Gold,'))).toBe(true);

  const xlsx = await portfolio.export('Excel (.xlsx)');
  expect(xlsx.fileName).toMatch(/\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
});

test('an empty workspace says there is nothing to score yet', async ({
  shell,
  hostUrl,
  tempDir,
  workspaceDialogs,
}) => {
  await shell.open(hostUrl, '/portfolio');
  await expect(shell.sectionHeading('portfolio')).toBeVisible();
  await workspaceDialogs.createEmpty(join(tempDir, 'empty.partnerscope'));
  await expect(shell.page.getByTestId('portfolio-no-partners')).toBeVisible();
  await expect(shell.page.getByTestId('portfolio-no-partners')).toContainText('import');
});

test('saves a view in the workspace and applies it after a reload', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  const page = shell.page;
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  const all = await portfolio.shownCount();
  await portfolio.filter('Type', 'MSP');
  const msps = await portfolio.shownCount();
  expect(msps).toBeLessThan(all);

  await page.getByRole('button', { name: /^Saved views/ }).click();
  await page.getByRole('textbox', { name: 'Name of the new view' }).fill('MSPs only');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saved views (1)' })).toBeVisible();
  const stored = queryWorkspace<{ value: string }>(
    workspacePath,
    "SELECT value FROM settings WHERE key = 'portfolio.savedViews'",
  );
  expect(JSON.parse(stored[0]!.value)).toMatchObject([
    { name: 'MSPs only', view: { filters: { type: ['MSP'] } } },
  ]);

  await shell.open(hostUrl, '/portfolio');
  await page.reload();
  await expect(portfolio.rows.first()).toBeVisible();
  await expect.poll(() => portfolio.shownCount()).toBe(all);
  await page.getByRole('button', { name: 'Saved views (1)' }).click();
  await page.getByRole('button', { name: 'Apply view MSPs only' }).click();
  await expect.poll(() => portfolio.shownCount()).toBe(msps);
  expect(consoleErrors).toEqual([]);
});

test('an import made elsewhere reads the open Portfolio again, once', async ({
  shell,
  hostUrl,
  tempDir,
  consoleErrors,
}) => {
  const portfolio = new PortfolioPage(shell.page);
  let asked = 0;
  shell.page.on('request', (request) => {
    if (request.url().includes('/api/invoke/views.portfolio')) asked++;
  });
  await shell.open(hostUrl, '/portfolio');
  await expect(portfolio.rows.first()).toBeVisible();
  const partners = await portfolio.shownCount();
  // Settled: a first open also publishes the default methodology, which the page reads again.
  let before = -1;
  while (before !== asked) {
    before = asked;
    await shell.page.waitForTimeout(1000);
  }

  // Another client of the same host (a script, a second window) imports deal registrations for
  // new partners: the import says so twice (the workspace changed; what the call wrote).
  const { origin, searchParams } = new URL(hostUrl);
  const token = searchParams.get('token')!;
  const invoke = async (name: string, args: unknown) => {
    const response = await fetch(`${origin}/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-partnerscope-token': token },
      body: JSON.stringify(args),
    });
    const result = (await response.json()) as { ok: boolean; value: Record<string, string> };
    expect(result.ok, JSON.stringify(result)).toBe(true);
    return result.value;
  };
  const csv = join(tempDir, 'deals.csv');
  writeDealRegistrations(csv, 200, 30);
  const staged = await invoke('import.stagePath', { path: csv });
  const report = await invoke('import.analyse', {
    fileIds: [staged.fileId],
    mapping: DEAL_MAPPING,
  });
  await invoke('import.commit', { analysisId: report.analysisId });

  // The page shows the new partners, having asked for the Portfolio once more, not twice.
  await expect.poll(() => portfolio.shownCount()).toBeGreaterThan(partners);
  await shell.page.waitForTimeout(1000);
  expect(asked - before).toBe(1);
  expect(consoleErrors).toEqual([]);
});
