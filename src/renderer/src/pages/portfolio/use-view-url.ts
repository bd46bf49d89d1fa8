/**
 * Keeps the Portfolio view and the address in step: a link with view parameters sets the view
 * when the page opens; afterwards every change of the view is written into the address (after a short pause).
 */
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { hasViewParams, readView, writeView } from './view-query';
import { currentView, usePortfolioView } from './view-store';

const WRITE_DELAY_MS = 300;

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
    if (next.toString() === params.toString()) return;
    // Written a moment later, so typing or sorting is not slowed by a navigation per change.
    const timer = setTimeout(() => setParams(next, { replace: true }), WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [params, view, apply, setParams]);
}
