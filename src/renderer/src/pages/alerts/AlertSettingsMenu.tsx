import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ALERT_SEGMENTS, type AlertSegment, type AlertSettings } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';

const update = (segments: AlertSegment[], closeUnwatched: boolean) =>
  api.call('alerts.updateSettings', { segments, closeUnwatched });

/** Which segment moves raise alerts: a programme with many Grow moves may only want the risks. */
function SettingsForm({
  settings,
  onSaved,
}: {
  settings: AlertSettings;
  onSaved: (closed: number) => void;
}) {
  const [segments, setSegments] = useState<AlertSegment[]>(settings.segments);
  const [closeUnwatched, setCloseUnwatched] = useState(true);
  const saving = useAsyncAction(update);
  const dropped = settings.segments.filter((s) => !segments.includes(s));
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label="Alert me when a partner moves into"
        value={segments}
        onChange={(v) => setSegments(v as AlertSegment[])}
      >
        <Stack gap={6} mt={6}>
          {ALERT_SEGMENTS.map((s) => (
            <Checkbox key={s} value={s} label={s} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Text size="xs" c="dimmed">
        Risk flags always raise alerts; their thresholds are on the Risks page.
      </Text>
      {dropped.length > 0 && (
        <Checkbox
          size="xs"
          label={`Also mark the open ${dropped.join(' and ')} alerts done`}
          checked={closeUnwatched}
          onChange={(e) => setCloseUnwatched(e.currentTarget.checked)}
        />
      )}
      {saving.error && <ApiErrorAlert error={saving.error} context="Saving the alert settings" />}
      <Button
        size="xs"
        loading={saving.pending}
        onClick={async () => {
          const r = await saving.run(segments, closeUnwatched && dropped.length > 0);
          if (r.ok) onSaved(r.value.closed);
        }}
      >
        Save
      </Button>
    </Stack>
  );
}

export function AlertSettingsMenu({
  settings,
  onSaved,
}: {
  settings: AlertSettings | undefined;
  onSaved: (closed: number) => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          disabled={!settings}
          onClick={() => setOpened((o) => !o)}
        >
          Alert settings
        </Button>
      </Popover.Target>
      <Popover.Dropdown w={300} aria-label="Alert settings">
        {settings && opened && (
          <SettingsForm
            settings={settings}
            onSaved={(closed) => {
              setOpened(false);
              onSaved(closed);
            }}
          />
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
