/**
 * A new program change: what changes (new tier thresholds, or the methodology's draft), its
 * impact assessed before it is proposed, the sponsor and the decision window.
 */
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type {
  ProgramChangeDetail,
  ProgramChangeImpact,
  ProgramChangeKind,
} from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ImpactPanel } from './ImpactPanel';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Draft {
  kind: ProgramChangeKind;
  methodologyId: number;
  thresholds: { tier: string; minScore: number }[];
}

const assess = (d: Draft) =>
  api.call('governance.assessDraft', {
    kind: d.kind,
    methodologyId: d.methodologyId,
    ...(d.kind === 'tiers' ? { thresholds: d.thresholds } : {}),
  });

const propose = (
  d: Draft,
  f: {
    title: string;
    description: string;
    sponsor: string;
    proposedBy: string;
    windowOpens: string;
    windowCloses: string;
  },
) =>
  api.call('governance.propose', {
    kind: d.kind,
    methodologyId: d.methodologyId,
    ...(d.kind === 'tiers' ? { thresholds: d.thresholds } : {}),
    ...f,
  });

function ThresholdFields({
  methodologyId,
  version,
  value,
  onChange,
}: {
  methodologyId: number;
  /** The newest published version: thresholds change from there. */
  version: number | undefined;
  value: Draft['thresholds'];
  onChange: (v: Draft['thresholds']) => void;
}) {
  const detail = useApiQuery('methodology.get', { methodologyId, version });
  if (detail.status === 'loading') return <LoadingState label="Loading the tiers…" />;
  if (detail.status === 'error') return <ApiErrorAlert error={detail.error} />;
  const published = detail.data.definition.tiers;
  return (
    <SimpleGrid cols={Math.min(published.length, 5)} spacing="xs">
      {published.map((t) => {
        const current = value.find((x) => x.tier === t.name)?.minScore ?? t.minScore;
        return (
          <NumberInput
            key={t.name}
            size="xs"
            label={`${t.name} from`}
            description={`now ${t.minScore}`}
            min={0}
            max={100}
            value={current}
            onChange={(v) => {
              const n = typeof v === 'number' ? v : Number(v);
              if (!Number.isFinite(n)) return;
              const others = value.filter((x) => x.tier !== t.name);
              onChange(n === t.minScore ? others : [...others, { tier: t.name, minScore: n }]);
            }}
          />
        );
      })}
    </SimpleGrid>
  );
}

export function ProposalForm({
  currency,
  onProposed,
  onCancel,
}: {
  currency: string;
  onProposed: (change: ProgramChangeDetail) => void;
  onCancel: () => void;
}) {
  const methodologies = useApiQuery('methodology.list', {});
  const [kind, setKind] = useState<ProgramChangeKind>('tiers');
  const [chosen, setChosen] = useState<number | null>(null);
  const [thresholds, setThresholds] = useState<Draft['thresholds']>([]);
  const [fields, setFields] = useState({
    title: '',
    description: '',
    sponsor: '',
    proposedBy: '',
    windowOpens: day(0),
    windowCloses: day(14),
  });
  const [impact, setImpact] = useState<{ key: string; value: ProgramChangeImpact } | null>(null);
  const assessing = useAsyncAction(assess);
  const proposing = useAsyncAction(propose);

  if (methodologies.status === 'loading') return <LoadingState label="Loading methodologies…" />;
  if (methodologies.status === 'error') return <ApiErrorAlert error={methodologies.error} />;
  const list = methodologies.data;
  const methodologyId = chosen ?? list[0]?.id ?? 0;
  const selected = list.find((m) => m.id === methodologyId);
  const draft: Draft = { kind, methodologyId, thresholds };
  const key = JSON.stringify(draft);
  const currentImpact = impact?.key === key ? impact.value : null;
  const set = (k: keyof typeof fields) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    setFields((f) => ({ ...f, [k]: v }));
  };

  return (
    <Paper withBorder p="sm" data-testid="proposal-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void proposing.run(draft, fields).then((r) => r.ok && onProposed(r.value));
        }}
      >
        <Stack gap="sm">
          <Title order={2}>New program change</Title>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              size="xs"
              aria-label="What changes"
              value={kind}
              onChange={(v) => setKind(v as ProgramChangeKind)}
              data={[
                { value: 'tiers', label: 'Tier thresholds' },
                { value: 'methodology', label: 'Methodology draft' },
              ]}
            />
            <Select
              size="xs"
              w={260}
              label="Methodology"
              allowDeselect={false}
              value={String(methodologyId)}
              onChange={(v) => v && setChosen(Number(v))}
              data={list.map((m) => ({ value: String(m.id), label: m.name }))}
            />
          </Group>
          {kind === 'tiers' ? (
            <ThresholdFields
              methodologyId={methodologyId}
              version={selected?.publishedVersion ?? undefined}
              value={thresholds}
              onChange={setThresholds}
            />
          ) : (
            <Text size="sm" c={selected?.draftVersion ? undefined : 'red'}>
              {selected?.draftVersion
                ? `The draft (version ${selected.draftVersion}) of “${selected.name}” is proposed as it is now; later edits to the draft do not change this proposal.`
                : `“${selected?.name ?? ''}” has no draft: save one on the Methodology page first.`}
            </Text>
          )}
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              loading={assessing.pending}
              onClick={() =>
                void assessing.run(draft).then((r) => r.ok && setImpact({ key, value: r.value }))
              }
            >
              Assess impact
            </Button>
            {!currentImpact && (
              <Text size="xs" c="dimmed">
                Scores every partner with the change, as What-if does.
              </Text>
            )}
          </Group>
          {assessing.error && (
            <ApiErrorAlert
              error={assessing.error}
              context="Assessing the impact"
              onClose={assessing.clearError}
            />
          )}
          {currentImpact && <ImpactPanel impact={currentImpact} currency={currency} />}
          <TextInput
            size="xs"
            label="Title"
            required
            value={fields.title}
            onChange={set('title')}
          />
          <Textarea
            size="xs"
            label="Why (what changes and the reason)"
            autosize
            minRows={2}
            value={fields.description}
            onChange={set('description')}
          />
          <SimpleGrid cols={4} spacing="xs">
            <TextInput
              size="xs"
              label="Sponsor"
              required
              value={fields.sponsor}
              onChange={set('sponsor')}
            />
            <TextInput
              size="xs"
              label="Proposed by"
              value={fields.proposedBy}
              onChange={set('proposedBy')}
            />
            <TextInput
              size="xs"
              type="date"
              label="Decision window opens"
              required
              value={fields.windowOpens}
              onChange={set('windowOpens')}
            />
            <TextInput
              size="xs"
              type="date"
              label="Decision window closes"
              required
              value={fields.windowCloses}
              onChange={set('windowCloses')}
            />
          </SimpleGrid>
          {proposing.error && (
            <ApiErrorAlert
              error={proposing.error}
              context="Proposing the change"
              onClose={proposing.clearError}
            />
          )}
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button size="xs" type="submit" loading={proposing.pending}>
              Propose
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
