/**
 * A KPI column from its (denominated) values to what its normaliser reads: imputed, then
 * treated for outliers, each step recorded. A KPI with neither keeps its very array, so every
 * methodology without them scores exactly as before.
 */
import type { PeerDimension } from '../../../../shared/api/scoring-methodology';
import type { FittedScale } from '../normalisers/scale';
import type { GroupIndex } from '../peer-groups';
import type { PlanKpi } from '../plan';
import { impute, type ImputedValue } from './impute';
import { treat } from './treat';
import type { TreatedValue } from './winsorise';

export interface PreparedKpi {
  values: Float64Array;
  imputed: ImputedValue[];
  treated: TreatedValue[];
  /** How a value is treated before normalising (null: untreated). */
  transform: ((value: number) => number) | null;
}

export interface PrepareContext {
  groupsFor: (dims: readonly PeerDimension[]) => GroupIndex;
  defaultPeers: readonly PeerDimension[];
  /** The KPI's values of the previous period for the same rows (undefined in the first). */
  previous: () => Float64Array | undefined;
}

export function prepareKpi(kpi: PlanKpi, values: Float64Array, ctx: PrepareContext): PreparedKpi {
  let out = values;
  let imputed: ImputedValue[] = [];
  const im = kpi.imputation;
  if (im && hasMissing(values)) {
    const groups = ctx.groupsFor(('peerBy' in im && im.peerBy) || ctx.defaultPeers);
    const previous = im.kind === 'previous_period' ? ctx.previous() : undefined;
    ({ values: out, imputed } = impute(out, im.kind, groups, previous));
  }
  if (!kpi.treatment) return { values: out, imputed, treated: [], transform: null };
  const t = treat(out, kpi.treatment);
  return {
    values: t.values,
    imputed,
    treated: t.treated,
    transform: t.treated.length > 0 ? t.transform : null,
  };
}

/** The scale fitted on treated values, taking values as they were before treatment. */
export function transformedScale(
  inner: FittedScale,
  transform: (value: number) => number,
): FittedScale {
  return {
    scores: inner.scores,
    scoreAt: (row, value) => inner.scoreAt(row, transform(value)),
    // Past the bound a treated scale reads the same; the caller searches when it needs more.
    best: () => NaN,
  };
}

/** `scores` with NaN wherever `observed` is NaN. */
export function maskMissing(scores: Float64Array, observed: Float64Array): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) out[i] = observed[i] !== observed[i] ? NaN : scores[i]!;
  return out;
}

function hasMissing(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
  return false;
}
