import { toErrorInfo } from '../stores/error-info';
import { useUiStore } from '../stores/ui-store';

/**
 * Runs an action started from a menu or a shortcut, where no form is there to show a failure:
 * the failure goes to the shell's banner instead.
 */
export function runMenuAction(label: string, action: () => Promise<unknown>) {
  const { setActionError } = useUiStore.getState();
  setActionError(null);
  action().catch((error: unknown) => setActionError({ action: label, error: toErrorInfo(error) }));
}
