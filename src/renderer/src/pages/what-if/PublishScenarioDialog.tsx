import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ScenarioPublishResult } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { publishScenario } from './publish-scenario';
import { duplicateNameMessage, isDraftConflict, isOutdatedBaseline } from './refusals';
import { saveScenario } from './save-scenario';
import { useBaselineRef } from './use-baseline-ref';
import { useWhatIf } from './whatif-context';
import { useSelection } from '../../components/selection/use-selection';
import { versionName } from '../../../../shared/version-name';
import { usePeriodLabel } from '../../format/use-period-label';
import { useCurrentEdit, useUnsaved, useWhatIfStore } from './whatif-store';

interface Props {
  opened: boolean;
  onClose: () => void;
}

const methodologyHref = (id: number) => `/methodology?id=${id}`;

function Published({ done, onClose }: { done: ScenarioPublishResult; onClose: () => void }) {
  const m = done.detail.methodology;
  const periodLabel = usePeriodLabel();
  return (
    <Stack data-testid="whatif-publish-done">
      <Alert color="teal" variant="light" title={`Version ${done.changelog.version} is published`}>
        “{done.scenario.name}” is now version {done.changelog.version} of {m.name}. It can no longer
        change.{' '}
        {done.snapshot
          ? `Scores of ${done.snapshot.partnerCount} partners for ${periodLabel(done.snapshot.periodKey)} were stored with their data.`
          : ''}
      </Alert>
      {done.changelog.changes.length > 0 && (
        <List size="sm">
          {done.changelog.changes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      )}
      <Group justify="space-between">
        <Anchor component={Link} to={methodologyHref(m.id)} size="sm">
          Open it on the Methodology page
        </Anchor>
        <Button onClick={onClose}>Continue against version {done.changelog.version}</Button>
      </Group>
    </Stack>
  );
}

function PublishForm({
  onClose,
  onPublished,
}: {
  onClose: () => void;
  onPublished: (published: { methodologyId: number; version: number }) => void;
}) {
  const { context, selection } = useWhatIf();
  const loaded = useWhatIfStore((s) => s.loaded);
  const markSaved = useWhatIfStore((s) => s.markSaved);
  const bumpList = useWhatIfStore((s) => s.bumpList);
  const setNotice = useWhatIfStore((s) => s.setNotice);
  const current = useCurrentEdit();
  const unsaved = useUnsaved();
  const baseline = useBaselineRef();
  const methodology = context.methodologies.find((m) => m.id === context.baseline.id);
  const nextVersion = methodology
    ? (methodology.draftVersion ?? methodology.versionCount + 1)
    : null;
  const needsSave = loaded === null || unsaved;
  const [name, setName] = useState(loaded?.name ?? '');
  const [changelog, setChangelog] = useState('');
  const [touched, setTouched] = useState(false);
  const [replaceDraft, setReplaceDraft] = useState(false);
  const [allowOutdated, setAllowOutdated] = useState(false);
  const [done, setDone] = useState<ScenarioPublishResult | null>(null);
  const saving = useAsyncAction(saveScenario);
  const action = useAsyncAction(publishScenario);
  if (done) return <Published done={done} onClose={onClose} />;

  const changelogError = touched && !changelog.trim() ? 'A changelog text is required' : null;
  const nameError = touched && needsSave && !name.trim() ? 'Name the scenario to publish' : null;
  const ready = !!changelog.trim() && (!needsSave || !!name.trim());
  const duplicate = saving.error ? duplicateNameMessage(saving.error, name) : null;
  // The list this page read may predate someone's draft: offer to replace it when told of one.
  const draftConflict =
    action.error !== null && isDraftConflict(action.error) && methodology?.draftVersion == null;
  // The scenario was tried against an older version than the newest published one.
  const outdated = action.error !== null && isOutdatedBaseline(action.error);

  const submit = async () => {
    setTouched(true);
    if (!ready || !current) return;
    // Unsaved changes become a saved scenario first (kept even if publishing then fails).
    let scenarioId = loaded?.id;
    if (needsSave) {
      const saved = await saving.run({
        ...(loaded ? { scenarioId: loaded.id } : {}),
        name,
        note: loaded?.note ?? '',
        baseline,
        edit: current,
      });
      if (!saved.ok) return;
      markSaved(saved.value);
      bumpList();
      scenarioId = saved.value.id;
    }
    if (scenarioId === undefined) return;
    const result = await action.run({
      scenarioId,
      changelog,
      replaceDraft,
      allowOutdatedBaseline: allowOutdated,
      ...(selection.period ? { period: selection.period } : {}),
    });
    if (result.ok) {
      const { scenario, changelog: entry, detail } = result.value;
      bumpList();
      setDone(result.value);
      onPublished({ methodologyId: detail.methodology.id, version: entry.version });
      setNotice({
        title: `${versionName(detail.methodology.name, entry.version)} is published`,
        message: `From the scenario “${scenario.name}”; What-if now compares against version ${entry.version}.`,
        link: { label: 'Open the Methodology page', to: methodologyHref(detail.methodology.id) },
      });
    }
  };

  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text size="sm" data-testid="whatif-publish-target">
        Publishes this weighting as{' '}
        <b>
          {nextVersion !== null
            ? versionName(context.baseline.name, nextVersion)
            : context.baseline.name}
        </b>
        . A published version never changes; its changelog is what you tell partners.
      </Text>
      {needsSave && (
        <TextInput
          label={loaded ? 'Your changes are saved to this scenario first' : 'Save as scenario'}
          placeholder="e.g. FY27: pipeline first"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={120}
        />
      )}
      <Textarea
        label="Changelog: what changed, and why"
        placeholder="e.g. FY27: pipeline counts more, so that partners build next year’s revenue"
        required
        autosize
        minRows={2}
        value={changelog}
        onChange={(e) => setChangelog(e.currentTarget.value)}
        onBlur={() => setTouched(true)}
        error={changelogError}
        maxLength={2000}
        data-autofocus
      />
      {methodology?.draftVersion != null && (
        <Checkbox
          label={`Replace the unpublished draft (version ${methodology.draftVersion}) if it differs`}
          description="Someone started a draft of this methodology on the Methodology page."
          checked={replaceDraft}
          onChange={(e) => setReplaceDraft(e.currentTarget.checked)}
        />
      )}
      {duplicate ? (
        <Alert color="red" variant="light" title="That name is taken">
          {duplicate}
        </Alert>
      ) : (
        saving.error && (
          <ApiErrorAlert
            error={saving.error}
            context="Saving the scenario"
            onClose={saving.clearError}
          />
        )
      )}
      {action.error && (
        <ApiErrorAlert
          error={action.error}
          context="Publishing"
          onClose={action.clearError}
          {...(draftConflict
            ? {
                title: 'The methodology has an unpublished draft',
                action:
                  'Tick “Replace the unpublished draft” below, or publish or discard that draft on the Methodology page first.',
              }
            : outdated
              ? {
                  title: 'A newer version was published meanwhile',
                  action:
                    'Load the scenario against the newest version and save it again, or tick “Publish it anyway” below.',
                }
              : {})}
        />
      )}
      {draftConflict && (
        <Checkbox
          label="Replace the unpublished draft with this scenario"
          checked={replaceDraft}
          onChange={(e) => setReplaceDraft(e.currentTarget.checked)}
          data-testid="replace-draft"
        />
      )}
      {(outdated || allowOutdated) && (
        <Checkbox
          label="Publish it anyway, undoing what the newer version changed"
          checked={allowOutdated}
          onChange={(e) => setAllowOutdated(e.currentTarget.checked)}
          data-testid="allow-outdated"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          color="teal"
          loading={saving.pending || action.pending}
          disabled={!ready}
        >
          Publish
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Publish the weighting as the next version of the baseline methodology, with a changelog. Once
 * published, closing the dialog moves the page onto the new version, so What-if then compares
 * against what was just published (not the version it was tried against).
 */
export function PublishScenarioDialog({ opened, onClose }: Props) {
  const [, select] = useSelection();
  const [published, setPublished] = useState<{ methodologyId: number; version: number } | null>(
    null,
  );
  const close = () => {
    onClose();
    if (published) {
      setPublished(null);
      select(published);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Publish as a methodology version" size="lg">
      {opened && <PublishForm onClose={close} onPublished={setPublished} />}
    </Modal>
  );
}
