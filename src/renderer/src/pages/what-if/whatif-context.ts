/** What every part of the What-if page reads: the baseline context, lookups and the currency. */
import { createContext, useContext } from 'react';
import type { WhatIfContext, WhatIfKpi } from '../../../../shared/api';
import type { Selection } from '../../stores/selection-store';

export interface WhatIfPageContext {
  context: WhatIfContext;
  /** KPI key → its group key. */
  groupOf: ReadonlyMap<string, string>;
  kpiInfo: ReadonlyMap<string, WhatIfKpi>;
  /** Group keys in order with their labels. */
  groupLabel: (key: string) => string;
  currency: string;
  selection: Selection;
}

export const WhatIfCtx = createContext<WhatIfPageContext | null>(null);

export function useWhatIf(): WhatIfPageContext {
  const value = useContext(WhatIfCtx);
  if (!value) throw new Error('useWhatIf outside the What-if page');
  return value;
}

export function buildPageContext(
  context: WhatIfContext,
  currency: string,
  selection: Selection,
): WhatIfPageContext {
  const labels = new Map(context.groups.map((g) => [g.key, g.label]));
  return {
    context,
    groupOf: new Map(context.kpis.map((k) => [k.key, k.group])),
    kpiInfo: new Map(context.kpis.map((k) => [k.key, k])),
    groupLabel: (key) => labels.get(key) ?? key,
    currency,
    selection,
  };
}
