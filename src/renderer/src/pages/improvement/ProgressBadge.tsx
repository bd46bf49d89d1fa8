import { Badge, Tooltip } from '@mantine/core';
import type { BacklogAction } from '../../../../shared/api';
import { formatWholePercent } from '../../format/numbers';
import { NO_SHRINK } from '../risks/severity';
import { PROGRESS_COLORS, PROGRESS_LABELS } from './labels';

/** Where an action stands against its baseline: the status and the share of the gap closed. */
export function ProgressBadge({ action }: { action: BacklogAction }) {
  if (action.progress === null) {
    return (
      <Tooltip label="Progress needs a KPI, a baseline, a target and a due date">
        <Badge size="sm" color="gray" variant="outline">
          Not measured
        </Badge>
      </Tooltip>
    );
  }
  const detail =
    action.closed === null
      ? 'No value in the latest period'
      : `${formatWholePercent(action.closed)} of the gap closed; ${formatWholePercent(action.expected ?? 0)} expected by now`;
  return (
    <Tooltip label={detail}>
      <Badge
        style={NO_SHRINK}
        size="sm"
        color={PROGRESS_COLORS[action.progress]}
        variant="light"
        data-progress={action.progress}
      >
        {PROGRESS_LABELS[action.progress]}
        {action.closed !== null ? ` · ${formatWholePercent(action.closed)}` : ''}
      </Badge>
    </Tooltip>
  );
}
