import {
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { AlertKind } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { NO_SHRINK, SEVERITY_COLOR } from '../risks/severity';
import { alertLines, filterAlerts, type AlertFilters, type AlertLine } from './alert-lines';
import { AlertSettingsMenu } from './AlertSettingsMenu';
import { useAlertsStore } from './alerts-store';
import { usePeriodLabel } from '../../format/use-period-label';

type Status = 'open' | 'done' | 'all';

const setDone = (ids: number[], done: boolean) => api.call('alerts.setDone', { ids, done });
const check = () => api.call('alerts.check', {});

const PAGE_SIZE = 50;

function PartnerList({ partners }: { partners: AlertLine['partners'] }) {
  const [open, setOpen] = useState(false);
  const shown = open ? partners : partners.slice(0, 6);
  return (
    <Text size="xs" c="dimmed" data-testid="alert-digest-partners">
      {shown.map((p, i) => (
        <span key={p.externalId}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/partners/${encodeURIComponent(p.externalId)}`} inherit>
            {p.name}
          </Anchor>
        </span>
      ))}
      {partners.length > shown.length && (
        <>
          {' … '}
          <Anchor component="button" type="button" inherit onClick={() => setOpen(true)}>
            {partners.length - shown.length} more
          </Anchor>
        </>
      )}
    </Text>
  );
}

function AlertLineRow({
  line,
  periodLabel,
  onToggle,
}: {
  line: AlertLine;
  /** The period as the workspace labels it ("2026 Q3"). */
  periodLabel: string;
  onToggle: (line: AlertLine) => void;
}) {
  return (
    <Table.Tr data-testid="alert-row" data-kind={line.kind} data-count={line.ids.length}>
      <Table.Td>
        <Badge style={NO_SHRINK} size="sm" variant="light" color={SEVERITY_COLOR[line.severity]}>
          {line.severity}
        </Badge>
      </Table.Td>
      <Table.Td className="nowrap">{periodLabel}</Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {line.partner ? (
            <Anchor
              component={Link}
              to={`/partners/${encodeURIComponent(line.partner.externalId)}`}
              inherit
            >
              {line.title}
            </Anchor>
          ) : (
            line.title
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {line.message}
        </Text>
        {line.kind === 'segment' && <PartnerList partners={line.partners} />}
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant={line.done ? 'subtle' : 'light'}
          onClick={() => onToggle(line)}
        >
          {line.done ? 'Reopen' : 'Done'}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));

function Inbox() {
  const periodLabel = usePeriodLabel();
  const [status, setStatus] = useState<Status>('open');
  const [filters, setFilters] = useState<AlertFilters>({
    kind: 'all',
    severity: 'attention',
    region: null,
    manager: null,
  });
  const [page, setPage] = useState(1);
  const bump = useAlertsStore((s) => s.bump);
  const inbox = useApiQuery('alerts.list', { status, limit: 10_000 });
  const settings = useApiQuery('alerts.settings', {});
  const toggling = useAsyncAction(setDone);
  const checking = useAsyncAction(check);
  const [message, setMessage] = useState<string | null>(null);
  const all = inbox.data?.alerts;
  const regions = useMemo(() => distinct((all ?? []).map((a) => a.region)), [all]);
  const managers = useMemo(() => distinct((all ?? []).map((a) => a.manager)), [all]);
  const filtered = useMemo(() => filterAlerts(all ?? [], filters), [all, filters]);
  const lines = useMemo(() => alertLines(filtered, periodLabel), [filtered, periodLabel]);
  const attention = useMemo(() => (all ?? []).filter((a) => a.severity === 'high').length, [all]);
  const changed = () => {
    inbox.reload();
    bump();
  };
  const filter = (patch: Partial<AlertFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  if (inbox.status === 'loading') return <LoadingState label="Comparing the latest periods…" />;
  if (inbox.status === 'error')
    return <ApiErrorAlert error={inbox.error} context="Alerts" onRetry={inbox.reload} />;
  const data = inbox.data;
  const pages = Math.max(1, Math.ceil(lines.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const shownLines = lines.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const shownIds = filtered.map((a) => a.id);
  const hiddenByQuiet =
    filters.severity === 'attention'
      ? filterAlerts(data.alerts, { ...filters, severity: 'all' }).length - filtered.length
      : 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            aria-label="Which alerts"
            value={status}
            onChange={(v) => {
              setStatus(v as Status);
              setPage(1);
            }}
            data={[
              { value: 'open', label: `Open (${data.open})` },
              { value: 'done', label: `Done (${data.done})` },
              { value: 'all', label: 'All' },
            ]}
          />
          <SegmentedControl
            size="xs"
            aria-label="Severity"
            value={filters.severity}
            onChange={(v) => filter({ severity: v as AlertFilters['severity'] })}
            data={[
              { value: 'attention', label: `Needs attention (${attention})` },
              { value: 'all', label: 'Every severity' },
            ]}
          />
        </Group>
        <Group gap="xs">
          {status === 'open' && shownIds.length > 0 && (
            <Button
              size="xs"
              variant="default"
              loading={toggling.pending}
              onClick={async () => (await toggling.run(shownIds, true)).ok && changed()}
            >
              Mark {shownIds.length} shown as done
            </Button>
          )}
          <AlertSettingsMenu
            settings={settings.data}
            onSaved={(closed) => {
              setMessage(
                closed > 0
                  ? `Alert settings saved; ${closed} open alert${closed === 1 ? '' : 's'} marked done.`
                  : 'Alert settings saved.',
              );
              settings.reload();
              changed();
            }}
          />
          <Button
            size="xs"
            variant="default"
            loading={checking.pending}
            onClick={async () => {
              const r = await checking.run();
              if (!r.ok) return;
              setMessage(
                `Compared ${r.value.previous ? periodLabel(r.value.previous) : 'no earlier period'} with ${periodLabel(r.value.period)}: ${r.value.created} new alert${r.value.created === 1 ? '' : 's'}.`,
              );
              changed();
            }}
          >
            Check now
          </Button>
        </Group>
      </Group>
      <Group gap="xs" data-testid="alert-filters">
        <SegmentedControl
          size="xs"
          aria-label="Kind of alert"
          value={filters.kind}
          onChange={(v) => filter({ kind: v as AlertKind | 'all' })}
          data={[
            { value: 'all', label: 'Everything' },
            { value: 'risk', label: 'Risk flags' },
            { value: 'segment', label: 'Segment moves' },
            { value: 'escalation', label: 'Escalations' },
          ]}
        />
        <Select
          size="xs"
          w={180}
          aria-label="Region"
          placeholder="Every region"
          clearable
          data={regions}
          value={filters.region}
          onChange={(v) => filter({ region: v })}
        />
        <Select
          size="xs"
          w={200}
          aria-label="Account manager"
          placeholder="Every account manager"
          clearable
          searchable
          data={managers}
          value={filters.manager}
          onChange={(v) => filter({ manager: v })}
        />
        <Text size="xs" c="dimmed" data-testid="alerts-count">
          {lines.length.toLocaleString()} line{lines.length === 1 ? '' : 's'} for{' '}
          {filtered.length.toLocaleString()} alert{filtered.length === 1 ? '' : 's'}
        </Text>
      </Group>
      {message && (
        <Text size="sm" c="dimmed">
          {message}
        </Text>
      )}
      {(toggling.error ?? checking.error) && (
        <ApiErrorAlert error={(toggling.error ?? checking.error)!} context="Alerts" />
      )}
      <Paper withBorder p={0}>
        <Table aria-label="Alerts" verticalSpacing={6} horizontalSpacing="sm" fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Severity</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shownLines.map((line) => (
              <AlertLineRow
                key={line.key}
                line={line}
                periodLabel={periodLabel(line.periodKey)}
                onToggle={async (l) => (await toggling.run(l.ids, !l.done)).ok && changed()}
              />
            ))}
            {shownLines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed" py="xs" data-testid="alerts-empty">
                    {hiddenByQuiet > 0
                      ? `Nothing needs attention here. ${hiddenByQuiet} alert${hiddenByQuiet === 1 ? '' : 's'} of lower severity: choose “Every severity” to see them.`
                      : status === 'open'
                        ? 'Nothing to look at: no open alerts match.'
                        : 'No alerts here.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={current}
          onChange={setPage}
          aria-label="Alert pages"
        />
      )}
      {data.checked && (
        <Text size="xs" c="dimmed">
          The latest periods ({periodLabel(data.checked.previous)} →{' '}
          {periodLabel(data.checked.period)}) are compared whenever the data, the methodology or the
          thresholds change. “Needs attention” shows high-severity alerts (moves into Exit review,
          serious risk flags); the bell counts those.
        </Text>
      )}
    </Stack>
  );
}

/** `#/alerts`: the inbox of segment moves and new risk flags between periods. */
export function AlertsPage() {
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Partners that moved into Grow, Intervene or Exit review, and risk flags that started firing, between two periods."
      />
      <WorkspaceGate>{() => <Inbox />}</WorkspaceGate>
    </>
  );
}
