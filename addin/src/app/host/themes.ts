/**
 * Fluent's Teams themes. The light one is in the first load; dark and high contrast come as a
 * chunk of their own when asked for (most people never need them).
 */
import { type Theme, teamsLightTheme } from '@fluentui/react-components';
import type { ThemeName } from './url-options';

export async function loadFluentTheme(name: ThemeName): Promise<Theme> {
  if (name === 'default') return teamsLightTheme;
  const extra = await import('./themes-extra');
  return name === 'dark' ? extra.teamsDarkTheme : extra.teamsHighContrastTheme;
}

/** Outside a host: the operating system's choice (forced colours mean high contrast). */
export function systemTheme(matchMedia: (query: string) => { matches: boolean }): ThemeName {
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}
