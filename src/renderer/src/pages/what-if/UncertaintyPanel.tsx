import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo } from 'react';
import { UNCERTAINTY_FACTORS } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import {
  FACTOR_LABELS,
  uncertaintyKey,
  useUncertaintyStore,
  type UncertaintyBase,
} from './uncertainty-store';
import { UncertaintyResults } from './UncertaintyResults';
import { useBaselineRef } from './use-baseline-ref';
import { useWhatIf } from './whatif-context';
import { useCurrentEdit } from './whatif-store';

function RunProgress() {
  const running = useUncertaintyStore((s) => s.running);
  const cancel = useUncertaintyStore((s) => s.cancel);
  if (!running) return null;
  const fraction = running.total > 0 ? running.done / running.total : 0;
  return (
    <Stack gap={4} data-testid="uncertainty-progress">
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
        aria-label="Uncertainty analysis progress"
        transitionDuration={0}
      />
    </Stack>
  );
}

/**
 * Uncertainty over the methodological choices themselves: each sample draws a normalisation,
 * an aggregation, an imputation, an outlier treatment and perturbed weights; per partner the
 * median rank with its 5–95 % interval and how often it keeps its tier, and per choice how much
 * of the ranks' variation it explains.
 */
export function UncertaintyPanel() {
  const { selection } = useWhatIf();
  const current = useCurrentEdit()!;
  const baseline = useBaselineRef();
  const settings = useUncertaintyStore((s) => s.settings);
  const setSettings = useUncertaintyStore((s) => s.setSettings);
  const running = useUncertaintyStore((s) => s.running);
  const result = useUncertaintyStore((s) => s.result);
  const resultFor = useUncertaintyStore((s) => s.resultFor);
  const error = useUncertaintyStore((s) => s.error);
  const run = useUncertaintyStore((s) => s.run);
  const base = useMemo<UncertaintyBase>(
    () => ({
      baseline,
      definition: current.definition,
      scope: current.scope,
      ...(selection.period !== null ? { period: selection.period } : {}),
    }),
    [baseline, current, selection.period],
  );
  const stale = result !== null && resultFor !== uncertaintyKey(base);
  const number = (v: string | number, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  return (
    <Stack gap="sm" data-testid="whatif-uncertainty">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb={4}>
          Would another reasonable methodology rank partners differently?
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          Each sample scores every partner with a normalisation (as configured, min–max, z-score,
          percentile rank), an aggregation (arithmetic, geometric, harmonic mean), an imputation (as
          configured, peer median, none), an outlier treatment (none, winsorised) and weights shaken
          by ± the perturbation, drawn at random among the choices ticked. The same seed gives the
          same samples.
        </Text>
        <Group gap="xs" mb="xs">
          {UNCERTAINTY_FACTORS.map((f) => (
            <Checkbox
              key={f}
              size="xs"
              label={FACTOR_LABELS[f]}
              checked={settings.factors.includes(f)}
              disabled={!!running || (settings.factors.length === 1 && settings.factors[0] === f)}
              onChange={(e) =>
                setSettings({
                  factors: e.currentTarget.checked
                    ? UNCERTAINTY_FACTORS.filter((x) => x === f || settings.factors.includes(x))
                    : settings.factors.filter((x) => x !== f),
                })
              }
            />
          ))}
        </Group>
        <Group align="flex-end" gap="sm">
          <NumberInput
            size="xs"
            w={100}
            label="Samples"
            min={20}
            max={20000}
            step={100}
            thousandSeparator=","
            value={settings.samples}
            onChange={(v) => setSettings({ samples: number(v, settings.samples) })}
            disabled={!!running}
          />
          <NumberInput
            size="xs"
            w={110}
            label="Weights"
            suffix="%"
            prefix="± "
            min={1}
            max={90}
            value={settings.percent}
            onChange={(v) => setSettings({ percent: number(v, settings.percent) })}
            disabled={!!running || !settings.factors.includes('weights')}
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
      {error && <ApiErrorAlert error={error} context="The uncertainty analysis" />}
      {stale && !running && (
        <Alert variant="light" color="yellow" data-testid="uncertainty-stale">
          These results are for an earlier weighting. Run again to test the one on screen.
        </Alert>
      )}
      {result && <UncertaintyResults result={result} />}
    </Stack>
  );
}
