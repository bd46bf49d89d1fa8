import { Modal } from '@mantine/core';
import { useUiStore, type WorkspaceDialog } from '../stores/ui-store';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';

const TITLES: Record<WorkspaceDialog, string> = {
  open: 'Open workspace',
  'new-empty': 'New empty workspace',
  'new-demo': 'New demo workspace',
};

/** The workspace switcher's dialogs, opened from the header menu, empty states or shortcuts. */
export function WorkspaceDialogs() {
  const dialog = useUiStore((s) => s.workspaceDialog);
  const openDialog = useUiStore((s) => s.openWorkspaceDialog);
  const close = () => openDialog(null);

  return (
    <Modal opened={dialog !== null} onClose={close} title={dialog ? TITLES[dialog] : ''} size="lg">
      {dialog === 'open' && <OpenWorkspaceForm onOpened={close} autoFocus />}
      {dialog === 'new-empty' && <CreateWorkspaceForm demo={false} onCreated={close} autoFocus />}
      {dialog === 'new-demo' && <CreateWorkspaceForm demo onCreated={close} autoFocus />}
    </Modal>
  );
}
