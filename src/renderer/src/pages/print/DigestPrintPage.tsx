/**
 * `#/print/digest?period=…&region=…|manager=…|partner=…`: the digest as the PDF printer loads it.
 * It reads only `digest.build`, whose partner variant holds that partner's rows alone.
 */
import './scorecard.css';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { DigestDocument } from '../digest/DigestDocument';
import { usePrintReady } from './use-print-ready';

export function DigestPrintPage() {
  const [search] = useSearchParams();
  const pick = (key: string) => search.get(key) || undefined;
  const query = useApiQuery('digest.build', {
    period: pick('period'),
    region: pick('region'),
    manager: pick('manager'),
    partner: pick('partner'),
  });
  const settled = query.status !== 'loading' && !query.refreshing;
  usePrintReady(
    search.get('ready') || 'preview',
    settled,
    query.status === 'error' ? query.error.message : null,
  );
  return (
    <div className="sc-root sc-a4">
      {query.status === 'loading' && (
        <div className="sc-state">
          <LoadingState label="Preparing the digest…" />
        </div>
      )}
      {query.status === 'error' && (
        <div className="sc-state">
          <ApiErrorAlert
            error={query.error}
            context="Preparing the digest"
            onRetry={query.reload}
          />
        </div>
      )}
      {query.status === 'success' && <DigestDocument d={query.data} />}
    </div>
  );
}
