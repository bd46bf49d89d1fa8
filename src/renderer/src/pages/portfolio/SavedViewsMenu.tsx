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
import { memo, useState } from 'react';
import { loadSavedViews, storeSavedViews, withView, type SavedView } from './saved-views';
import { currentView, usePortfolioView } from './view-store';

/** Save the current filters, sort and columns under a name; apply or delete saved views. */
export const SavedViewsMenu = memo(function SavedViewsMenu() {
  const [views, setViews] = useState<SavedView[]>(loadSavedViews);
  const [name, setName] = useState('');
  const apply = usePortfolioView((s) => s.apply);
  const update = (next: SavedView[]) => {
    storeSavedViews(next);
    setViews(next);
  };
  const save = () => {
    if (!name.trim()) return;
    update(withView(views, name.trim(), currentView(usePortfolioView.getState())));
    setName('');
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
              selection.
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
                onClick={() => update(views.filter((x) => x.name !== v.name))}
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
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
