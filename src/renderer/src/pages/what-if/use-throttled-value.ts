/**
 * A value that follows `value` at most once per `ms`: the first change shows at once, changes
 * during a burst (a slider drag) are held and the latest shows when the burst's window ends.
 * Used for the charts, so that redrawing them does not hold up the tables while a slider moves.
 */
import { useEffect, useRef, useState } from 'react';

export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
