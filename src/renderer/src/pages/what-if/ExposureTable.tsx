import { memo } from 'react';
import { Table, Text } from '@mantine/core';
import type { ExposureSide, WhatIfResult } from '../../../../shared/api';
import { formatMoney } from '../../components/value-format';
import { TableCard } from '../../components/TableCard';
import { TierTag } from './TierTag';
import { useWhatIf } from './whatif-context';
import { count } from './count';

/** Revenue and MDF carried by the partners entering and leaving each tier. */
export const ExposureTable = memo(function ExposureTable({ result }: { result: WhatIfResult }) {
  const { currency } = useWhatIf();
  const { revenue, mdf } = result.exposureMeasures;
  const money = (v: number, has: string | null) => (has ? formatMoney(v, currency, true) : '—');
  const side = (s: ExposureSide, className: string) => (
    <>
      <Table.Td className={`num ${s.partners > 0 ? className : ''}`}>
        {s.partners ? count(s.partners) : '·'}
      </Table.Td>
      <Table.Td className="num">{s.partners ? money(s.revenue, revenue) : '·'}</Table.Td>
      <Table.Td className="num">{s.partners ? money(s.mdf, mdf) : '·'}</Table.Td>
    </>
  );
  const missing = [!revenue && 'revenue', !mdf && 'MDF'].filter(Boolean).join(' and ');
  return (
    <div data-testid="whatif-exposure">
      <TableCard
        title="What revenue and MDF changes tier?"
        note={`${result.period.label}${missing ? ` · no ${missing} measure in this workspace` : ''}`}
      >
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th rowSpan={2}>Tier</Table.Th>
                <Table.Th colSpan={3} ta="center">
                  Entering
                </Table.Th>
                <Table.Th colSpan={3} ta="center">
                  Leaving
                </Table.Th>
              </Table.Tr>
              <Table.Tr>
                <Table.Th className="num">Partners</Table.Th>
                <Table.Th className="num">Revenue</Table.Th>
                <Table.Th className="num">MDF</Table.Th>
                <Table.Th className="num">Partners</Table.Th>
                <Table.Th className="num">Revenue</Table.Th>
                <Table.Th className="num">MDF</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...result.exposure].reverse().map((e) => (
                <Table.Tr key={e.tier}>
                  <Table.Td>
                    <TierTag tier={e.tier} tiers={result.toTiers} />
                  </Table.Td>
                  {side(e.entering, 'wi-up')}
                  {side(e.leaving, 'wi-down')}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {result.exposure.every((e) => e.entering.partners === 0 && e.leaving.partners === 0) && (
          <Text size="sm" c="dimmed" mt={4}>
            No partner enters or leaves a tier.
          </Text>
        )}
      </TableCard>
    </div>
  );
});
