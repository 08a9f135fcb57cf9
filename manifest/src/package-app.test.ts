import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAppPackage, PackageError } from './package-app';
import { encodePng } from './png';
import { readPackageSettings } from './settings';
import { readZip } from './zip-reader';

const manifestDir = join(__dirname, '..');
const sample = readPackageSettings(
  {
    TEAMS_APP_ID: '3c1e8a52-7d4b-4f7e-9a55-0b3f9e2d6c41',
    AUTH_CLIENT_ID: '6f1c2b1e-0c53-4f57-9a3e-0d7d6a9a2f10',
    PUBLIC_BASE_URL: 'https://tandem.contoso.com/',
    APP_VERSION: '1.4.2',
  },
  { appVersion: '0.0.1' },
);

describe('the app package', () => {
  const expectedFiles = ['manifest.json', 'color.png', 'outline.png', 'ru.json'];

  it('zips the manifest and the files it refers to, and unzips to the same bytes', async () => {
    const { zip, manifest } = await buildAppPackage(manifestDir, sample);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(expectedFiles);
    const manifestEntry = entries[0]?.data.toString();
    expect(JSON.parse(manifestEntry as string)).toEqual(manifest);
    for (const { name, data } of entries.slice(1)) {
      expect(Buffer.compare(data, readFileSync(join(manifestDir, name)))).toBe(0);
    }
  });

  it('is a zip the system unzip tool accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-zip-'));
    try {
      const file = join(dir, 'tandem.zip');
      writeFileSync(file, (await buildAppPackage(manifestDir, sample)).zip);
      // A second opinion from Info-ZIP's unzip (.ci/run installs it with the browser).
      const listing = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(listing).toMatch(/No errors detected/);
      for (const name of expectedFiles) expect(listing).toContain(`testing: ${name}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is byte-for-byte reproducible', async () => {
    const [a, b] = await Promise.all([
      buildAppPackage(manifestDir, sample),
      buildAppPackage(manifestDir, sample),
    ]);
    expect(Buffer.compare(a.zip, b.zip)).toBe(0);
  });

  it('refuses an icon of the wrong size and names the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-manifest-'));
    try {
      for (const file of ['manifest.template.json', 'bot.template.json', 'ru.json', 'color.png']) {
        cpSync(join(manifestDir, file), join(dir, file));
      }
      const big = { width: 64, height: 64, rgba: new Uint8Array(64 * 64 * 4) };
      writeFileSync(join(dir, 'outline.png'), encodePng(big));
      const failure = await buildAppPackage(dir, sample).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(PackageError);
      expect((failure as PackageError).problems).toEqual([
        'outline.png: the outline icon is 64×64, not 32×32',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
