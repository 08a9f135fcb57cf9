import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillTemplate, templateValues } from './fill-template';
import type { Json } from './fill-template';
import type { PackageSettings } from './settings';

export type Manifest = { [key: string]: Json };

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

/**
 * Fills manifest.template.json from the settings. Optional capabilities live in their own
 * fragments (bot.template.json) and are merged only when their setting is present, so the
 * tab-only package stays valid while the bot does not exist yet.
 */
export function buildManifest(manifestDir: string, settings: PackageSettings): Manifest {
  const values = templateValues(settings);
  const manifest = fillTemplate(readJson(join(manifestDir, 'manifest.template.json')), values);
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new Error('manifest.template.json must hold a JSON object');
  }
  if (settings.botId === undefined) return manifest;
  const bot = fillTemplate(readJson(join(manifestDir, 'bot.template.json')), values);
  if (bot === null || typeof bot !== 'object' || Array.isArray(bot)) {
    throw new Error('bot.template.json must hold a JSON object');
  }
  return { ...manifest, ...bot };
}

/** The files besides manifest.json that the manifest refers to and the package must carry. */
export function referencedFiles(manifest: Manifest): string[] {
  const icons = manifest['icons'] as { color?: unknown; outline?: unknown } | undefined;
  const localization = manifest['localizationInfo'] as
    { defaultLanguageFile?: unknown; additionalLanguages?: { file?: unknown }[] } | undefined;
  const files = [
    icons?.color,
    icons?.outline,
    localization?.defaultLanguageFile,
    ...(localization?.additionalLanguages ?? []).map((language) => language.file),
  ];
  return [...new Set(files.filter((file): file is string => typeof file === 'string'))];
}
