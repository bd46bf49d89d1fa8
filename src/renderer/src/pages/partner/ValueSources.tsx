import { Badge, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import type { PartnerPage } from '../../../../shared/api';
import { formatKpiValue } from '../../components/value-format';
import { formatTimestamp } from '../../format/dates';

/** Where each stored number of the period came from: import, file, roll-up rule and rows. */
export function ValueSources({ page }: { page: PartnerPage }) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="sources-title">
      <Title order={2} fz="sm" id="sources-title" mb={6}>
        Where the numbers come from ({page.explanation.period.label})
      </Title>
      <MethodologyValues page={page} />
      {page.sources.length === 0 ? (
        <Text size="sm" c="dimmed">
          No stored values for this partner in this period.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760} maxHeight={320} type="native">
          <Table
            fz="xs"
            verticalSpacing={2}
            tabularNums
            stickyHeader
            aria-label="Value sources"
            data-testid="value-sources"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Measure</Table.Th>
                <Table.Th className="num">Value</Table.Th>
                <Table.Th>Import</Table.Th>
                <Table.Th>File and rule</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.sources.map((s) => (
                <Table.Tr key={`${s.measure}-${s.kind}`}>
                  <Table.Td>
                    {s.measureName}
                    {s.kind === 'target' ? ' (target)' : ''}
                  </Table.Td>
                  <Table.Td className="num">
                    {formatKpiValue(s.value, s.unit, page.currency)}
                    {s.correction && (
                      <Tooltip
                        label={`Stored ${formatKpiValue(s.correction.storedValue, s.unit, page.currency)}; corrected: ${s.correction.reason} (requested by ${s.correction.requestedBy}, approved by ${s.correction.approvedBy}${s.correction.expiresOn ? `, until ${s.correction.expiresOn}` : ''})`}
                        multiline
                        w={320}
                      >
                        <Badge
                          ml={4}
                          size="xs"
                          color="orange"
                          variant="light"
                          data-testid="corrected-badge"
                        >
                          corrected
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    #{s.importId} {s.importName} · {formatTimestamp(s.importedAt)}
                    {s.correction &&
                      ` · correction #${s.correction.id} (${formatKpiValue(s.correction.storedValue, s.unit, page.currency)} stored), approved by ${s.correction.approvedBy} ${formatTimestamp(s.correction.approvedAt)}`}
                  </Table.Td>
                  <Table.Td>
                    {s.files.length === 0
                      ? s.importKind === 'demo'
                        ? 'generated demo data'
                        : '—'
                      : s.files
                          .map((f) => `${f.fileName} · ${f.rule} of ${f.rowCount} rows (${f.rows})`)
                          .join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

const IMPUTED_FROM = {
  peer_mean: 'the peer-group mean',
  peer_median: 'the peer-group median',
  previous_period: 'its own previous period',
} as const;

/** Values the methodology supplied or changed (imputed, outlier-treated): no import wrote them. */
function MethodologyValues({ page }: { page: PartnerPage }) {
  const rows = page.explanation.kpis.filter((k) => k.imputation || k.treatment);
  if (rows.length === 0) return null;
  const value = (k: (typeof rows)[number], v: number) =>
    k.treatment?.kind === 'log' ? v.toFixed(3) : formatKpiValue(v, k.unit, page.currency);
  return (
    <Table fz="xs" verticalSpacing={2} tabularNums mb="xs" data-testid="methodology-values">
      <Table.Tbody>
        {rows.map((k) => (
          <Table.Tr key={k.key}>
            <Table.Td>{k.name}</Table.Td>
            <Table.Td>
              {k.imputation
                ? `no stored value: ${formatKpiValue(k.imputation.value, k.unit, page.currency)} imputed from ${IMPUTED_FROM[k.imputation.method]} by the methodology`
                : k.treatment!.kind === 'winsorise'
                  ? `outlier: ${value(k, k.treatment!.before)} scored as ${value(k, k.treatment!.after)} (winsorised by the methodology)`
                  : `scored on a log scale: ${value(k, k.treatment!.after)} (ln of its distance from the lowest value)`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
