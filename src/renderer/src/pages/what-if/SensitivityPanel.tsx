import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SensitivityResults } from './SensitivityResults';
import { sensitivityKey, useSensitivityStore, type SensitivityBase } from './sensitivity-store';
import { useBaselineRef } from './use-baseline-ref';
import { useWhatIf } from './whatif-context';
import { useCurrentEdit } from './whatif-store';

function RunProgress() {
  const running = useSensitivityStore((s) => s.running);
  const cancel = useSensitivityStore((s) => s.cancel);
  if (!running) return null;
  const fraction = running.total > 0 ? running.done / running.total : 0;
  return (
    <Stack gap={4} data-testid="sensitivity-progress">
      <Group justify="space-between">
        <Text size="xs" c="dimmed" className="tabular">
          {running.cancelling
            ? 'Cancelling…'
            : `Sample ${running.done.toLocaleString()} of ${running.total.toLocaleString()}`}
        </Text>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => void cancel()}
          disabled={running.cancelling}
        >
          Cancel
        </Button>
      </Group>
      <Progress
        value={fraction * 100}
        animated
        aria-label="Sensitivity analysis progress"
        transitionDuration={0}
      />
    </Stack>
  );
}

/**
 * Stress-tests the weighting: every weight is perturbed at random (± x %, N samples, seeded) and
 * each partner's tier stability is the share of samples in which it keeps its tier.
 */
export function SensitivityPanel() {
  const { selection } = useWhatIf();
  const current = useCurrentEdit()!;
  const baseline = useBaselineRef();
  const settings = useSensitivityStore((s) => s.settings);
  const setSettings = useSensitivityStore((s) => s.setSettings);
  const running = useSensitivityStore((s) => s.running);
  const result = useSensitivityStore((s) => s.result);
  const resultFor = useSensitivityStore((s) => s.resultFor);
  const error = useSensitivityStore((s) => s.error);
  const run = useSensitivityStore((s) => s.run);
  const base = useMemo<SensitivityBase>(
    () => ({
      baseline,
      definition: current.definition,
      scope: current.scope,
      ...(selection.period !== null ? { period: selection.period } : {}),
    }),
    [baseline, current, selection.period],
  );
  const stale = result !== null && resultFor !== sensitivityKey(base);
  const number = (v: string | number, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  return (
    <Stack gap="sm" data-testid="whatif-sensitivity">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb={4}>
          Is the ranking robust, or a coin toss?
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          Every weight is multiplied by a random factor within ± the perturbation, many times over;
          a partner that keeps its tier in fewer than 80 % of the samples is on a knife-edge. The
          same seed gives the same samples.
        </Text>
        <Group align="flex-end" gap="sm">
          <NumberInput
            size="xs"
            w={110}
            label="Perturbation"
            suffix="%"
            prefix="± "
            min={1}
            max={90}
            value={settings.percent}
            onChange={(v) => setSettings({ percent: number(v, settings.percent) })}
            disabled={!!running}
          />
          <NumberInput
            size="xs"
            w={100}
            label="Samples"
            min={10}
            max={10000}
            step={100}
            thousandSeparator=","
            value={settings.samples}
            onChange={(v) => setSettings({ samples: number(v, settings.samples) })}
            disabled={!!running}
          />
          <NumberInput
            size="xs"
            w={80}
            label="Seed"
            min={0}
            max={2 ** 31 - 1}
            allowDecimal={false}
            value={settings.seed}
            onChange={(v) => setSettings({ seed: number(v, settings.seed) })}
            disabled={!!running}
          />
          <Button size="xs" onClick={() => void run(base)} loading={!!running}>
            Run
          </Button>
        </Group>
        <div style={{ marginTop: 8 }}>
          <RunProgress />
        </div>
      </Paper>
      {error && <ApiErrorAlert error={error} context="The sensitivity analysis" />}
      {stale && !running && (
        <Alert variant="light" color="yellow" data-testid="sensitivity-stale">
          These results are for an earlier weighting. Run again to test the one on screen.
        </Alert>
      )}
      {result && <SensitivityResults result={result} />}
    </Stack>
  );
}
