import { useEffect } from 'react';

/** The stylesheet switches every colour on :root[data-theme]. */
export function useThemeAttribute(theme: 'light' | 'dark'): void {
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
