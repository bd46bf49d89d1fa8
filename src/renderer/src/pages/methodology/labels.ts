/** Words for the methodology editor: normaliser kinds, groups, units. */
import {
  GROUP_LABELS,
  type KpiInfo,
  type Normaliser,
  type NormaliserKind,
} from '../../../../shared/api';

export const NORMALISER_LABELS: Record<NormaliserKind, string> = {
  target: 'Target attainment',
  percentile: 'Percentile rank',
  minmax: 'Min–max',
  zscore: 'z-score',
  bands: 'Bands',
};

export const NORMALISER_HELP: Record<NormaliserKind, string> = {
  target:
    'Attainment against the KPI’s target, capped: with a cap of 125 % a partner on target scores 80.',
  percentile: 'Rank among peers: the lowest scores 0, the highest 100, ties share the average.',
  minmax: 'Position between the lowest and highest value (or fixed bounds).',
  zscore: 'Standard deviations from the peer mean: 50 ± 50 · z / spread.',
  bands: 'A fixed score for each band of raw values.',
};

export const PEER_LABELS = { type: 'Partner type', region: 'Region', tier: 'Program tier' };

export function groupLabel(key: string): string {
  return GROUP_LABELS[key as keyof typeof GROUP_LABELS] ?? key;
}

export function describeNormaliser(n: Normaliser): string {
  switch (n.kind) {
    case 'target':
      return `target${n.target !== undefined ? ` ${n.target}` : ''}, cap ${Math.round(n.cap * 100)} %`;
    case 'percentile':
      return `percentile${n.peerBy?.length ? ` within ${n.peerBy.join(' & ')}` : ''}`;
    case 'minmax':
      return n.min !== undefined || n.max !== undefined
        ? `min–max ${n.min ?? 'lowest'}–${n.max ?? 'highest'}`
        : 'min–max';
    case 'zscore':
      return `z-score ±${n.spread} sd`;
    case 'bands':
      return `bands ${n.thresholds.join('/')}`;
  }
}

export function kpiFacts(k: KpiInfo): string {
  const window = { period: 'per period', trailing4: 'last 4 periods', ytd: 'year to date' }[
    k.window
  ];
  return `${k.indicator}, ${k.direction === 'higher' ? 'higher is better' : 'lower is better'}, ${window}`;
}
