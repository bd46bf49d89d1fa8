import { Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { DEFAULT_PATH, sectionByKey, type SectionKey } from '../app/sections';
import { PageHeader } from '../components/PageHeader';

/** A section that is not built yet: what it will do, and where to go meanwhile. No fake data. */
export function PlaceholderPage({ sectionKey }: { sectionKey: SectionKey }) {
  const section = sectionByKey(sectionKey);
  const { partnerId } = useParams();
  return (
    <>
      <PageHeader title={section.title} />
      <Paper withBorder p="lg" maw={720} data-testid="placeholder">
        <Stack gap="sm" align="flex-start">
          <Badge variant="outline" color="gray" radius="sm">
            Coming in a later version
          </Badge>
          <Text size="md">{section.purpose}</Text>
          {partnerId && (
            <Text size="sm" c="dimmed">
              This link asked for partner <Code>{partnerId}</Code>; it will open that partner’s
              scorecard once this section exists.
            </Text>
          )}
          <Text size="sm" c="dimmed">
            Until then, the Data overview shows what your workspace holds.
          </Text>
          <Group>
            <Button component={Link} to={DEFAULT_PATH} variant="light">
              Go to the Data overview
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
