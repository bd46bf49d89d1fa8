import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { KpiInfo, MethodologyDefinition } from '../../../../../shared/api';
import { groupLabel } from '../labels';
import { MatchEditor } from './MatchEditor';
import type { ProfileProblem } from './profile-checks';
import type { AttributeValue } from './profile-coverage';
import {
  dropOverrides,
  renameProfile,
  setMatch,
  type DefinitionEdit,
  type MatchDimension,
} from './profile-edits';
import { activeGroups, strayOverrides } from './profile-weights';
import { ProfileNameInput } from './ProfileNameInput';
import { ProfileWeights } from './ProfileWeights';

interface Props {
  def: MethodologyDefinition;
  index: number;
  catalogue: Map<string, KpiInfo>;
  values: Record<MatchDimension, AttributeValue[]> | null;
  covered: number | null;
  taken: number;
  problems: ProfileProblem[];
  update: (edit: DefinitionEdit) => void;
}

const messages = (problems: ProfileProblem[], field: ProfileProblem['field']) =>
  problems
    .filter((p) => p.field === field && p.key === undefined)
    .map((p) => p.message)
    .join('; ') || undefined;

/** One profile: its name, whom it applies to, and its weights. */
export function ProfileEditor(p: Props) {
  const { def, index, catalogue, update } = p;
  const profile = def.profiles[index]!;
  const stray = strayOverrides(def, profile, activeGroups(def, catalogue));
  const strayNames = [
    ...stray.kpis.map((k) => catalogue.get(k)?.name ?? k),
    ...stray.groups.map(groupLabel),
  ];
  const engine = p.problems.filter(
    (x) => x.source === 'engine' && (x.field === 'profile' || x.field === 'weights'),
  );
  return (
    <Stack gap="sm" data-testid="profile-editor">
      <Paper withBorder p="sm">
        <Title order={3} fz="sm" mb="xs">
          Profile {index + 1}: who it is for
        </Title>
        <Stack gap="sm">
          <ProfileNameInput
            key={index}
            name={profile.name}
            error={messages(p.problems, 'name')}
            onRename={(name) => update(renameProfile(index, name))}
          />
          <MatchEditor
            match={profile.match}
            values={p.values}
            covered={p.covered}
            taken={p.taken}
            error={messages(p.problems, 'match')}
            onChange={(dim, values) => update(setMatch(index, dim, values))}
          />
        </Stack>
      </Paper>
      {(engine.length > 0 || strayNames.length > 0) && (
        <Alert
          color="red"
          variant="light"
          title="The scoring engine cannot use this profile as it is"
          data-testid="profile-engine-errors"
        >
          <Stack gap={4}>
            {engine.map((x, i) => (
              <Text size="sm" key={i}>
                {x.key ? `${catalogue.get(x.key)?.name ?? groupLabel(x.key)}: ` : ''}
                {x.message}
              </Text>
            ))}
            {strayNames.length > 0 && (
              <Group gap="xs">
                {engine.length === 0 && (
                  <Text size="sm">The methodology no longer scores {strayNames.join(', ')}.</Text>
                )}
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  onClick={() => update(dropOverrides(index, stray.kpis, stray.groups))}
                >
                  Remove the profile’s weights for {strayNames.join(', ')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      <ProfileWeights def={def} index={index} catalogue={catalogue} update={update} />
    </Stack>
  );
}
