import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PartnerPage } from '../../../../shared/api';
import { SEGMENT_BADGE, tierBadgeColor } from '../../charts/palette';
import { formatCalendarDate } from '../../format/dates';
import { partnerHref } from '../portfolio/partner-href';
import type { Selection } from '../../stores/selection-store';

function tenure(onboardedOn: string | null, periodEnd: Date): string {
  if (!onboardedOn) return 'unknown';
  const years = (periodEnd.getTime() - Date.parse(onboardedOn)) / (365.25 * 86_400_000);
  if (years < 1) return `${Math.max(0, Math.round(years * 12))} months`;
  return `${Math.floor(years)} years`;
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** Who the partner is: type, tier, region, manager, tenure, parent, and the action segment. */
export function PartnerHeader({ page, selection }: { page: PartnerPage; selection: Selection }) {
  const { profile: p, explanation: e } = page;
  const tierIndex = page.tiers.findIndex((t) => t.name === e.tier);
  return (
    <Group gap="xl" wrap="wrap" align="flex-start" data-testid="partner-header">
      <Fact label="Partner ID">{p.externalId}</Fact>
      <Fact label="Type">{p.type ?? '—'}</Fact>
      <Fact label="Tier (score)">
        {e.tier ? (
          <Badge
            radius="sm"
            variant="dot"
            color={tierBadgeColor(tierIndex)}
            data-testid="partner-tier"
          >
            {e.tier}
          </Badge>
        ) : (
          <Text span size="sm" c="dimmed" data-testid="partner-tier">
            {e.composite === null ? 'Not scored' : `Below ${page.tiers[0]?.name ?? 'every tier'}`}
          </Text>
        )}
      </Fact>
      <Fact label="Program tier">{p.programTier ?? '—'}</Fact>
      <Fact label="Region">{[p.region, p.country].filter(Boolean).join(' · ') || '—'}</Fact>
      <Fact label="Account manager">{p.manager ?? '—'}</Fact>
      <Fact label="Tenure">
        {tenure(p.onboardedOn, new Date())}
        {p.onboardedOn ? (
          <Text span size="xs" c="dimmed">
            {' '}
            since {formatCalendarDate(p.onboardedOn)}
          </Text>
        ) : null}
      </Fact>
      <Fact label="Parent">
        {p.parent ? (
          <Anchor component={Link} to={partnerHref(p.parent.externalId, selection)} size="sm">
            {p.parent.name}
          </Anchor>
        ) : (
          '—'
        )}
        {p.children > 0 ? ` · ${p.children} sub-partner${p.children === 1 ? '' : 's'}` : ''}
      </Fact>
      <Fact label="Action">
        {e.composite === null ? (
          <Text span size="sm" c="dimmed" title="No score this period, so no action segment">
            —
          </Text>
        ) : (
          <Badge radius="sm" variant="dot" color={SEGMENT_BADGE[e.segment]} title={e.segmentReason}>
            {e.segment}
          </Badge>
        )}
      </Fact>
    </Group>
  );
}
