import { Button, Paper, Text, Title } from '@mantine/core';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { openDemoWorkspace } from '../../workspaces/workspace-actions';

/** The built-in demo: generated on first use, then reopened as it was left. */
export function OpenDemoCard({ onOpened }: { onOpened: () => void }) {
  const demo = useAsyncAction(openDemoWorkspace);
  const open = async () => {
    const result = await demo.run();
    if (result.ok) onOpened();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="demo-title">
      <Title order={2} id="demo-title" mb="xs">
        The demo workspace
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Generated partners with two years of results, targets and deal registrations: a safe place
        to try Partnerscope. It is created the first time you open it.
      </Text>
      <Button onClick={() => void open()} loading={demo.pending}>
        Open the demo workspace
      </Button>
      {demo.error && <ApiErrorAlert error={demo.error} />}
    </Paper>
  );
}
