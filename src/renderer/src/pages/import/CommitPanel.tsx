import { Button, Checkbox, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { formatInteger } from '../../format/numbers';
import { useImportWizard, type JobProgress } from './import-wizard-store';

/** Why Commit is disabled, or null when it may be pressed. */
function blockedBy(w: ReturnType<typeof useImportWizard.getState>): string | null {
  const r = w.report;
  if (w.mappingProblems.length > 0) return 'Complete the column mapping first.';
  if (!r) return 'Analyse the file first.';
  if (w.reportStale) return 'The mapping changed: analyse again.';
  if (r.blocking.length > 0) return 'A blocking problem stops this import (see the report).';
  if (r.rowsRejected > 0 && !w.skipInvalid)
    return `${formatInteger(r.rowsRejected)} rows are rejected: fix the file, or skip them.`;
  if (r.rowsAccepted === 0) return 'No row would be imported.';
  return null;
}

export function JobProgressBar({
  progress,
  label,
}: {
  progress: JobProgress | null;
  label: string;
}) {
  const pct = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : null;
  return (
    <Stack gap={4} data-testid="import-progress" role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">{progress?.label ?? label}</Text>
        <Text size="xs" c="dimmed" className="num">
          {pct !== null && `${Math.round(pct)}%`}
          {progress?.rate ? ` · ${formatInteger(Math.round(progress.rate))} rows/s` : ''}
        </Text>
      </Group>
      <Progress value={pct ?? 100} animated striped={pct === null} aria-label={label} />
    </Stack>
  );
}

/** Skip-invalid choice, Commit, and while writing: progress with Cancel. */
export function CommitPanel() {
  const w = useImportWizard();
  const blocked = blockedBy(w);
  const committing = w.step === 'committing';
  return (
    <Paper withBorder p="sm">
      {committing ? (
        <Group align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <JobProgressBar progress={w.progress} label="Writing the import…" />
          </div>
          <Button color="red" variant="light" onClick={() => void w.cancel()}>
            Cancel
          </Button>
        </Group>
      ) : (
        <Group justify="space-between" wrap="wrap">
          <Stack gap={4}>
            {w.report && w.report.rowsRejected > 0 && w.report.blocking.length === 0 && (
              <Checkbox
                size="xs"
                label={`Skip the ${formatInteger(w.report.rowsRejected)} rejected rows and import the rest`}
                checked={w.skipInvalid}
                onChange={(e) => w.setSkipInvalid(e.currentTarget.checked)}
              />
            )}
            <Text size="xs" c={blocked ? 'orange' : 'dimmed'} data-testid="commit-status">
              {blocked ??
                `Writes ${formatInteger(w.report!.rowsAccepted)} rows in one transaction; undo removes them again.`}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button variant="default" onClick={w.reset}>
              Start over
            </Button>
            {w.reportStale && (
              <Button
                variant="default"
                onClick={() => void w.analyse()}
                loading={w.analysing}
                disabled={w.mappingProblems.length > 0}
              >
                Analyse again
              </Button>
            )}
            <Button
              onClick={() => void w.commit()}
              disabled={blocked !== null || w.analysing}
              data-testid="commit-import"
            >
              Commit import
            </Button>
          </Group>
        </Group>
      )}
    </Paper>
  );
}
