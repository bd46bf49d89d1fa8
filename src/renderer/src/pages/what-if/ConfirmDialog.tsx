import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" with the consequence spelled out. */
export function ConfirmDialog(p: Props) {
  return (
    <Modal opened={p.opened} onClose={p.onClose} title={p.title} size="sm">
      <Stack>
        <Text size="sm">{p.children}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={p.onClose}>
            Cancel
          </Button>
          <Button
            color={p.danger ? 'red' : undefined}
            loading={p.pending}
            onClick={p.onConfirm}
            data-autofocus
          >
            {p.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
