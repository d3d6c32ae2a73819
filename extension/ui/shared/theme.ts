/**
 * The theme the pages follow: the system's `prefers-color-scheme`, live. CSS follows it by itself (ui.css); what is
 * drawn on a canvas (the dashboard's charts) asks for the colours of the moment and draws again when it changes.
 */
import { useEffect, useState } from 'preact/hooks';

const query = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined);

/** Whether the dark theme is in force; re-renders the caller when the system switches. */
export function useDark(): boolean {
  const [dark, setDark] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const q = query();
    if (!q) return;
    const on = () => setDark(q.matches);
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  return dark;
}

/** A CSS custom property of the page's root (`--chart-axis`), as the theme now has it. */
export function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
