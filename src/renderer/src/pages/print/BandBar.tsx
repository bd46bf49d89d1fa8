/**
 * A score on a 0–100 track with the peers' middle half (grey band) and median (dark tick) behind
 * it: where the partner stands against anonymised peers, at a glance.
 */
import type { ScorecardPeerBand } from '../../../../shared/api';

interface BandBarProps {
  score: number | null;
  peer: ScorecardPeerBand | null;
  width?: number;
  height?: number;
}

const OWN = '#1c6fd1';

export function BandBar({ score, peer, width = 240, height = 12 }: BandBarProps) {
  const x = (v: number) => (Math.max(0, Math.min(100, v)) / 100) * width;
  const mid = height / 2;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <rect x={0} y={mid - 1} width={width} height={2} fill="#eef0f2" />
      {peer && (
        <>
          <rect
            x={x(peer.p25)}
            y={1}
            width={Math.max(1, x(peer.p75) - x(peer.p25))}
            height={height - 2}
            fill="#d5dadf"
          />
          <rect x={x(peer.median) - 0.75} y={0} width={1.5} height={height} fill="#4a5158" />
        </>
      )}
      {score !== null && <rect x={0} y={mid - 2.5} width={x(score)} height={5} rx={1} fill={OWN} />}
    </svg>
  );
}
