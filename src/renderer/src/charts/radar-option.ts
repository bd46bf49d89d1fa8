/** Where is this partner stronger or weaker than its peers? Category scores against the peer median. */
import { tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';

export function radarOption(
  labels: string[],
  partner: (number | null)[],
  peers: (number | null)[],
  peerLabel: string,
  p: ChartPalette,
) {
  return {
    animation: false,
    legend: {
      bottom: 0,
      itemWidth: 10,
      itemHeight: 10,
      textStyle: { color: p.muted, fontSize: 11 },
    },
    tooltip: { ...tooltipStyle(p), trigger: 'item' },
    radar: {
      radius: '62%',
      center: ['50%', '48%'],
      indicator: labels.map((name) => ({ name, max: 100, min: 0 })),
      axisName: { color: p.text, fontSize: 11 },
      splitLine: { lineStyle: { color: p.grid } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: p.grid } },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: 'This partner',
            value: partner.map((v) => v ?? 0),
            lineStyle: { color: p.accent, width: 2 },
            itemStyle: { color: p.accent },
            areaStyle: { color: p.accent, opacity: 0.15 },
          },
          {
            name: `Peer median (${peerLabel})`,
            value: peers.map((v) => v ?? 0),
            lineStyle: { color: p.target, type: 'dashed' },
            itemStyle: { color: p.target },
          },
        ],
      },
    ],
  };
}
