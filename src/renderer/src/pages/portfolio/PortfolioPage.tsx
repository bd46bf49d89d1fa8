import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { PortfolioContent } from './PortfolioContent';
import { useViewUrl } from './use-view-url';

function PortfolioData({ selection }: { selection: Selection }) {
  const query = useApiQuery('views.portfolio', selectionInput(selection));
  if (query.status === 'loading') return <LoadingState label="Scoring every partner…" />;
  const noData = query.status === 'error' && query.error.code === 'INVALID_DATA';
  if (query.status === 'error' && !noData) {
    return (
      <ApiErrorAlert error={query.error} context="Scoring the portfolio" onRetry={query.reload} />
    );
  }
  if (noData || query.data?.partnerId.length === 0) {
    return (
      <EmptyState
        title="No partner has a score yet"
        description={
          noData
            ? `${query.error?.message ?? ''} Import partners and their results, then come back.`
            : 'No partner was onboarded by the end of this period: choose a later period, or import partners.'
        }
        data-testid="portfolio-no-partners"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/data" variant="light" mt="sm">
            Go to the Data overview
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (!query.data) return null;
  return <PortfolioContent data={query.data} selection={selection} />;
}

/** `#/portfolio`: every partner's score, tier, segment and trend; charts; filters; export. */
export function PortfolioPage() {
  const section = sectionByKey('portfolio');
  const [selection, select] = useSelection();
  useViewUrl();
  return (
    <>
      <PageHeader
        title={section.title}
        description={section.purpose}
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>{() => <PortfolioData selection={selection} />}</WorkspaceGate>
    </>
  );
}
