/** Each partner's share in one line: "12.0 % of budget: score 78, pipeline coverage 4.1×, Gold". */
import type { BindingBound } from './allocate';

export interface ShareFacts {
  share: number;
  composite: number;
  pipelineCoverage: number;
  growth: number;
  tier: string | null;
  bound: BindingBound;
}

export function percentText(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

export function explainShare(f: ShareFacts): string {
  const parts: string[] = [];
  if (Number.isFinite(f.composite)) parts.push(`score ${Math.round(f.composite)}`);
  if (Number.isFinite(f.pipelineCoverage))
    parts.push(`pipeline coverage ${f.pipelineCoverage.toFixed(1)}×`);
  if (Number.isFinite(f.growth))
    parts.push(
      `revenue growth ${f.growth >= 0 ? '+' : '−'}${Math.abs(f.growth * 100).toFixed(0)} %`,
    );
  if (f.tier) parts.push(f.tier);
  const why =
    f.bound === 'min'
      ? ' (raised to the minimum)'
      : f.bound === 'max'
        ? ' (capped at the maximum)'
        : f.bound === 'locked'
          ? ' (set by hand)'
          : '';
  return `${percentText(f.share)} of budget${why}: ${parts.join(', ')}`;
}
