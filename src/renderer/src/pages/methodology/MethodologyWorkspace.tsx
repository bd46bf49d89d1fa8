import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { MethodologyLoader } from './MethodologyLoader';
import { NewMethodologyDialog } from './NewMethodologyDialog';

/** The methodology chooser (kept in the address as `?id=`) and the editor of the chosen one. */
export function MethodologyWorkspace() {
  const list = useApiQuery('methodology.list', {});
  const library = useApiQuery('scoring.kpis', {});
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  if (list.status === 'loading' || library.status === 'loading') {
    return <LoadingState label="Reading the methodologies…" />;
  }
  if (list.status === 'error')
    return (
      <ApiErrorAlert error={list.error} context="Reading the methodologies" onRetry={list.reload} />
    );
  if (library.status === 'error')
    return (
      <ApiErrorAlert
        error={library.error}
        context="Reading the KPI library"
        onRetry={library.reload}
      />
    );
  const chosen = Number(params.get('id')) || list.data[0]?.id;
  const select = (id: number) => setParams({ id: String(id) });
  return (
    <>
      <Group gap="xs" mb="md" data-testid="methodology-chooser">
        <Select
          aria-label="Methodology"
          w={280}
          allowDeselect={false}
          data={list.data.map((m) => ({
            value: String(m.id),
            label: `${m.name}${m.publishedVersion ? ` · version ${m.publishedVersion}` : ''}${m.draftVersion ? ' · draft' : ''}`,
          }))}
          value={chosen ? String(chosen) : null}
          onChange={(id) => id && select(Number(id))}
        />
        <Button variant="default" onClick={() => setCreating(true)}>
          New methodology
        </Button>
        <Button
          variant="subtle"
          component={Link}
          to={`/methodology/diagnostics${chosen ? `?methodology=${chosen}` : ''}`}
          data-testid="open-diagnostics"
        >
          Diagnostics
        </Button>
      </Group>
      {chosen !== undefined && (
        <MethodologyLoader key={chosen} methodologyId={chosen} library={library.data} />
      )}
      <NewMethodologyDialog
        opened={creating}
        copyFrom={chosen}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          list.reload();
          select(id);
        }}
      />
    </>
  );
}
