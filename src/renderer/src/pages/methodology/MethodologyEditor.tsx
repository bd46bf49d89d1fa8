import { Alert, Badge, Grid, Group, Tabs, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { KpiInfo, KpiLibrary, MethodologyDetail } from '../../../../shared/api';
import { DataRulesPanel } from './DataRulesPanel';
import { EditorActions } from './EditorActions';
import { useEditorStore } from './editor-store';
import { HistoryPanel } from './HistoryPanel';
import { NormalisationPanel } from './NormalisationPanel';
import { PreviewPanel } from './PreviewPanel';
import { ProfilesPanel } from './ProfilesPanel';
import { ProfilesTabLabel } from './profiles/ProfilesTabLabel';
import { SegmentsPanel } from './SegmentsPanel';
import { StructurePanel } from './StructurePanel';
import { TiersPanel } from './TiersPanel';
import { WeightsPanel } from './WeightsPanel';

interface Props {
  detail: MethodologyDetail;
  library: KpiLibrary;
}

/** Built-in KPIs plus the methodology's custom ones, by key. */
function useCatalogue(library: KpiLibrary): Map<string, KpiInfo> {
  const custom = useEditorStore((s) => s.definition?.customKpis);
  return useMemo(() => {
    const map = new Map(library.kpis.map((k) => [k.key, k]));
    for (const k of custom ?? [])
      map.set(k.key, { ...k, builtIn: false, normaliser: { kind: 'percentile' } });
    return map;
  }, [library, custom]);
}

export function MethodologyEditor({ detail, library }: Props) {
  const definition = useEditorStore((s) => s.definition);
  const catalogue = useCatalogue(library);
  if (!definition) return null;
  const { version, methodology } = detail;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Group gap="xs" mb="xs">
          <Text fw={600}>{methodology.name}</Text>
          <Badge variant="light" color={version.status === 'published' ? 'teal' : 'yellow'}>
            Version {version.version} · {version.status}
          </Badge>
        </Group>
        {version.status === 'published' && (
          <Alert variant="light" color="blue" mb="sm" data-testid="published-notice">
            Version {version.version} is published and never changes. Saving your edits starts draft
            version {detail.versions.length + 1}.
          </Alert>
        )}
        <EditorActions detail={detail} />
        {/* Eight tabs: a little less padding keeps them on one line beside the preview. */}
        <Tabs
          defaultValue="weights"
          keepMounted={false}
          mt="sm"
          styles={{ tab: { paddingInline: 'var(--mantine-spacing-xs)' } }}
        >
          <Tabs.List>
            <Tabs.Tab value="weights">KPIs &amp; weights</Tabs.Tab>
            <Tabs.Tab value="profiles">
              <ProfilesTabLabel />
            </Tabs.Tab>
            <Tabs.Tab value="structure">Structure</Tabs.Tab>
            <Tabs.Tab value="normalisation">Normalisation</Tabs.Tab>
            <Tabs.Tab value="tiers">Tiers &amp; gates</Tabs.Tab>
            <Tabs.Tab value="segments">Segments</Tabs.Tab>
            <Tabs.Tab value="data">Data rules</Tabs.Tab>
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="weights" pt="sm">
            <WeightsPanel catalogue={catalogue} library={library} />
          </Tabs.Panel>
          <Tabs.Panel value="profiles" pt="sm">
            <ProfilesPanel catalogue={catalogue} />
          </Tabs.Panel>
          <Tabs.Panel value="structure" pt="sm">
            <StructurePanel catalogue={catalogue} library={library} />
          </Tabs.Panel>
          <Tabs.Panel value="normalisation" pt="sm">
            <NormalisationPanel catalogue={catalogue} />
          </Tabs.Panel>
          <Tabs.Panel value="tiers" pt="sm">
            <TiersPanel catalogue={catalogue} />
          </Tabs.Panel>
          <Tabs.Panel value="segments" pt="sm">
            <SegmentsPanel catalogue={catalogue} library={library} />
          </Tabs.Panel>
          <Tabs.Panel value="data" pt="sm">
            <DataRulesPanel catalogue={catalogue} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <HistoryPanel detail={detail} />
          </Tabs.Panel>
        </Tabs>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <PreviewPanel
          methodologyId={methodology.id}
          hasPublished={methodology.publishedVersion !== null}
        />
      </Grid.Col>
    </Grid>
  );
}
