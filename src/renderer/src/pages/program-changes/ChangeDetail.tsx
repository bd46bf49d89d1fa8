/**
 * One program change: what changes and why, its impact assessment, the decision (approve →
 * publish, reject, defer) with its rationale, the partner-facing notice and the change's log.
 */
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { ProgramChangeDetail, ProgramDecision } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { formatCalendarDate, formatTimestamp } from '../../format/dates';
import { useApiQuery } from '../../hooks/use-api-query';
import { useAsyncAction } from '../../hooks/use-async-action';
import { ImpactPanel } from './ImpactPanel';
import { STATUS_COLOR, STATUS_LABEL } from './status';

const decide = (args: {
  id: number;
  decision: ProgramDecision;
  rationale: string;
  decidedBy: string;
  changelog?: string;
  outsideWindow: boolean;
  replaceDraft: boolean;
}) => api.call('governance.decide', args);
const reassess = (id: number) => api.call('governance.assess', { id });
const saveNotice = (id: number, text: string | null) =>
  api.call('governance.saveNotice', { id, text });

function DecisionForm({ change }: { change: ProgramChangeDetail }) {
  const today = new Date().toISOString().slice(0, 10);
  const outside = today < change.windowOpens || today > change.windowCloses;
  const [decision, setDecision] = useState<ProgramDecision>('approved');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState(change.sponsor);
  const [changelog, setChangelog] = useState(change.title);
  const [outsideWindow, setOutsideWindow] = useState(false);
  const [replaceDraft, setReplaceDraft] = useState(false);
  const action = useAsyncAction(decide);
  const draftConflict = action.error?.code === 'ALREADY_EXISTS';
  return (
    <form
      data-testid="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run({
          id: change.id,
          decision,
          rationale,
          decidedBy,
          ...(decision === 'approved' ? { changelog } : {}),
          outsideWindow,
          replaceDraft,
        });
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          aria-label="Decision"
          value={decision}
          onChange={(v) => setDecision(v as ProgramDecision)}
          data={[
            { value: 'approved', label: 'Approve' },
            { value: 'rejected', label: 'Reject' },
            { value: 'deferred', label: 'Defer' },
          ]}
        />
        <Textarea
          size="xs"
          label="Rationale"
          required
          autosize
          minRows={2}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
        />
        <Group gap="xs" grow>
          <TextInput
            size="xs"
            label="Decided by"
            required
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.currentTarget.value)}
          />
          {decision === 'approved' && (
            <TextInput
              size="xs"
              label="Changelog of the published version"
              value={changelog}
              onChange={(e) => setChangelog(e.currentTarget.value)}
            />
          )}
        </Group>
        {outside && (
          <Checkbox
            size="xs"
            label={`Decide outside the decision window (${change.windowOpens} to ${change.windowCloses})`}
            checked={outsideWindow}
            onChange={(e) => setOutsideWindow(e.currentTarget.checked)}
          />
        )}
        {draftConflict && (
          <Checkbox
            size="xs"
            label="Replace the methodology’s unpublished draft"
            checked={replaceDraft}
            onChange={(e) => setReplaceDraft(e.currentTarget.checked)}
          />
        )}
        {action.error && (
          <ApiErrorAlert error={action.error} context="Deciding" onClose={action.clearError} />
        )}
        <Group justify="flex-end">
          <Button size="xs" type="submit" loading={action.pending} disabled={change.outdated}>
            {decision === 'approved'
              ? 'Approve and publish'
              : decision === 'rejected'
                ? 'Reject'
                : 'Defer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NoticeEditor({ change }: { change: ProgramChangeDetail }) {
  const [text, setText] = useState(change.notice);
  const action = useAsyncAction(saveNotice);
  const dirty = text !== change.notice;
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Drafted from what changes; it names no partner and no figure. Edit it before you send it.
        {change.noticeEdited ? ' (edited)' : ''}
      </Text>
      <Textarea
        aria-label="Partner notice"
        data-testid="notice-text"
        autosize
        minRows={8}
        maxRows={24}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'inherit', fontSize: 13 } }}
      />
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Saving the notice"
          onClose={action.clearError}
        />
      )}
      <Group gap="xs" justify="flex-end">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
        {change.noticeEdited && (
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              void action.run(change.id, null).then((r) => r.ok && setText(r.value.notice))
            }
          >
            Back to the draft
          </Button>
        )}
        <Button
          size="xs"
          disabled={!dirty}
          loading={action.pending}
          onClick={() => void action.run(change.id, text)}
        >
          Save notice
        </Button>
      </Group>
    </Stack>
  );
}

