import { expect, test, workspaceName } from './fixtures';

test('the demo workspace loads and its name is shown in the header', async ({
  shell,
  hostUrl,
  workspacePath,
  consoleErrors,
}) => {
  await shell.open(hostUrl);
  await expect(shell.workspaceName).toHaveText(workspaceName(workspacePath));
  await expect(shell.workspacePath).toContainText(workspacePath);
  await expect(shell.sectionHeading('data')).toBeVisible();
  // The token leaves the address bar once the app has taken it.
  expect(shell.page.url()).not.toContain('token=');
  expect(consoleErrors).toEqual([]);
});
