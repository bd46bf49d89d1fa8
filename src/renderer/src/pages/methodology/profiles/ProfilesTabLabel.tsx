import { Badge, Group } from '@mantine/core';
import { useMemo } from 'react';
import { useEditorStore } from '../editor-store';
import { usePreviewIssues } from './preview-issues';
import { profileProblems } from './profile-checks';

/** "Weight profiles" with how many there are, in red when one of them has a problem. */
export function ProfilesTabLabel() {
  const profiles = useEditorStore((s) => s.definition?.profiles);
  const issues = usePreviewIssues((s) => s.issues);
  const broken = useMemo(
    () => (profiles ? profileProblems(profiles, issues).some((p) => p.length > 0) : false),
    [profiles, issues],
  );
  const n = profiles?.length ?? 0;
  return (
    <Group gap={6} wrap="nowrap">
      Weight profiles
      {n > 0 && (
        <Badge
          size="xs"
          circle
          variant={broken ? 'filled' : 'light'}
          color={broken ? 'red' : 'gray'}
          aria-label={broken ? `${n}, with problems` : String(n)}
        >
          {n}
        </Badge>
      )}
    </Group>
  );
}
