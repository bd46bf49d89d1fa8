import { Tabs, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { NormalisationPanel } from './NormalisationPanel';
import { ScenariosPanel } from './ScenariosPanel';
import { SensitivityPanel } from './SensitivityPanel';
import { TiersPanel } from './TiersPanel';
import { UncertaintyPanel } from './UncertaintyPanel';
import { useCurrentScope } from './whatif-store';
import { WeightsPanel } from './WeightsPanel';

const SCOPED = 'A scenario for one region or type changes weights only';

/** The inputs (weights, tiers, normalisation) and the tools (scenarios, sensitivity). */
export function EditorTabs() {
  const scoped = useCurrentScope() !== null;
  const [tab, setTab] = useState<string>('weights');
  // A scoped scenario cannot edit tiers or normalisation: show the weights instead.
  const active = scoped && (tab === 'tiers' || tab === 'normalisation') ? 'weights' : tab;
  return (
    <Tabs
      value={active}
      onChange={(v) => v && setTab(v)}
      keepMounted={false}
      data-testid="whatif-editor"
    >
      <Tabs.List>
        <Tabs.Tab value="weights">Weights</Tabs.Tab>
        <Tooltip label={SCOPED} disabled={!scoped}>
          <Tabs.Tab value="tiers" disabled={scoped}>
            Tiers
          </Tabs.Tab>
        </Tooltip>
        <Tooltip label={SCOPED} disabled={!scoped}>
          <Tabs.Tab value="normalisation" disabled={scoped}>
            Normalisation
          </Tabs.Tab>
        </Tooltip>
        <Tabs.Tab value="scenarios">Scenarios</Tabs.Tab>
        <Tabs.Tab value="sensitivity">Sensitivity</Tabs.Tab>
        <Tabs.Tab value="uncertainty">Uncertainty</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="weights" pt="sm">
        <WeightsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="tiers" pt="sm">
        <TiersPanel />
      </Tabs.Panel>
      <Tabs.Panel value="normalisation" pt="sm">
        <NormalisationPanel />
      </Tabs.Panel>
      <Tabs.Panel value="scenarios" pt="sm">
        <ScenariosPanel />
      </Tabs.Panel>
      <Tabs.Panel value="sensitivity" pt="sm">
        <SensitivityPanel />
      </Tabs.Panel>
      <Tabs.Panel value="uncertainty" pt="sm">
        <UncertaintyPanel />
      </Tabs.Panel>
    </Tabs>
  );
}
