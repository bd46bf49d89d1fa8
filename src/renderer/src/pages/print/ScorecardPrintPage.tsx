/**
 * `#/print/scorecard/:partnerId?period=…&paper=a4|letter&variant=partner|internal`: the one
 * scorecard layout, shown as a preview on screen and printed to PDF by Chromium (CLI, browser
 * host) or Electron. It reads only `export.scorecard`, which returns that partner's data and
 * anonymised peer aggregates, so nothing else can end up on the page.
 */
import './scorecard.css';
import { useParams, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { PreviewToolbar } from './PreviewToolbar';
import { printParams } from './print-params';
import { ScorecardDocument } from './ScorecardDocument';
import { usePrintReady } from './use-print-ready';

export function ScorecardPrintPage() {
  const { partnerId = '' } = useParams();
  const [search] = useSearchParams();
  const params = printParams(partnerId, search);
  const query = useApiQuery('export.scorecard', {
    partner: params.partner,
    period: params.period,
    variant: params.variant,
    methodologyId: params.methodologyId,
    version: params.version,
  });
  const settled = query.status !== 'loading' && !query.refreshing;
  usePrintReady(params.ready, settled, query.status === 'error' ? query.error.message : null);

  return (
    <div className={`sc-root sc-${params.paper}`}>
      <PreviewToolbar params={params} />
      {query.status === 'loading' && (
        <div className="sc-state">
          <LoadingState label="Preparing the scorecard…" />
        </div>
      )}
      {query.status === 'error' && (
        <div className="sc-state">
          <ApiErrorAlert
            error={query.error}
            context="Preparing the scorecard"
            onRetry={query.reload}
          />
        </div>
      )}
      {query.status === 'success' && <ScorecardDocument card={query.data} paper={params.paper} />}
    </div>
  );
}
