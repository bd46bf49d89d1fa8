import { useMemo } from 'react';
import type { PortfolioTable } from '../../../shared/api';
import { ChartCard } from './ChartCard';
import { ChartEmpty, NO_MATCH } from './ChartEmpty';
import { EChart } from './EChart';
import type { EChartsType } from './echarts-setup';
import { useChartPalette } from './palette';
import { quadrantOption } from './quadrant-option';
import { quadrantPoints } from './quadrant-points';

export interface BrushRange {
  x: [number, number];
  y: [number, number];
}

interface QuadrantChartProps {
  data: PortfolioTable;
  rows: number[];
  brush: BrushRange | null;
  onBrush: (brush: BrushRange | null) => void;
}

interface BrushEndEvent {
  areas?: { coordRange?: [[number, number], [number, number]] }[];
}

/**
 * Performance (attainment) against engagement, coloured by action segment. Drag a rectangle to
 * select partners: the table then shows only them.
 */
export function QuadrantChart({ data, rows, brush, onBrush }: QuadrantChartProps) {
  const palette = useChartPalette();
  const points = useMemo(() => quadrantPoints(data, rows), [data, rows]);
  const option = useMemo(
    () => quadrantOption(points, data.quadrant, (i) => data.name[i] ?? '', palette),
    [points, data, palette],
  );
  const ready = (chart: EChartsType) => {
    chart.dispatchAction({
      type: 'takeGlobalCursor',
      key: 'brush',
      brushOption: { brushType: 'rect', brushMode: 'single' },
    });
    if (brush) {
      chart.dispatchAction({
        type: 'brush',
        areas: [
          { brushType: 'rect', xAxisIndex: 0, yAxisIndex: 0, coordRange: [brush.x, brush.y] },
        ],
      });
    }
  };
  const onBrushEnd = (params: unknown) => {
    const range = (params as BrushEndEvent).areas?.[0]?.coordRange;
    onBrush(range ? { x: [range[0][0], range[0][1]], y: [range[1][0], range[1][1]] } : null);
  };
  const title = 'Whom to grow, help or review? Attainment against engagement';
  const shown = rows.length - points.missing;
  if (shown === 0)
    return (
      <ChartCard title={title} testId="chart-quadrant">
        <ChartEmpty height={260}>
          {rows.length === 0
            ? NO_MATCH
            : `None of the ${rows.length.toLocaleString()} partners in view has both ${data.quadrant.attainmentName.toLowerCase()} and an engagement index in ${data.period.label}: this data has no targets or no engagement measures. Import them (or pick KPIs that use them in the methodology) to place partners here.`}
        </ChartEmpty>
      </ChartCard>
    );
  return (
    <ChartCard
      title={title}
      note={
        points.missing > 0
          ? `${points.missing.toLocaleString()} without data not shown · drag to select`
          : 'drag to select'
      }
      testId="chart-quadrant"
    >
      <EChart
        option={option}
        height={260}
        label={title}
        onReady={ready}
        onEvents={{ brushEnd: onBrushEnd }}
        testId="quadrant-canvas"
      />
    </ChartCard>
  );
}
