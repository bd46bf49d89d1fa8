/**
 * The life of a claim: planned → claimed (a proof reference is required) → approved or
 * rejected; approved → paid. Rejected and paid are final. Pure: the store asks this module
 * whether a move is allowed and what it needs.
 */
import type { MdfClaimStatus } from '../../../shared/api/mdf';

export const CLAIM_TRANSITIONS: Record<MdfClaimStatus, readonly MdfClaimStatus[]> = {
  planned: ['claimed'],
  claimed: ['approved', 'rejected'],
  approved: ['paid'],
  rejected: [],
  paid: [],
};

export interface ClaimMove {
  from: MdfClaimStatus;
  to: MdfClaimStatus;
  /** The proof reference the claim will carry after the move (existing or given). */
  proofRef: string | null;
}

/** null when the move is allowed, else why not (a sentence). */
export function checkMove({ from, to, proofRef }: ClaimMove): string | null {
  if (!CLAIM_TRANSITIONS[from].includes(to)) {
    const next = CLAIM_TRANSITIONS[from];
    return next.length
      ? `A ${from} claim can move to ${next.join(' or ')}, not to ${to}.`
      : `A ${from} claim is final; it cannot move to ${to}.`;
  }
  if (to === 'claimed' && !proofRef?.trim()) {
    return 'A claim needs a proof reference (invoice, campaign report) to be claimed.';
  }
  return null;
}

/** The path from planned to a status, for claims imported or entered further along. */
export function pathTo(status: MdfClaimStatus): MdfClaimStatus[] {
  switch (status) {
    case 'planned':
      return ['planned'];
    case 'claimed':
      return ['planned', 'claimed'];
    case 'approved':
      return ['planned', 'claimed', 'approved'];
    case 'rejected':
      return ['planned', 'claimed', 'rejected'];
    case 'paid':
      return ['planned', 'claimed', 'approved', 'paid'];
  }
}

/** Funds a claim holds against its allocation: everything but a rejected claim. */
export function holdsFunds(status: MdfClaimStatus): boolean {
  return status !== 'rejected';
}
