import { useEffect } from 'react';

/**
 * `#/print`: an empty page the PDF printer opens its pages on in advance, so that the app (and
 * the print layouts, their own code chunks) is loaded before the first scorecard is asked for.
 */
export function PrintIdlePage() {
  useEffect(() => {
    let live = true;
    void Promise.all([
      import('./ScorecardPrintPage'),
      import('./DigestPrintPage'),
      import('./svg-echarts'),
    ])
      .catch(() => undefined)
      .then(() => {
        if (live) document.documentElement.dataset.printReady = 'idle';
      });
    return () => {
      live = false;
    };
  }, []);
  return null;
}
