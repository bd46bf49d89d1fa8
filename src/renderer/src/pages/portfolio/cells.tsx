/**
 * How each Portfolio column shows one value. Plain elements with CSS classes rather than library
 * components: a scroll frame re-renders every visible cell.
 */
import type { ReactNode } from 'react';
import type { PortfolioTable, Segment } from '../../../../shared/api';
import { SEGMENT_COLORS, tierColor } from '../../charts/palette';
import { Sparkline } from '../../components/Sparkline';
import {
  formatKpiValue,
  formatMoney,
  formatNumber,
  formatScore,
  formatShare,
  formatSignedScore,
} from '../../components/value-format';
import type { PortfolioColumn } from './column-catalog';

function Tag({ color, children }: { color: string; children: ReactNode }) {
  return (
    <span className="tag">
      <span className="tag-dot" style={{ background: color }} />
      {children}
    </span>
  );
}

export function renderCell(d: PortfolioTable, column: PortfolioColumn, i: number): ReactNode {
  const v = column.value(i);
  switch (column.id) {
    case 'tier':
      return v === undefined ? (
        '—'
      ) : (
        <Tag color={tierColor(d.tiers.findIndex((t) => t.name === v))}>{v}</Tag>
      );
    case 'segment':
      return <Tag color={SEGMENT_COLORS[v as Segment]}>{v}</Tag>;
    case 'sparkline': {
      const T = d.periods.length;
      const values = d.sparkline.slice(i * T, (i + 1) * T);
      const shown = values.filter((x) => x !== null);
      return (
        <Sparkline
          values={values}
          width={64}
          min={0}
          max={100}
          label={
            shown.length > 1 ? `Score trend ${shown[0]} to ${shown[shown.length - 1]}` : 'No trend'
          }
          color="var(--mantine-color-blue-6)"
        />
      );
    }
    case 'change':
      if (v === undefined) return '—';
      return (
        <span className={(v as number) > 0 ? 'up' : (v as number) < 0 ? 'down' : undefined}>
          {formatSignedScore(v as number)}
        </span>
      );
    case 'coverage':
      return (
        <span
          className={d.lowCoverage[i] ? 'low' : undefined}
          title={d.lowCoverage[i] ? 'Low data coverage' : undefined}
        >
          {formatShare(v as number, 0)}
        </span>
      );
    default:
      break;
  }
  if (v === undefined) return '—';
  if (column.unit) return formatKpiValue(v as number, column.unit, d.currency, true);
  switch (column.kind) {
    case 'currency':
      return formatMoney(v as number, d.currency, true);
    case 'percent':
      return formatShare(v as number, 0);
    case 'integer':
      return formatNumber(v as number, 0);
    case 'decimal':
      return formatScore(v as number);
    default:
      return v;
  }
}
