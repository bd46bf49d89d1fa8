import { Stack } from '@mantine/core';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useUiStore } from '../stores/ui-store';
import { useWorkspaceStore } from '../stores/workspace-store';

/**
 * Problems that concern every page, shown above it: the backend cannot be reached or refuses us
 * (e.g. the browser host without its token), or an action started from a menu failed.
 */
export function ShellBanners() {
  const status = useWorkspaceStore((s) => s.status);
  const error = useWorkspaceStore((s) => s.error);
  const load = useWorkspaceStore((s) => s.load);
  const actionError = useUiStore((s) => s.actionError);
  const setActionError = useUiStore((s) => s.setActionError);
  const connectionError = status === 'error' ? error : null;

  if (!connectionError && !actionError) return null;
  return (
    <Stack gap="sm" mb="md">
      {connectionError && <ApiErrorAlert error={connectionError} onRetry={() => void load()} />}
      {actionError && (
        <ApiErrorAlert
          error={actionError.error}
          context={actionError.action}
          onClose={() => setActionError(null)}
        />
      )}
    </Stack>
  );
}
