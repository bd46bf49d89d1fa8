import { useEffect } from 'react';
import type { KpiLibrary } from '../../../../shared/api';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiQuery } from '../../hooks/use-api-query';
import { useEditorStore } from './editor-store';
import { MethodologyEditor } from './MethodologyEditor';

interface Props {
  methodologyId: number;
  library: KpiLibrary;
}

/** Reads the methodology (its draft, else its newest published version) into the editor. */
export function MethodologyLoader({ methodologyId, library }: Props) {
  const detail = useApiQuery('methodology.get', { methodologyId });
  const load = useEditorStore((s) => s.load);
  const loadedId = useEditorStore((s) => s.methodologyId);
  const data = detail.data;
  useEffect(() => {
    if (data) load(data.methodology.id, data.definition);
  }, [data, load]);
  if (detail.status === 'loading') return <LoadingState label="Reading the methodology…" />;
  if (detail.status === 'error')
    return (
      <ApiErrorAlert
        error={detail.error}
        context="Reading the methodology"
        onRetry={detail.reload}
      />
    );
  if (loadedId !== detail.data.methodology.id)
    return <LoadingState label="Reading the methodology…" />;
  return <MethodologyEditor detail={detail.data} library={library} />;
}
