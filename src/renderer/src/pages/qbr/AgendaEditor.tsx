import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';

interface AgendaEditorProps {
  value: string[];
  onChange: (next: string[]) => void;
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The meeting's agenda: one line per item, in order. */
export function AgendaEditor({ value, onChange }: AgendaEditorProps) {
  return (
    <Stack gap={6} data-testid="agenda-editor">
      {value.map((item, i) => (
        <Group key={i} gap={4} wrap="nowrap">
          <Text size="sm" c="dimmed" w={18} ta="right">
            {i + 1}.
          </Text>
          <TextInput
            style={{ flex: 1 }}
            size="xs"
            aria-label={`Agenda item ${i + 1}`}
            value={item}
            onChange={(e) => onChange(value.map((v, j) => (j === i ? e.currentTarget.value : v)))}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Move item ${i + 1} up`}
            disabled={i === 0}
            onClick={() => onChange(move(value, i, i - 1))}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove agenda item ${i + 1}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...value, ''])}>
          Add an agenda item
        </Button>
      </Group>
    </Stack>
  );
}
