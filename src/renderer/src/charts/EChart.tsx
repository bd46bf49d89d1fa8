/**
 * One echarts instance in a React element: created on mount, resized with its box, given a new
 * option when it changes, disposed on unmount. Event handlers are read through a ref so that a
 * new handler does not rebuild the chart.
 */
import { useEffect, useRef } from 'react';
import type * as Setup from './echarts-setup';
import type { EChartsCoreOption, EChartsType } from './echarts-setup';

/** The chart library, loaded when the first chart is drawn (a page's table never waits for it). */
let library: Promise<typeof Setup> | null = null;
const loadLibrary = () => (library ??= import('./echarts-setup'));

type Handler = (params: unknown, chart: EChartsType) => void;

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** Accessible name of the chart (its question). */
  label: string;
  onEvents?: Record<string, Handler>;
  /** Called once the chart exists (e.g. to turn the brush on). */
  onReady?: (chart: EChartsType) => void;
  testId?: string;
}

export function EChart({ option, height, label, onEvents, onReady, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const events = useRef(onEvents);
  const ready = useRef(onReady);
  const latest = useRef(option);
  useEffect(() => {
    events.current = onEvents;
    ready.current = onReady;
    latest.current = option;
  });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let instance: EChartsType | null = null;
    let size = '';
    const observer = new ResizeObserver(([entry]) => {
      const next = `${entry?.contentRect.width}x${entry?.contentRect.height}`;
      if (next !== size && instance) instance.resize();
      size = next;
    });
    let live = true;
    // Drawn after the page around it has been painted: a chart never delays the table.
    const timer = setTimeout(() => {
      void loadLibrary().then(({ echarts }) => {
        if (!live) return;
        draw(echarts);
      });
    }, 0);
    const draw = (echarts: typeof Setup.echarts) => {
      instance = echarts.init(el, undefined, { renderer: 'canvas' });
      chart.current = instance;
      const created = instance;
      for (const name of Object.keys(events.current ?? {})) {
        created.on(name, (params: unknown) => events.current?.[name]?.(params, created));
      }
      created.setOption(latest.current, { notMerge: true });
      ready.current?.(created);
      observer.observe(el);
    };
    return () => {
      live = false;
      clearTimeout(timer);
      observer.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // A new option is drawn after the current frame: the table's update is painted first.
    const timer = setTimeout(() => {
      const instance = chart.current;
      if (!instance) return;
      instance.setOption(option, { notMerge: true, lazyUpdate: false });
      ready.current?.(instance);
    }, 0);
    return () => clearTimeout(timer);
  }, [option]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height }}
    />
  );
}
