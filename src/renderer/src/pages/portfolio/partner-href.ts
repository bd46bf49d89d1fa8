/** The address of a partner's page, carrying the current period and methodology. */
import { writeSelection } from '../../components/selection/selection-params';
import type { Selection } from '../../stores/selection-store';

export function partnerHref(externalId: string, selection: Selection): string {
  const query = writeSelection(new URLSearchParams(), selection).toString();
  return `/partners/${encodeURIComponent(externalId)}${query ? `?${query}` : ''}`;
}
