import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportHistoryEntry } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { formatTimestamp } from '../../format/dates';
import { formatInteger } from '../../format/numbers';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { ImportStatusBadge } from '../data-overview/ImportStatusBadge';

/** Every import, newest first, with Undo (confirmed) for committed ones. */
export function ImportHistoryCard() {
  const history = useApiQuery('import.history', {});
  const [confirm, setConfirm] = useState<ImportHistoryEntry | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const undo = async () => {
    if (!confirm) return;
    setUndoing(true);
    setError(null);
    try {
      const s = await api.call('import.undo', { importId: confirm.importId });
      setDone(
        `Import #${s.importId} undone: ${formatInteger(s.valuesRemoved + s.targetsRemoved)} values removed, ${formatInteger(s.valuesRestored + s.targetsRestored)} restored, ${formatInteger(s.partnersRemoved)} partners removed.`,
      );
      setConfirm(null);
      history.reload();
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setUndoing(false);
    }
  };

  return (
    <TableCard title="Imports" note="newest first">
      {done && (
        <Text size="sm" mb="xs" role="status" data-testid="undo-done">
          {done}
        </Text>
      )}
      {history.status === 'loading' && <LoadingState label="Reading the import history…" />}
      {history.status === 'error' && (
        <ApiErrorAlert error={history.error} onRetry={history.reload} />
      )}
      {history.status === 'success' &&
        (history.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing imported yet.
          </Text>
        ) : (
          <Table aria-label="Imports" withTableBorder fz="xs" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">#</Table.Th>
                <Table.Th>Started</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Files</Table.Th>
                <Table.Th className="num">Rows accepted</Table.Th>
                <Table.Th className="num">Rows rejected</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.map((h) => (
                <Table.Tr key={h.importId} data-import-id={h.importId}>
                  <Table.Td className="num">{h.importId}</Table.Td>
                  <Table.Td className="nowrap">{formatTimestamp(h.startedAt)}</Table.Td>
                  <Table.Td>{h.kind}</Table.Td>
                  <Table.Td>{h.fileNames.join(', ')}</Table.Td>
                  <Table.Td className="num">{formatInteger(h.rowsAccepted)}</Table.Td>
                  <Table.Td className="num">{formatInteger(h.rowsRejected)}</Table.Td>
                  <Table.Td className="nowrap">
                    <ImportStatusBadge status={h.status} />
                  </Table.Td>
                  <Table.Td>
                    {h.status === 'committed' && h.kind !== 'demo' && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => {
                          setError(null);
                          setConfirm(h);
                        }}
                      >
                        Undo
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm ? `Undo import #${confirm.importId}?` : 'Undo import'}
      >
        <Text size="sm" mb="sm">
          This removes exactly what the import wrote ({confirm?.fileNames.join(', ')}) and puts back
          the values it replaced. Partners it created are removed.
        </Text>
        {error && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => setConfirm(null)}>
            Keep it
          </Button>
          <Button color="red" onClick={() => void undo()} loading={undoing}>
            Undo import
          </Button>
        </Group>
      </Modal>
    </TableCard>
  );
}
