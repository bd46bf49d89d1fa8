/**
 * `#/methodology`: the scoring methodology editor. Pick a methodology, edit its draft (KPIs and
 * weights, normalisation, tiers and gates, segment rules, data rules) with a live preview of the
 * score distribution, publish it, and read its version history.
 */
import { Button } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { MethodologyWorkspace } from './MethodologyWorkspace';

export function MethodologyPage() {
  return (
    <>
      <PageHeader
        title="Methodology"
        description="How partners are scored: which KPIs count and how much, how each is normalised, the tier rules and the action segments. Published versions never change."
        actions={
          <Button component="a" href="#/program-changes" size="xs" variant="default">
            Program changes
          </Button>
        }
      />
      <WorkspaceGate>{() => <MethodologyWorkspace />}</WorkspaceGate>
    </>
  );
}
