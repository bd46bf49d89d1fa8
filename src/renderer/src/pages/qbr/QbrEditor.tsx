/**
 * One partner's QBR for one quarter: the numbers, editable highlights, agenda, meeting date and
 * internal notes (saved with the button or Ctrl+S), the agreed actions, and the documents.
 */
import {
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import type { QbrWorkspace } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { ActionsTable } from '../actions/ActionsTable';
import { AddActionForm } from './AddActionForm';
import { AgendaEditor } from './AgendaEditor';
import { ExportButtons } from './ExportButtons';
import { HighlightsEditor } from './HighlightsEditor';
import { QbrSummary } from './QbrSummary';
import { PartnerSignalsCard } from '../signals/PartnerSignalsCard';
import { draftOf, sameDraft, toSave, type ReviewDraft } from './review-draft';

interface QbrEditorProps {
  qbr: QbrWorkspace;
}

export function QbrEditor({ qbr }: QbrEditorProps) {
  const partner = qbr.scorecard.partner.externalId;
  const period = qbr.review.periodKey;
  const [saved, setSaved] = useState<ReviewDraft>(() => draftOf(qbr.review));
  const [draft, setDraft] = useState<ReviewDraft>(saved);
  const [savedOnce, setSavedOnce] = useState(qbr.review.id !== null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const dirty = !sameDraft(draft, saved) || !savedOnce;
  const patch = (p: Partial<ReviewDraft>) => setDraft((d) => ({ ...d, ...p }));

  const save = useCallback(async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving(true);
    setError(null);
    try {
      const review = await api.call('qbr.save', { partner, period, ...toSave(draft) });
      const next = draftOf(review);
      setSaved(next);
      setDraft(next);
      setSavedOnce(true);
      return true;
    } catch (e) {
      setError(toErrorInfo(e));
      return false;
    } finally {
      setSaving(false);
    }
  }, [dirty, draft, partner, period]);
  useHotkeys([['mod+S', () => void save()]], []);

  return (
    <Stack gap="md">
      <QbrSummary card={qbr.scorecard} />
      <PartnerSignalsCard partner={partner} period={period} />
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            size="xs"
            onClick={() => void save()}
            loading={saving}
            disabled={!dirty}
            data-testid="save-qbr"
          >
            Save QBR
          </Button>
          {dirty ? (
            <Badge color="orange" variant="light" data-testid="qbr-state">
              {savedOnce ? 'Unsaved changes' : 'Draft, not saved yet'}
            </Badge>
          ) : (
            <Badge color="green" variant="light" data-testid="qbr-state">
              Saved
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            Ctrl+S saves
          </Text>
        </Group>
        <ExportButtons partner={partner} period={period} beforeExport={save} />
      </Group>
      {error && (
        <ApiErrorAlert error={error} context="Saving the QBR" onClose={() => setError(null)} />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="sm" component="section" aria-labelledby="qbr-highlights">
            <Title order={2} id="qbr-highlights" mb={6}>
              Highlights
            </Title>
            <HighlightsEditor
              value={draft.highlights}
              onChange={(highlights) => patch({ highlights })}
              onRedraft={() => patch({ highlights: qbr.draft })}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="sm" component="section" aria-labelledby="qbr-agenda">
              <Group justify="space-between" mb={6}>
                <Title order={2} id="qbr-agenda">
                  Agenda
                </Title>
                <TextInput
                  size="xs"
                  type="date"
                  aria-label="Meeting date"
                  leftSection={<Text size="xs">Meeting</Text>}
                  leftSectionWidth={64}
                  value={draft.meetingDate}
                  onChange={(e) => patch({ meetingDate: e.currentTarget.value })}
                />
              </Group>
              <AgendaEditor value={draft.agenda} onChange={(agenda) => patch({ agenda })} />
            </Paper>
            <Paper withBorder p="sm" component="section" aria-labelledby="qbr-notes">
              <Title order={2} id="qbr-notes" mb={6}>
                Notes{' '}
                <Text span size="xs" c="dimmed">
                  (internal: never on the partner’s copy)
                </Text>
              </Title>
              <Textarea
                autosize
                minRows={4}
                aria-label="Notes"
                value={draft.notes}
                onChange={(e) => patch({ notes: e.currentTarget.value })}
              />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="sm" component="section" aria-labelledby="qbr-actions">
        <Title order={2} id="qbr-actions" mb={6}>
          Agreed actions
        </Title>
        <Stack gap="sm">
          {qbr.actions.length > 0 && (
            <ActionsTable
              actions={qbr.actions}
              showPartner={false}
              canDelete
              onError={(e) => setError(toErrorInfo(e))}
            />
          )}
          <AddActionForm partner={partner} period={period} />
        </Stack>
      </Paper>
    </Stack>
  );
}
