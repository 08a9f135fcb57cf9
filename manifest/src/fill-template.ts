import type { PackageSettings } from './settings';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The `{{NAME}}` placeholders the templates may use, from the checked settings. */
export function templateValues(settings: PackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    CLIENT_ID: settings.clientId,
    TAB_URL: settings.tabUrl,
    TAB_DOMAIN: settings.tabDomain,
    APP_VERSION: settings.appVersion,
    DEVELOPER_NAME: settings.developerName,
    DEVELOPER_WEBSITE_URL: settings.developerWebsiteUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
    ...(settings.botId ? { BOT_ID: settings.botId } : {}),
  };
}

/**
 * Replaces `{{NAME}}` inside the template's string values. It works on parsed JSON rather than on
 * the text, so a value can never break the JSON; an unknown placeholder is an error, not a
 * literal left in the package.
 */
export function fillTemplate(template: Json, values: Readonly<Record<string, string>>): Json {
  const unknown = new Set<string>();
  const fill = (node: Json): Json => {
    if (typeof node === 'string') {
      return node.replace(/\{\{([A-Z0-9_]+)\}\}/g, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) unknown.add(name);
        return value ?? whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const filled = fill(template);
  if (unknown.size > 0) {
    throw new Error(`template uses unknown placeholders: ${[...unknown].join(', ')}`);
  }
  return filled;
}
