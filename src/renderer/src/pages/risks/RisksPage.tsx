import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { sectionByKey } from '../../app/sections';
import type { RiskRule } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import type { Selection } from '../../stores/selection-store';
import { useAlertsStore } from '../alerts/alerts-store';
import { RiskFlagsTable } from './RiskFlagsTable';
import { RiskSettingsDrawer } from './RiskSettingsDrawer';
import { RiskSummary } from './RiskSummary';

function RisksContent({
  selection,
  select,
}: {
  selection: Selection;
  select: (p: Partial<Selection>) => void;
}) {
  const [rule, setRule] = useState<RiskRule | null>(null);
  const [editing, setEditing] = useState(false);
  const bump = useAlertsStore((s) => s.bump);
  const report = useApiQuery('risks.list', selection.period ? { period: selection.period } : {});
  const options = useApiQuery('views.options', {});
  const currency = options.data?.currency ?? 'USD';
  if (report.status === 'loading') return <LoadingState label="Running the risk rules…" />;
  if (report.status === 'error')
    return <ApiErrorAlert error={report.error} context="Risks" onRetry={report.reload} />;
  const data = report.data;
  const flags = rule ? data.flags.filter((f) => f.rule === rule) : data.flags;
  const ruleName = rule ? data.rules.find((r) => r.rule === rule)?.name : null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Select
          size="xs"
          w={140}
          aria-label="Period"
          allowDeselect={false}
          data={data.periods.map((p) => ({ value: p.key, label: p.label })).reverse()}
          value={data.period.key}
          onChange={(period) => period && select({ period })}
        />
        <Group gap="xs">
          <Button size="xs" variant="default" component={Link} to="/alerts">
            Alerts inbox
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Thresholds…
          </Button>
        </Group>
      </Group>
      <RiskSummary report={data} rule={rule} currency={currency} onRule={setRule} />
      <RiskFlagsTable
        flags={flags}
        selection={selection}
        title={
          ruleName
            ? `${ruleName}: which partners, and why?`
            : `Which partners need a closer look in ${data.period.label}?`
        }
      />
      <RiskSettingsDrawer
        opened={editing}
        settings={data.settings}
        onClose={() => setEditing(false)}
        onSaved={() => {
          report.reload();
          bump();
        }}
      />
    </Stack>
  );
}

/** `#/risks`: the risk rules, how many partners each flags, and every flag explained. */
export function RisksPage() {
  const section = sectionByKey('risks');
  const [selection, select] = useSelection();
  return (
    <>
      <PageHeader title={section.title} description={section.purpose} />
      <WorkspaceGate>{() => <RisksContent selection={selection} select={select} />}</WorkspaceGate>
    </>
  );
}
