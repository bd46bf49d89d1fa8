import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { WeightProfile } from '../../../../../shared/api';
import { matchSentence } from './match-sentence';
import type { ProfileProblem } from './profile-checks';
import type { ProfileCoverage } from './profile-coverage';

interface Props {
  profiles: readonly WeightProfile[];
  /** Null while the partners are read (or when they cannot be). */
  coverage: ProfileCoverage | null;
  problems: ProfileProblem[][];
  selected: number;
  onSelect: (i: number) => void;
  onMove: (i: number, by: -1 | 1) => void;
  onDelete: (i: number) => void;
  onAdd: () => void;
}

const count = (n: number | undefined) => (n === undefined ? '…' : String(n));

/** The profiles in the order the engine tries them, with the partners each one weighs. */
export function ProfileList(p: Props) {
  const { profiles, coverage } = p;
  return (
    <Paper withBorder p="sm" data-testid="profile-list">
      <Group justify="space-between" mb={4}>
        <Title order={3} fz="sm">
          Profiles in order: the first that matches a partner wins
        </Title>
        <Button
          size="compact-xs"
          variant="light"
          onClick={p.onAdd}
          disabled={profiles.length >= 50}
        >
          Add a profile
        </Button>
      </Group>
      <Table verticalSpacing={4} highlightOnHover={profiles.length > 0}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28}>#</Table.Th>
            <Table.Th>Profile</Table.Th>
            <Table.Th w={120} ta="right">
              Partners
            </Table.Th>
            <Table.Th w={100} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profiles.map((profile, i) => {
            const active = i === p.selected;
            const issues = p.problems[i]?.length ?? 0;
            const name = profile.name.trim() || 'Unnamed profile';
            const taken = coverage?.taken[i] ?? 0;
            return (
              <Table.Tr
                key={i}
                data-testid="profile-row"
                data-profile={profile.name}
                aria-selected={active}
                bg={active ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ cursor: 'pointer' }}
                onClick={() => p.onSelect(i)}
              >
                <Table.Td c="dimmed" className="tabular">
                  {i + 1}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <UnstyledButton
                      fz="sm"
                      fw={500}
                      aria-pressed={active}
                      onClick={(e) => {
                        e.stopPropagation();
                        p.onSelect(i);
                      }}
                    >
                      {name}
                    </UnstyledButton>
                    {issues > 0 && (
                      <Badge size="xs" color="red" variant="light">
                        {issues === 1 ? '1 problem' : `${issues} problems`}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {matchSentence(profile.match)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" className="tabular">
                  <Text size="sm" className="tabular" data-testid="profile-partners">
                    {count(coverage?.covered[i])}
                  </Text>
                  {taken > 0 && (
                    <Text
                      size="xs"
                      c="dimmed"
                      title="Also match, but an earlier profile weighs them"
                    >
                      +{taken} taken above
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group
                    gap={0}
                    wrap="nowrap"
                    justify="flex-end"
                    onClick={(e) => e.stopPropagation()}
                  >
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${name} up`}
                      disabled={i === 0}
                      onClick={() => p.onMove(i, -1)}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${name} down`}
                      disabled={i === profiles.length - 1}
                      onClick={() => p.onMove(i, 1)}
                    >
                      ↓
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete ${name}`}
                      title="Delete the profile (Undo brings it back)"
                      onClick={() => p.onDelete(i)}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr data-testid="profile-rest">
            <Table.Td />
            <Table.Td>
              <Text size="sm" fw={500}>
                {profiles.length ? 'Everyone else' : 'Every partner'}
              </Text>
              <Text size="xs" c="dimmed">
                Scored with the global weights (KPIs &amp; weights tab)
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" className="tabular">
                {count(coverage?.rest)}
              </Text>
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {profiles.length === 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          No weight profiles yet. Add one to weigh a group of partners differently, for example MSPs
          more on enablement or distributors more on revenue.
        </Text>
      )}
    </Paper>
  );
}
