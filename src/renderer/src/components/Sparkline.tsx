/** A tiny inline line (SVG), cheap enough for every visible row of a 10k-partner table. */
interface SparklineProps {
  values: readonly (number | null)[];
  width?: number;
  height?: number;
  /** Fixed value range (scores: 0–100); by default the values' own range. */
  min?: number;
  max?: number;
  label: string;
  color?: string;
  /** Stretch to the container's width (the drawing is scaled). */
  fluid?: boolean;
}

export function Sparkline({
  values,
  width = 72,
  height = 20,
  min,
  max,
  label,
  color,
  fluid,
}: SparklineProps) {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return <span aria-label={label}>—</span>;
  const lo = min ?? Math.min(...present);
  const hi = max ?? Math.max(...present);
  const span = hi - lo || 1;
  const step = width / Math.max(1, values.length - 1);
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (height - 2 - ((v - lo) / span) * (height - 4)).toFixed(1);
    d += `${pen ? 'L' : 'M'}${x} ${y}`;
    pen = true;
  });
  const last = values.length - 1;
  const lastValue = values[last];
  return (
    <svg
      width={fluid ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      style={{ display: 'block', overflow: 'visible' }}
    >
      <path
        d={d}
        fill="none"
        stroke={color ?? 'currentColor'}
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
        strokeLinejoin="round"
      />
      {lastValue !== null && lastValue !== undefined && (
        <circle
          cx={last * step}
          cy={height - 2 - ((lastValue - lo) / span) * (height - 4)}
          r={2}
          fill={color ?? 'currentColor'}
        />
      )}
    </svg>
  );
}
