import { Stack } from '@mantine/core';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { WorkspaceGate } from '../../components/WorkspaceGate';
import { CommitPanel, JobProgressBar } from './CommitPanel';
import { FileDropZone } from './FileDropZone';
import { ImportHistoryCard } from './ImportHistoryCard';
import { ImportSummaryCard } from './ImportSummaryCard';
import { useImportWizard } from './import-wizard-store';
import { MappingCard } from './MappingCard';
import { PreviewTable } from './PreviewTable';
import { StagedFilesList } from './StagedFilesList';
import { QualityReport } from './QualityReport';

/** `#/data/import`: file → preview and mapping → quality report → commit → summary. */
export function ImportPage() {
  return (
    <>
      <PageHeader
        title="Import data"
        description="Bring in partners, transactions, KPI values or targets from CSV, XLSX or Arrow files. Check the report, then commit; every import can be undone."
      />
      <WorkspaceGate>{() => <ImportWizard />}</WorkspaceGate>
    </>
  );
}

function ImportWizard() {
  const w = useImportWizard();
  const staging = w.step === 'staging';
  return (
    <Stack gap="md">
      {w.step === 'done' && w.summary ? (
        <ImportSummaryCard summary={w.summary} onAgain={w.reset} />
      ) : (
        <FileDropZone
          onFiles={(files) => void w.chooseFiles(files, w.step === 'mapping')}
          disabled={staging || w.analysing || w.step === 'committing'}
          compact={w.preview !== null}
        />
      )}
      {staging && (
        <JobProgressBar
          progress={{ label: 'Reading the file…', done: w.uploadFraction, total: 1, rate: null }}
          label="Reading the file…"
        />
      )}
      {w.error && (
        <ApiErrorAlert
          error={w.error}
          context={w.files.length > 0 ? w.files.map((f) => f.fileName).join(', ') : 'Import'}
          onClose={w.dismissError}
        />
      )}
      {w.step !== 'done' && w.preview && (
        <>
          {(w.files.length > 1 || (w.suggestion?.links?.length ?? 0) > 0) && <StagedFilesList />}
          <PreviewTable
            preview={w.preview}
            others={(w.suggestion?.previews ?? []).filter((p) => p.fileId !== w.preview?.fileId)}
          />
          <MappingCard />
          {w.analysing && !w.report && (
            <JobProgressBar progress={w.progress} label="Analysing every row…" />
          )}
          {w.report && (
            <QualityReport
              report={w.report}
              stale={w.reportStale || w.analysing}
              busy={w.analysing || w.step === 'committing'}
              onUnknownPartners={(p) => void w.setUnknownPartners(p)}
            />
          )}
          {w.analysing && w.report && (
            <JobProgressBar progress={w.progress} label="Analysing every row…" />
          )}
          <CommitPanel />
        </>
      )}
      <ImportHistoryCard />
    </Stack>
  );
}
