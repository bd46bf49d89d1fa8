/** Normalisers in words, for diffs, changelogs and the editor. */
import type { Normaliser } from '../../../../shared/api/scoring-methodology';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

export function describeNormaliser(n: Normaliser): string {
  const peers =
    'peerBy' in n && n.peerBy
      ? ` within ${n.peerBy.length ? n.peerBy.join(' and ') : 'all partners'}`
      : '';
  switch (n.kind) {
    case 'target':
      return `target attainment (cap ${pct(n.cap)}${n.target !== undefined ? `, target ${n.target}` : ''})`;
    case 'percentile':
      return `percentile rank${peers}`;
    case 'minmax':
      return n.min !== undefined || n.max !== undefined
        ? `min–max (${n.min ?? 'lowest'} to ${n.max ?? 'highest'})`
        : `min–max${peers}`;
    case 'zscore':
      return `z-score (±${n.spread} sd)${peers}`;
    case 'bands':
      return `bands ${n.thresholds.join(' / ')} → ${n.scores.join(' / ')}`;
  }
}
