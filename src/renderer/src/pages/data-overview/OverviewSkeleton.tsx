import { SimpleGrid, Skeleton, Stack } from '@mantine/core';

/** The overview's shape while it loads, so nothing jumps when the numbers arrive. */
export function OverviewSkeleton() {
  return (
    <Stack gap="md" role="status" aria-live="polite" aria-label="Loading the data overview">
      <SimpleGrid cols={{ base: 2, sm: 4, xl: 7 }} spacing="xs">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} height={78} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </SimpleGrid>
    </Stack>
  );
}
