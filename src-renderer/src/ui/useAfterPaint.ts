import { useEffect, useState } from 'react';

/**
 * `value`, but only once the frame showing everything else has been painted: what the checker
 * reads first (the article and its highlights) is drawn first, and a list of thousands of claims
 * follows a frame later. The first value is returned at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(value));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
