import { Badge, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';
import { formatKpiValue, formatScore, formatShare } from '../../components/value-format';
import { AttainmentBullet, attainmentRatio } from './AttainmentBullet';

/**
 * Every KPI of the methodology: value, target, attainment, normalised score, weight and the points
 * it contributes. The contributions add up to the composite in the last row.
 */
const IMPUTATION_LABEL = {
  peer_mean: 'peer-group mean',
  peer_median: 'peer-group median',
  previous_period: 'own previous period',
} as const;

export function KpiTable({ page }: { page: PartnerPage }) {
  const e = page.explanation;
  const total = e.kpis.reduce((sum, k) => sum + k.contribution, 0);
  const groupLabel = new Map(e.groups.map((g) => [g.key, g.label]));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="kpi-table-title">
      <Title order={2} fz="sm" id="kpi-table-title" mb={6}>
        KPIs: results, scores and what each adds to the composite
      </Title>
      <Table.ScrollContainer minWidth={860} type="native">
        <Table
          aria-label="KPI breakdown"
          fz="sm"
          verticalSpacing={4}
          tabularNums
          striped
          data-testid="kpi-table"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>KPI</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th className="num">Value</Table.Th>
              <Table.Th className="num">Target</Table.Th>
              <Table.Th>Attainment</Table.Th>
              <Table.Th className="num">Score (0–100)</Table.Th>
              <Table.Th className="num">Weight</Table.Th>
              <Table.Th className="num">Contribution</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.kpis.map((k) => (
              <Table.Tr key={k.key} data-kpi={k.key}>
                <Table.Td>
                  <Tooltip
                    label={`${k.definition} Formula: ${k.formula}`}
                    multiline
                    w={320}
                    withinPortal
                  >
                    <Text span size="sm" fw={500}>
                      {k.name}
                    </Text>
                  </Tooltip>
                  {k.imputed && (
                    <Badge
                      ml={6}
                      size="xs"
                      color="orange"
                      variant="light"
                      title={
                        k.imputation
                          ? `No data: ${formatKpiValue(k.imputation.value, k.unit, page.currency)} imputed (${IMPUTATION_LABEL[k.imputation.method]})`
                          : 'No data: the missing-data rule supplied the score'
                      }
                    >
                      imputed
                    </Badge>
                  )}
                  {k.treatment && (
                    <Badge
                      ml={6}
                      size="xs"
                      color="grape"
                      variant="light"
                      data-testid={`treated-${k.key}`}
                      title={
                        k.treatment.kind === 'winsorise'
                          ? `Outlier: ${formatKpiValue(k.treatment.before, k.unit, page.currency)} scored as ${formatKpiValue(k.treatment.after, k.unit, page.currency)}`
                          : 'Scored on a log scale'
                      }
                    >
                      {k.treatment.kind === 'winsorise' ? 'capped' : 'log'}
                    </Badge>
                  )}
                  {k.denominator && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      per {k.denominator}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{groupLabel.get(k.group) ?? k.group}</Table.Td>
                <Table.Td className="num">{formatKpiValue(k.raw, k.unit, page.currency)}</Table.Td>
                <Table.Td className="num">
                  {formatKpiValue(k.target, k.unit, page.currency)}
                </Table.Td>
                <Table.Td>
                  <AttainmentBullet ratio={attainmentRatio(k.raw, k.target, k.direction)} />
                </Table.Td>
                <Table.Td className="num">{k.score === null ? '—' : formatScore(k.score)}</Table.Td>
                <Table.Td className="num">{formatShare(k.weight, 1)}</Table.Td>
                <Table.Td className="num" data-testid="kpi-contribution">
                  {formatScore(k.contribution, 2)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={6}>Composite (sum of contributions)</Table.Th>
              <Table.Th className="num">
                {formatShare(
                  e.kpis.reduce((s, k) => s + k.weight, 0),
                  0,
                )}
              </Table.Th>
              <Table.Th className="num" data-testid="kpi-contribution-total">
                {formatScore(total, 2)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        {e.nonAdditive
          ? 'Weights are the shares of the composite after re-weighting for missing data. Some groups are averaged by geometric, harmonic or power means: each KPI contributes its share of its group’s weighted scores, scaled to the group’s mean, so imbalance costs points; the contributions still add up to the composite.'
          : 'Weights are the shares of the composite after re-weighting for missing data; contribution = score × weight.'}
        {e.composite !== null && ` Composite ${formatScore(e.composite, 2)}.`}
      </Text>
    </Paper>
  );
}
