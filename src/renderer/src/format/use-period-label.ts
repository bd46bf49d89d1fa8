/**
 * One period format on screen: the workspace's own label ("2026 Q3", "FY2027 Q1", "Mar 2026"),
 * never the key ("2026-Q3"), which stays for addresses and exports. Labels come from the
 * workspace's period list (fiscal years change them), so a key is looked up, not reformatted.
 */
import { useCallback } from 'react';
import { useApiQuery } from '../hooks/use-api-query';

export function usePeriodLabel(): (key: string) => string {
  const options = useApiQuery('views.options', {});
  const periods = options.data?.periods;
  return useCallback((key: string) => periods?.find((p) => p.key === key)?.label ?? key, [periods]);
}
