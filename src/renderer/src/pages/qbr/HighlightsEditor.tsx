import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import type { Highlight, HighlightKind } from '../../../../shared/api';

const KIND: Record<HighlightKind, { label: string; color: string }> = {
  plan: { label: 'Plan', color: 'blue' },
  improvement: { label: 'Up', color: 'green' },
  decline: { label: 'Down', color: 'red' },
  peer: { label: 'Peers', color: 'gray' },
  tier: { label: 'Tier', color: 'violet' },
  risk: { label: 'Watch', color: 'orange' },
  note: { label: 'Note', color: 'gray' },
};

interface HighlightsEditorProps {
  value: Highlight[];
  onChange: (next: Highlight[]) => void;
  onRedraft: () => void;
}

/** Drafted highlights, each editable, removable and markable as internal (kept off the partner copy). */
export function HighlightsEditor({ value, onChange, onRedraft }: HighlightsEditorProps) {
  const update = (i: number, patch: Partial<Highlight>) =>
    onChange(value.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <Stack gap={6} data-testid="highlights-editor">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          No highlights. Add one, or redraft them from the data.
        </Text>
      )}
      {value.map((h, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-kind={h.kind}>
          <Badge w={72} mt={6} variant="light" color={KIND[h.kind].color} radius="sm">
            {KIND[h.kind].label}
          </Badge>
          <Textarea
            style={{ flex: 1 }}
            size="xs"
            autosize
            minRows={1}
            aria-label={`Highlight ${i + 1}`}
            value={h.text}
            onChange={(e) => update(i, { text: e.currentTarget.value })}
          />
          <Tooltip label="Internal lines never appear on the partner’s copy">
            <Checkbox
              mt={6}
              size="xs"
              label="Internal"
              checked={h.internal}
              onChange={(e) => update(i, { internal: e.currentTarget.checked })}
            />
          </Tooltip>
          <ActionIcon
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={`Remove highlight ${i + 1}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...value, { kind: 'note', text: '', internal: false }])}
        >
          Add a highlight
        </Button>
        <Button size="xs" variant="subtle" onClick={onRedraft} data-testid="redraft">
          Redraft from the data
        </Button>
      </Group>
    </Stack>
  );
}
