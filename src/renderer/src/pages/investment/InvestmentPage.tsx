/**
 * `#/investment`: investment planning. Plan (propose, adjust, save, export), Saved plans (open,
 * compare, update the MDF measures), Claims (enter, import, move on; utilisation and expiring
 * allocations) and Return (per fund dollar, against similar partners that received less).
 */
import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { ClaimsTab } from './ClaimsTab';
import { PlanTab } from './PlanTab';
import { ReturnTab } from './ReturnTab';
import { SavedPlansTab } from './SavedPlansTab';

type Tab = 'plan' | 'saved' | 'claims' | 'return';

function InvestmentContent() {
  const [tab, setTab] = useState<Tab>('plan');
  const [savedRevision, setSavedRevision] = useState(0);
  const options = useApiQuery('views.options', {});
  if (options.status === 'loading') return <LoadingState label="Loading the workspace…" />;
  if (options.status === 'error')
    return (
      <ApiErrorAlert error={options.error} context="Investment planning" onRetry={options.reload} />
    );
  const currency = options.data.currency;
  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="plan">Plan</Tabs.Tab>
        <Tabs.Tab value="saved">Saved plans</Tabs.Tab>
        <Tabs.Tab value="claims">Claims</Tabs.Tab>
        <Tabs.Tab value="return">Return</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="plan">
        <PlanTab
          periods={options.data.periods}
          currency={currency}
          onSaved={() => setSavedRevision((n) => n + 1)}
        />
      </Tabs.Panel>
      <Tabs.Panel value="saved">
        <SavedPlansTab key={savedRevision} currency={currency} onOpen={() => setTab('plan')} />
      </Tabs.Panel>
      <Tabs.Panel value="claims">
        <ClaimsTab currency={currency} />
      </Tabs.Panel>
      <Tabs.Panel value="return">
        <ReturnTab currency={currency} />
      </Tabs.Panel>
    </Tabs>
  );
}

export function InvestmentPage() {
  const section = sectionByKey('investment');
  return (
    <>
      <PageHeader title={section.title} description={section.purpose} />
      <WorkspaceGate>{() => <InvestmentContent />}</WorkspaceGate>
    </>
  );
}
