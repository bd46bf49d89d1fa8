import { Center, Text } from '@mantine/core';

/**
 * What a chart shows when it has nothing to draw: why, in words, in the chart's own space (never
 * bare 0–1 axes or a "0.0 %").
 */
export function ChartEmpty({ height, children }: { height: number; children: string }) {
  return (
    <Center h={height} px="md" data-testid="chart-empty">
      <Text size="sm" c="dimmed" ta="center" maw={360}>
        {children}
      </Text>
    </Center>
  );
}

/** The reason shared by the charts that follow the table's filters. */
export const NO_MATCH = 'No partner matches the filters: clear a filter to see this chart.';
