/** Axis, grid and tooltip styles shared by every chart, for the current theme. */
import type { ChartPalette } from './palette';

export function axisStyle(p: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: p.grid } },
    axisTick: { lineStyle: { color: p.grid } },
    axisLabel: { color: p.muted, fontSize: 11 },
    splitLine: { lineStyle: { color: p.grid } },
    nameTextStyle: { color: p.muted, fontSize: 11 },
  };
}

export function tooltipStyle(p: ChartPalette) {
  return {
    backgroundColor: p.dark ? '#25262b' : '#fff',
    borderColor: p.grid,
    textStyle: { color: p.text, fontSize: 12 },
    confine: true,
  };
}

/** Text from data (partner names) placed in tooltip HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
