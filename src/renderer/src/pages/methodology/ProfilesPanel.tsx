import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { KpiInfo } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useEditorStore } from './editor-store';
import { usePreviewIssues } from './profiles/preview-issues';
import { profileProblems } from './profiles/profile-checks';
import { attributeValues, profileCoverage } from './profiles/profile-coverage';
import { addProfile, deleteProfile, moveProfile, newProfileName } from './profiles/profile-edits';
import { ProfileEditor } from './profiles/ProfileEditor';
import { ProfileList } from './profiles/ProfileList';
import { usePartnerAttributes } from './profiles/use-partner-attributes';

/**
 * Weight profiles: groups of partners (by type, region, program tier) scored with weights of
 * their own. Every edit goes through the editor store, so it can be undone and the live preview
 * follows it.
 */
export function ProfilesPanel({ catalogue }: { catalogue: Map<string, KpiInfo> }) {
  const def = useEditorStore((s) => s.definition)!;
  const update = useEditorStore((s) => s.update);
  const issues = usePreviewIssues((s) => s.issues);
  const { partners, error, reload } = usePartnerAttributes();
  const [selected, setSelected] = useState(0);
  const profiles = def.profiles;
  const coverage = useMemo(
    () => (partners ? profileCoverage(profiles, partners) : null),
    [profiles, partners],
  );
  const values = useMemo(() => (partners ? attributeValues(partners) : null), [partners]);
  const problems = useMemo(() => profileProblems(profiles, issues), [profiles, issues]);
  const current = profiles.length > 0 ? Math.min(selected, profiles.length - 1) : -1;

  const add = () => {
    update(addProfile(newProfileName(profiles)));
    setSelected(profiles.length);
  };
  const move = (i: number, by: -1 | 1) => {
    update(moveProfile(i, by));
    if (i === current) setSelected(i + by);
    else if (i + by === current) setSelected(i);
  };
  const remove = (i: number) => {
    update(deleteProfile(i));
    if (i < current) setSelected(current - 1);
  };

  return (
    <Stack gap="sm" data-testid="profiles-panel">
      <Text size="sm" c="dimmed">
        A weight profile scores a group of partners with weights of their own, for example MSPs more
        on enablement and distributors more on revenue. Each partner gets the first profile that
        matches it; a weight a profile does not set is the global one.
      </Text>
      {error && (
        <ApiErrorAlert
          error={error}
          context="Counting the partners each profile weighs"
          onRetry={reload}
        />
      )}
      <ProfileList
        profiles={profiles}
        coverage={coverage}
        problems={problems}
        selected={current}
        onSelect={setSelected}
        onMove={move}
        onDelete={remove}
        onAdd={add}
      />
      {current >= 0 && (
        <ProfileEditor
          def={def}
          index={current}
          catalogue={catalogue}
          values={values}
          covered={coverage?.covered[current] ?? null}
          taken={coverage?.taken[current] ?? 0}
          problems={problems[current] ?? []}
          update={update}
        />
      )}
    </Stack>
  );
}
