import { Table, Text } from '@mantine/core';
import type { ScenarioColumn } from '../../../../shared/api';
import { scopeLabel } from './ScopeSelect';

/** A scenario's column heading: its name, whom it applies to and its baseline. */
export function ScenarioHeading({ column }: { column: ScenarioColumn }) {
  const b = column.baseline;
  return (
    <Table.Th className="num" data-testid="compare-column">
      <Text size="sm" fw={700}>
        {column.scenario.name}
      </Text>
      <Text size="xs" c="dimmed" fw={400}>
        {scopeLabel(column.scenario.scope)} · vs{' '}
        {b.version !== null ? `version ${b.version}` : 'draft'}
      </Text>
    </Table.Th>
  );
}
