/**
 * `#/what-if`: try another weighting before publishing it. Category and KPI weights, tier
 * thresholds and normalisation re-score every partner on each change; the diff against the
 * baseline (tier migration, movers, distribution, revenue and MDF exposed) follows at once.
 * Scenarios are saved, compared, stress-tested and published from here.
 */
import { sectionByKey } from '../../app/sections';
import './what-if.css';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { WhatIfLoader } from './WhatIfLoader';

export function WhatIfPage() {
  const section = sectionByKey('what-if');
  const [selection, select] = useSelection();
  return (
    <>
      <PageHeader
        title={section.title}
        description="Try other KPI weights, tier thresholds or normalisation and see who changes tier, what revenue and MDF is exposed and how robust the ranking is — before you publish."
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>
        {(workspace) => <WhatIfLoader workspace={workspace} selection={selection} />}
      </WorkspaceGate>
    </>
  );
}
