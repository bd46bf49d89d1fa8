/**
 * `#/digest`: the period digest for the program, a region, a manager or one partner (the partner
 * copy holds no other partner's name or figure), previewed with the print layout and exported as
 * PDF or Markdown. The period is the one chosen at the top right.
 */
import '../print/scorecard.css';
import { Button, Group, Paper, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { DigestFormat } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { useSelectionStore } from '../../stores/selection-store';
import { saveExport } from '../print/download-export';
import { DigestDocument } from './DigestDocument';

type ScopeKind = 'program' | 'region' | 'manager' | 'partner';
interface Scope {
  period?: string;
  region?: string;
  manager?: string;
  partner?: string;
}

const exportDigest = async (scope: Scope, format: DigestFormat) =>
  saveExport(await api.call('digest.export', { ...scope, format }));

function DigestContent() {
  const period = useSelectionStore((s) => s.period);
  const [kind, setKind] = useState<ScopeKind>('program');
  const [region, setRegion] = useState<string | null>(null);
  const [manager, setManager] = useState<string | null>(null);
  const [partnerText, setPartnerText] = useState('');
  const [partner] = useDebouncedValue(partnerText.trim(), 400);
  const filters = useApiQuery('export.batchFilters', {});
  const scope: Scope = {
    ...(period ? { period } : {}),
    ...(kind === 'region' && region ? { region } : {}),
    ...(kind === 'manager' && manager ? { manager } : {}),
    ...(kind === 'partner' && partner ? { partner } : {}),
  };
  const incomplete =
    (kind === 'region' && !region) ||
    (kind === 'manager' && !manager) ||
    (kind === 'partner' && !partner);
  const exporter = useAsyncAction(exportDigest);
  const regions = filters.data?.regions ?? [];
  const managers = filters.data?.managers ?? [];
  return (
    <>
      <Paper withBorder p="sm" mb="md">
        <Group justify="space-between">
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label="Digest for"
              value={kind}
              onChange={(v) => setKind(v as ScopeKind)}
              data={[
                { value: 'program', label: 'Whole program' },
                { value: 'region', label: 'Region' },
                { value: 'manager', label: 'Manager' },
                { value: 'partner', label: 'One partner' },
              ]}
            />
            {kind === 'region' && (
              <Select
                size="xs"
                w={200}
                aria-label="Region"
                placeholder="Choose a region"
                data={regions}
                value={region}
                onChange={setRegion}
                searchable
              />
            )}
            {kind === 'manager' && (
              <Select
                size="xs"
                w={220}
                aria-label="Account manager"
                placeholder="Choose a manager"
                data={managers}
                value={manager}
                onChange={setManager}
                searchable
              />
            )}
            {kind === 'partner' && (
              <TextInput
                size="xs"
                w={200}
                aria-label="Partner ID"
                placeholder="Partner ID, e.g. P-000123"
                value={partnerText}
                onChange={(e) => setPartnerText(e.currentTarget.value)}
              />
            )}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              disabled={incomplete}
              loading={exporter.pending}
              onClick={() => void exporter.run(scope, 'md')}
              data-testid="digest-export-md"
            >
              Export Markdown
            </Button>
            <Button
              size="xs"
              disabled={incomplete}
              loading={exporter.pending}
              onClick={() => void exporter.run(scope, 'pdf')}
              data-testid="digest-export-pdf"
            >
              Export PDF
            </Button>
          </Group>
        </Group>
      </Paper>
      {exporter.error && (
        <ApiErrorAlert
          error={exporter.error}
          context="Exporting the digest"
          onClose={exporter.clearError}
        />
      )}
      {incomplete && (
        <Paper withBorder p="md" c="dimmed">
          Choose the {kind === 'partner' ? 'partner' : kind} the digest is for.
        </Paper>
      )}
      {!incomplete && <DigestPreview scope={scope} />}
    </>
  );
}

function DigestPreview({ scope }: { scope: Scope }) {
  const query = useApiQuery('digest.build', scope);
  if (query.status === 'loading') return <LoadingState label="Preparing the digest…" />;
  if (query.status === 'error')
    return (
      <ApiErrorAlert error={query.error} context="Preparing the digest" onRetry={query.reload} />
    );
  return (
    <div className="sc-root sc-a4 sc-embedded">
      <DigestDocument d={query.data} />
    </div>
  );
}

export function DigestPage() {
  return (
    <>
      <PageHeader
        title="Digest"
        description="What happened in the period — tier moves, KPIs against the previous period, actions, methodology changes, disputes — for the program, a region, a manager or one partner (partner-safe)."
      />
      <WorkspaceGate>{() => <DigestContent />}</WorkspaceGate>
    </>
  );
}
