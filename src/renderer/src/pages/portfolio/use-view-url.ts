/**
 * Keeps the Portfolio view and the address in step: a link with view parameters sets the view
 * when the page opens; afterwards every change of the view is written into the address.
 */
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { hasViewParams, readView, writeView } from './view-query';
import { currentView, usePortfolioView } from './view-store';

export function useViewUrl() {
  const [params, setParams] = useSearchParams();
  const view = usePortfolioView(useShallow(currentView));
  const apply = usePortfolioView((s) => s.apply);
  const opened = useRef(false);

  useEffect(() => {
    if (!opened.current) {
      opened.current = true;
      if (hasViewParams(params)) {
        apply(readView(params, view.columns));
        return;
      }
    }
    const next = writeView(params, view);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [params, view, apply, setParams]);
}
