import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useUiStore } from '../stores/ui-store';
import { SHORTCUTS } from './shortcuts';

/** The `?` overlay: every keyboard shortcut. */
export function HelpOverlay() {
  const open = useUiStore((s) => s.helpOpen);
  const setOpen = useUiStore((s) => s.setHelpOpen);
  return (
    <Modal opened={open} onClose={() => setOpen(false)} title="Keyboard shortcuts" size="md">
      <Table verticalSpacing={4} fz="sm" aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.keys.join(' ')}>
              <Table.Td w={110}>
                <Group gap={4} wrap="nowrap">
                  {s.keys.map((k, i) => (
                    <Fragment key={k}>
                      {i > 0 && (
                        <Text span size="xs" c="dimmed">
                          then
                        </Text>
                      )}
                      <Kbd size="xs">{k}</Kbd>
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{s.description}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        Shortcuts are ignored while you type in a field.
      </Text>
    </Modal>
  );
}
