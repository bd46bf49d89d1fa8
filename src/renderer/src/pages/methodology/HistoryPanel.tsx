import { Badge, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MethodologyDetail } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';

const KIND_COLOR = { added: 'teal', removed: 'red', changed: 'blue' } as const;

function VersionDiffView({
  methodologyId,
  from,
  to,
}: {
  methodologyId: number;
  from: number;
  to: number;
}) {
  const diff = useApiQuery('methodology.diff', { methodologyId, from, to });
  if (diff.status === 'loading') return <LoadingState label="Comparing versions…" />;
  if (diff.status === 'error') return <ApiErrorAlert error={diff.error} onRetry={diff.reload} />;
  if (diff.data.lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        The two versions are the same.
      </Text>
    );
  return (
    <Table verticalSpacing={4} data-testid="version-diff">
      <Table.Tbody>
        {diff.data.lines.map((line, i) => (
          <Table.Tr key={i}>
            <Table.Td w={90}>
              <Badge size="xs" variant="light" color={KIND_COLOR[line.kind]}>
                {line.kind}
              </Badge>
            </Table.Td>
            <Table.Td w={140}>
              <Text size="xs" c="dimmed">
                {line.area}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{line.text}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AuditLog({ methodologyId }: { methodologyId: number }) {
  const audit = useApiQuery('methodology.audit', { methodologyId, limit: 50 });
  if (audit.status === 'loading') return <LoadingState label="Reading the audit log…" />;
  if (audit.status === 'error') return <ApiErrorAlert error={audit.error} onRetry={audit.reload} />;
  return (
    <Table verticalSpacing={2} data-testid="audit-log">
      <Table.Tbody>
        {audit.data.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td w={170}>
              <Text size="xs" c="dimmed">
                {formatTimestamp(e.at)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{e.summary}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Versions with their changelog, a readable diff between any two, and the audit log. */
export function HistoryPanel({ detail }: { detail: MethodologyDetail }) {
  const versions = detail.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions.at(-2) ?? versions[0]!);
  const [to, setTo] = useState(versions.at(-1)!);
  const options = detail.versions.map((v) => ({
    value: String(v.version),
    label: `Version ${v.version} (${v.status})`,
  }));
  return (
    <Stack gap="sm" data-testid="history-panel">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          Published versions
        </Title>
        {detail.changelog.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing published yet.
          </Text>
        )}
        <Stack gap="xs">
          {[...detail.changelog].reverse().map((c) => (
            <div key={c.version}>
              <Group gap="xs">
                <Badge variant="light" color="teal">
                  v{c.version}
                </Badge>
                <Text size="sm" fw={500}>
                  {c.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatTimestamp(c.createdAt)}
                  {c.author ? ` · ${c.author}` : ''}
                </Text>
              </Group>
              <List size="xs" mt={2} ml="md">
                {c.changes.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="sm">
        <Group gap="xs" mb="xs" align="flex-end">
          <Title order={3} fz="sm" mr="auto">
            What changed between two versions?
          </Title>
          <Select
            size="xs"
            w={190}
            aria-label="From version"
            allowDeselect={false}
            data={options}
            value={String(from)}
            onChange={(v) => v && setFrom(Number(v))}
          />
          <Select
            size="xs"
            w={190}
            aria-label="To version"
            allowDeselect={false}
            data={options}
            value={String(to)}
            onChange={(v) => v && setTo(Number(v))}
          />
        </Group>
        <VersionDiffView methodologyId={detail.methodology.id} from={from} to={to} />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          Audit log
        </Title>
        <AuditLog methodologyId={detail.methodology.id} />
      </Paper>
    </Stack>
  );
}
