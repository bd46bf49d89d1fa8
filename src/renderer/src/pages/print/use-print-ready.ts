/**
 * Tells a PDF printer the layout is complete: once the data of this very request is rendered
 * (charts draw in their own effects, which run before this one) and fonts are loaded, the
 * request's token goes on <html data-print-ready>, with <html data-print-error> on failure.
 */
import { useEffect } from 'react';

export function usePrintReady(token: string, done: boolean, error: string | null): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!done) {
      delete root.dataset.printReady;
      delete root.dataset.printError;
      return undefined;
    }
    let live = true;
    void document.fonts.ready.then(() =>
      requestAnimationFrame(() => {
        if (!live) return;
        if (error) root.dataset.printError = error;
        else delete root.dataset.printError;
        root.dataset.printReady = token;
      }),
    );
    return () => {
      live = false;
    };
  }, [token, done, error]);
}
