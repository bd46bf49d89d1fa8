/**
 * The partners' type, region and program tier, for the profiles' coverage and the match choices:
 * read from the Portfolio table of the shared selection (usually already cached by the backend).
 */
import { useMemo } from 'react';
import { useApiQuery } from '../../../hooks/use-api-query';
import { selectionInput, useSelectionStore } from '../../../stores/selection-store';
import type { ErrorInfo } from '../../../stores/error-info';
import type { PartnerAttributes } from './profile-coverage';

export interface PartnerAttributesQuery {
  partners: PartnerAttributes | null;
  error: ErrorInfo | null;
  reload: () => void;
}

export function usePartnerAttributes(): PartnerAttributesQuery {
  const period = useSelectionStore((s) => s.period);
  const methodologyId = useSelectionStore((s) => s.methodologyId);
  const version = useSelectionStore((s) => s.version);
  const query = useApiQuery('views.portfolio', selectionInput({ period, methodologyId, version }));
  const data = query.data;
  const partners = useMemo(
    () => (data ? { type: data.type, region: data.region, tier: data.programTier } : null),
    [data],
  );
  return { partners, error: query.error, reload: query.reload };
}
