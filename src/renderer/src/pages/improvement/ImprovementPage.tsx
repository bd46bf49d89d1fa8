import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { BacklogTab } from './BacklogTab';
import { IssuesTab } from './IssuesTab';
import { ProgressTab } from './ProgressTab';
import { SuggestionsTab } from './SuggestionsTab';

const TABS = ['issues', 'suggested', 'backlog', 'progress'] as const;
type Tab = (typeof TABS)[number];

function ImprovementContent() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(raw ?? '') ? (raw as Tab) : 'issues';
  const issueParam = Number(params.get('issue'));
  const issue = Number.isInteger(issueParam) && issueParam > 0 ? issueParam : null;
  const go = (next: { tab?: Tab; issue?: number | null }) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p);
        if (next.tab) out.set('tab', next.tab);
        if (next.issue !== undefined) {
          if (next.issue === null) out.delete('issue');
          else out.set('issue', String(next.issue));
        }
        return out;
      },
      { replace: true },
    );
  const openIssue = (id: number) => go({ tab: 'issues', issue: id });
  const options = useApiQuery('improvement.options', {});
  if (options.status === 'loading') return <LoadingState label="Loading…" />;
  if (options.status === 'error')
    return <ApiErrorAlert error={options.error} onRetry={options.reload} />;
  return (
    <Tabs value={tab} onChange={(v) => v && go({ tab: v as Tab })} keepMounted={false}>
      <Tabs.List mb="sm">
        <Tabs.Tab value="issues">Issues</Tabs.Tab>
        <Tabs.Tab value="suggested">Suggested</Tabs.Tab>
        <Tabs.Tab value="backlog">Action backlog</Tabs.Tab>
        <Tabs.Tab value="progress">Progress</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="issues">
        <IssuesTab options={options.data} selected={issue} onSelect={(id) => go({ issue: id })} />
      </Tabs.Panel>
      <Tabs.Panel value="suggested">
        <SuggestionsTab options={options.data} onAccepted={openIssue} />
      </Tabs.Panel>
      <Tabs.Panel value="backlog">
        <BacklogTab options={options.data} onIssue={openIssue} />
      </Tabs.Panel>
      <Tabs.Panel value="progress">
        <ProgressTab options={options.data} onIssue={openIssue} />
      </Tabs.Panel>
    </Tabs>
  );
}

/** `#/improvement`: issues, suggested issues, the action backlog and progress against baselines. */
export function ImprovementPage() {
  const section = sectionByKey('improvement');
  return (
    <>
      <PageHeader title={section.title} description={section.purpose} />
      <WorkspaceGate>{() => <ImprovementContent />}</WorkspaceGate>
    </>
  );
}
