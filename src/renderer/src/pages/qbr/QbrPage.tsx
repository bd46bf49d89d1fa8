import { Anchor, Group } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SelectionBar } from '../../components/selection/SelectionBar';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput } from '../../stores/selection-store';
import { QbrEditor } from './QbrEditor';

/** `#/qbr/:partnerId`: prepare a partner's quarterly business review. */
export function QbrPage() {
  const { partnerId = '' } = useParams();
  const [selection, select] = useSelection();
  const query = useApiQuery('qbr.get', { partner: partnerId, ...selectionInput(selection) });
  const q = query.data;
  const title = q
    ? `QBR · ${q.scorecard.partner.name} · ${q.scorecard.period.label}`
    : `QBR · ${partnerId}`;
  return (
    <>
      <Group gap="md">
        <Anchor component={Link} to="/qbr" size="xs">
          ← All QBRs
        </Anchor>
        <Anchor component={Link} to={`/partners/${encodeURIComponent(partnerId)}`} size="xs">
          Partner page
        </Anchor>
      </Group>
      <PageHeader
        title={title}
        actions={<SelectionBar selection={selection} onChange={select} />}
      />
      <WorkspaceGate>
        {() =>
          query.status === 'loading' ? (
            <LoadingState label={`Preparing the QBR of ${partnerId}…`} />
          ) : query.status === 'error' ? (
            <ApiErrorAlert
              error={query.error}
              context={`QBR of ${partnerId}`}
              onRetry={query.reload}
            />
          ) : (
            // A new partner, period or saved review starts a fresh editor.
            <QbrEditor
              key={`${query.data.scorecard.partner.externalId}|${query.data.review.periodKey}|${query.data.review.id ?? 'draft'}`}
              qbr={query.data}
            />
          )
        }
      </WorkspaceGate>
    </>
  );
}
