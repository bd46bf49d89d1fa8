import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { sectionByKey } from '../../app/sections';
import type { RiskFlag, RiskRule } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import type { Selection } from '../../stores/selection-store';
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
  const [region, setRegion] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const report = useApiQuery('risks.list', selection.period ? { period: selection.period } : {});
  const options = useApiQuery('views.options', {});
  const currency = options.data?.currency ?? 'USD';
  const all = report.status === 'success' ? report.data.flags : null;
  const facets = useMemo(() => {
    const values = (pick: (f: RiskFlag) => string | null) =>
      [...new Set((all ?? []).map((f) => pick(f) ?? NONE))].sort((a, b) => a.localeCompare(b));
    return { regions: values((f) => f.region), types: values((f) => f.type) };
  }, [all]);
  if (report.status === 'loading') return <LoadingState label="Running the risk rules…" />;
  if (report.status === 'error')
    return <ApiErrorAlert error={report.error} context="Risks" onRetry={report.reload} />;
  const data = report.data;
  // Region and type narrow the flags and the counts on the rule cards alike.
  const inScope = data.flags.filter(
    (f) => (!region || (f.region ?? NONE) === region) && (!type || (f.type ?? NONE) === type),
  );
  const flags = rule ? inScope.filter((f) => f.rule === rule) : inScope;
  const ruleName = rule ? data.rules.find((r) => r.rule === rule)?.name : null;
  const scoped = region !== null || type !== null;
  const counts = scoped ? flaggedPerRule(inScope) : null;
  const scope = [type, region].filter(Boolean).join(' · ');
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
        <Group gap="xs" data-testid="risk-filters" style={{ flex: 1 }}>
          <Select
            size="xs"
            w={170}
            aria-label="Region"
            placeholder="Every region"
            clearable
            data={facets.regions}
            value={region}
            onChange={(v) => setRegion(v === null ? null : String(v))}
          />
          <Select
            size="xs"
            w={170}
            aria-label="Partner type"
            placeholder="Every partner type"
            clearable
            data={facets.types}
            value={type}
            onChange={(v) => setType(v === null ? null : String(v))}
          />
          {scoped && (
            <Text size="xs" c="dimmed" data-testid="risk-scope">
              Counts and flags for {scope} only
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" component={Link} to="/alerts">
            Alerts inbox
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            Thresholds…
          </Button>
        </Group>
      </Group>
      <RiskSummary report={data} rule={rule} counts={counts} currency={currency} onRule={setRule} />
      <RiskFlagsTable
        flags={flags}
        selection={selection}
        emptyText={
          scoped
            ? `No risk rule fired for ${scope} partners in ${data.period.label}. Clear the region or type filter to see every flag.`
            : undefined
        }
        title={
          ruleName
            ? `${ruleName}: which partners, and why?`
            : `Which ${scope ? `${scope} ` : ''}partners need a closer look in ${data.period.label}?`
        }
      />
      <RiskSettingsDrawer
        opened={editing}
        settings={data.settings}
        onClose={() => setEditing(false)}
      />
    </Stack>
  );
}

/** Flags without a region or type are filtered under this name. */
const NONE = 'Not set';

/** Partners flagged by each rule among `flags` (a partner counts once per rule). */
function flaggedPerRule(flags: RiskFlag[]): Partial<Record<RiskRule, number>> {
  const partners = new Map<RiskRule, Set<number>>();
  for (const f of flags) {
    const set = partners.get(f.rule) ?? new Set<number>();
    set.add(f.partnerId);
    partners.set(f.rule, set);
  }
  return Object.fromEntries([...partners].map(([r, set]) => [r, set.size]));
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
