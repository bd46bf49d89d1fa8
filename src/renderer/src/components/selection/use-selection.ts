/**
 * The shared selection for a page, kept in step with the page's address: a link that carries
 * `?period=…&methodology=…` sets the selection; an address without them is given the current one.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { sameSelection, useSelectionStore, type Selection } from '../../stores/selection-store';
import { hasSelection, readSelection, writeSelection } from './selection-params';

export function useSelection(): [Selection, (patch: Partial<Selection>) => void] {
  const [params, setParams] = useSearchParams();
  const stored = useSelectionStore(
    useShallow((s) => ({ period: s.period, methodologyId: s.methodologyId, version: s.version })),
  );
  const select = useSelectionStore((s) => s.select);
  const urlPeriod = params.get('period');
  const urlMethodology = params.get('methodology');
  const urlVersion = params.get('version');
  // One object per distinct value, so pages can memoise on it.
  const fromUrl = useMemo(() => {
    const p = new URLSearchParams();
    if (urlPeriod !== null) p.set('period', urlPeriod);
    if (urlMethodology !== null) p.set('methodology', urlMethodology);
    if (urlVersion !== null) p.set('version', urlVersion);
    return hasSelection(p) ? readSelection(p) : null;
  }, [urlPeriod, urlMethodology, urlVersion]);
  const effective = fromUrl ?? stored;

  useEffect(() => {
    if (fromUrl && !sameSelection(fromUrl, stored)) select(fromUrl);
    else if (!fromUrl && (stored.period ?? stored.methodologyId ?? stored.version) !== null) {
      setParams((p) => writeSelection(p, stored), { replace: true });
    }
  }, [fromUrl, stored, select, setParams]);

  const update = useCallback(
    (patch: Partial<Selection>) => {
      const next = { ...effective, ...patch };
      select(next);
      setParams((p) => writeSelection(p, next), { replace: true });
    },
    [effective, select, setParams],
  );
  return [effective, update];
}
