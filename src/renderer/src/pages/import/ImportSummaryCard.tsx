import { Alert, Button, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportSummary } from '../../../../shared/api';
import { formatInteger } from '../../format/numbers';

/** What a finished import wrote, and the way back to the overview. */
export function ImportSummaryCard({
  summary,
  onAgain,
}: {
  summary: ImportSummary;
  onAgain: () => void;
}) {
  const items: [string, number][] = [
    ['Rows read', summary.rowsRead],
    ['Rows imported', summary.rowsAccepted],
    ['Rows skipped', summary.rowsRejected],
    ['Partners created', summary.partnersCreated],
    ['Partners updated', summary.partnersUpdated],
    ['Values written', summary.valuesWritten],
    ['Values replaced', summary.valuesReplaced],
    ['Targets written', summary.targetsWritten],
    ['Deal registrations', summary.dealRegistrations],
  ];
  return (
    <Alert
      color="green"
      variant="light"
      title={`Import #${summary.importId} committed`}
      data-testid="import-summary"
    >
      <Text size="sm" mb="xs">
        {summary.fileNames.join(', ')} · {summary.seconds.toFixed(1)} s. Undo it from the import
        history below if it was not what you wanted.
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing={4} mb="sm">
        {items
          .filter(([, v], i) => v > 0 || i < 3)
          .map(([label, v]) => (
            <Text key={label} size="sm">
              {label}: <b className="num">{formatInteger(v)}</b>
            </Text>
          ))}
      </SimpleGrid>
      <Group gap="xs">
        <Button component={Link} to="/data" size="xs">
          Back to the Data overview
        </Button>
        <Button size="xs" variant="default" onClick={onAgain}>
          Import another file
        </Button>
      </Group>
    </Alert>
  );
}
