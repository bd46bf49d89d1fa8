import type { DisputeStatusValue } from '../../../../shared/api';

export const DISPUTE_STATUS: Record<DisputeStatusValue, { label: string; color: string }> = {
  open: { label: 'Open', color: 'orange' },
  under_review: { label: 'Under review', color: 'blue' },
  resolved_upheld: { label: 'Resolved: upheld', color: 'green' },
  resolved_rejected: { label: 'Resolved: rejected', color: 'gray' },
};
