import {
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  groupKeys,
  PEER_DIMENSIONS,
  type KpiInfo,
  type MethodologyDefinition,
  type PeerDimension,
} from '../../../../shared/api';
import { useEditorStore } from './editor-store';
import { PEER_LABELS } from './labels';
import { groupOf } from './weights';

const POLICIES = [
  { value: 'reweight', label: 'Re-weight among present KPIs' },
  { value: 'zero', label: 'Score zero' },
  { value: 'peer_median', label: 'Peer median' },
];

/** Equal group weights for the groups the KPIs fall into under a grouping. */
function regroup(
  d: MethodologyDefinition,
  grouping: MethodologyDefinition['grouping'],
  catalogue: Map<string, KpiInfo>,
) {
  const next = { ...d, grouping };
  const used = groupKeys(grouping).filter((g) =>
    d.kpis.some((k) => groupOf(catalogue.get(k.kpi), next) === g),
  );
  return {
    ...next,
    groupWeights: Object.fromEntries(used.map((g) => [g, Math.round(100 / used.length)])),
  };
}

/** Missing data, coverage, peer groups and category or balanced-scorecard grouping. */
export function DataRulesPanel({ catalogue }: { catalogue: Map<string, KpiInfo> }) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  return (
    <Stack gap="sm" data-testid="data-rules-panel">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          When a partner has no data for a KPI
        </Title>
        <SegmentedControl
          data={POLICIES}
          value={def.missingData.policy}
          onChange={(policy) =>
            update((d) => ({
              ...d,
              missingData: {
                ...d.missingData,
                policy: policy as MethodologyDefinition['missingData']['policy'],
              },
            }))
          }
        />
        <NumberInput
          mt="sm"
          w={260}
          label="Flag low coverage below (% of weight with data)"
          min={0}
          max={100}
          value={Math.round(def.missingData.minCoverage * 100)}
          onChange={(v) =>
            update((d) => ({
              ...d,
              missingData: { ...d.missingData, minCoverage: (Number(v) || 0) / 100 },
            }))
          }
        />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          Peers and grouping
        </Title>
        <SimpleGrid cols={2}>
          <MultiSelect
            label="Peer group (percentiles, z-scores, peer median)"
            description="Partners are compared with others sharing these"
            data={PEER_DIMENSIONS.map((d) => ({ value: d, label: PEER_LABELS[d] }))}
            value={def.peerGroup}
            onChange={(v) => update((d) => ({ ...d, peerGroup: v as PeerDimension[] }))}
          />
          {/* A methodology with its own groups changes them on the Structure tab. */}
          {!def.groups && (
            <div>
              <Text size="sm" fw={500} mb={4}>
                Group KPIs by
              </Text>
              <SegmentedControl
                data={[
                  { value: 'category', label: 'KPI category' },
                  { value: 'perspective', label: 'Balanced scorecard' },
                ]}
                value={def.grouping}
                onChange={(g) =>
                  update((d) => regroup(d, g as MethodologyDefinition['grouping'], catalogue))
                }
              />
            </div>
          )}
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
