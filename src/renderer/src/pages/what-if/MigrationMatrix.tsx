import { memo } from 'react';
import type { WhatIfResult } from '../../../../shared/api';
import { ChartCard } from '../../charts/ChartCard';
import { tierColor } from '../../charts/palette';
import { direction, tierRank } from '../../charts/tier-moves';
import { TierTag } from './TierTag';
import { count } from './count';

function tierColorOf(list: readonly string[], tier: string): string {
  const rank = tierRank(list, tier);
  return rank < 0 ? 'var(--mantine-color-dimmed)' : tierColor(rank);
}

/**
 * Partners by baseline tier (rows) and what-if tier (columns): the diagonal keeps its tier, above
 * it partners climb (green), below it they fall (red).
 */
export const MigrationMatrix = memo(function MigrationMatrix({ result }: { result: WhatIfResult }) {
  const { fromTiers, toTiers, matrix } = result;
  const colTotals = toTiers.map((_, c) => matrix.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return (
    <ChartCard title="From which tier to which?" testId="whatif-matrix">
      <div className="wi-matrix-wrap">
        <table className="wi-matrix" aria-label="Tier migration matrix: rows now, columns what-if">
          <thead>
            <tr>
              <th scope="col" className="corner">
                <span>What-if →</span>
                <span>Now ↓</span>
              </th>
              {toTiers.map((t) => (
                <th
                  key={t}
                  scope="col"
                  className="col"
                  style={{ borderColor: tierColorOf(toTiers, t) }}
                >
                  {t}
                </th>
              ))}
              <th scope="col" className="total">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {fromTiers.map((from, r) => {
              const row = matrix[r] ?? [];
              return (
                <tr key={from}>
                  <th scope="row" style={{ textAlign: 'left' }}>
                    <TierTag tier={from} tiers={fromTiers} />
                  </th>
                  {toTiers.map((to, c) => {
                    const n = row[c] ?? 0;
                    const d = direction(tierRank(fromTiers, from), tierRank(toTiers, to));
                    return (
                      <td
                        key={to}
                        className={`${d}${n === 0 ? ' zero' : ''}`}
                        title={`${from} → ${to}: ${n} partners`}
                        data-cell={`${from}→${to}`}
                      >
                        {n === 0 ? '·' : count(n)}
                      </td>
                    );
                  })}
                  <td className="total">{count(row.reduce((a, b) => a + b, 0))}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row" className="total" style={{ textAlign: 'left' }}>
                Total
              </th>
              {colTotals.map((n, c) => (
                <td key={toTiers[c]} className="total">
                  {count(n)}
                </td>
              ))}
              <td className="total">{count(colTotals.reduce((a, b) => a + b, 0))}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
});
