/**
 * Switching a KPI's normalisation on the What-if page: four kinds (bands only where the baseline
 * used bands, since band thresholds are the methodology's to set), sensible defaults when the
 * kind changes, and the baseline's own settings when switching back to its kind.
 */
import type { Normaliser, NormaliserKind, PeerDimension } from '../../../../shared/api';

export function allowedKinds(baseline: Normaliser): NormaliserKind[] {
  const kinds: NormaliserKind[] = ['target', 'percentile', 'minmax', 'zscore'];
  return baseline.kind === 'bands' ? [...kinds, 'bands'] : kinds;
}

const peersOf = (n: Normaliser): PeerDimension[] | undefined =>
  'peerBy' in n && n.peerBy?.length ? n.peerBy : undefined;

export function switchKind(
  current: Normaliser,
  baseline: Normaliser,
  kind: NormaliserKind,
): Normaliser {
  if (kind === current.kind) return current;
  if (kind === baseline.kind) return baseline;
  const peerBy = peersOf(current) ?? peersOf(baseline);
  const peers = peerBy ? { peerBy } : {};
  switch (kind) {
    case 'target':
      return { kind, cap: 1 };
    case 'percentile':
      return { kind, ...peers };
    case 'minmax':
      return { kind, ...peers };
    case 'zscore':
      return { kind, spread: 2.5, ...peers };
    case 'bands':
      // Only offered when the baseline used bands (handled above); keep what is there otherwise.
      return current;
  }
}
