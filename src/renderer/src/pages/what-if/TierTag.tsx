import { tierColor } from '../../charts/palette';
import { tierRank } from '../../charts/tier-moves';

/** A tier name with its colour dot; "—" for none. */
export function TierTag({ tier, tiers }: { tier: string | null; tiers: readonly string[] }) {
  if (tier === null) return <span className="wi-tag">—</span>;
  const rank = tierRank(tiers, tier);
  return (
    <span className="wi-tag">
      <span
        className="wi-tag-dot"
        style={{ background: rank < 0 ? 'var(--mantine-color-dimmed)' : tierColor(rank) }}
      />
      {tier}
    </span>
  );
}
