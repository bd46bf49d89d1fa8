import {
  Button,
  Divider,
  Drawer,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import {
  RISK_RULES,
  RISK_RULE_NAMES,
  type RiskSettings,
  type RiskSettingsPatch,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { SETTING_FIELDS, fieldValue } from './setting-labels';

const save = (patch: RiskSettingsPatch) => api.call('risks.updateSettings', patch);

interface RiskSettingsDrawerProps {
  opened: boolean;
  settings: RiskSettings;
  onClose: () => void;
}

function Form({ settings, onClose }: Omit<RiskSettingsDrawerProps, 'opened'>) {
  const [draft, setDraft] = useState<RiskSettings>(settings);
  const saving = useAsyncAction(save);
  const set = (rule: keyof RiskSettings, key: string, value: number | boolean) =>
    setDraft((d) => ({ ...d, [rule]: { ...d[rule], [key]: value } }));
  return (
    <Stack gap="sm">
      {RISK_RULES.map((rule) => (
        <Stack key={rule} gap={6}>
          <Group justify="space-between">
            <Title order={3} fz="sm">
              {RISK_RULE_NAMES[rule]}
            </Title>
            <Switch
              size="xs"
              label="On"
              checked={draft[rule].enabled}
              onChange={(e) => set(rule, 'enabled', e.currentTarget.checked)}
            />
          </Group>
          {SETTING_FIELDS[rule].map((field) => (
            <NumberInput
              key={field.key}
              size="xs"
              label={field.label}
              min={field.min}
              max={field.max}
              step={field.step ?? 1}
              disabled={!draft[rule].enabled}
              value={fieldValue(draft, rule, field)}
              onChange={(v) => {
                const n = Number(v);
                if (Number.isFinite(n)) set(rule, field.key, field.percent ? n / 100 : n);
              }}
            />
          ))}
          <Divider />
        </Stack>
      ))}
      {saving.error && (
        <ApiErrorAlert
          error={saving.error}
          context="Saving thresholds"
          onClose={saving.clearError}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={onClose}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={saving.pending}
          onClick={async () => {
            // The risks and the alert bell read again by themselves (the write's `risks` topic).
            if ((await saving.run(draft)).ok) onClose();
          }}
        >
          Save thresholds
        </Button>
      </Group>
    </Stack>
  );
}

/** The rules' thresholds, edited in a side panel; saved for the whole workspace. */
export function RiskSettingsDrawer({ opened, settings, onClose }: RiskSettingsDrawerProps) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" title="Risk thresholds" size="md">
      <Text size="sm" c="dimmed" mb="sm">
        Each rule flags partners whose figures cross these thresholds. Changes apply to the whole
        workspace.
      </Text>
      {opened && <Form settings={settings} onClose={onClose} />}
    </Drawer>
  );
}
