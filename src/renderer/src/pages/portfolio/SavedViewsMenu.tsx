import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Popover,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import type { SavedPortfolioView } from '../../../../shared/api';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/use-api-query';
import { toErrorInfo } from '../../stores/error-info';
import { moveLegacyViews } from './saved-views';
import { currentView, usePortfolioView } from './view-store';

/**
 * Save the current filters, sort and columns under a name in the workspace (so they travel with
 * the file); apply or delete saved views.
 */
export const SavedViewsMenu = memo(function SavedViewsMenu() {
  const query = useApiQuery('views.savedViews', {});
  const views: SavedPortfolioView[] = query.data ?? [];
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const apply = usePortfolioView((s) => s.apply);
  const { reload } = query;
  const loaded = query.status === 'success' ? query.data : null;

  useEffect(() => {
    if (!loaded) return;
    void moveLegacyViews(loaded).then(
      (moved) => moved && reload(),
      () => undefined, // the old views stay in localStorage and are tried again next time
    );
  }, [loaded, reload]);

  const change = (call: Promise<unknown>) =>
    call.then(
      () => {
        setError(null);
        reload();
      },
      (e: unknown) => setError(toErrorInfo(e).message),
    );
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    void change(
      api.call('views.saveView', {
        name: trimmed,
        view: currentView(usePortfolioView.getState()),
      }),
    ).then(() => setName(''));
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default">
          Saved views{views.length ? ` (${views.length})` : ''}
        </Button>
      </Popover.Target>
      <Popover.Dropdown w={300} aria-label="Saved views">
        <Stack gap={4}>
          {views.length === 0 && (
            <Text size="xs" c="dimmed">
              No saved views yet. A view keeps the search, filters, sort, columns and quadrant
              selection, and is saved in the workspace.
            </Text>
          )}
          {views.map((v) => (
            <Group key={v.name} justify="space-between" wrap="nowrap" gap="xs">
              <UnstyledButton
                onClick={() => apply(v.view)}
                fz="sm"
                style={{ flex: 1 }}
                aria-label={`Apply view ${v.name}`}
              >
                {v.name}
              </UnstyledButton>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                aria-label={`Delete view ${v.name}`}
                onClick={() => void change(api.call('views.deleteView', { name: v.name }))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Divider my={4} />
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              aria-label="Name of the new view"
              placeholder="Name this view"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && save()}
            />
            <Button size="xs" onClick={save} disabled={!name.trim()}>
              Save
            </Button>
          </Group>
          {error && (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
