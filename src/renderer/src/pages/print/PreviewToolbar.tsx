import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useAsyncAction } from '../../hooks/use-async-action';
import { saveExport } from './download-export';
import type { PrintParams } from './print-params';

const downloadPdf = async (p: PrintParams) =>
  saveExport(
    await api.call('export.scorecardPdf', {
      partner: p.partner,
      period: p.period,
      paper: p.paper,
      variant: p.variant,
      methodologyId: p.methodologyId,
      version: p.version,
    }),
  );

/** On screen only: paper and audience switches, the PDF download and the way back. */
export function PreviewToolbar({ params }: { params: PrintParams }) {
  const [search, setSearch] = useSearchParams();
  const pdf = useAsyncAction(downloadPdf);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };
  const back = `/qbr/${encodeURIComponent(params.partner)}${params.period ? `?period=${encodeURIComponent(params.period)}` : ''}`;
  return (
    <div className="sc-toolbar" data-testid="preview-toolbar">
      <Group justify="space-between">
        <Group gap="sm">
          <Button component={Link} to={back} variant="default" size="xs">
            Back to the QBR
          </Button>
          <SegmentedControl
            size="xs"
            value={params.variant}
            onChange={(v) => set('variant', v)}
            data={[
              { value: 'partner', label: 'Partner copy' },
              { value: 'internal', label: 'Internal' },
            ]}
            aria-label="Audience"
          />
          <SegmentedControl
            size="xs"
            value={params.paper}
            onChange={(v) => set('paper', v)}
            data={[
              { value: 'a4', label: 'A4' },
              { value: 'letter', label: 'Letter' },
            ]}
            aria-label="Paper size"
          />
        </Group>
        <Group gap="sm">
          <Text size="xs" c="dimmed">
            Page numbers and the footer appear in the PDF.
          </Text>
          <Button
            size="xs"
            loading={pdf.pending}
            onClick={() => void pdf.run(params)}
            data-testid="download-pdf"
          >
            Download PDF
          </Button>
        </Group>
      </Group>
      {pdf.error && (
        <ApiErrorAlert error={pdf.error} context="Printing the PDF" onClose={pdf.clearError} />
      )}
    </div>
  );
}
