import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { writeSelection } from '../../components/selection/selection-params';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput } from '../../stores/selection-store';
import { PartnerContent } from './PartnerContent';

/** `#/partners/:partnerId`: one partner's scorecard, every number explained. */
export function PartnerPage() {
  const { partnerId = '' } = useParams();
  const [selection, select] = useSelection();
  const query = useApiQuery('views.partner', { ...selectionInput(selection), partner: partnerId });
  const back = writeSelection(new URLSearchParams(), selection).toString();
  const title = query.data?.profile.name ?? `Partner ${partnerId}`;
  return (
    <>
      <Anchor component={Link} to={`/portfolio${back ? `?${back}` : ''}`} size="xs">
        ← Portfolio
      </Anchor>
      <PageHeader
        title={title}
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>
        {() =>
          query.status === 'loading' ? (
            <LoadingState label={`Explaining the score of ${partnerId}…`} />
          ) : query.status === 'error' ? (
            <ApiErrorAlert
              error={query.error}
              context={`Partner ${partnerId}`}
              onRetry={query.reload}
            />
          ) : (
            <PartnerContent page={query.data} selection={selection} />
          )
        }
      </WorkspaceGate>
    </>
  );
}
