import { useEffect } from 'react';

/**
 * `#/print`: an empty page the PDF printer opens its pages on in advance, so that the app is
 * loaded before the first scorecard is asked for.
 */
export function PrintIdlePage() {
  useEffect(() => {
    document.documentElement.dataset.printReady = 'idle';
  }, []);
  return null;
}
