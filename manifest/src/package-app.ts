import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, referencedFiles } from './build-manifest';
import type { Manifest } from './build-manifest';
import { readPngHeader } from './png';
import { validateAgainstOfficialSchema } from './schema-validation';
import type { PackageSettings } from './settings';
import { writeZip } from './zip-writer';
import type { ZipEntry } from './zip-writer';

export interface AppPackage {
  readonly manifest: Manifest;
  readonly entries: readonly ZipEntry[];
  readonly zip: Buffer;
}

export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app package is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

// Teams rejects a package whose icons have other sizes, and the schema cannot see into PNGs.
const ICON_SIZES: Readonly<Record<string, number>> = { color: 192, outline: 32 };

/**
 * Builds the Teams app package: fills the manifest, checks it and every localization file against
 * the official schemas, checks the icons, and zips manifest.json with the files it refers to.
 */
export async function buildAppPackage(
  manifestDir: string,
  settings: PackageSettings,
): Promise<AppPackage> {
  const manifest = buildManifest(manifestDir, settings);
  const problems = (await validateAgainstOfficialSchema(manifest)).map(
    (e) => `manifest.json: ${e}`,
  );
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
  ];
  for (const name of referencedFiles(manifest)) {
    const file = join(manifestDir, name);
    if (name.includes('/') || name.includes('\\') || !existsSync(file)) {
      problems.push(`${name}: referenced by the manifest but not found next to it`);
      continue;
    }
    const data = readFileSync(file);
    entries.push({ name, data });
    if (name.endsWith('.json')) {
      const parsed: unknown = JSON.parse(data.toString('utf8'));
      const errors =
        typeof parsed === 'object' && parsed !== null
          ? await validateAgainstOfficialSchema(parsed)
          : ['not a JSON object'];
      problems.push(...errors.map((e) => `${name}: ${e}`));
    }
  }
  const icons = manifest['icons'] as Record<string, string>;
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const data = entries.find((entry) => entry.name === icons[kind])?.data;
    if (!data) continue;
    try {
      const { width, height } = readPngHeader(data);
      if (width !== size || height !== size) {
        problems.push(
          `${icons[kind]}: the ${kind} icon is ${width}×${height}, not ${size}×${size}`,
        );
      }
    } catch (err) {
      problems.push(`${icons[kind]}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (problems.length > 0) throw new PackageError(problems);
  return { manifest, entries, zip: writeZip(entries) };
}
