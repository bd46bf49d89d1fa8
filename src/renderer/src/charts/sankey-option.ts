/**
 * Where do partners go under the new weighting? A Sankey from each baseline tier ("Gold (now)")
 * to each scenario tier ("Gold (what-if)"): green ribbons climb, red ones fall, grey ones stay.
 * Highest tiers on top; no animation, so a slider drag redraws in place.
 */
import { escapeHtml, tooltipStyle } from './axis-style';
import type { ChartPalette } from './palette';
import { tierColor } from './palette';
import { direction, tierRank } from './tier-moves';

export interface MigrationInput {
  /** Tier labels, lowest first ("No tier" first when present), as `whatif.run` gives them. */
  fromTiers: readonly string[];
  toTiers: readonly string[];
  /** matrix[row][column]: partners from `fromTiers[row]` to `toTiers[column]`. */
  matrix: readonly (readonly number[])[];
}

export const nowLabel = (tier: string) => `${tier} (now)`;
export const whatIfLabel = (tier: string) => `${tier} (what-if)`;

export interface SankeyLink {
  source: string;
  target: string;
  value: number;
  direction: 'up' | 'down' | 'same';
}

/** One link per non-empty matrix cell. */
export function sankeyLinks(m: MigrationInput): SankeyLink[] {
  const links: SankeyLink[] = [];
  m.fromTiers.forEach((from, r) =>
    m.toTiers.forEach((to, c) => {
      const value = m.matrix[r]?.[c] ?? 0;
      if (value > 0) {
        links.push({
          source: nowLabel(from),
          target: whatIfLabel(to),
          value,
          direction: direction(tierRank(m.fromTiers, from), tierRank(m.toTiers, to)),
        });
      }
    }),
  );
  return links;
}

function nodeColor(rank: number, p: ChartPalette): string {
  return rank < 0 ? p.muted : tierColor(rank);
}

export function sankeyOption(m: MigrationInput, p: ChartPalette) {
  const links = sankeyLinks(m);
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  // Highest tier on top: the lists come lowest first.
  const side = (list: readonly string[], label: (t: string) => string, position: string) =>
    list.map((t) => ({ name: label(t), rank: tierRank(list, t), position })).reverse();
  const nodes = [...side(m.fromTiers, nowLabel, 'left'), ...side(m.toTiers, whatIfLabel, 'right')]
    .filter((n) => used.has(n.name))
    .map((n) => ({
      name: n.name,
      itemStyle: { color: nodeColor(n.rank, p), borderWidth: 0 },
      label: { position: n.position },
    }));
  const ribbon = { up: p.positive, down: p.negative, same: p.muted };
  return {
    animation: false,
    tooltip: {
      ...tooltipStyle(p),
      trigger: 'item',
      formatter: (x: { dataType: string; name: string; value: number; data: SankeyLink }) =>
        x.dataType === 'edge'
          ? `${escapeHtml(x.data.source)} → ${escapeHtml(x.data.target)}: ${x.value} partners`
          : `${escapeHtml(x.name)}: ${x.value} partners`,
    },
    series: [
      {
        type: 'sankey',
        left: 76,
        right: 76,
        top: 8,
        bottom: 8,
        nodeWidth: 14,
        nodeGap: 10,
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: {
          color: p.text,
          fontSize: 11,
          // The side is the chart's (now left, what-if right): the label shows tier and count.
          formatter: (x: { name: string; value: number }) =>
            `${x.name.replace(/ \((now|what-if)\)$/, '')}  ${x.value.toLocaleString()}`,
        },
        data: nodes,
        links: links.map((l) => ({
          ...l,
          lineStyle: { color: ribbon[l.direction], opacity: l.direction === 'same' ? 0.25 : 0.55 },
        })),
      },
    ],
  };
}
