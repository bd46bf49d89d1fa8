/** A partner asked for by numeric id or external id, as a row of the scoring dataset. */
import { AppError } from '../../../shared/errors';
import type { ScoringDataset } from '../scoring/dataset';

export function partnerRow(dataset: ScoringDataset, ref: number | string): number {
  const { id, externalId } = dataset.partners;
  let row = typeof ref === 'number' ? id.indexOf(ref) : externalId.indexOf(ref);
  if (row < 0 && typeof ref === 'string' && /^\d+$/.test(ref)) row = id.indexOf(Number(ref));
  if (row < 0)
    throw new AppError('NOT_FOUND', `There is no partner ${ref} in this workspace.`, {
      partner: ref,
    });
  return row;
}
