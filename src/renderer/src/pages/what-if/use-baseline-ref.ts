import { useMemo } from 'react';
import type { ScenarioBaseline } from '../../../../shared/api';
import { useWhatIf } from './whatif-context';

/** The baseline as the scenario API takes it: the methodology and, unless a draft, its version. */
export function useBaselineRef(): ScenarioBaseline {
  const { id, version } = useWhatIf().context.baseline;
  return useMemo(
    () => ({ methodologyId: id, ...(version !== null ? { version } : {}) }),
    [id, version],
  );
}
