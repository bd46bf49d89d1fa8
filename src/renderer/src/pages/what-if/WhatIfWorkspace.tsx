import { Grid } from '@mantine/core';
import { useMemo } from 'react';
import type { WhatIfContext } from '../../../../shared/api';
import { useApiQuery } from '../../hooks/use-api-query';
import type { Selection } from '../../stores/selection-store';
import { DiffPanel } from './DiffPanel';
import { EditorTabs } from './EditorTabs';
import { PageNotice } from './PageNotice';
import { useWhatIfRun } from './use-whatif-run';
import { buildPageContext, WhatIfCtx } from './whatif-context';
import { WhatIfToolbar } from './WhatIfToolbar';

interface Props {
  context: WhatIfContext;
  selection: Selection;
}

/** The diff column: re-scored on every change of the edit (it alone re-renders on an answer). */
function DiffColumn({ context, period }: { context: WhatIfContext; period: string | null }) {
  const run = useWhatIfRun({
    methodologyId: context.baseline.id,
    version: context.baseline.version,
    period,
  });
  return <DiffPanel result={run.result} error={run.error} pending={run.pending} seq={run.seq} />;
}

/** The editor on the left, the diff against the baseline on the right (re-scored on every change). */
export function WhatIfWorkspace({ context, selection }: Props) {
  const options = useApiQuery('views.options', {});
  const currency = options.data?.currency ?? 'USD';
  const page = useMemo(
    () => buildPageContext(context, currency, selection),
    [context, currency, selection],
  );
  return (
    <WhatIfCtx.Provider value={page}>
      <WhatIfToolbar />
      <PageNotice />
      <Grid gap="md" mt="sm">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <EditorTabs />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <DiffColumn context={context} period={selection.period} />
        </Grid.Col>
      </Grid>
    </WhatIfCtx.Provider>
  );
}
