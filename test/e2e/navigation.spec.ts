import { expect, test } from './fixtures';
import { PLACEHOLDER_SECTIONS, SECTIONS, type SectionName } from './pages/sections';

const ALL = Object.keys(SECTIONS) as SectionName[];

test('every section opens from the navigation with its heading and no console errors', async ({
  shell,
  hostUrl,
  consoleErrors,
}) => {
  await shell.open(hostUrl);
  await expect(shell.sectionHeading('data')).toBeVisible();
  for (const section of ALL) {
    await shell.goto(section);
    await expect(shell.sectionHeading(section)).toBeVisible();
    await expect(shell.navLink(section)).toHaveAttribute('aria-current', 'page');
    expect(new URL(shell.page.url()).hash).toBe(`#${SECTIONS[section].route}`);
    // Every section is built: none is a "coming in a later version" placeholder.
    if (!PLACEHOLDER_SECTIONS.includes(section)) {
      await expect(shell.page.getByText('Coming in a later version')).toHaveCount(0);
    }
  }
  expect(consoleErrors).toEqual([]);
});

test('keyboard: ? lists the shortcuts and g then a letter changes section', async ({
  shell,
  hostUrl,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(shell.sectionHeading('data')).toBeVisible();
  await shell.page.keyboard.press('?');
  await expect(shell.helpDialog).toBeVisible();
  await expect(shell.helpDialog).toContainText('Go to Portfolio');
  await shell.page.keyboard.press('Escape');
  await expect(shell.helpDialog).toBeHidden();
  await shell.page.keyboard.press('g');
  await shell.page.keyboard.press('o');
  await expect(shell.sectionHeading('portfolio')).toBeVisible();
  await shell.page.keyboard.press('g');
  await shell.page.keyboard.press('d');
  await expect(shell.sectionHeading('data')).toBeVisible();
});

test('the theme toggle switches to dark and the choice survives a reload', async ({
  shell,
  hostUrl,
}) => {
  await shell.open(hostUrl, '/data');
  await expect(shell.sectionHeading('data')).toBeVisible();
  expect(await shell.colorScheme()).toBe('light');
  await shell.themeToggle.click();
  expect(await shell.colorScheme()).toBe('dark');
  await shell.page.reload();
  await expect(shell.sectionHeading('data')).toBeVisible();
  expect(await shell.colorScheme()).toBe('dark');
});
