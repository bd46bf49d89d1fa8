import { Button, Text } from '@mantine/core';
import { memo, useState } from 'react';
import type { WhatIfMover, WhatIfResult } from '../../../../shared/api';
import { formatScore, formatSignedScore } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { PartnerLink } from './PartnerLink';
import { TierTag } from './TierTag';
import { count } from './count';

function Rank({ change }: { change: number | null }) {
  if (change === null || change === 0) return <span>—</span>;
  return change > 0 ? (
    <span className="wi-up">▲ {change}</span>
  ) : (
    <span className="wi-down">▼ {-change}</span>
  );
}

/** Rows shown before "Show more": the biggest moves. */
const FIRST_ROWS = 10;

const score = (v: number | null) => (v === null ? '—' : formatScore(v));

/** One mover, in plain elements: the lists re-render on every answer while a slider moves. */
function MoverRow({ m, result }: { m: WhatIfMover; result: WhatIfResult }) {
  const where = [m.type, m.region].filter(Boolean).join(' · ');
  return (
    <tr data-partner={m.externalId}>
      <td>
        <PartnerLink externalId={m.externalId} name={m.name} />
        <div className="wi-dim">
          {m.externalId}
          {where ? ` · ${where}` : ''}
        </div>
      </td>
      <td data-testid="mover-tiers" className="nowrap">
        <TierTag tier={m.fromTier} tiers={result.fromTiers} /> →{' '}
        <TierTag tier={m.toTier} tiers={result.toTiers} />
      </td>
      <td className="num">
        {score(m.before)} → {score(m.after)}
      </td>
      <td className="num" title={`Rank ${m.rankBefore ?? '—'} → ${m.rankAfter ?? '—'}`}>
        <Rank change={m.rankChange} />
      </td>
      <td>
        {m.driver ? (
          <>
            {m.driver.name}
            <div className={m.driver.change >= 0 ? 'wi-up wi-small' : 'wi-down wi-small'}>
              {formatSignedScore(m.driver.change)} points
            </div>
          </>
        ) : (
          // No KPI's contribution moved this way: the tier thresholds (or gates) moved the partner.
          <span className="wi-small" title="No KPI's contribution changed in this direction">
            Tier thresholds
          </span>
        )}
      </td>
    </tr>
  );
}

/** Partners moving up (or down) a tier, biggest moves first, with the KPI that drove the move. */
export const MoversTable = memo(function MoversTable({
  result,
  side,
}: {
  result: WhatIfResult;
  side: 'up' | 'down';
}) {
  const [all, setAll] = useState(false);
  const listed = result.movers[side];
  const rows = all ? listed : listed.slice(0, FIRST_ROWS);
  const total = side === 'up' ? result.movers.upTotal : result.movers.downTotal;
  const title = side === 'up' ? 'Who moves up a tier?' : 'Who moves down a tier?';
  return (
    <div data-testid={`movers-${side}`}>
      <TableCard
        title={title}
        note={
          total > rows.length
            ? `the ${rows.length} biggest moves of ${count(total)}`
            : `${count(total)} partners`
        }
      >
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {side === 'up' ? 'No partner moves up.' : 'No partner moves down.'}
          </Text>
        ) : (
          <div className="wi-scroll">
            <table className="wi-table">
              <thead>
                <tr>
                  <th>Partner</th>
                  <th>Tier</th>
                  <th className="num">Score</th>
                  <th className="num">Rank</th>
                  <th>Driven by</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <MoverRow key={m.partnerId} m={m} result={result} />
                ))}
              </tbody>
            </table>
            {listed.length > FIRST_ROWS && (
              <Button size="compact-xs" variant="subtle" mt={4} onClick={() => setAll(!all)}>
                {all ? `Show the first ${FIRST_ROWS}` : `Show ${listed.length - FIRST_ROWS} more`}
              </Button>
            )}
          </div>
        )}
      </TableCard>
    </div>
  );
});
