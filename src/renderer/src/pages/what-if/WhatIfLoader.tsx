import { Button, EmptyState } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { WorkspaceInfo } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import type { Selection } from '../../stores/selection-store';
import { useWhatIfStore } from './whatif-store';
import { WhatIfWorkspace } from './WhatIfWorkspace';

interface Props {
  workspace: WorkspaceInfo;
  selection: Selection;
}

/** Reads the baseline (the chosen methodology version) and starts the editor from it. */
export function WhatIfLoader({ workspace, selection }: Props) {
  const context = useApiQuery('whatif.context', {
    ...(selection.methodologyId !== null ? { methodologyId: selection.methodologyId } : {}),
    ...(selection.version !== null ? { version: selection.version } : {}),
  });
  const load = useWhatIfStore((s) => s.load);
  const loadedKey = useWhatIfStore((s) => s.key);
  const data = context.data;
  const key = data
    ? `${workspace.path}|${data.baseline.id}@${data.baseline.version ?? 'draft'}`
    : null;
  useEffect(() => {
    if (data && key) load(key, data.definition);
  }, [data, key, load]);

  if (context.status === 'loading') return <LoadingState label="Reading the methodology…" />;
  if (context.status === 'error') {
    return (
      <ApiErrorAlert
        error={context.error}
        context="Reading the baseline methodology"
        onRetry={context.reload}
      />
    );
  }
  if (context.data.periods.length === 0) {
    return (
      <EmptyState
        title="There is nothing to score yet"
        description="The workspace has no partner results. Import partners and their results, then come back to try other weights."
        data-testid="whatif-no-data"
      >
        <EmptyState.Actions>
          <Button component={Link} to="/data" variant="light" mt="sm">
            Go to the Data overview
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (loadedKey !== key) return <LoadingState label="Reading the methodology…" />;
  return <WhatIfWorkspace context={context.data} selection={selection} />;
}
