/**
 * `whatif:painted`: set in the animation frame after React committed a new what-if answer (the
 * slider→paint benchmark measures from `whatif:input` to it). `whatif:charts-drawn` follows once
 * the charts have taken the new option.
 */
import { useLayoutEffect } from 'react';

export function usePaintedMark(seq: number) {
  useLayoutEffect(() => {
    if (seq === 0) return;
    const frame = requestAnimationFrame(() =>
      performance.mark('whatif:painted', { detail: { seq } }),
    );
    return () => cancelAnimationFrame(frame);
  }, [seq]);
}

export function markChartsDrawn() {
  requestAnimationFrame(() => performance.mark('whatif:charts-drawn'));
}
