import { Autocomplete, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { sectionByKey } from '../../app/sections';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useSelection } from '../../components/selection/use-selection';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { selectionInput, type Selection } from '../../stores/selection-store';
import { partnerHref } from '../portfolio/partner-href';

function Finder({ selection }: { selection: Selection }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const query = useApiQuery('views.portfolio', selectionInput(selection));
  const options = useMemo(() => {
    const d = query.data;
    return d
      ? d.externalId.map((id, i) => ({
          value: id,
          label: d.name[i] === id ? id : `${d.name[i]} (${id})`,
        }))
      : [];
  }, [query.data]);
  if (query.status === 'loading') return <LoadingState label="Loading partners…" />;
  if (query.status === 'error') return <ApiErrorAlert error={query.error} onRetry={query.reload} />;
  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack gap="sm">
        <Autocomplete
          label="Find a partner"
          placeholder="Type a name or partner ID"
          data={options.map((o) => o.label)}
          limit={20}
          value={text}
          onChange={setText}
          onOptionSubmit={(label) => {
            const hit = options.find((o) => o.label === label);
            if (hit) void navigate(partnerHref(hit.value, selection));
          }}
          autoFocus
        />
        <Text size="sm" c="dimmed">
          Or open a partner from the Portfolio table (Enter on a row, or its name).
        </Text>
      </Stack>
    </Paper>
  );
}

/** `#/partners`: pick a partner to open its scorecard. */
export function PartnerFinderPage() {
  const section = sectionByKey('partner');
  const [selection] = useSelection();
  return (
    <>
      <PageHeader title={section.title} description={section.purpose} />
      <WorkspaceGate>{() => <Finder selection={selection} />}</WorkspaceGate>
    </>
  );
}
