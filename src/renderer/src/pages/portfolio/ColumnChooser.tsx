import {
  Button,
  Checkbox,
  Group,
  Popover,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { memo } from 'react';
import type { ColumnSection, PortfolioColumn } from './column-catalog';

interface ColumnChooserProps {
  catalog: PortfolioColumn[];
  visible: string[];
  onChange: (ids: string[] | null) => void;
}

const SECTIONS: ColumnSection[] = ['Partner', 'Score', 'Categories', 'KPIs'];

/** Which columns the table shows: every score, category and KPI can be one. */
export const ColumnChooser = memo(function ColumnChooser({
  catalog,
  visible,
  onChange,
}: ColumnChooserProps) {
  const shown = new Set(visible);
  const toggle = (id: string, on: boolean) => {
    // Keep the catalog's order so columns do not jump around.
    onChange(catalog.map((c) => c.id).filter((x) => (x === id ? on : shown.has(x))));
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default">
          Columns ({visible.length})
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Choose columns">
        <ScrollArea.Autosize mah={420} type="auto">
          <SimpleGrid cols={2} spacing="lg" w={460}>
            {SECTIONS.map((section) => (
              <Stack key={section} gap={4}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                  {section}
                </Text>
                {catalog
                  .filter((c) => c.section === section)
                  .map((c) => (
                    <Checkbox
                      key={c.id}
                      size="xs"
                      label={c.label}
                      checked={shown.has(c.id)}
                      disabled={c.id === 'name'}
                      onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                    />
                  ))}
              </Stack>
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="xs">
          <Button size="xs" variant="subtle" onClick={() => onChange(null)}>
            Default columns
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
});
