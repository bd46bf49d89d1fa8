import { Button, Group, Menu } from '@mantine/core';
import { Link } from 'react-router';
import { scorecardPrintPath, type PaperSize, type ScorecardVariant } from '../../../../shared/api';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { saveExport } from '../print/download-export';

interface ExportButtonsProps {
  partner: string;
  period: string;
  /** Saves unsaved edits first, so that the documents carry them. */
  beforeExport: () => Promise<boolean>;
}

type Job = ({ kind: 'pdf'; variant: ScorecardVariant; paper: PaperSize } | { kind: 'pptx' }) &
  ExportButtonsProps;

async function runJob(j: Job) {
  if (!(await j.beforeExport())) return null;
  const { partner, period } = j;
  const file =
    j.kind === 'pdf'
      ? await api.call('export.scorecardPdf', {
          partner,
          period,
          variant: j.variant,
          paper: j.paper,
        })
      : await api.call('export.qbrDeck', { partner, period, variant: 'partner' });
  return saveExport(file);
}

/** The partner's documents: scorecard preview, PDF (partner copy or internal, A4 or Letter), PPTX deck. */
export function ExportButtons(props: ExportButtonsProps) {
  const { partner, period } = props;
  const job = useAsyncAction(runJob);
  const pdf = (variant: ScorecardVariant, paper: PaperSize) =>
    void job.run({ ...props, kind: 'pdf', variant, paper });
  return (
    <>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          component={Link}
          to={scorecardPrintPath({ partner, period, paper: 'a4', variant: 'partner' })}
          data-testid="preview-scorecard"
        >
          Preview scorecard
        </Button>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" loading={job.pending} data-testid="pdf-menu">
              Scorecard PDF
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>For the partner</Menu.Label>
            <Menu.Item onClick={() => pdf('partner', 'a4')}>Partner copy, A4</Menu.Item>
            <Menu.Item onClick={() => pdf('partner', 'letter')}>Partner copy, Letter</Menu.Item>
            <Menu.Label>Internal (league position, notes)</Menu.Label>
            <Menu.Item onClick={() => pdf('internal', 'a4')}>Internal, A4</Menu.Item>
            <Menu.Item onClick={() => pdf('internal', 'letter')}>Internal, Letter</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          size="xs"
          variant="light"
          loading={job.pending}
          onClick={() => void job.run({ ...props, kind: 'pptx' })}
          data-testid="pptx-button"
        >
          QBR deck (PPTX)
        </Button>
      </Group>
      {job.error && (
        <ApiErrorAlert
          error={job.error}
          context="Preparing the document"
          onClose={job.clearError}
        />
      )}
    </>
  );
}
