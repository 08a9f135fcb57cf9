/** `npm run package`: builds manifest/build/tandem.zip from the environment and manifest/.env. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDotenv } from '../src/dotenv';
import { buildAppPackage, PackageError } from '../src/package-app';
import { readPackageSettings, SettingsError } from '../src/settings';

const manifestDir = join(__dirname, '..', '..');
const repoRoot = join(manifestDir, '..');

async function main(): Promise<void> {
  const envFile = join(manifestDir, '.env');
  const fileEnv = existsSync(envFile) ? parseDotenv(readFileSync(envFile, 'utf8')) : {};
  const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  // An empty variable in the environment must not hide the value written in manifest/.env.
  const setEnv = Object.entries(process.env).filter(([, value]) => value?.trim());
  const settings = readPackageSettings(
    { ...fileEnv, ...Object.fromEntries(setEnv) },
    { appVersion: rootPackage.version },
  );
  const { entries, zip } = await buildAppPackage(manifestDir, settings);

  const buildDir = join(manifestDir, 'build');
  mkdirSync(buildDir, { recursive: true });
  const zipFile = join(buildDir, 'tandem.zip');
  writeFileSync(zipFile, zip);
  console.log(`Teams app package: ${relative(process.cwd(), zipFile)} (${zip.length} bytes)`);
  console.log(`  app ${settings.teamsAppId} v${settings.appVersion}, tab ${settings.tabUrl}`);
  console.log(`  files: ${entries.map((entry) => entry.name).join(', ')}`);
  console.log('  manifest and localization files valid against the official schema (offline)');
}

main().catch((err: unknown) => {
  if (err instanceof SettingsError || err instanceof PackageError) {
    console.error(`${err.message}\nSee manifest/README.md and manifest/env.example.`);
  } else {
    console.error(err);
  }
  process.exitCode = 1;
});