export function ChangeDetail({ id, currency }: { id: number; currency: string }) {
  const query = useApiQuery('governance.change', { id });
  const assessing = useAsyncAction(reassess);
  if (query.status === 'loading') return <LoadingState label="Loading the change…" />;
  if (query.status === 'error') return <ApiErrorAlert error={query.error} onRetry={query.reload} />;
  const c = query.data;
  const undecided = c.status === 'open' || c.status === 'deferred';
  return (
    <Stack gap="sm" data-testid="change-detail">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>{c.title}</Title>
            <Text size="xs" c="dimmed">
              #{c.id} · {c.kind === 'tiers' ? 'Tier thresholds' : 'Methodology draft'} of “
              {c.methodologyName}” · sponsor {c.sponsor}
              {c.proposedBy ? ` · proposed by ${c.proposedBy}` : ''} · decision window{' '}
              {formatCalendarDate(c.windowOpens)} to {formatCalendarDate(c.windowCloses)}
            </Text>
          </div>
          <Group gap={4}>
            {c.overdue && (
              <Badge color="orange" variant="light">
                Decision overdue
              </Badge>
            )}
            <Badge color={STATUS_COLOR[c.status]} data-testid="change-status">
              {STATUS_LABEL[c.status]}
            </Badge>
          </Group>
        </Group>
        {c.description && (
          <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {c.description}
          </Text>
        )}
        {!undecided && (
          <Text size="sm" mt="xs" data-testid="change-decision">
            {STATUS_LABEL[c.status]} by {c.decidedBy} on{' '}
            {c.decidedAt ? formatTimestamp(c.decidedAt) : '—'}
            {c.publishedVersion !== null
              ? `, published as version ${c.publishedVersion}`
              : ''}: {c.rationale}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="sm">
            Impact assessment
          </Title>
          {undecided && (
            <Button
              size="xs"
              variant="light"
              loading={assessing.pending}
              onClick={() => void assessing.run(c.id)}
            >
              Assess again
            </Button>
          )}
        </Group>
        {c.outdated && (
          <Alert color="orange" mb="xs" title="The baseline moved">
            A newer version of “{c.methodologyName}” was published after this assessment. Assess
            again before deciding.
          </Alert>
        )}
        {assessing.error && (
          <ApiErrorAlert error={assessing.error} onClose={assessing.clearError} />
        )}
        <ImpactPanel impact={c.impact} currency={currency} />
      </Paper>
      {undecided && (
        <Paper withBorder p="sm">
          <Title order={3} size="sm" mb="xs">
            Decision
          </Title>
          <DecisionForm key={c.id} change={c} />
        </Paper>
      )}
      <Paper withBorder p="sm">
        <Title order={3} size="sm" mb="xs">
          Partner notice
        </Title>
        <NoticeEditor key={`${c.id}|${c.notice}`} change={c} />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3} size="sm" mb="xs">
          History of this change
        </Title>
        <Stack gap={4}>
          {c.log.map((e) => (
            <Text size="xs" key={e.id}>
              <Text span c="dimmed" size="xs">
                {formatTimestamp(e.at)}
              </Text>{' '}
              {e.actor ? `${e.actor}: ` : ''}
              {e.summary}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
