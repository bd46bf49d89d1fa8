import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ImportMapping } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';

interface PresetPickerProps {
  value: string | null;
  mapping: ImportMapping | null;
  disabled: boolean;
  onPick: (name: string | null) => void;
}

/**
 * The mapping as a preset: a one-file mapping made in the wizard names the file it was made
 * from; without that name it reads any file, so next month's export finds it too.
 */
function forPreset(mapping: ImportMapping): ImportMapping {
  const [only] = mapping.files;
  if (!only || mapping.files.length > 1 || (mapping.lookups?.length ?? 0) > 0) return mapping;
  const { match: _fileName, ...file } = only;
  return { ...mapping, files: [file as typeof only] };
}

/** Apply a saved or built-in mapping, or save the current one under a name. */
export function PresetPicker({ value, mapping, disabled, onPick }: PresetPickerProps) {
  const presets = useApiQuery('import.presets', {});
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const save = async () => {
    if (!mapping || !name.trim()) return;
    setSaving(true);
    setError(null);
    try {
      const info = await api.call('import.savePreset', {
        name: name.trim(),
        description: '',
        mapping: forPreset(mapping),
        overwrite: presets.data?.some((p) => p.name === name.trim() && !p.builtIn) ?? false,
      });
      setSaved(info.name);
      setName('');
      presets.reload();
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setSaving(false);
    }
  };

  const data = (presets.data ?? []).map((p) => ({
    value: p.name,
    label: `${p.name}${p.builtIn ? ' (built-in)' : ''} — ${p.kinds.join(', ')}`,
  }));
  return (
    <>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Mapping preset"
          placeholder={
            presets.status === 'loading' ? 'Loading presets…' : 'Recognised from the file'
          }
          data={data}
          value={value}
          onChange={onPick}
          clearable
          disabled={disabled || presets.status !== 'success'}
          w={320}
          size="xs"
        />
        <TextInput
          label="Save this mapping as"
          placeholder="Preset name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          size="xs"
          w={200}
          disabled={disabled || !mapping}
        />
        <Button
          size="xs"
          variant="default"
          onClick={() => void save()}
          loading={saving}
          disabled={disabled || !mapping || !name.trim()}
        >
          Save preset
        </Button>
        {saved && (
          <Text size="xs" c="dimmed" role="status">
            Saved as “{saved}”.
          </Text>
        )}
      </Group>
      {presets.status === 'error' && <ApiErrorAlert error={presets.error} context="Presets" />}
      {error && (
        <ApiErrorAlert error={error} context="Saving the preset" onClose={() => setError(null)} />
      )}
    </>
  );
}
