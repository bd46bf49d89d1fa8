import { Anchor, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';

/** Find a partner by name or ID and open its QBR. */
export function PartnerSearch() {
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text.trim(), 200);
  const query = useApiQuery('qbr.overview', { search, limit: 12 });
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="qbr-find">
      <Title order={2} id="qbr-find" mb={6}>
        Prepare a QBR
      </Title>
      <TextInput
        placeholder="Type a partner’s name or ID"
        aria-label="Find a partner"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autoFocus
        mb="xs"
      />
      {query.status === 'loading' && <LoadingState label="Looking for partners…" />}
      {query.status === 'error' && <ApiErrorAlert error={query.error} onRetry={query.reload} />}
      {query.data && query.data.partners.length === 0 && (
        <Text size="sm" c="dimmed">
          No partner matches “{search}”.
        </Text>
      )}
      {query.data && query.data.partners.length > 0 && (
        <Table fz="sm" verticalSpacing={3} data-testid="qbr-partners">
          <Table.Tbody>
            {query.data.partners.map((p) => (
              <Table.Tr key={p.externalId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/qbr/${encodeURIComponent(p.externalId)}`}
                    size="sm"
                  >
                    {p.name}
                  </Anchor>
                </Table.Td>
                <Table.Td c="dimmed" className="nowrap">
                  {p.externalId}
                </Table.Td>
                <Table.Td c="dimmed">{p.region ?? '—'}</Table.Td>
                <Table.Td c="dimmed">{p.programTier ?? '—'}</Table.Td>
                <Table.Td c="dimmed">{p.manager ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
