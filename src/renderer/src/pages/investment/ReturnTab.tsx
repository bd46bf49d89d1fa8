/**
 * What a plan returned per fund dollar: funds spent (approved and paid claims), pipeline
 * sourced and registered, revenue in the following periods, MDF ROI; and, labelled as
 * observational, partners funded above their group's median against similar partners that
 * received less.
 */
import { Alert, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import type { MdfPlanSummary } from '../../../../shared/api';
import { useState } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TableCard } from '../../components/TableCard';
import { formatMoney } from '../../components/value-format';
import { useApiQuery } from '../../hooks/use-api-query';
import { PlanSelect } from './PlanSelect';
import { cents, percent } from './money';

const ratio = (x: number | null) => (x === null ? '—' : `${x.toFixed(2)}×`);

export function ReturnTab({ currency }: { currency: string }) {
  const plans = useApiQuery('mdf.plans', {});
  const [planId, setPlanId] = useState<number | null>(null);
  if (plans.status === 'loading') return <LoadingState label="Loading plans…" />;
  if (plans.status === 'error')
    return <ApiErrorAlert error={plans.error} context="Plans" onRetry={plans.reload} />;
  // By default the newest plan that has a period after it (the latest one rarely has yet).
  const current = plans.data.find((p) => p.id === planId) ?? plans.data[1] ?? plans.data[0] ?? null;
  if (!current)
    return (
      <Text size="sm" c="dimmed">
        Save a plan and record its claims to see what the funds returned.
      </Text>
    );
  return <PlanReturn plans={plans.data} current={current} onPlan={setPlanId} currency={currency} />;
}

function PlanReturn({
  plans,
  current,
  onPlan,
  currency,
}: {
  plans: MdfPlanSummary[];
  current: MdfPlanSummary;
  onPlan: (id: number) => void;
  currency: string;
}) {
  const [following, setFollowing] = useState(2);
  const ret = useApiQuery('mdf.return', { planId: current.id, followingPeriods: following });
  const money = (v: number) => formatMoney(v, currency, true);
  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end">
        <PlanSelect plans={plans} current={current} onPlan={onPlan} ariaLabel="Return plan" />
        <NumberInput
          size="xs"
          w={150}
          label="Following periods"
          min={1}
          max={8}
          value={following}
          onChange={(v) => setFollowing(Math.min(8, Math.max(1, Number(v) || 1)))}
        />
      </Group>
      {ret.status === 'loading' && <LoadingState label="Measuring the return…" />}
      {ret.status === 'error' && (
        <ApiErrorAlert error={ret.error} context="The return" onRetry={ret.reload} />
      )}
      {ret.data && (
        <>
          <Paper withBorder p="sm" aria-label="Return per fund dollar">
            <Group gap="xl">
              {[
                ['Funds spent (approved + paid)', cents(ret.data.fundedCents, currency)],
                ['Pipeline per fund dollar', ratio(ret.data.pipelinePerDollar)],
                ['Revenue per fund dollar', ratio(ret.data.revenuePerDollar)],
                ['MDF ROI (attributed revenue ÷ funds)', ratio(ret.data.roi)],
                ['Revenue after', money(ret.data.revenueAfter)],
                ['Periods after', ret.data.followingPeriods.join(', ') || 'none yet'],
              ].map(([label, value]) => (
                <Stack gap={0} key={label}>
                  <Text size="xs" c="dimmed">
                    {label}
                  </Text>
                  <Text fw={600}>{value}</Text>
                </Stack>
              ))}
            </Group>
          </Paper>
          <Alert color="gray" p="xs" title={ret.data.comparison.label}>
            <Text size="sm">
              Revenue growth over the following periods: funded partners{' '}
              <b>{percent(ret.data.comparison.fundedGrowth)}</b>, similar partners that received
              less <b>{percent(ret.data.comparison.lessFundedGrowth)}</b>.
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {ret.data.comparison.note}
            </Text>
          </Alert>
          {ret.data.comparison.groups.length > 0 && (
            <TableCard title="Did funded partners grow more than similar ones? (observational)">
              <Table aria-label="Return comparison" fz="sm" striped verticalSpacing={2} tabularNums>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Tier · region</Table.Th>
                    <Table.Th className="num">Funded partners</Table.Th>
                    <Table.Th className="num">Their growth</Table.Th>
                    <Table.Th className="num">Received less</Table.Th>
                    <Table.Th className="num">Their growth</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ret.data.comparison.groups.map((g) => (
                    <Table.Tr key={g.group}>
                      <Table.Td>{g.group}</Table.Td>
                      <Table.Td className="num">{g.funded.partners}</Table.Td>
                      <Table.Td className="num">{percent(g.funded.growth)}</Table.Td>
                      <Table.Td className="num">{g.lessFunded.partners}</Table.Td>
                      <Table.Td className="num">{percent(g.lessFunded.growth)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableCard>
          )}
          <TableCard
            title="What did each funded partner return?"
            note={`${ret.data.rows.length} partners`}
          >
            <Table.ScrollContainer minWidth={700} maxHeight={420}>
              <Table
                aria-label="Return by partner"
                fz="sm"
                striped
                stickyHeader
                verticalSpacing={2}
                tabularNums
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Tier</Table.Th>
                    <Table.Th className="num">Funds</Table.Th>
                    <Table.Th className="num">Pipeline sourced</Table.Th>
                    <Table.Th className="num">Pipeline registered after</Table.Th>
                    <Table.Th className="num">Revenue after</Table.Th>
                    <Table.Th className="num">Revenue per dollar</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ret.data.rows.map((r) => (
                    <Table.Tr key={r.partnerId}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.tier ?? '—'}</Table.Td>
                      <Table.Td className="num">{cents(r.fundedCents, currency)}</Table.Td>
                      <Table.Td className="num">{money(r.pipelineSourced)}</Table.Td>
                      <Table.Td className="num">{money(r.pipelineInfluenced)}</Table.Td>
                      <Table.Td className="num">{money(r.revenueAfter)}</Table.Td>
                      <Table.Td className="num">{ratio(r.revenuePerDollar)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </TableCard>
        </>
      )}
    </Stack>
  );
}
