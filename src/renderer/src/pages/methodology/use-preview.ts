/**
 * The live preview of the definition being edited: asked for a moment after the last edit, with
 * the previous answer kept on screen meanwhile (only the weights changed → the backend answers
 * from its cached normalised scores in a few milliseconds).
 */
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { MethodologyDefinition, ScorePreview } from '../../../../shared/api';
import { api } from '../../api/client';
import { toErrorInfo, type ErrorInfo } from '../../stores/error-info';
import { reportPreviewOutcome } from './profiles/preview-issues';

export interface PreviewState {
  data: ScorePreview | null;
  error: ErrorInfo | null;
  pending: boolean;
}

export function usePreview(
  definition: MethodologyDefinition | null,
  baseline: number | null,
): PreviewState {
  const [debounced] = useDebouncedValue(definition, 300);
  const [state, setState] = useState<{
    key: string;
    data: ScorePreview | null;
    error: ErrorInfo | null;
  }>({
    key: '',
    data: null,
    error: null,
  });
  const key = JSON.stringify([debounced, baseline]);
  useEffect(() => {
    if (!debounced) return;
    let live = true;
    api
      .call('scoring.preview', {
        definition: debounced,
        ...(baseline ? { baseline: { methodologyId: baseline } } : {}),
      })
      .then(
        (data) => {
          if (!live) return;
          setState({ key, data, error: null });
          reportPreviewOutcome(null);
        },
        (error: unknown) => {
          if (!live) return;
          setState((s) => ({ key, data: s.data, error: toErrorInfo(error) }));
          reportPreviewOutcome(error);
        },
      );
    return () => {
      live = false;
    };
  }, [key, debounced, baseline]);
  return { data: state.data, error: state.error, pending: state.key !== key };
}
