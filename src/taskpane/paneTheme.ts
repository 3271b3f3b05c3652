/**
 * The pane's theme: Office's when the host tells it (a dark Office gets the dark theme), else the
 * system's light or dark preference (the preview, a browser).
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColors {
  /** "#RRGGBB" or "RRGGBB", as Office gives it. */
  bodyBackgroundColor?: string;
}

/** Whether a "#RRGGBB" colour is dark (perceived lightness below half); null when it is no such colour. */
export function isDarkColor(color: string): boolean | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  // Rec. 601 luma: how light the colour looks, which is what decides dark text or light text.
  return 0.299 * red + 0.587 * green + 0.114 * blue < 0.5;
}

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToScheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches;
}

export function usePaneTheme(officeTheme: OfficeThemeColors | undefined): Theme {
  const systemDark = useSyncExternalStore(subscribeToScheme, prefersDark, () => false);
  const officeDark = officeTheme?.bodyBackgroundColor ? isDarkColor(officeTheme.bodyBackgroundColor) : null;
  return (officeDark ?? systemDark) ? webDarkTheme : webLightTheme;
}
