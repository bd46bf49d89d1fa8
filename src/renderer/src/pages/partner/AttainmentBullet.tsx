import { formatShare } from '../../components/value-format';

/** A bullet bar: how far the value is towards its target (marker at 100 %, bar capped at 150 %). */
export function AttainmentBullet({ ratio }: { ratio: number | null }) {
  if (ratio === null || !Number.isFinite(ratio)) return <span>—</span>;
  const width = 90;
  const scale = (x: number) => (Math.max(0, Math.min(1.5, x)) / 1.5) * width;
  const color =
    ratio >= 1
      ? 'var(--mantine-color-green-6)'
      : ratio >= 0.8
        ? 'var(--mantine-color-yellow-6)'
        : 'var(--mantine-color-red-6)';
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <svg width={width} height={12} role="img" aria-label={`${formatShare(ratio, 0)} of target`}>
        <rect
          x={0}
          y={3}
          width={width}
          height={6}
          fill="var(--mantine-color-default-border)"
          rx={1}
        />
        <rect x={0} y={3} width={scale(ratio)} height={6} fill={color} rx={1} />
        <line
          x1={scale(1)}
          x2={scale(1)}
          y1={0}
          y2={12}
          stroke="var(--mantine-color-text)"
          strokeWidth={1.5}
        />
      </svg>
      <span style={{ minWidth: 42, textAlign: 'right' }}>{formatShare(ratio, 0)}</span>
    </span>
  );
}

/** Value against target, turned round for KPIs where lower is better. */
export function attainmentRatio(
  raw: number | null,
  target: number | null,
  direction: 'higher' | 'lower',
): number | null {
  if (raw === null || target === null || target === 0) return null;
  if (direction === 'lower') return raw === 0 ? null : target / raw;
  return raw / target;
}
