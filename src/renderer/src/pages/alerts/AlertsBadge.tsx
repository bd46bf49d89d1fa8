/** The header's alerts button: a bell with the number of open alerts, to the inbox. */
import { ActionIcon, Indicator } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useApiQuery } from '../../hooks/use-api-query';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { useAlertsStore } from './alerts-store';

function Bell() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

function Counted() {
  const version = useAlertsStore((s) => s.version);
  const query = useApiQuery('alerts.count', {});
  const { reload } = query;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  // The bell counts what needs attention (high severity), not every open alert.
  const open = query.data?.open ?? 0;
  const attention = query.data?.attention ?? 0;
  const label = `Alerts: ${attention} need${attention === 1 ? 's' : ''} attention, ${open} open`;
  return (
    <Indicator
      label={attention > 99 ? '99+' : attention}
      size={16}
      color="red"
      disabled={attention === 0}
      offset={4}
      data-testid="alerts-badge"
    >
      <ActionIcon
        variant="default"
        size="md"
        component={Link}
        to="/alerts"
        aria-label={label}
        title={label}
      >
        <Bell />
      </ActionIcon>
    </Indicator>
  );
}

export function AlertsBadge() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  return workspace ? <Counted /> : null;
}
