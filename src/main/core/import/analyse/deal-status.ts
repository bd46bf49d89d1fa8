import type { DealStatus } from '../../../../shared/api/import';

/** Common CRM stage names → deal-registration status (a mapping's statusMap comes first). */
const DEFAULTS: Record<string, DealStatus> = {
  submitted: 'submitted',
  pending: 'submitted',
  new: 'submitted',
  open: 'submitted',
  registered: 'submitted',
  prospecting: 'submitted',
  approved: 'approved',
  accepted: 'approved',
  qualified: 'approved',
  engaging: 'approved',
  'in progress': 'approved',
  rejected: 'rejected',
  declined: 'rejected',
  denied: 'rejected',
  won: 'won',
  'closed won': 'won',
  'closed-won': 'won',
  lost: 'lost',
  'closed lost': 'lost',
  'closed-lost': 'lost',
  expired: 'lost',
};

export const DEAL_STATUS_CODES: readonly DealStatus[] = [
  'submitted',
  'approved',
  'rejected',
  'won',
  'lost',
];

/** status text → index in DEAL_STATUS_CODES, or -1 when unknown. */
export function dealStatusReader(
  statusMap: Record<string, DealStatus> = {},
): (text: string) => number {
  const map = new Map<string, number>();
  for (const [k, v] of Object.entries(DEFAULTS)) map.set(k, DEAL_STATUS_CODES.indexOf(v));
  for (const [k, v] of Object.entries(statusMap))
    map.set(k.trim().toLowerCase(), DEAL_STATUS_CODES.indexOf(v));
  return (text) => map.get(text.trim().toLowerCase()) ?? -1;
}
