import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { repairSchemaPatterns } from './schema-patterns';

type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const SCHEMA_HOST = 'https://developer.microsoft.com/';
const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));

/**
 * Loads the JSON schema a document names in `$schema` from the copy @microsoft/app-manifest
 * ships. Validation must work offline (CI has no internet), so a schema that is not shipped is
 * an error instead of a download.
 */
export function loadShippedSchema(schemaUrl: unknown): Schema {
  const suffix =
    typeof schemaUrl === 'string' && schemaUrl.startsWith(`${SCHEMA_HOST}json-schemas/teams/`)
      ? schemaUrl.slice(SCHEMA_HOST.length)
      : undefined;
  if (!suffix || suffix.includes('..')) {
    throw new Error(`$schema must be a Teams schema URL, got ${JSON.stringify(schemaUrl)}`);
  }
  const file = join(packageRoot, 'build', suffix);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`@microsoft/app-manifest does not ship ${suffix}`);
  }
  // Same clean-up as the library's own loader: some schemas hold \a and \v, which JSON rejects.
  const cleaned = text.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return repairSchemaPatterns(JSON.parse(cleaned) as Schema);
}

/**
 * Validates a manifest or a localization file against the official schema named in its
 * `$schema`; returns one readable message per violation (empty when valid).
 */
export async function validateAgainstOfficialSchema(document: object): Promise<string[]> {
  const schema = loadShippedSchema((document as { $schema?: unknown }).$schema);
  const errors = await AppManifestUtils.validateAgainstSchema(document as AppManifest, schema);
  return errors.map((e) => e.trim());
}
