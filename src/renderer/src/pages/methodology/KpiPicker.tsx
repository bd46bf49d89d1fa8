import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { KPI_CATEGORIES, type KpiLibrary } from '../../../../shared/api';
import { CustomKpiForm } from './CustomKpiForm';
import { useEditorStore } from './editor-store';
import { groupLabel, kpiFacts } from './labels';

interface Props {
  opened: boolean;
  onClose: () => void;
  library: KpiLibrary;
}

/** The KPI library with every definition, to add KPIs to the methodology; or a custom KPI. */
export function KpiPicker({ opened, onClose, library }: Props) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const present = new Set(def.kpis.map((k) => k.kpi));
  const q = query.trim().toLowerCase();
  const matches = library.kpis.filter(
    (k) =>
      !q ||
      k.name.toLowerCase().includes(q) ||
      k.definition.toLowerCase().includes(q) ||
      k.key.includes(q),
  );
  const add = () => {
    update((d) => {
      const groupWeights = { ...d.groupWeights };
      const added = chosen.map((key) => library.kpis.find((k) => k.key === key)!);
      for (const k of added) {
        const g = d.grouping === 'category' ? k.category : k.perspective;
        groupWeights[g] ??= 10;
      }
      return {
        ...d,
        groupWeights,
        kpis: [
          ...d.kpis,
          ...added.map((k) => ({ kpi: k.key, weight: 10, normaliser: k.normaliser })),
        ],
      };
    });
    setChosen([]);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Add KPIs" size="xl">
      <Tabs defaultValue="library">
        <Tabs.List>
          <Tabs.Tab value="library">Library</Tabs.Tab>
          <Tabs.Tab value="custom">Custom formula</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="library" pt="sm">
          <TextInput
            placeholder="Search KPIs and definitions"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            mb="sm"
          />
          <ScrollArea h={420}>
            <Stack gap="md">
              {KPI_CATEGORIES.map((category) => (
                <Stack key={category} gap={6}>
                  <Text fw={600} size="sm">
                    {groupLabel(category)}
                  </Text>
                  {matches
                    .filter((k) => k.category === category)
                    .map((k) => (
                      <Checkbox
                        key={k.key}
                        disabled={present.has(k.key)}
                        checked={present.has(k.key) || chosen.includes(k.key)}
                        onChange={(e) =>
                          setChosen((c) =>
                            e.currentTarget.checked ? [...c, k.key] : c.filter((x) => x !== k.key),
                          )
                        }
                        label={
                          <Group gap={6}>
                            <Text size="sm" fw={500}>
                              {k.name}
                            </Text>
                            <Badge
                              size="xs"
                              variant="light"
                              color={k.indicator === 'leading' ? 'blue' : 'gray'}
                            >
                              {k.indicator}
                            </Badge>
                            {present.has(k.key) && (
                              <Badge size="xs" variant="outline">
                                in use
                              </Badge>
                            )}
                          </Group>
                        }
                        description={
                          <>
                            {k.definition} <Code>{k.formula}</Code> — {kpiFacts(k)}.
                          </>
                        }
                      />
                    ))}
                </Stack>
              ))}
            </Stack>
          </ScrollArea>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button disabled={chosen.length === 0} onClick={add}>
              Add {chosen.length || ''} KPI{chosen.length === 1 ? '' : 's'}
            </Button>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="custom" pt="sm">
          <CustomKpiForm library={library} onAdded={onClose} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
