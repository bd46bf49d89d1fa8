/**
 * The Benchmarks page's choices kept in its address (`?kpi=revenue&group=type,region&partner=P-0001`),
 * so that a link reproduces the view; absent values fall back to the workspace's defaults.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { GroupDimension, SizeBasis } from '../../../../shared/api';

export type BenchmarkTab = 'distribution' | 'league' | 'baseline' | 'partner' | 'references';

export interface BenchmarkParams {
  kpi: string | null;
  /** null: the workspace's default groups. */
  group: GroupDimension[] | null;
  size: SizeBasis | null;
  partner: string | null;
  tab: BenchmarkTab;
  baseline: string | null;
}

const TABS: BenchmarkTab[] = ['distribution', 'league', 'baseline', 'partner', 'references'];

export function useBenchmarkParams(): [BenchmarkParams, (patch: Partial<BenchmarkParams>) => void] {
  const [params, setParams] = useSearchParams();
  const group = params.get('group');
  const size = params.get('size');
  const tab = params.get('tab') as BenchmarkTab | null;
  const current: BenchmarkParams = {
    kpi: params.get('kpi'),
    group: group === null ? null : group === '' ? [] : (group.split(',') as GroupDimension[]),
    size: size === 'employees' || size === 'revenue' ? size : null,
    partner: params.get('partner'),
    tab: tab && TABS.includes(tab) ? tab : 'distribution',
    baseline: params.get('baseline'),
  };
  const update = useCallback(
    (patch: Partial<BenchmarkParams>) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          const put = (key: string, value: string | null) =>
            value === null ? next.delete(key) : next.set(key, value);
          if ('kpi' in patch) put('kpi', patch.kpi ?? null);
          if ('group' in patch) put('group', patch.group ? patch.group.join(',') : null);
          if ('size' in patch) put('size', patch.size ?? null);
          if ('partner' in patch) put('partner', patch.partner ?? null);
          if ('tab' in patch) put('tab', patch.tab === 'distribution' ? null : (patch.tab ?? null));
          if ('baseline' in patch) put('baseline', patch.baseline ?? null);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [current, update];
}
