import { Group, Progress, Text } from '@mantine/core';
import { formatWholePercent } from '../format/numbers';
import { useProgressStore } from '../stores/progress-store';

/** The header's progress line for the backend's running task (demo generation, imports…). */
export function ProgressIndicator() {
  const tasks = useProgressStore((s) => s.tasks);
  const task = Object.values(tasks).find((t) => !t.finished) ?? Object.values(tasks)[0];
  return (
    <div role="status" aria-live="polite" data-testid="progress">
      {task && (
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" maw={220} truncate="end" title={task.label}>
            {task.label}
          </Text>
          <Progress
            w={120}
            size="sm"
            value={task.fraction === null ? 100 : task.fraction * 100}
            animated={task.fraction === null && !task.finished}
            striped={task.fraction === null && !task.finished}
            color={task.finished ? 'green' : undefined}
            aria-label={task.label}
          />
          <Text size="xs" c="dimmed" className="tabular" w={40} ta="right">
            {task.fraction === null ? '' : formatWholePercent(task.fraction)}
          </Text>
        </Group>
      )}
    </div>
  );
}
