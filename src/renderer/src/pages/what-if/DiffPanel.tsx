import { Stack } from '@mantine/core';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { DiffHeadline } from './DiffHeadline';
import { DistributionCompareChart } from './DistributionCompareChart';
import { ExposureTable } from './ExposureTable';
import { MigrationMatrix } from './MigrationMatrix';
import { MigrationSankey } from './MigrationSankey';
import { MoversTable } from './MoversTable';
import { usePaintedMark } from './use-painted-mark';
import type { RunState } from './use-whatif-run';
import { memo } from 'react';

/**
 * The weighting against the baseline, re-drawn on every answer; the previous answer stays on
 * screen while the next is computed. `data-result-seq` counts answers, `data-current` says the
 * answer is for what is on screen now.
 */
export const DiffPanel = memo(function DiffPanel({ result, error, pending, seq }: RunState) {
  usePaintedMark(seq);
  return (
    <Stack
      gap="sm"
      data-testid="whatif-diff"
      data-result-seq={seq}
      data-current={!pending && !error}
      aria-busy={pending}
    >
      {error && (
        <ApiErrorAlert
          error={error}
          context={
            result
              ? 'This weighting cannot be scored (showing the last one that could)'
              : 'Scoring the weighting'
          }
        />
      )}
      {!result ? (
        !error && <LoadingState label="Scoring every partner with the baseline and the what-if…" />
      ) : (
        <>
          <DiffHeadline result={result} pending={pending} />
          <div className="wi-migration">
            <MigrationMatrix result={result} />
            <MigrationSankey result={result} />
          </div>
          <DistributionCompareChart result={result} />
          <MoversTable result={result} side="up" />
          <MoversTable result={result} side="down" />
          <ExposureTable result={result} />
        </>
      )}
    </Stack>
  );
});
