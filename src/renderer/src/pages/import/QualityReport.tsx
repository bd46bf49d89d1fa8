import {
  Alert,
  Badge,
  Group,
  List,
  Paper,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ImportReport, IssueCode } from '../../../../shared/api';
import { TableCard } from '../../components/TableCard';
import { formatInteger } from '../../format/numbers';

const CODE_LABELS: Record<IssueCode, string> = {
  missing: 'missing value',
  'invalid-number': 'not a number',
  'invalid-date': 'not a date',
  'date-out-of-range': 'date out of range',
  negative: 'negative',
  'out-of-range': 'out of range',
  duplicate: 'duplicate',
  'unknown-partner': 'unknown partner',
  outlier: 'outlier',
  'invalid-period': 'not a period',
  'unknown-measure': 'unknown measure',
  'invalid-status': 'unknown status',
  'unknown-parent': 'unknown parent',
  'too-long': 'value too long',
  truncated: 'row cut short',
  'too-large': 'number too large',
  conflict: 'conflict',
};

function Stat({
  label,
  value,
  testId,
  color,
}: {
  label: string;
  value: number;
  testId: string;
  color?: string;
}) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600} c={color} data-testid={testId} className="num">
        {formatInteger(value)}
      </Text>
    </Paper>
  );
}

interface QualityReportProps {
  report: ImportReport;
  stale: boolean;
  busy: boolean;
  onUnknownPartners: (policy: 'create' | 'reject') => void;
}

