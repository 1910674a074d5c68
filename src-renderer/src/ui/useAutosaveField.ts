import { useEffect, useRef, useState } from 'react';

export const AUTOSAVE_DELAY_MS = 300;

/**
 * A text field's local value, saved AUTOSAVE_DELAY_MS after the last keystroke and at once on
 * blur, when the field is unmounted or when the page is left, so nothing typed is lost.
 */
export function useAutosaveField(saved: string, persist: (value: string) => void) {
  const [value, setValue] = useState(saved);
  const latest = useRef({ value: saved, saved, persist });
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    latest.current.persist = persist;
  });

  // A newer stored value is shown unless the checker has typed something not yet saved.
  useEffect(() => {
    const untouched = latest.current.value === latest.current.saved;
    latest.current.saved = saved;
    if (untouched) {
      latest.current.value = saved;
      setValue(saved);
    }
  }, [saved]);

  const flush = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const { value: current, saved: stored } = latest.current;
    if (current !== stored) {
      latest.current.saved = current;
      latest.current.persist(current);
    }
  };

  // Leaving the page (reload, closing the window) must not drop the last few keystrokes.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    value,
    onChange(next: string) {
      setValue(next);
      latest.current.value = next;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    onBlur: flush,
  };
}
