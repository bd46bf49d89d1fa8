import { Badge, Button, Group, Text } from '@mantine/core';
import type { WorkspaceInfo } from '../../../../shared/api';
import { PathText } from '../../components/PathText';

const MONTHS = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });

function monthName(month: number): string {
  return MONTHS.format(new Date(Date.UTC(2000, month - 1, 1)));
}

interface WorkspaceSummaryLineProps {
  workspace: WorkspaceInfo;
  onRefresh: () => void;
  refreshing: boolean;
}

/** Which file the numbers come from, its settings, and a way to read it again. */
export function WorkspaceSummaryLine({
  workspace,
  onRefresh,
  refreshing,
}: WorkspaceSummaryLineProps) {
  return (
    <Group justify="space-between" mb="sm" wrap="nowrap" gap="sm">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        {workspace.isDemo && (
          <Badge size="sm" variant="outline" color="gray" radius="sm">
            Demo data
          </Badge>
        )}
        <PathText path={workspace.path} size="sm" c="dimmed" />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          · fiscal year starts in {monthName(workspace.fiscalYearStartMonth)} · schema v
          {workspace.schemaVersion}
        </Text>
      </Group>
      <Button size="xs" variant="default" onClick={onRefresh} loading={refreshing}>
        Refresh
      </Button>
    </Group>
  );
}