/** The dry run's verdict: what would be written, and every row that would not, with why. */
export function QualityReport({ report, stale, busy, onUnknownPartners }: QualityReportProps) {
  const rejected = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.filter((i) => i.severity === 'warning');
  const dateFormats = report.files.flatMap((f) =>
    Object.entries(f.dateFormats).map(([column, format]) => ({ file: f.fileName, column, format })),
  );
  const w = report.writes;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="import-report-title">
      <Stack gap="sm" style={{ opacity: stale ? 0.6 : 1 }}>
        <Group justify="space-between" align="baseline">
          <Title order={2} id="import-report-title">
            Data-quality report
          </Title>
          <Text size="xs" c="dimmed">
            dry run, nothing written · {report.seconds.toFixed(1)} s
          </Text>
        </Group>
        {stale && (
          <Alert color="yellow" variant="light" p="xs">
            The mapping changed: analyse again before committing.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="xs">
          <Stat label="Rows read" value={report.rowsRead} testId="report-rows-read" />
          <Stat label="Rows accepted" value={report.rowsAccepted} testId="report-rows-accepted" />
          <Stat
            label="Rows rejected"
            value={report.rowsRejected}
            testId="report-rows-rejected"
            color={report.rowsRejected > 0 ? 'red' : undefined}
          />
          <Stat label="New partners" value={report.partners.new} testId="report-partners-new" />
          <Stat label="Values to write" value={w.values + w.targets} testId="report-values" />
          <Stat
            label="Values replaced"
            value={w.replacedValues + w.replacedTargets}
            testId="report-replaced"
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {report.partners.updated > 0 &&
            `${formatInteger(report.partners.updated)} partners updated · `}
          {w.dealRegistrations > 0 && `${formatInteger(w.dealRegistrations)} deal registrations · `}
          {report.dates.min && `dates ${report.dates.min} to ${report.dates.max} · `}
          {report.periods
            .map((p) => `${p.keys.length} ${p.grain}${p.keys.length === 1 ? '' : 's'}`)
            .join(', ')}
          {w.measuresNew.length > 0 && ` · new measures: ${w.measuresNew.join(', ')}`}
        </Text>

        {report.blocking.length > 0 && (
          <Alert color="red" variant="light" title="The import cannot be written" role="alert">
            <List size="sm">
              {report.blocking.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {report.warnings.length > 0 && (
          <Alert color="yellow" variant="light" title="Warnings">
            <List size="sm">
              {report.warnings.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {report.files.some((f) => f.importedBefore.length > 0) && (
          <Alert color="yellow" variant="light" title="Imported before">
            {report.files
              .filter((f) => f.importedBefore.length > 0)
              .map(
                (f) =>
                  `${f.fileName} has the same content as import #${f.importedBefore.map((b) => b.importId).join(', #')}; committing imports it again.`,
              )
              .join(' ')}
          </Alert>
        )}

        {report.issueCounts.length > 0 && (
          <Group gap={6}>
            {report.issueCounts.map((c) => (
              <Badge
                key={`${c.code}-${c.severity}`}
                color={c.severity === 'error' ? 'red' : 'yellow'}
                variant="light"
                radius="sm"
              >
                {formatInteger(c.count)} {CODE_LABELS[c.code]}
              </Badge>
            ))}
          </Group>
        )}

        {report.unknownPartners.count > 0 && (
          <Alert color="blue" variant="light" title="Partners not in the workspace">
            <Stack gap="xs">
              <Text size="sm">
                {formatInteger(report.unknownPartners.count)} partner keys on{' '}
                {formatInteger(report.unknownPartners.rows)} rows are not in the workspace:{' '}
                {report.unknownPartners.partners
                  .slice(0, 8)
                  .map((p) => (p.name ? `${p.key} (${p.name})` : p.key))
                  .join(', ')}
                {report.unknownPartners.count > 8 ? ', …' : ''}
              </Text>
              <SegmentedControl
                size="xs"
                aria-label="Unknown partners"
                value={report.unknownPartners.policy}
                disabled={busy}
                onChange={(v) => onUnknownPartners(v as 'create' | 'reject')}
                data={[
                  { value: 'reject', label: 'Reject their rows' },
                  { value: 'create', label: 'Create the partners' },
                ]}
                w="fit-content"
              />
            </Stack>
          </Alert>
        )}

        <TableCard
          title="Rejected rows"
          note={
            rejected.length < report.rowsRejected
              ? `first ${formatInteger(rejected.length)} issues`
              : undefined
          }
        >
          {rejected.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="no-rejected-rows">
              No row is rejected.
            </Text>
          ) : (
            <IssueTable label="Rejected rows" issues={rejected} />
          )}
        </TableCard>
        {warnings.length > 0 && (
          <TableCard title="Rows with warnings" note="imported, but check them">
            <IssueTable label="Rows with warnings" issues={warnings} />
          </TableCard>
        )}

        {report.outliers.length > 0 && (
          <TableCard title="Outliers" note="robust z-score; imported, but check them">
            <Table aria-label="Outliers" withTableBorder fz="xs" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>File</Table.Th>
                  <Table.Th>Measure</Table.Th>
                  <Table.Th className="num">Count</Table.Th>
                  <Table.Th className="num">Median</Table.Th>
                  <Table.Th>Most extreme rows (value, z)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.outliers.map((o) => (
                  <Table.Tr key={`${o.file}-${o.measure}`}>
                    <Table.Td>{o.file}</Table.Td>
                    <Table.Td>{o.measure}</Table.Td>
                    <Table.Td className="num">{formatInteger(o.count)}</Table.Td>
                    <Table.Td className="num">{o.median.toLocaleString()}</Table.Td>
                    <Table.Td>
                      {o.top
                        .slice(0, 5)
                        .map(
                          (t) => `row ${t.row}: ${t.value.toLocaleString()} (z ${t.z.toFixed(1)})`,
                        )
                        .join(' · ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableCard>
        )}

        {dateFormats.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="date-formats">
            Dates read as: {dateFormats.map((d) => `${d.column} → ${d.format}`).join(', ')}. An
            ambiguous column (day and month both ≤ 12 throughout) is listed above as blocking.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function IssueTable({ label, issues }: { label: string; issues: ImportReport['issues'] }) {
  return (
    <ScrollArea.Autosize mah={300} type="auto">
      <Table aria-label={label} withTableBorder stickyHeader fz="xs" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th className="num">Row</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i, n) => (
            <Table.Tr key={`${i.file}-${i.row}-${i.column}-${n}`} data-row={i.row}>
              <Table.Td className="nowrap">{i.file}</Table.Td>
              <Table.Td className="num">{i.row}</Table.Td>
              <Table.Td className="nowrap">{i.column}</Table.Td>
              <Table.Td className="nowrap">{i.value}</Table.Td>
              <Table.Td>
                {i.message}{' '}
                <Text span size="xs" c="dimmed">
                  ({CODE_LABELS[i.code]})
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
