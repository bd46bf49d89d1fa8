/**
 * A fixed-size echarts chart drawn as SVG, without animation, so it is complete as soon as the
 * effect that sets its option has run (the print layout's ready signal comes after it).
 */
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './svg-echarts';

interface SvgChartProps {
  option: EChartsCoreOption;
  width: number;
  height: number;
  /** The question the chart answers (its accessible name). */
  label: string;
}

export function SvgChart({ option, width, height, label }: SvgChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'svg', width, height });
    chart.setOption({ animation: false, ...option }, { notMerge: true, lazyUpdate: false });
    return () => chart.dispose();
  }, [option, width, height]);
  return <div ref={box} role="img" aria-label={label} style={{ width, height }} />;
}
