import { Group, MultiSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import type { WeightProfile } from '../../../../../shared/api';
import { PEER_LABELS } from '../labels';
import { matchSentence } from './match-sentence';
import type { AttributeValue } from './profile-coverage';
import { MATCH_DIMENSIONS, type MatchDimension } from './profile-edits';

interface Props {
  match: WeightProfile['match'];
  /** The workspace's values per attribute; null while they are read. */
  values: Record<MatchDimension, AttributeValue[]> | null;
  /** Partners the profile weighs (null while counting). */
  covered: number | null;
  /** Partners it matches that an earlier profile already weighs. */
  taken: number;
  error: string | undefined;
  onChange: (dim: MatchDimension, values: string[]) => void;
}

const plural = (n: number) => `${n} partner${n === 1 ? '' : 's'}`;

/** Which partners the profile is for: partner types, regions, program tiers, and in words. */
export function MatchEditor({ match, values, covered, taken, error, onChange }: Props) {
  return (
    <Stack gap={6}>
      <SimpleGrid cols={3} spacing="sm">
        {MATCH_DIMENSIONS.map((dim) => {
          const chosen = match[dim] ?? [];
          const known = values?.[dim] ?? [];
          // A value the workspace does not have (typed in JSON, or data changed) stays removable.
          const stray = chosen.filter((v) => !known.some((k) => k.value === v));
          const partners = new Map(known.map((k) => [k.value, k.partners]));
          const data = [...known.map((k) => k.value), ...stray];
          return (
            <MultiSelect
              key={dim}
              size="xs"
              label={PEER_LABELS[dim]}
              placeholder={chosen.length ? undefined : 'Any'}
              data={data}
              value={chosen}
              onChange={(next) => onChange(dim, next)}
              searchable
              hidePickedOptions
              renderOption={({ option }) => (
                <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
                  <span>{option.value}</span>
                  <Text size="xs" c="dimmed" className="tabular">
                    {partners.has(option.value) ? partners.get(option.value) : 'no partners'}
                  </Text>
                </Group>
              )}
              nothingFoundMessage={values ? 'No such value' : 'Reading the partners…'}
              data-testid={`profile-match-${dim}`}
            />
          );
        })}
      </SimpleGrid>
      <Text size="sm" data-testid="profile-match-sentence">
        {matchSentence(match)}
        {covered !== null && (
          <Text span size="sm" c="dimmed" className="tabular">
            {' '}
            · weighs {plural(covered)}
          </Text>
        )}
      </Text>
      {covered === 0 && taken > 0 && (
        <Text size="xs" c="orange">
          An earlier profile already weighs all {plural(taken)} it matches: move it up to give them
          these weights.
        </Text>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
