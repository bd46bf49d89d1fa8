/**
 * `#/methodology/diagnostics`: how coherent the selected methodology version's KPIs are in the
 * selected period — which move together (redundant) or against their group, Cronbach's alpha per
 * group, what each KPI really weighs against the weight it was given, and a weighting that
 * brings importance to a target.
 */
import { Anchor, Group, NumberInput, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportanceTarget } from '../../../../../shared/api';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { SelectionBar } from '../../../components/selection/SelectionBar';
import { useSelection } from '../../../components/selection/use-selection';
import { WorkspaceGate } from '../../../components/WorkspaceGate';
import { useApiQuery } from '../../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../../stores/selection-store';
import { DiagnosticsContent } from './DiagnosticsContent';

function DiagnosticsData({ selection }: { selection: Selection }) {
  const [target, setTarget] = useState<ImportanceTarget>('equal');
  const [redundantAt, setRedundantAt] = useState(0.9);
  const query = useApiQuery('diagnostics.get', {
    ...selectionInput(selection),
    target,
    redundantAt,
  });
  return (
    <>
      <Group gap="md" mb="sm" align="flex-end" data-testid="diagnostics-controls">
        <div>
          <Text size="xs" c="dimmed" mb={2}>
            Suggest weights for
          </Text>
          <SegmentedControl
            size="xs"
            value={target}
            onChange={(v) => setTarget(v as ImportanceTarget)}
            data={[
              { value: 'equal', label: 'Equal importance' },
              { value: 'nominal', label: 'Importance as weighted' },
            ]}
          />
        </div>
        <NumberInput
          size="xs"
          w={150}
          label="Redundant at r ≥"
          min={0.5}
          max={1}
          step={0.05}
          decimalScale={2}
          value={redundantAt}
          onChange={(v) => typeof v === 'number' && v >= 0.5 && v <= 1 && setRedundantAt(v)}
        />
      </Group>
      {query.status === 'loading' && <LoadingState label="Correlating every KPI…" />}
      {query.status === 'error' && (
        <ApiErrorAlert error={query.error} context="The diagnostics" onRetry={query.reload} />
      )}
      {query.data && <DiagnosticsContent result={query.data} />}
    </>
  );
}

export function DiagnosticsPage() {
  const [selection, select] = useSelection();
  return (
    <>
      <PageHeader
        title="Methodology diagnostics"
        description="Do the KPIs measure what the methodology means them to? Correlations, Cronbach’s alpha, what each KPI really weighs, and a weighting that evens it out."
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <Anchor component={Link} to="/methodology" size="sm" mb="sm" display="inline-block">
        ← Methodology
      </Anchor>
      <WorkspaceGate>{() => <DiagnosticsData selection={selection} />}</WorkspaceGate>
    </>
  );
}
