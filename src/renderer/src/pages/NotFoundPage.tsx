import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { DEFAULT_PATH } from '../app/sections';
import { PageHeader } from '../components/PageHeader';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <Paper withBorder p="lg" maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            There is no page at <code>#{pathname}</code>. The link may come from a newer version of
            Partnerscope.
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
