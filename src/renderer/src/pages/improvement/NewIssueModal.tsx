import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import type { Cohort, ImprovementOptions, RootCause, Severity } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { ROOT_CAUSE_OPTIONS, SEVERITY_OPTIONS } from './labels';
import { PartnerSelect } from './PartnerSelect';

const COHORT_FIELDS = [
  ['type', 'Partner type', 'types'],
  ['region', 'Region', 'regions'],
  ['tier', 'Program tier', 'tiers'],
  ['segment', 'Action segment', 'segments'],
  ['manager', 'Account manager', 'managers'],
] as const;

/** Records a performance issue about one partner or a cohort (a saved filter). */
export function NewIssueModal({
  opened,
  options,
  onClose,
  onCreated,
}: {
  opened: boolean;
  options: ImprovementOptions;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const [scope, setScope] = useState<'partner' | 'cohort'>('partner');
  const [partner, setPartner] = useState<string | null>(null);
  const [cohort, setCohort] = useState<Cohort>({});
  const [title, setTitle] = useState('');
  const [kpiKey, setKpiKey] = useState<string | null>(null);
  const [rootCause, setRootCause] = useState<RootCause>('other');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [impactScore, setImpactScore] = useState<number | string>('');
  const [impactRevenue, setImpactRevenue] = useState<number | string>('');
  const [evidence, setEvidence] = useState('');
  const [analysis, setAnalysis] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const issue = await api.call('improvement.createIssue', {
        ...(scope === 'partner' ? { partner: partner ?? '' } : { cohort }),
        title,
        kpiKey,
        periodKey: options.period?.key ?? null,
        rootCause,
        severity,
        evidence,
        analysis,
        impactScore: typeof impactScore === 'number' ? impactScore : null,
        impactRevenue: typeof impactRevenue === 'number' ? impactRevenue : null,
      });
      onCreated(issue.id);
      setTitle('');
      setEvidence('');
      setAnalysis('');
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New performance issue" size="lg">
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={scope}
          onChange={(v) => setScope(v as 'partner' | 'cohort')}
          data={[
            { value: 'partner', label: 'One partner' },
            { value: 'cohort', label: 'A cohort' },
          ]}
        />
        {scope === 'partner' ? (
          <PartnerSelect value={partner} onChange={setPartner} />
        ) : (
          <SimpleGrid cols={3} spacing="xs">
            {COHORT_FIELDS.map(([key, label, list]) => (
              <Select
                key={key}
                size="xs"
                label={label}
                clearable
                searchable
                data={options[list]}
                value={cohort[key] ?? null}
                onChange={(v) =>
                  setCohort((c) => {
                    const next = { ...c };
                    if (v) next[key] = v;
                    else delete next[key];
                    return next;
                  })
                }
              />
            ))}
          </SimpleGrid>
        )}
        <TextInput
          size="xs"
          label="Issue"
          placeholder="e.g. Win rate far below peers"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SimpleGrid cols={3} spacing="xs">
          <Select
            size="xs"
            label="KPI (evidence)"
            clearable
            searchable
            data={options.kpis.map((k) => ({ value: k.key, label: k.name }))}
            value={kpiKey}
            onChange={setKpiKey}
          />
          <Select
            size="xs"
            label="Root cause"
            allowDeselect={false}
            data={ROOT_CAUSE_OPTIONS}
            value={rootCause}
            onChange={(v) => v && setRootCause(v as RootCause)}
          />
          <Select
            size="xs"
            label="Severity"
            allowDeselect={false}
            data={SEVERITY_OPTIONS}
            value={severity}
            onChange={(v) => v && setSeverity(v as Severity)}
          />
          <NumberInput
            size="xs"
            label="Score points at stake"
            value={impactScore}
            onChange={setImpactScore}
          />
          <NumberInput
            size="xs"
            label={`Revenue at stake (${options.currency})`}
            value={impactRevenue}
            onChange={setImpactRevenue}
            thousandSeparator
          />
        </SimpleGrid>
        <Textarea
          size="xs"
          label="Evidence"
          autosize
          minRows={2}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
        />
        <Textarea
          size="xs"
          label="Analysis (five whys, fishbone notes)"
          autosize
          minRows={3}
          value={analysis}
          onChange={(e) => setAnalysis(e.currentTarget.value)}
        />
        {error && <ApiErrorAlert error={error} context="Recording the issue" />}
        <Group justify="flex-end">
          <Button size="xs" variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            size="xs"
            loading={saving}
            disabled={
              !title.trim() || (scope === 'partner' ? !partner : !Object.keys(cohort).length)
            }
            onClick={() => void submit()}
          >
            Record issue
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
