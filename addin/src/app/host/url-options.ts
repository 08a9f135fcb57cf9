/**
 * Options a URL can carry: the channel tab's saved contentUrl (`?department=`) and the overrides
 * for tests and screenshots (`?theme=`, `?lang=`, `?as=`). Deep links are read by deep-links.
 */
export const themeNames = ['default', 'dark', 'contrast'] as const;
export type ThemeName = (typeof themeNames)[number];

export interface UrlOptions {
  readonly theme: ThemeName | null;
  readonly lang: string | null;
  /** Demo person to sign in directly (standalone only). */
  readonly as: string | null;
  readonly department: string | null;
  /** `#/config`: the channel tab's configuration page. */
  readonly isConfigPage: boolean;
}

export function readUrlOptions(search: string, hash: string): UrlOptions {
  const q = new URLSearchParams(search);
  const value = (name: string) => q.get(name)?.trim() || null;
  return {
    theme: toThemeName(value('theme')),
    lang: value('lang'),
    as: value('as'),
    department: value('department'),
    isConfigPage: /^#\/?config\b/.test(hash),
  };
}

/** Teams sends "default", "dark", "contrast" (and "glass" in some hosts, shown as default). */
export function toThemeName(raw: string | null | undefined): ThemeName | null {
  return (themeNames as readonly string[]).includes(raw ?? '') ? (raw as ThemeName) : null;
}
