import { expect, test } from './fixtures';

test('without the token the page says it is not connected and what to do', async ({
  shell,
  hostOrigin,
}) => {
  await shell.open(hostOrigin, '/data');
  await expect(shell.errorAlert).toBeVisible();
  await expect(shell.errorAlert).toHaveAttribute('data-error-code', 'UNAUTHORIZED');
  await expect(shell.errorAlert).toContainText('Not connected to Partnerscope');
  await expect(shell.errorAlert).toContainText('partnerscope serve');
  await expect(shell.workspaceName).toHaveText('Not connected');
});

test('with a wrong token the host refuses and the page shows its message', async ({
  shell,
  hostOrigin,
}) => {
  await shell.open(`${hostOrigin}?token=not-the-token`, '/data');
  await expect(shell.errorAlert).toHaveAttribute('data-error-code', 'UNAUTHORIZED');
  await expect(shell.errorAlert).toContainText('missing or wrong access token');
});
